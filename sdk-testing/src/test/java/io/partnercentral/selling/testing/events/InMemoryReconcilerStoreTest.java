package io.partnercentral.selling.testing.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercentral.selling.events.InMemoryReconcilerStore;
import io.partnercentral.selling.events.ReconcilerStore;
import io.partnercentral.selling.testing.ReconcilerStoreContract;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InMemoryReconcilerStoreTest extends ReconcilerStoreContract {
    @Override
    protected ReconcilerStore newStore() {
        return InMemoryReconcilerStore.create();
    }

    /** One process's memory: "reopening" is holding on to the same instance. */
    @Override
    protected ReconcilerStore reopen(ReconcilerStore store) {
        return store;
    }

    @Test
    void seenKey_afterRetention_isForgotten() {
        AtomicLong now = new AtomicLong(Instant.parse("2026-11-23T10:00:00Z").toEpochMilli());
        InMemoryReconcilerStore store = InMemoryReconcilerStore.create(new SteppingClock(now), 100);
        store.markSeen("e:1", Duration.ofHours(1));
        now.addAndGet(Duration.ofMinutes(59).toMillis());
        assertThat(store.isSeen("e:1")).isTrue();
        now.addAndGet(Duration.ofMinutes(1).toMillis());
        assertThat(store.isSeen("e:1")).isFalse();
        assertThat(store.markSeen("e:1", Duration.ofHours(1))).isTrue();
    }

    @Test
    void seenSet_beyondItsBound_forgetsTheOldest() {
        InMemoryReconcilerStore store = InMemoryReconcilerStore.create(Clock.systemUTC(), 3);
        for (int i = 1; i <= 5; i++) {
            store.markSeen("e:" + i, Duration.ofDays(1));
        }
        assertThat(store.seenCount()).isEqualTo(3);
        assertThat(store.isSeen("e:2")).isFalse();
        assertThat(store.isSeen("e:3")).isTrue();
        assertThat(store.isSeen("e:5")).isTrue();
    }

    /** A clock the test moves by hand. */
    static final class SteppingClock extends Clock {
        private final AtomicLong millis;

        SteppingClock(AtomicLong millis) {
            this.millis = millis;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }
    }
}

package io.partnercentral.selling.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partnercentral.selling.events.ReconcilerStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ReconcilerStore} must have, as JUnit 5 tests: extend it, say how to make
 * a fresh empty store and how to open the same store again (a new process after a restart), and the
 * tests run against your implementation.
 *
 * <pre>{@code
 * class RedisReconcilerStoreTest extends ReconcilerStoreContract {
 *     protected ReconcilerStore newStore() { return RedisReconcilerStore.create(redis, "test-" + UUID.randomUUID()); }
 *     protected ReconcilerStore reopen(ReconcilerStore store) { return RedisReconcilerStore.create(redis, ((RedisReconcilerStore) store).prefix()); }
 * }
 * }</pre>
 */
public abstract class ReconcilerStoreContract {
    private static final Duration DAY = Duration.ofDays(1);

    private final List<ReconcilerStore> opened = new ArrayList<>();

    /** For subclasses. */
    protected ReconcilerStoreContract() {}

    /** {@return a new, empty store, not shared with any other this test made} */
    protected abstract ReconcilerStore newStore();

    /**
     * The state of {@code store} opened again, as a restarted process would: close {@code store}
     * first if your engine allows one open instance only.
     *
     * @param store the store under test
     * @return the state of {@code store} opened again, as a restarted process would: close {@code store} first if your engine allows one open instance only
     */
    protected abstract ReconcilerStore reopen(ReconcilerStore store);

    private ReconcilerStore fresh() {
        return track(newStore());
    }

    private ReconcilerStore track(ReconcilerStore store) {
        opened.add(store);
        return store;
    }

    /** Closes every store the test opened. */
    @AfterEach
    void closeStores() throws Exception {
        for (ReconcilerStore store : opened) {
            store.close();
        }
    }

    @Test
    void watermark_whenNew_isEmpty() {
        assertEquals(Optional.empty(), fresh().watermark());
    }

    @Test
    void compareAndSetWatermark_whenExpectedMatches_setsIt() {
        ReconcilerStore store = fresh();
        Instant first = Instant.parse("2026-11-23T10:15:30.123Z");
        Instant second = Instant.parse("2026-11-23T10:15:31.000456789Z");
        assertTrue(store.compareAndSetWatermark(Optional.empty(), first));
        assertEquals(Optional.of(first), store.watermark());
        assertTrue(store.compareAndSetWatermark(Optional.of(first), second));
        assertEquals(Optional.of(second), store.watermark(), "an instant keeps its nanoseconds");
    }

    @Test
    void compareAndSetWatermark_whenExpectedIsStale_changesNothing() {
        ReconcilerStore store = fresh();
        Instant first = Instant.parse("2026-11-23T10:15:30Z");
        assertTrue(store.compareAndSetWatermark(Optional.empty(), first));
        assertFalse(store.compareAndSetWatermark(Optional.empty(), Instant.parse("2026-11-24T00:00:00Z")));
        assertFalse(store.compareAndSetWatermark(Optional.of(Instant.parse("2026-11-22T00:00:00Z")),
                Instant.parse("2026-11-24T00:00:00Z")));
        assertEquals(Optional.of(first), store.watermark());
    }

    @Test
    void markSeen_addsOnlyOnce() {
        ReconcilerStore store = fresh();
        String key = "o:Sandbox/O1234567890@2026-11-23T10:15:30.123Z";
        assertFalse(store.isSeen(key));
        assertTrue(store.markSeen(key, DAY));
        assertTrue(store.isSeen(key));
        assertFalse(store.markSeen(key, DAY));
        assertFalse(store.isSeen("e:" + key), "keys are not prefixes of one another");
    }

    @Test
    void markSeen_withBadKey_isRefused() {
        ReconcilerStore store = fresh();
        assertThrows(IllegalArgumentException.class, () -> store.markSeen("with space", DAY));
        assertThrows(IllegalArgumentException.class, () -> store.markSeen("", DAY));
    }

    @Test
    void reopen_keepsWatermarkAndSeenKeys() throws Exception {
        ReconcilerStore store = fresh();
        Instant mark = Instant.parse("2026-11-23T10:15:30.123456Z");
        store.compareAndSetWatermark(Optional.empty(), mark);
        for (int i = 0; i < 50; i++) {
            store.markSeen("e:" + i, DAY);
        }
        ReconcilerStore again = track(reopen(store));
        assertEquals(Optional.of(mark), again.watermark());
        for (int i = 0; i < 50; i++) {
            assertTrue(again.isSeen("e:" + i), "e:" + i);
        }
        assertFalse(again.markSeen("e:7", DAY));
        assertTrue(again.markSeen("e:50", DAY));
    }

    @Test
    void concurrentWriters_exactlyOneWinsEachRace() throws Exception {
        ReconcilerStore store = fresh();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 20; round++) {
                String key = "race:" + round;
                Optional<Instant> expected = store.watermark();
                Instant next = Instant.parse("2026-11-23T10:00:00Z").plusSeconds(round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<boolean[]>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Callable<boolean[]> race = () -> {
                        start.await();
                        return new boolean[] {store.markSeen(key, DAY), store.compareAndSetWatermark(expected, next)};
                    };
                    results.add(pool.submit(race));
                }
                start.countDown();
                int seenWins = 0;
                int watermarkWins = 0;
                for (Future<boolean[]> result : results) {
                    boolean[] won = result.get(30, TimeUnit.SECONDS);
                    seenWins += won[0] ? 1 : 0;
                    watermarkWins += won[1] ? 1 : 0;
                }
                assertEquals(1, seenWins, "markSeen winners in round " + round);
                assertEquals(1, watermarkWins, "compareAndSetWatermark winners in round " + round);
                assertEquals(Optional.of(next), store.watermark());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

package io.partnercentral.selling.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ReconcilerStore} in this process's memory: for tests and for syncs that may start over
 * from their initial watermark after a restart. Keeps at most {@code maxSeen} keys, forgetting the
 * ones that expire first. Thread-safe.
 *
 * <pre>{@code
 * ReconcilerStore store = InMemoryReconcilerStore.create();
 * }</pre>
 */
public final class InMemoryReconcilerStore implements ReconcilerStore {
    /** The default bound on the seen-set. */
    public static final int DEFAULT_MAX_SEEN = 100_000;

    private final SeenSet seen;
    private Instant watermark;

    private InMemoryReconcilerStore(Clock clock, int maxSeen) {
        this.seen = new SeenSet(clock, maxSeen);
    }

    /** {@return a store on the system clock keeping at most {@value #DEFAULT_MAX_SEEN} seen keys} */
    public static InMemoryReconcilerStore create() {
        return create(Clock.systemUTC(), DEFAULT_MAX_SEEN);
    }

    /**
     * A store whose expiry runs on {@code clock}, keeping at most {@code maxSeen} seen keys.
     *
     * @param clock the clock
     * @param maxSeen the most seen keys kept; the oldest are dropped first
     * @return a store whose expiry runs on {@code clock}, keeping at most {@code maxSeen} seen keys
     * @throws IllegalArgumentException if {@code maxSeen} is less than 1
     */
    public static InMemoryReconcilerStore create(Clock clock, int maxSeen) {
        return new InMemoryReconcilerStore(Objects.requireNonNull(clock, "clock"), maxSeen);
    }

    @Override
    public synchronized Optional<Instant> watermark() {
        return Optional.ofNullable(watermark);
    }

    @Override
    public synchronized boolean compareAndSetWatermark(Optional<Instant> expected, Instant next) {
        Objects.requireNonNull(next, "next");
        if (!Objects.equals(Objects.requireNonNull(expected, "expected").orElse(null), watermark)) {
            return false;
        }
        watermark = next;
        return true;
    }

    @Override
    public synchronized boolean isSeen(String key) {
        return seen.contains(key);
    }

    @Override
    public synchronized boolean markSeen(String key, Duration retention) {
        return seen.add(key, retention) != null;
    }

    /** {@return how many seen keys the store holds now (expired ones not yet purged included)} */
    public synchronized int seenCount() {
        return seen.size();
    }

    @Override
    public String toString() {
        return "InMemoryReconcilerStore[seen=" + seenCount() + ", watermark=" + watermark() .orElse(null) + "]";
    }
}

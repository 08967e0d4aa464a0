package io.partnercentral.selling.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A ticker on virtual time, one timeline per thread: sleeping advances only the sleeping thread's
 * time, so a thread's time after a pacer returns is exactly the send time the pacer gave it, however
 * the threads interleave. Every sleep is recorded.
 */
public final class FakeTicker implements Ticker {
    private final ThreadLocal<long[]> now = ThreadLocal.withInitial(() -> new long[] {0});
    private final List<Long> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public long nanoTime() {
        return now.get()[0];
    }

    @Override
    public void sleepNanos(long nanos) {
        sleeps.add(nanos);
        now.get()[0] += nanos;
    }

    /** Moves the calling thread's time forward without a sleep, as work or idleness would. */
    public void advance(long nanos) {
        now.get()[0] += nanos;
    }

    public List<Long> sleeps() {
        return List.copyOf(sleeps);
    }
}

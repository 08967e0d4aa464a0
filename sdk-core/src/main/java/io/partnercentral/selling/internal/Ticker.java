package io.partnercentral.selling.internal;

/**
 * Internal API: the time source and sleeper of pacing and bulk progress, replaceable so tests run
 * without waiting. Implementations must be thread-safe.
 */
public interface Ticker {
    /** Monotonic nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Waits {@code nanos} nanoseconds. */
    void sleepNanos(long nanos) throws InterruptedException;

    /** Real time. */
    static Ticker system() {
        return SystemTicker.INSTANCE;
    }

    /** The JVM's clock and {@link Thread#sleep}. */
    enum SystemTicker implements Ticker {
        INSTANCE;

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
    }
}

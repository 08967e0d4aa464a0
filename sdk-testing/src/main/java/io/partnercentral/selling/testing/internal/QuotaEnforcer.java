package io.partnercentral.selling.testing.internal;

import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.testing.QuotaEnforcement;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Internal API: the emulator's per-bucket token buckets (see {@link QuotaEnforcement}) on a quota
 * clock that runs {@code timeScale} times faster than {@code realNanos}. Thread-safe.
 */
public final class QuotaEnforcer {
    private QuotaEnforcement settings;
    private final LongSupplier realNanos;
    private long origin;
    private final Map<QuotaBucket, TokenBucket> buckets = new EnumMap<>(QuotaBucket.class);
    private long throttled;

    public QuotaEnforcer(QuotaEnforcement settings, LongSupplier realNanos) {
        this.settings = settings;
        this.realNanos = realNanos;
        this.origin = realNanos.getAsLong();
        reset();
    }

    /** Whether a call of {@code operation} may proceed now; counts it when it may not. */
    public synchronized boolean tryAcquire(String operation) {
        if (!settings.isEnabled()) {
            return true;
        }
        TokenBucket bucket = QuotaBucket.forOperation(operation).map(buckets::get).orElse(null);
        if (bucket == null || bucket.tryTake(quotaNanos())) {
            return true;
        }
        throttled++;
        return false;
    }

    /** Enforces other settings from now on, with full buckets; the throttle count starts over. */
    public synchronized void reconfigure(QuotaEnforcement newSettings) {
        settings = newSettings;
        origin = realNanos.getAsLong();
        reset();
    }

    /** The settings enforced now. */
    public synchronized QuotaEnforcement settings() {
        return settings;
    }

    /** Calls refused for quota since start or the last reset. */
    public synchronized long throttledCount() {
        return throttled;
    }

    /** Full buckets, no refusals counted. */
    public synchronized void reset() {
        throttled = 0;
        buckets.clear();
        long now = quotaNanos();
        for (QuotaBucket bucket : QuotaBucket.values()) {
            double rate = settings.permitsPerSecond(bucket);
            // The burst is real time: a client's jitter does not shrink when the quota clock runs faster.
            double capacity = Math.max(1, rate * settings.timeScale() * settings.burst().toNanos() / 1e9);
            buckets.put(bucket, new TokenBucket(rate, capacity, now));
        }
    }

    private long quotaNanos() {
        // Relative to the start, so scaling System.nanoTime() cannot overflow.
        return (long) ((realNanos.getAsLong() - origin) * settings.timeScale());
    }

    private static final class TokenBucket {
        private final double permitsPerNano;
        private final double capacity;
        private double tokens;
        private long last;

        TokenBucket(double permitsPerSecond, double capacity, long now) {
            this.permitsPerNano = permitsPerSecond / 1e9;
            this.capacity = capacity;
            this.tokens = capacity;
            this.last = now;
        }

        boolean tryTake(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * permitsPerNano);
            last = now;
            // A hair of slack: a client spaced exactly one interval apart refills exactly one token.
            if (tokens >= 1 - 1e-9) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}

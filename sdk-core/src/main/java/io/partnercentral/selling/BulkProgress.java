package io.partnercentral.selling;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How far a bulk write has come, reported after each record to {@link BulkOptions.Builder#onProgress}.
 *
 * <pre>{@code
 * p -> System.err.printf("\r%d/%d  %.1f/s (paced at %.2f/s, %d throttled)  ETA %s", p.done(),
 *         p.total().orElse(-1), p.perSecond(), p.pacedPermitsPerSecond(), p.throttles(),
 *         p.eta().map(Duration::toSeconds).map(s -> s + " s").orElse("?"))
 * }</pre>
 *
 * @param done records processed so far, whatever their outcome
 * @param expectedTotal the number of records, or -1 when unknown (see {@link BulkOptions.Builder#total})
 * @param succeeded records written
 * @param invalid records skipped as invalid
 * @param failed records that failed
 * @param elapsed time since the bulk write started
 * @param throttles ThrottlingExceptions the service answered to this facade's calls since the bulk write
 *     started (each one was retried in a new slot; only those that exhausted the retries fail a record)
 * @param pacedPermitsPerSecond the rate writes are paced at now, in calls per second: the quota less the
 *     pacing margin, lower after repeated throttling; 0 when pacing is off
 */
public record BulkProgress(long done, long expectedTotal, long succeeded, long invalid, long failed, Duration elapsed,
        long throttles, double pacedPermitsPerSecond) {
    /**
     * Progress without pacing figures (no throttles seen, pacing off).
     *
     * @param done records handled so far
     * @param expectedTotal the number of records, or a negative value when unknown
     * @param succeeded records written
     * @param invalid records skipped as invalid
     * @param failed records that failed
     * @param elapsed time since the bulk write started
     */
    public BulkProgress(long done, long expectedTotal, long succeeded, long invalid, long failed, Duration elapsed) {
        this(done, expectedTotal, succeeded, invalid, failed, elapsed, 0, 0);
    }

    /** {@return the number of records, when known} */
    public OptionalLong total() {
        return expectedTotal < 0 ? OptionalLong.empty() : OptionalLong.of(expectedTotal);
    }

    /**
     * Records processed per second since the start.
     *
     * @return records processed per second since the start
     */
    public double perSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }

    /** {@return the time left at the rate so far; empty while the total or the rate is unknown} */
    public Optional<Duration> eta() {
        double rate = perSecond();
        if (expectedTotal < 0 || rate <= 0) {
            return Optional.empty();
        }
        long left = Math.max(0, expectedTotal - done);
        return Optional.of(Duration.ofNanos(Math.round(left / rate * 1e9)));
    }

    /** {@return the fraction done, 0..1, when the total is known} */
    public Optional<Double> fraction() {
        if (expectedTotal <= 0) {
            return expectedTotal == 0 ? Optional.of(1.0) : Optional.empty();
        }
        return Optional.of(Math.min(1.0, (double) done / expectedTotal));
    }
}

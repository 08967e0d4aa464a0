package io.partnercentral.selling.internal;

import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.exception.PartnerCentralException.ErrorDetails;
import io.partnercentral.selling.exception.QuotaBudgetExceededException;
import io.partnercentral.selling.exception.TransportException;
import io.partnercentral.selling.metrics.QuotaGauges;
import io.partnercentral.selling.metrics.SellingMetrics;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal API: paces the calls of one facade instance to the service's quotas, per {@link QuotaBucket}.
 *
 * <p>Each bucket hands out send times at least one interval apart (a reservation, as Guava's
 * RateLimiter does): a caller takes the next free slot under the bucket's lock and sleeps outside
 * it, so threads sharing the instance queue fairly and never exceed the rate together. There is no
 * burst: after an idle spell the first call goes at once and the next one interval later, which
 * keeps the client inside any token bucket the service may run with the same rate.
 *
 * <p>On ThrottlingException the bucket halves its rate (at most once per interval, since calls
 * already in flight report the same congestion) down to 1/16 of the configured rate, and pushes its
 * next slot one new interval out; each call that goes through then adds back a tenth of the
 * configured rate. Thread-safe.
 */
public final class QuotaPacer implements QuotaGauges {
    private static final Logger LOG = LoggerFactory.getLogger(QuotaPacer.class);
    static final long WINDOW_NANOS = Duration.ofDays(1).toNanos();

    private final Ticker ticker;
    private final Map<QuotaBucket, BucketState> buckets;
    private final SellingMetrics metrics;

    public QuotaPacer(PacingSettings settings, Ticker ticker) {
        this(settings, ticker, SellingMetrics.noop());
    }

    /** A pacer that reports each attempt's wait for its quota to {@code metrics}. */
    public QuotaPacer(PacingSettings settings, Ticker ticker, SellingMetrics metrics) {
        Objects.requireNonNull(settings, "settings");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        Map<QuotaBucket, BucketState> states = new EnumMap<>(QuotaBucket.class);
        if (settings.isEnabled()) {
            for (QuotaBucket bucket : QuotaBucket.values()) {
                states.put(bucket, new BucketState(bucket, settings.permitsPerSecond(bucket),
                        settings.dailyBudget(bucket).orElse(0)));
            }
        }
        this.buckets = states;
    }

    /**
     * Blocks until {@code operation} may be sent, and counts it against its bucket's budget.
     *
     * @throws QuotaBudgetExceededException if the bucket's 24-hour budget is spent; nothing is counted
     * @throws TransportException if interrupted while waiting (the interrupt flag is kept)
     */
    public void acquire(String operation) {
        BucketState state = state(operation);
        if (state == null) {
            return;
        }
        long wait = state.reserve(operation, ticker.nanoTime());
        metrics.pacingWait(state.bucket, wait);
        if (wait > 0) {
            try {
                ticker.sleepNanos(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(new ErrorDetails(
                        operation + " not sent: interrupted while waiting for its quota", null, null, 0, false, e, operation));
            }
        }
    }

    /** Feeds the outcome of one attempt of {@code operation} back into its bucket's rate. */
    public void onResponse(String operation, boolean throttled) {
        BucketState state = state(operation);
        if (state == null) {
            return;
        }
        if (throttled) {
            state.throttled(ticker.nanoTime());
        } else {
            state.succeeded();
        }
    }

    /** The current rate of {@code bucket} in calls per second, lowered after throttling; 0 when not paced. */
    @Override
    public double currentPermitsPerSecond(QuotaBucket bucket) {
        BucketState state = buckets.get(bucket);
        return state == null ? 0 : state.currentRate();
    }

    /** The calls {@code bucket}'s rolling 24-hour budget still allows now; empty without a budget or pacing. */
    @Override
    public OptionalLong remainingBudget(QuotaBucket bucket) {
        BucketState state = buckets.get(bucket);
        return state == null || state.history == null ? OptionalLong.empty()
                : OptionalLong.of(state.remaining(ticker.nanoTime()));
    }

    private BucketState state(String operation) {
        if (buckets.isEmpty()) {
            return null;
        }
        return QuotaBucket.forOperation(operation).map(buckets::get).orElse(null);
    }

    private static final class BucketState {
        private final QuotaBucket bucket;
        private final double configuredRate;
        private final long budget;
        /** Send times of the last {@code budget} calls, a ring; null without a budget. */
        private final long[] history;
        private int oldest;
        private int recorded;
        private double rate;
        private long nextFree;
        private boolean hasSent;
        private long lastDecrease;
        private boolean hasDecreased;

        BucketState(QuotaBucket bucket, double rate, long budget) {
            this.bucket = bucket;
            this.configuredRate = rate;
            this.rate = rate;
            this.budget = budget;
            this.history = budget > 0 ? new long[(int) budget] : null;
        }

        synchronized long reserve(String operation, long now) {
            long sendAt = hasSent ? Math.max(now, nextFree) : now;
            if (history != null && recorded == history.length) {
                long freedAt = history[oldest] + WINDOW_NANOS;
                if (sendAt < freedAt) {
                    throw new QuotaBudgetExceededException(operation, bucket, budget, Duration.ofNanos(freedAt - now));
                }
            }
            if (history != null) {
                if (recorded == history.length) {
                    history[oldest] = sendAt;
                    oldest = (oldest + 1) % history.length;
                } else {
                    history[(oldest + recorded) % history.length] = sendAt;
                    recorded++;
                }
            }
            hasSent = true;
            nextFree = sendAt + interval(rate);
            return sendAt - now;
        }

        synchronized void throttled(long now) {
            if (hasDecreased && now - lastDecrease < interval(rate)) {
                return;
            }
            rate = Math.max(configuredRate / 16, rate / 2);
            hasDecreased = true;
            lastDecrease = now;
            nextFree = Math.max(hasSent ? nextFree : now, now + interval(rate));
            hasSent = true;
            LOG.debug("{} throttled: pacing at {} calls/s until calls go through again", bucket, rate);
        }

        synchronized void succeeded() {
            if (rate < configuredRate) {
                rate = Math.min(configuredRate, rate + configuredRate / 10);
            }
        }

        /** The budget less the sends of the last 24 hours (reserved sends not yet due count as made). */
        synchronized long remaining(long now) {
            int expired = 0;
            // Send times are reserved in increasing order: the expired ones are the oldest.
            while (expired < recorded && history[(oldest + expired) % history.length] + WINDOW_NANOS <= now) {
                expired++;
            }
            return budget - (recorded - expired);
        }

        synchronized double currentRate() {
            return rate;
        }

        private static long interval(double rate) {
            return Math.round(1e9 / rate);
        }
    }
}

package io.partnercentral.selling;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How a {@link PartnerCentralSelling} paces its calls to the service's quotas; immutable.
 *
 * <p>Every call the facade sends draws on the {@link QuotaBucket} of its operation: calls of one bucket
 * are spaced at least {@code (1 + margin) / rate} apart across all threads sharing the instance (and
 * every process sharing its {@link io.partnercentral.selling.coordination.CoordinationStore}), so a bulk
 * import runs at the quota instead of into ThrottlingException. The {@linkplain Builder#margin margin}
 * (default {@value #DEFAULT_MARGIN}, 20 ms per write) keeps arrivals at or under the rate when network
 * and scheduling jitter bring two requests closer than they were sent: a service that enforces its rate
 * as a token bucket without burst refuses every such pair. A single ThrottlingException (an arrival
 * early by a few milliseconds, which the service did not count) sends its retry in the same slot, a
 * margin after the refused attempt, or at the back of the queue (a new slot) when that is too late;
 * when the service throttles again within ten intervals
 * (another client draws on the same account, say), the bucket halves its rate in this process and
 * recovers step by step on each call that goes through. An optional rolling 24-hour budget per bucket
 * makes a call that would exceed it fail at once with
 * {@link io.partnercentral.selling.exception.QuotaBudgetExceededException} rather than be throttled for
 * hours.
 *
 * <p>The documented quotas are per partner account and per bucket, not per operation: the reads share
 * 10 per second, the writes share 1 per second, and each other rate belongs to its one operation. A
 * mixed workload gets each bucket's rate: an update's read never waits behind the write queue.
 *
 * <p>Every HTTP attempt draws on the bucket, the generated client's retries included. A call waits
 * for its quota outside the generated client, so no wait for quota counts against its API call
 * timeout: the first attempt before the client starts, a retry by leaving the client's pipeline and
 * coming back when its slot is due.
 *
 * <p>Default: on, at the documented rates, without 24-hour budgets. Calls made directly on
 * {@link PartnerCentralSelling#generatedClient()} are not paced.
 *
 * <pre>{@code
 * PartnerCentralSelling selling = PartnerCentralSelling.builder()
 *     .pacing(PacingSettings.builder()
 *         .rate(QuotaBucket.WRITES, 5, Duration.ofSeconds(1))   // an account with a raised quota
 *         .documentedDailyBudgets()                            // fail fast past 10,000 writes a day
 *         .build())
 *     .build();
 * }</pre>
 */
public final class PacingSettings {
    /** The default {@link #margin()}: slots are 2% further apart than the documented rate. */
    public static final double DEFAULT_MARGIN = 0.02;

    private static final PacingSettings DEFAULTS = builder().build();
    private static final PacingSettings DISABLED = builder().enabled(false).build();

    private final boolean enabled;
    private final Map<QuotaBucket, Double> permitsPerSecond;
    private final Map<QuotaBucket, Long> dailyBudgets;
    private final double margin;

    private PacingSettings(Builder builder) {
        this.enabled = builder.enabled;
        this.margin = builder.margin;
        this.permitsPerSecond = new EnumMap<>(builder.permitsPerSecond);
        this.dailyBudgets = new EnumMap<>(builder.dailyBudgets);
    }

    /**
     * On, at the documented rates, no 24-hour budgets.
     *
     * @return pacing on, at the documented rates, with no 24-hour budgets
     */
    public static PacingSettings defaults() {
        return DEFAULTS;
    }

    /**
     * No pacing: calls go out as fast as the caller makes them.
     *
     * @return no pacing: calls go out as fast as the caller makes them
     */
    public static PacingSettings disabled() {
        return DISABLED;
    }

    /**
     * A builder starting from {@link #defaults()}.
     *
     * @return this builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with these settings} */
    public Builder toBuilder() {
        Builder builder = new Builder().enabled(enabled).margin(margin);
        builder.permitsPerSecond.putAll(permitsPerSecond);
        builder.dailyBudgets.putAll(dailyBudgets);
        return builder;
    }

    /** {@return whether calls are paced at all} */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * {@return the rate calls of {@code bucket} are paced at, in calls per second}
     *
     * @param bucket the quota bucket
     */
    public double permitsPerSecond(QuotaBucket bucket) {
        return permitsPerSecond.get(Objects.requireNonNull(bucket, "bucket"));
    }

    /**
     * {@return the least time between two calls of {@code bucket} at its rate, before the margin}
     *
     * @param bucket the quota bucket
     */
    public Duration interval(QuotaBucket bucket) {
        return Duration.ofNanos(Math.round(1e9 / permitsPerSecond(bucket)));
    }

    /** {@return the fraction of an interval added between two calls of a bucket, so arrivals stay under the rate despite jitter} */
    public double margin() {
        return margin;
    }

    /**
     * {@return the time between two calls of {@code bucket} the pacing keeps: {@link #interval} times {@code 1 + margin}}
     *
     * @param bucket the quota bucket
     */
    public Duration pacedInterval(QuotaBucket bucket) {
        return Duration.ofNanos(Math.round(1e9 * (1 + margin) / permitsPerSecond(bucket)));
    }

    /**
     * {@return the calls of {@code bucket} allowed per rolling 24 hours, if a budget is enforced}
     *
     * @param bucket the quota bucket
     */
    public OptionalLong dailyBudget(QuotaBucket bucket) {
        Long budget = dailyBudgets.get(Objects.requireNonNull(bucket, "bucket"));
        return budget == null ? OptionalLong.empty() : OptionalLong.of(budget);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PacingSettings other && enabled == other.enabled && margin == other.margin
                && permitsPerSecond.equals(other.permitsPerSecond) && dailyBudgets.equals(other.dailyBudgets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, margin, permitsPerSecond, dailyBudgets);
    }

    @Override
    public String toString() {
        return "PacingSettings{enabled=" + enabled + ", margin=" + margin + ", permitsPerSecond=" + permitsPerSecond
                + ", dailyBudgets=" + dailyBudgets + "}";
    }

    /** Builds {@link PacingSettings}; starts from the defaults. */
    public static final class Builder {
        private boolean enabled = true;
        private final Map<QuotaBucket, Double> permitsPerSecond = new EnumMap<>(QuotaBucket.class);
        private final Map<QuotaBucket, Long> dailyBudgets = new EnumMap<>(QuotaBucket.class);
        private double margin = DEFAULT_MARGIN;

        private Builder() {
            for (QuotaBucket bucket : QuotaBucket.values()) {
                permitsPerSecond.put(bucket, bucket.documentedPermitsPerSecond());
            }
        }

        /**
         * Whether calls are paced at all; default true.
         *
         * @param enabled false to send calls unpaced
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * The fraction of an interval added between two calls of a bucket; default
         * {@value PacingSettings#DEFAULT_MARGIN}. Network and scheduling jitter bring some requests
         * closer together on arrival than they were sent; without a margin a service enforcing the rate
         * strictly refuses those. 0 sends exactly at the rate; more than a few percent only slows a bulk
         * run down.
         *
         * @param margin the fraction, at least 0 and below 1
         * @return this builder
         */
        public Builder margin(double margin) {
            if (!(margin >= 0 && margin < 1)) {
                throw new IllegalArgumentException("margin must be at least 0 and below 1");
            }
            this.margin = margin;
            return this;
        }

        /**
         * Paces {@code bucket} at {@code permits} calls per {@code per}, e.g. for an account with a raised quota.
         *
         * @param bucket the quota bucket
         * @param permits the calls allowed per {@code per}, above 0
         * @param per the period {@code permits} apply to
         * @return this builder
         */
        public Builder rate(QuotaBucket bucket, double permits, Duration per) {
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(per, "per");
            if (!(permits > 0) || Double.isInfinite(permits) || per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("rate of " + bucket + " must be a positive number of calls per a positive duration");
            }
            permitsPerSecond.put(bucket, permits * 1e9 / per.toNanos());
            return this;
        }

        /**
         * Multiplies every bucket's rate by {@code factor}: for a test against an emulator whose clock
         * runs {@code factor} times faster than real time, or an account whose quotas were all raised alike.
         *
         * @param factor the factor, above 0
         * @return this builder
         */
        public Builder scaleRates(double factor) {
            if (!(factor > 0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("factor must be positive");
            }
            permitsPerSecond.replaceAll((bucket, rate) -> rate * factor);
            return this;
        }

        /**
         * Allows at most {@code calls} calls of {@code bucket} per rolling 24 hours, failing fast beyond.
         *
         * @param bucket the quota bucket
         * @param calls the calls allowed per rolling 24 hours
         * @return this builder
         */
        public Builder dailyBudget(QuotaBucket bucket, long calls) {
            Objects.requireNonNull(bucket, "bucket");
            if (calls < 1 || calls > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("daily budget of " + bucket + " must be 1.." + Integer.MAX_VALUE);
            }
            dailyBudgets.put(bucket, calls);
            return this;
        }

        /**
         * Enforces the documented 24-hour budgets (reads 100,000, writes 10,000).
         *
         * @return this builder
         */
        public Builder documentedDailyBudgets() {
            for (QuotaBucket bucket : QuotaBucket.values()) {
                bucket.documentedDailyBudget().ifPresent(budget -> dailyBudgets.put(bucket, budget));
            }
            return this;
        }

        /**
         * Enforces no 24-hour budget (the default): the service's throttling is the only limit.
         *
         * @return this builder
         */
        public Builder noDailyBudgets() {
            dailyBudgets.clear();
            return this;
        }

        /** {@return the PacingSettings with this builder's settings} */
        public PacingSettings build() {
            return new PacingSettings(this);
        }
    }
}

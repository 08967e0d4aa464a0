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
 * are spaced at least {@code 1 / rate} apart across all threads sharing the instance, so a bulk import
 * runs at the quota instead of into ThrottlingException. When the service throttles anyway (another
 * process uses the same account, say), the bucket halves its rate and recovers step by step on each
 * call that goes through. An optional rolling 24-hour budget per bucket makes a call that would exceed
 * it fail at once with {@link io.partnercentral.selling.exception.QuotaBudgetExceededException} rather
 * than be throttled for hours.
 *
 * <p>Every HTTP attempt draws on the bucket, the generated client's retries included. A call waits
 * for its first attempt's turn before the generated client starts (so the wait does not count against
 * its API call timeout); a retry waits inside the client's pipeline, like its backoff does.
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
    private static final PacingSettings DEFAULTS = builder().build();
    private static final PacingSettings DISABLED = builder().enabled(false).build();

    private final boolean enabled;
    private final Map<QuotaBucket, Double> permitsPerSecond;
    private final Map<QuotaBucket, Long> dailyBudgets;

    private PacingSettings(Builder builder) {
        this.enabled = builder.enabled;
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
        Builder builder = new Builder().enabled(enabled);
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
     * {@return the least time between two calls of {@code bucket}}
     *
     * @param bucket the quota bucket
     */
    public Duration interval(QuotaBucket bucket) {
        return Duration.ofNanos(Math.round(1e9 / permitsPerSecond(bucket)));
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
        return o instanceof PacingSettings other && enabled == other.enabled
                && permitsPerSecond.equals(other.permitsPerSecond) && dailyBudgets.equals(other.dailyBudgets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, permitsPerSecond, dailyBudgets);
    }

    @Override
    public String toString() {
        return "PacingSettings{enabled=" + enabled + ", permitsPerSecond=" + permitsPerSecond
                + ", dailyBudgets=" + dailyBudgets + "}";
    }

    /** Builds {@link PacingSettings}; starts from the defaults. */
    public static final class Builder {
        private boolean enabled = true;
        private final Map<QuotaBucket, Double> permitsPerSecond = new EnumMap<>(QuotaBucket.class);
        private final Map<QuotaBucket, Long> dailyBudgets = new EnumMap<>(QuotaBucket.class);

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

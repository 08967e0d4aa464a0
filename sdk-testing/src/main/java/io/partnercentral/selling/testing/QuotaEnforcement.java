package io.partnercentral.selling.testing;

import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.QuotaBucket;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Whether and how the {@link PartnerCentralEmulator} enforces the service's request quotas; immutable.
 *
 * <p>When on, each {@link QuotaBucket} is a token bucket on the emulator's own quota clock: it refills
 * at the bucket's rate, holds {@link Builder#burst one real second's worth} of calls (at least one),
 * and a call finding it empty is answered like the service does, with HTTP 429 and {@code __type}
 * {@code ThrottlingException}, without touching any state. The quota clock runs
 * {@link Builder#timeScale} times faster than real time, so a test can exercise the documented
 * quotas (1 write per second) in a fraction of the time. The service's own burst allowance is not
 * documented; one second's worth tolerates the jitter of a client paced at the rate. The 24-hour
 * budgets are not emulated.
 *
 * <pre>{@code
 * PartnerCentralEmulator emulator = PartnerCentralEmulator.start(PartnerCentralEmulator.Options.builder()
 *     .quotas(QuotaEnforcement.documented().toBuilder().timeScale(20).build())   // 20 writes/s real time
 *     .build());
 * PartnerCentralSelling selling = emulator.sellingBuilder().build();   // paced to match
 * }</pre>
 */
public final class QuotaEnforcement {
    private static final QuotaEnforcement OFF = new Builder().enabled(false).build();
    private static final QuotaEnforcement DOCUMENTED = new Builder().build();

    private final boolean enabled;
    private final Map<QuotaBucket, Double> permitsPerSecond;
    private final double timeScale;
    private final Duration burst;

    private QuotaEnforcement(Builder builder) {
        this.enabled = builder.enabled;
        this.permitsPerSecond = new EnumMap<>(builder.permitsPerSecond);
        this.timeScale = builder.timeScale;
        this.burst = builder.burst;
    }

    /**
     * No quota enforcement (the emulator's default): every call goes through.
     *
     * @return no quota enforcement: every call goes through
     */
    public static QuotaEnforcement off() {
        return OFF;
    }

    /** {@return the documented rates in real time, one second of burst} */
    public static QuotaEnforcement documented() {
        return DOCUMENTED;
    }

    /** {@return a builder initialised with these settings} */
    public Builder toBuilder() {
        Builder builder = new Builder().enabled(enabled).timeScale(timeScale).burst(burst);
        builder.permitsPerSecond.putAll(permitsPerSecond);
        return builder;
    }

    /** {@return whether quotas are enforced at all} */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * {@return the rate of {@code bucket} in calls per second of the quota clock}
     *
     * @param bucket the quota bucket
     */
    public double permitsPerSecond(QuotaBucket bucket) {
        return permitsPerSecond.get(Objects.requireNonNull(bucket, "bucket"));
    }

    /**
     * Quota-clock seconds per real second.
     *
     * @return quota-clock seconds per real second
     */
    public double timeScale() {
        return timeScale;
    }

    /** {@return how much real time's worth of calls, at the scaled rate, a full bucket holds (at least one call)} */
    public Duration burst() {
        return burst;
    }

    /**
     * The facade pacing that keeps a client inside these quotas in real time: disabled when
     * enforcement is off, else each bucket at its rate times {@link #timeScale()}.
     *
     * @return the facade pacing that keeps a client inside these quotas in real time: disabled when enforcement is off, else each bucket at its rate times {@link #timeScale()}
     */
    public PacingSettings matchingPacing() {
        if (!enabled) {
            return PacingSettings.disabled();
        }
        PacingSettings.Builder pacing = PacingSettings.builder();
        for (QuotaBucket bucket : QuotaBucket.values()) {
            pacing.rate(bucket, permitsPerSecond(bucket) * timeScale, Duration.ofSeconds(1));
        }
        return pacing.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuotaEnforcement other && enabled == other.enabled && timeScale == other.timeScale
                && burst.equals(other.burst) && permitsPerSecond.equals(other.permitsPerSecond);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, permitsPerSecond, timeScale, burst);
    }

    @Override
    public String toString() {
        return "QuotaEnforcement{enabled=" + enabled + ", permitsPerSecond=" + permitsPerSecond + ", timeScale="
                + timeScale + ", burst=" + burst + "}";
    }

    /** Builds {@link QuotaEnforcement}; starts on, at the documented rates, time scale 1, burst 1 s. */
    public static final class Builder {
        private boolean enabled = true;
        private final Map<QuotaBucket, Double> permitsPerSecond = new EnumMap<>(QuotaBucket.class);
        private double timeScale = 1;
        private Duration burst = Duration.ofSeconds(1);

        private Builder() {
            for (QuotaBucket bucket : QuotaBucket.values()) {
                permitsPerSecond.put(bucket, bucket.documentedPermitsPerSecond());
            }
        }

        /**
         * Sets whether quotas are enforced at all.
         *
         * @param enabled false to serve every call
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Enforces {@code permits} calls of {@code bucket} per {@code per} of the quota clock.
         *
         * @param bucket the quota bucket
         * @param permits the calls allowed per {@code per}
         * @param per the period {@code permits} apply to
         * @return this builder
         */
        public Builder rate(QuotaBucket bucket, double permits, Duration per) {
            Objects.requireNonNull(bucket, "bucket");
            if (!(permits > 0) || Double.isInfinite(permits) || per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("rate must be a positive number of calls per a positive duration");
            }
            permitsPerSecond.put(bucket, permits * 1e9 / per.toNanos());
            return this;
        }

        /**
         * Quota-clock seconds per real second; e.g. 50 lets 50 writes a second through at the documented 1/s.
         *
         * @param timeScale how many times faster than real time the quota clock runs
         * @return this builder
         */
        public Builder timeScale(double timeScale) {
            if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
                throw new IllegalArgumentException("timeScale must be positive");
            }
            this.timeScale = timeScale;
            return this;
        }

        /**
         * How much real time's worth of calls, at the rate times the time scale, a full bucket holds;
         * default 1 s, never less than one call. Real time, because a client's jitter does not shrink
         * when the quota clock runs faster.
         *
         * @param burst how much unused quota a bucket can save up
         * @return this builder
         */
        public Builder burst(Duration burst) {
            if (burst.isNegative() || burst.isZero()) {
                throw new IllegalArgumentException("burst must be positive");
            }
            this.burst = burst;
            return this;
        }

        /** {@return the QuotaEnforcement with this builder's settings} */
        public QuotaEnforcement build() {
            return new QuotaEnforcement(this);
        }
    }
}

package io.partnercentral.selling.testing;

import io.partnercentral.selling.testing.internal.ServiceModel;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable description of faults to inject: which calls fail (the next N, or a fraction), how
 * ({@link FaultKind}), when ({@link FaultTiming}), and optionally only for some operations.
 *
 * <p>Kinds and timings are drawn per faulted call from a {@link java.util.Random} seeded with
 * {@link Builder#seed(long)}, so a single-threaded test sees the same faults on every run. Defaults:
 * {@link FaultKind#THROTTLING}, {@link FaultTiming#BEFORE_STATE_CHANGE}, every operation, seed 0.
 *
 * <pre>{@code
 * // The next CreateOpportunity is applied, but the client sees its connection reset.
 * emulator.injectFaults(FaultPlan.failNext(1)
 *     .kinds(FaultKind.CONNECTION_RESET)
 *     .timings(FaultTiming.AFTER_STATE_CHANGE)
 *     .onlyFor("CreateOpportunity")
 *     .build());
 *
 * // One call in five fails, any way, before or after the write.
 * emulator.injectFaults(FaultPlan.failRate(0.2).seed(42)
 *     .kinds(FaultKind.values()).timings(FaultTiming.values()).build());
 * }</pre>
 */
public final class FaultPlan {
    private final int calls;
    private final double rate;
    private final List<FaultKind> kinds;
    private final List<FaultTiming> timings;
    private final Set<String> operations;
    private final long seed;
    private final Duration delay;
    private final HeldCalls held;
    private final int after;

    private FaultPlan(Builder builder) {
        this.calls = builder.calls;
        this.rate = builder.rate;
        this.kinds = List.copyOf(builder.kinds);
        this.timings = List.copyOf(builder.timings);
        this.operations = Set.copyOf(builder.operations);
        this.seed = builder.seed;
        this.delay = builder.delay;
        this.held = builder.held;
        this.after = builder.after;
    }

    /**
     * Fails the next {@code calls} matching calls, then stops.
     *
     * @param calls how many calls
     * @return this builder
     */
    public static Builder failNext(int calls) {
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be at least 1");
        }
        return new Builder(calls, 0);
    }

    /**
     * Fails each matching call with probability {@code fraction} until cleared.
     *
     * @param fraction the fraction of calls, from 0 to 1
     * @return this builder
     */
    public static Builder failRate(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1]");
        }
        return new Builder(0, fraction);
    }

    /** {@return how many calls fail, for a {@link #failNext(int)} plan; 0 for a rate plan} */
    public int calls() {
        return calls;
    }

    /** {@return the fraction of calls that fail, for a {@link #failRate(double)} plan; 0 for a count plan} */
    public double rate() {
        return rate;
    }

    /** {@return the kinds a fault is chosen from} */
    public List<FaultKind> kinds() {
        return kinds;
    }

    /** {@return the timings a fault is chosen from} */
    public List<FaultTiming> timings() {
        return timings;
    }

    /**
     * Operation names this plan applies to; empty means every operation.
     *
     * @return the operation names this plan applies to; empty for every operation
     */
    public Set<String> operations() {
        return operations;
    }

    /** {@return the random seed} */
    public long seed() {
        return seed;
    }

    /** {@return how long a faulted call is held before it is applied or refused; zero unless {@link Builder#delay} set it} */
    public Duration delay() {
        return delay;
    }

    /**
     * The gate each faulted call waits at before it is applied or refused, if {@link Builder#holdUntil} set one.
     *
     * @return the gate, or empty
     */
    public java.util.Optional<HeldCalls> heldUntil() {
        return java.util.Optional.ofNullable(held);
    }

    /**
     * How many matching calls go through untouched before the plan starts, as {@link Builder#after(int)} set it.
     *
     * @return the calls let through first; 0 unless set
     */
    public int after() {
        return after;
    }

    /** Builds a {@link FaultPlan}. */
    public static final class Builder {
        private final int calls;
        private final double rate;
        private Set<FaultKind> kinds = EnumSet.of(FaultKind.THROTTLING);
        private Set<FaultTiming> timings = EnumSet.of(FaultTiming.BEFORE_STATE_CHANGE);
        private Set<String> operations = Set.of();
        private long seed;
        private Duration delay = Duration.ZERO;
        private HeldCalls held;
        private int after;

        private Builder(int calls, double rate) {
            this.calls = calls;
            this.rate = rate;
        }

        /**
         * The kinds to draw from, uniformly.
         *
         * @param kinds the kinds of fault to choose from
         * @return this builder
         */
        public Builder kinds(FaultKind... kinds) {
            this.kinds = nonEmpty(EnumSet.noneOf(FaultKind.class), kinds, "kinds");
            return this;
        }

        /**
         * The timings to draw from, uniformly.
         *
         * @param timings the timings to choose from
         * @return this builder
         */
        public Builder timings(FaultTiming... timings) {
            this.timings = nonEmpty(EnumSet.noneOf(FaultTiming.class), timings, "timings");
            return this;
        }

        /**
         * Restricts the plan to these operations, by the name after {@code AWSPartnerCentralSelling.}
         * in {@code X-Amz-Target}, e.g. {@code CreateOpportunity}.
         *
         * @param operations the operations, e.g. {@code CreateOpportunity}
         * @return this builder
         * @throws IllegalArgumentException for an operation the packaged service model does not have
         */
        public Builder onlyFor(String... operations) {
            for (String operation : operations) {
                ServiceModel model = ServiceModel.packaged();
                if (!model.hasOperation(operation)) {
                    throw new IllegalArgumentException("the service model has no operation " + operation
                            + "; it has " + model.operations());
                }
            }
            this.operations = Set.of(operations);
            return this;
        }

        /**
         * Seeds the draws (which calls fail, and how).
         *
         * @param seed the random seed, for a reproducible plan
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Holds each faulted call this long before the emulator applies it (or refuses it) and answers
         * with the fault. A client whose attempt timeout is shorter gives up first, and with
         * {@link FaultTiming#AFTER_STATE_CHANGE} the write then lands after the client has moved on: an
         * attempt still in flight when the caller's read says it has not landed.
         *
         * <pre>{@code FaultPlan.failNext(1).timings(FaultTiming.AFTER_STATE_CHANGE).delay(Duration.ofSeconds(2)).build();}</pre>
         *
         * @param delay how long to hold each faulted call, not negative
         * @return this builder
         */
        public Builder delay(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative");
            }
            this.delay = delay;
            return this;
        }

        /**
         * Holds each faulted call at {@code gate} until the test releases it (after any {@link #delay}),
         * then applies or refuses it and answers with the fault. Unlike a delay, the order is the
         * test's to choose: with {@link FaultTiming#AFTER_STATE_CHANGE} and a client attempt timeout,
         * the write lands exactly when the test calls {@link HeldCalls#release()}, for instance
         * after the client read the record back and found it unchanged.
         *
         * @param gate the gate the faulted calls wait at
         * @return this builder
         */
        public Builder holdUntil(HeldCalls gate) {
            this.held = Objects.requireNonNull(gate, "gate");
            return this;
        }

        /**
         * Lets the first {@code calls} matching calls through untouched; the plan applies from the
         * next one on. With {@link #onlyFor} this picks one call of a sequence, for instance the second
         * GetOpportunity of an update (the read that settles its write) rather than the first.
         *
         * @param calls how many matching calls pass first, at least 0
         * @return this builder
         */
        public Builder after(int calls) {
            if (calls < 0) {
                throw new IllegalArgumentException("calls must not be negative");
            }
            this.after = calls;
            return this;
        }

        /** {@return the FaultPlan with this builder's settings} */
        public FaultPlan build() {
            return new FaultPlan(this);
        }

        private static <E extends Enum<E>> Set<E> nonEmpty(EnumSet<E> target, E[] values, String what) {
            Objects.requireNonNull(values, what);
            if (values.length == 0) {
                throw new IllegalArgumentException(what + " must not be empty");
            }
            for (E value : values) {
                target.add(Objects.requireNonNull(value, what));
            }
            return target;
        }
    }
}

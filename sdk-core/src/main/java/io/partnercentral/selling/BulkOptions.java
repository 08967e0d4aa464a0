package io.partnercentral.selling;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Settings of one bulk write: the expected number of records (for progress and ETA), a progress
 * callback, and how many calls may be in flight; immutable.
 *
 * <pre>{@code
 * BulkOptions options = BulkOptions.builder()
 *     .total(deals.size())
 *     .onProgress(p -> bar.show(p.done(), p.expectedTotal(), p.perSecond(), p.eta()))
 *     .build();
 * }</pre>
 */
public final class BulkOptions {
    private static final BulkOptions DEFAULTS = builder().build();

    /** The default {@link #concurrency()}. */
    public static final int DEFAULT_CONCURRENCY = 4;

    private final long total;
    private final Consumer<BulkProgress> onProgress;
    private final int concurrency;

    private BulkOptions(Builder builder) {
        this.total = builder.total;
        this.onProgress = builder.onProgress;
        this.concurrency = builder.concurrency;
    }

    /**
     * No expected total, no progress callback.
     *
     * @return options with no expected total and no progress callback
     */
    public static BulkOptions defaults() {
        return DEFAULTS;
    }

    /** {@return a new builder, starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder initialised with these settings} */
    public Builder toBuilder() {
        return new Builder().total(total).onProgress(onProgress).concurrency(concurrency);
    }

    /** {@return the expected number of records, or -1 when unknown} */
    public long total() {
        return total;
    }

    /**
     * Called after each record, on the thread running the bulk write.
     *
     * @return the progress callback; one that does nothing by default
     */
    public Consumer<BulkProgress> onProgress() {
        return onProgress;
    }

    /** {@return how many calls may be in flight at once} */
    public int concurrency() {
        return concurrency;
    }

    /** Builds {@link BulkOptions}. */
    public static final class Builder {
        private long total = -1;
        private Consumer<BulkProgress> onProgress = progress -> {};
        private int concurrency = DEFAULT_CONCURRENCY;

        private Builder() {}

        /**
         * The number of records the input will yield, for {@link BulkProgress#eta()}; -1 (default) when unknown.
         *
         * @param total the number of records expected, for the progress rate and ETA
         * @return this builder
         */
        public Builder total(long total) {
            if (total < -1) {
                throw new IllegalArgumentException("total must be -1 (unknown) or at least 0");
            }
            this.total = total;
            return this;
        }

        /**
         * Called after each record with the progress so far; it should return quickly.
         *
         * @param onProgress called with the progress after each record
         * @return this builder
         */
        public Builder onProgress(Consumer<BulkProgress> onProgress) {
            this.onProgress = Objects.requireNonNull(onProgress, "onProgress");
            return this;
        }

        /**
         * How many calls may be in flight at once; default {@value BulkOptions#DEFAULT_CONCURRENCY}. The pacing,
         * not this, sets the rate: calls in flight wait for their quota like any other, so more of them
         * only hide latency. One is enough while a call takes less than the quota's interval (1 s for
         * writes); more help with raised quotas or slow networks. Results are reported in input order
         * either way.
         *
         * @param concurrency the most calls in flight at once, at least 1
         * @return this builder
         */
        public Builder concurrency(int concurrency) {
            if (concurrency < 1 || concurrency > 64) {
                throw new IllegalArgumentException("concurrency must be 1..64");
            }
            this.concurrency = concurrency;
            return this;
        }

        /** {@return the BulkOptions with this builder's settings} */
        public BulkOptions build() {
            return new BulkOptions(this);
        }
    }
}

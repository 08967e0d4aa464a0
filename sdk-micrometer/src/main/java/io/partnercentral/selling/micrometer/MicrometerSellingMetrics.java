package io.partnercentral.selling.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.metrics.BulkOutcome;
import io.partnercentral.selling.metrics.CallOutcome;
import io.partnercentral.selling.metrics.MeterNames;
import io.partnercentral.selling.metrics.QuotaGauges;
import io.partnercentral.selling.metrics.SellingMetrics;
import io.partnercentral.selling.metrics.Settlement;
import io.partnercentral.selling.metrics.WaitOutcome;
import io.partnercentral.selling.model.Catalog;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import software.amazon.awssdk.metrics.MetricPublisher;

/**
 * The SDK's {@link SellingMetrics} on a Micrometer {@link MeterRegistry}, under the names and tags of
 * {@link MeterNames}; with {@link Builder#sdkMetrics(boolean)} it also hands the facade's builder a
 * {@link MicrometerMetricPublisher} for the generated client's own metrics. Meters are registered on first use and then looked up
 * without allocating. Thread-safe.
 *
 * <p>Gauges ({@link MeterNames#PACING_RATE}, {@link MeterNames#BUDGET_REMAINING}) are per registry:
 * with several facade instances on one registry, the first instance built reports them.
 *
 * <pre>{@code
 * MeterRegistry registry = new SimpleMeterRegistry();
 * try (PartnerCentralSelling selling = PartnerCentralSelling.builder()
 *         .metrics(MicrometerSellingMetrics.create(registry))
 *         .build()) {
 *     selling.opportunities().get("O1234567890");
 * }
 * registry.get(MeterNames.CALLS).tag(MeterNames.OPERATION, "GetOpportunity").timer().count(); // 1
 * }</pre>
 */
public final class MicrometerSellingMetrics implements SellingMetrics {
    private static final CallOutcome[] CALL_OUTCOMES = CallOutcome.values();
    private static final String[] CATALOGS = {MeterNames.catalog(Catalog.AWS), MeterNames.catalog(Catalog.SANDBOX),
            MeterNames.OTHER_CATALOG};

    private final MeterRegistry registry;
    private final MetricPublisher publisher;
    private final Map<QuotaBucket, Timer> pacingWaits = new EnumMap<>(QuotaBucket.class);
    private final ConcurrentHashMap<String, OperationMeters> operations = new ConcurrentHashMap<>();

    private MicrometerSellingMetrics(Builder builder) {
        this.registry = builder.registry;
        this.publisher = builder.sdkMetrics ? MicrometerMetricPublisher.create(registry) : null;
        for (QuotaBucket bucket : QuotaBucket.values()) {
            pacingWaits.put(bucket, Timer.builder(MeterNames.PACING_WAIT)
                    .description("Time each paced attempt waited for its quota")
                    .tag(MeterNames.BUCKET, MeterNames.bucket(bucket))
                    .register(registry));
        }
    }

    /**
     * The SDK's metrics on {@code registry}, without the generated client's own (see {@link Builder#sdkMetrics}).
     *
     * @param registry where the meters go
     * @return the metrics, to pass to the facade's builder
     */
    public static MicrometerSellingMetrics create(MeterRegistry registry) {
        return builder(registry).build();
    }

    /**
     * A builder of metrics on {@code registry}.
     *
     * @param registry where the meters go
     * @return the builder
     */
    public static Builder builder(MeterRegistry registry) {
        return new Builder(registry);
    }

    /** {@return the registry meters go to} */
    public MeterRegistry registry() {
        return registry;
    }

    @Override
    public void quotas(QuotaGauges quotas) {
        Objects.requireNonNull(quotas, "quotas");
        for (QuotaBucket bucket : QuotaBucket.values()) {
            String tag = MeterNames.bucket(bucket);
            Gauge.builder(MeterNames.PACING_RATE, quotas, q -> q.currentPermitsPerSecond(bucket))
                    .description("The rate the bucket is paced at, lowered after throttling")
                    .baseUnit("calls/s")
                    .tag(MeterNames.BUCKET, tag)
                    .strongReference(true)
                    .register(registry);
            if (quotas.remainingBudget(bucket).isPresent()) {
                Gauge.builder(MeterNames.BUDGET_REMAINING, quotas, q -> q.remainingBudget(bucket).orElse(0))
                        .description("Calls left in the bucket's rolling 24-hour budget")
                        .baseUnit("calls")
                        .tag(MeterNames.BUCKET, tag)
                        .strongReference(true)
                        .register(registry);
            }
        }
    }

    @Override
    public void call(String operation, Catalog catalog, CallOutcome outcome, int attempts, long nanos) {
        OperationMeters meters = meters(operation);
        meters.call(catalogIndex(catalog), outcome).record(nanos, TimeUnit.NANOSECONDS);
        if (attempts > 1) {
            meters.retries.increment(attempts - 1);
        }
    }

    @Override
    public void throttled(String operation) {
        meters(operation).throttles.increment();
    }

    @Override
    public void pacingWait(QuotaBucket bucket, long nanos) {
        pacingWaits.get(bucket).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void bulkInFlight(String operation, int delta) {
        meters(operation).inFlight().addAndGet(delta);
    }

    @Override
    public void bulkItem(String operation, BulkOutcome outcome) {
        meters(operation).bulkItem(outcome).increment();
    }

    @Override
    public void idempotencyReplays(String operation, int replays) {
        meters(operation).replays.increment(replays);
    }

    @Override
    public void settlement(String operation, Settlement result) {
        meters(operation).settlement(result).increment();
    }

    @Override
    public void waited(String operation, WaitOutcome outcome, long nanos) {
        meters(operation).wait(outcome).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public Optional<MetricPublisher> sdkMetricPublisher() {
        return Optional.ofNullable(publisher);
    }

    private OperationMeters meters(String operation) {
        OperationMeters meters = operations.get(operation);
        return meters != null ? meters : operations.computeIfAbsent(operation, OperationMeters::new);
    }

    private static int catalogIndex(Catalog catalog) {
        if (Catalog.AWS.equals(catalog)) {
            return 0;
        }
        return Catalog.SANDBOX.equals(catalog) ? 1 : 2;
    }

    @Override
    public String toString() {
        return "MicrometerSellingMetrics[" + registry.getClass().getSimpleName() + "]";
    }

    /**
     * One operation's meters; the counters every call may touch are made up front, the rest on first
     * use (registering twice returns the same meter, so a race costs nothing).
     */
    private final class OperationMeters {
        final String operation;
        final Counter retries;
        final Counter throttles;
        final Counter replays;
        /** By catalog index, then call outcome. */
        final AtomicReferenceArray<Timer> calls = new AtomicReferenceArray<>(CATALOGS.length * CALL_OUTCOMES.length);
        final AtomicReferenceArray<Counter> bulkItems = new AtomicReferenceArray<>(BulkOutcome.values().length);
        final AtomicReferenceArray<Counter> settlements = new AtomicReferenceArray<>(Settlement.values().length);
        final AtomicReferenceArray<Timer> waits = new AtomicReferenceArray<>(WaitOutcome.values().length);
        private volatile AtomicInteger inFlight;

        OperationMeters(String operation) {
            this.operation = operation;
            this.retries = Counter.builder(MeterNames.RETRIES)
                    .description("Attempts after each call's first")
                    .tag(MeterNames.OPERATION, operation)
                    .register(registry);
            this.throttles = Counter.builder(MeterNames.THROTTLES)
                    .description("Attempts answered with throttling")
                    .tag(MeterNames.OPERATION, operation)
                    .tag(MeterNames.BUCKET, MeterNames.bucket(QuotaBucket.forOperation(operation).orElse(null)))
                    .register(registry);
            this.replays = Counter.builder(MeterNames.IDEMPOTENCY_REPLAYS)
                    .description("Retries of writes that carry a client token")
                    .tag(MeterNames.OPERATION, operation)
                    .register(registry);
        }

        Timer call(int catalog, CallOutcome outcome) {
            int index = catalog * CALL_OUTCOMES.length + outcome.ordinal();
            Timer timer = calls.get(index);
            if (timer == null) {
                timer = Timer.builder(MeterNames.CALLS)
                        .description("Logical calls, retries included")
                        .tag(MeterNames.OPERATION, operation)
                        .tag(MeterNames.CATALOG, CATALOGS[catalog])
                        .tag(MeterNames.OUTCOME, outcome.tag())
                        .register(registry);
                calls.set(index, timer);
            }
            return timer;
        }

        Counter bulkItem(BulkOutcome outcome) {
            Counter counter = bulkItems.get(outcome.ordinal());
            if (counter == null) {
                counter = Counter.builder(MeterNames.BULK_ITEMS)
                        .description("Bulk-write records by how they ended")
                        .tag(MeterNames.OPERATION, operation)
                        .tag(MeterNames.OUTCOME, outcome.tag())
                        .register(registry);
                bulkItems.set(outcome.ordinal(), counter);
            }
            return counter;
        }

        Counter settlement(Settlement result) {
            Counter counter = settlements.get(result.ordinal());
            if (counter == null) {
                counter = Counter.builder(MeterNames.SETTLEMENTS)
                        .description("Writes whose answer was lost, settled by reading back")
                        .tag(MeterNames.OPERATION, operation)
                        .tag(MeterNames.OUTCOME, result.tag())
                        .register(registry);
                settlements.set(result.ordinal(), counter);
            }
            return counter;
        }

        Timer wait(WaitOutcome outcome) {
            Timer timer = waits.get(outcome.ordinal());
            if (timer == null) {
                timer = Timer.builder(MeterNames.WAITS)
                        .description("Waits for tasks and snapshot jobs")
                        .tag(MeterNames.OPERATION, operation)
                        .tag(MeterNames.OUTCOME, outcome.tag())
                        .register(registry);
                waits.set(outcome.ordinal(), timer);
            }
            return timer;
        }

        AtomicInteger inFlight() {
            AtomicInteger current = inFlight;
            if (current == null) {
                synchronized (this) {
                    current = inFlight;
                    if (current == null) {
                        current = new AtomicInteger();
                        Gauge.builder(MeterNames.BULK_IN_FLIGHT, current, AtomicInteger::get)
                                .description("Bulk-write records being written now")
                                .tag(MeterNames.OPERATION, operation)
                                .strongReference(true)
                                .register(registry);
                        inFlight = current;
                    }
                }
            }
            return current;
        }
    }

    /** Configures {@link MicrometerSellingMetrics}. */
    public static final class Builder {
        private final MeterRegistry registry;
        private boolean sdkMetrics;

        private Builder(MeterRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
        }

        /**
         * Whether a client the facade's builder creates also publishes the generated client's own
         * metrics ({@link MicrometerMetricPublisher}); default false: the AWS SDK then collects its
         * own metrics on every call, about 12 KB and 5-9% of a fast call's time (MetricsOverhead).
         *
         * @param sdkMetrics true to publish the generated client's metrics as well
         * @return this builder
         */
        public Builder sdkMetrics(boolean sdkMetrics) {
            this.sdkMetrics = sdkMetrics;
            return this;
        }

        /** {@return the configured metrics} */
        public MicrometerSellingMetrics build() {
            return new MicrometerSellingMetrics(this);
        }
    }
}

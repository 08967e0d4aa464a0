package io.partnercentral.selling.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.events.DetailType;
import io.partnercentral.selling.events.OpportunityChange;
import io.partnercentral.selling.metrics.BulkOutcome;
import io.partnercentral.selling.metrics.CallOutcome;
import io.partnercentral.selling.metrics.EventDuplicate;
import io.partnercentral.selling.metrics.EventProblem;
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
import java.util.function.IntFunction;
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
    private static final BulkOutcome[] BULK_OUTCOMES = BulkOutcome.values();
    private static final Settlement[] SETTLEMENTS = Settlement.values();
    private static final WaitOutcome[] WAIT_OUTCOMES = WaitOutcome.values();
    private static final DetailType[] DETAIL_TYPES = DetailType.values();
    private static final EventDuplicate[] DUPLICATES = EventDuplicate.values();
    private static final EventProblem[] PROBLEMS = EventProblem.values();
    private static final OpportunityChange.FoundBy[] FOUND_BY = OpportunityChange.FoundBy.values();
    private static final String[] CATALOGS = {MeterNames.catalog(Catalog.AWS), MeterNames.catalog(Catalog.SANDBOX),
            MeterNames.OTHER_CATALOG};

    private final MeterRegistry registry;
    private final MetricPublisher publisher;
    private final Map<QuotaBucket, Timer> pacingWaits = new EnumMap<>(QuotaBucket.class);
    private final ConcurrentHashMap<String, OperationMeters> operations = new ConcurrentHashMap<>();
    /** By detail-type ordinal; the last one is the unknown detail-type. */
    private final LazyMeters<Counter> eventsReceived;
    private final LazyMeters<Counter> eventDuplicates;
    private final LazyMeters<Counter> eventsUnrecognized;
    private final LazyMeters<Timer> reconcilerLag;

    private MicrometerSellingMetrics(Builder builder) {
        this.registry = builder.registry;
        this.publisher = builder.sdkMetrics ? MicrometerMetricPublisher.create(registry) : null;
        for (QuotaBucket bucket : QuotaBucket.values()) {
            pacingWaits.put(bucket, Timer.builder(MeterNames.PACING_WAIT)
                    .description("Time each paced attempt waited for its quota")
                    .tag(MeterNames.BUCKET, MeterNames.bucket(bucket))
                    .register(registry));
        }
        this.eventsReceived = new LazyMeters<>(DETAIL_TYPES.length + 1, i -> Counter.builder(MeterNames.EVENTS_RECEIVED)
                .description("Events given to a reconciler, repeats included")
                .tag(MeterNames.DETAIL_TYPE, MeterNames.detailType(i < DETAIL_TYPES.length ? DETAIL_TYPES[i] : null))
                .register(registry));
        this.eventDuplicates = new LazyMeters<>(DUPLICATES.length, i -> Counter.builder(MeterNames.EVENT_DUPLICATES)
                .description("Repeats a reconciler dropped")
                .tag(MeterNames.REASON, DUPLICATES[i].tag())
                .register(registry));
        this.eventsUnrecognized = new LazyMeters<>(PROBLEMS.length, i -> Counter.builder(MeterNames.EVENTS_UNRECOGNIZED)
                .description("Events the SDK could not type or not read")
                .tag(MeterNames.REASON, PROBLEMS[i].tag())
                .register(registry));
        this.reconcilerLag = new LazyMeters<>(FOUND_BY.length, i -> Timer.builder(MeterNames.RECONCILER_LAG)
                .description("From an event's time or a state's LastModifiedDate to the reconciler's handler returning")
                .tag(MeterNames.FOUND_BY, MeterNames.foundBy(FOUND_BY[i]))
                .register(registry));
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
        meters(operation).bulkItems.get(outcome.ordinal()).increment();
    }

    @Override
    public void idempotencyReplays(String operation, int replays) {
        meters(operation).replays.increment(replays);
    }

    @Override
    public void settlement(String operation, Settlement result) {
        meters(operation).settlements.get(result.ordinal()).increment();
    }

    @Override
    public void waited(String operation, WaitOutcome outcome, long nanos) {
        meters(operation).waits.get(outcome.ordinal()).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void eventReceived(DetailType detailType) {
        eventsReceived.get(detailType == null ? DETAIL_TYPES.length : detailType.ordinal()).increment();
    }

    @Override
    public void eventDuplicate(EventDuplicate kind) {
        eventDuplicates.get(kind.ordinal()).increment();
    }

    @Override
    public void eventUnrecognized(EventProblem problem) {
        eventsUnrecognized.get(problem.ordinal()).increment();
    }

    @Override
    public void reconcilerLag(OpportunityChange.FoundBy foundBy, long nanos) {
        reconcilerLag.get(foundBy.ordinal()).record(nanos, TimeUnit.NANOSECONDS);
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
     * use through {@link LazyMeters}.
     */
    private final class OperationMeters {
        final String operation;
        final Counter retries;
        final Counter throttles;
        final Counter replays;
        /** By catalog index, then call outcome. */
        final LazyMeters<Timer> calls;
        final LazyMeters<Counter> bulkItems;
        final LazyMeters<Counter> settlements;
        final LazyMeters<Timer> waits;
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
            this.calls = new LazyMeters<>(CATALOGS.length * CALL_OUTCOMES.length, i -> Timer.builder(MeterNames.CALLS)
                    .description("Logical calls, retries included")
                    .tags(MeterNames.OPERATION, operation, MeterNames.CATALOG, CATALOGS[i / CALL_OUTCOMES.length],
                            MeterNames.OUTCOME, CALL_OUTCOMES[i % CALL_OUTCOMES.length].tag())
                    .register(registry));
            this.bulkItems = new LazyMeters<>(BULK_OUTCOMES.length, i -> Counter.builder(MeterNames.BULK_ITEMS)
                    .description("Bulk-write records by how they ended")
                    .tags(MeterNames.OPERATION, operation, MeterNames.OUTCOME, BULK_OUTCOMES[i].tag())
                    .register(registry));
            this.settlements = new LazyMeters<>(SETTLEMENTS.length, i -> Counter.builder(MeterNames.SETTLEMENTS)
                    .description("Writes whose answer was lost, settled by reading back")
                    .tags(MeterNames.OPERATION, operation, MeterNames.OUTCOME, SETTLEMENTS[i].tag())
                    .register(registry));
            this.waits = new LazyMeters<>(WAIT_OUTCOMES.length, i -> Timer.builder(MeterNames.WAITS)
                    .description("Waits for tasks and snapshot jobs")
                    .tags(MeterNames.OPERATION, operation, MeterNames.OUTCOME, WAIT_OUTCOMES[i].tag())
                    .register(registry));
        }

        Timer call(int catalog, CallOutcome outcome) {
            return calls.get(catalog * CALL_OUTCOMES.length + outcome.ordinal());
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

    /**
     * Meters of one name told apart by a small index (an enum's ordinal, or catalog and outcome),
     * each registered on first use and then read from an array without allocating. Two threads may
     * both register the first time; the registry hands both the same meter, so the race costs nothing.
     */
    private static final class LazyMeters<M extends Meter> {
        private final AtomicReferenceArray<M> meters;
        private final IntFunction<M> register;

        LazyMeters(int size, IntFunction<M> register) {
            this.meters = new AtomicReferenceArray<>(size);
            this.register = register;
        }

        M get(int index) {
            M meter = meters.get(index);
            if (meter == null) {
                meter = register.apply(index);
                meters.set(index, meter);
            }
            return meter;
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

package io.partnercentral.selling.metrics;

import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.events.DetailType;
import io.partnercentral.selling.events.OpportunityChange;
import io.partnercentral.selling.model.Catalog;
import java.util.Optional;
import software.amazon.awssdk.metrics.MetricPublisher;

/**
 * Receives what one {@link io.partnercentral.selling.PartnerCentralSelling} instance does, to turn
 * into meters; set with {@code PartnerCentralSelling.builder().metrics(...)}. Every method has a
 * default that does nothing, so an implementation overrides what it records and keeps compiling as
 * methods are added. {@link #noop()} is the default.
 *
 * <p>Arguments come from closed sets only: {@code operation} is always an operation name of the
 * service model ({@code "CreateOpportunity"}), never a caller's string; ids, names and messages are
 * never passed. Methods are called on the calling thread, inside the call (keep them cheap and
 * non-blocking) and from many threads at once: implementations must be thread-safe. The names in
 * {@link MeterNames} say how the Micrometer implementation publishes each.
 *
 * <pre>{@code
 * PartnerCentralSelling selling = PartnerCentralSelling.builder()
 *         .metrics(MicrometerSellingMetrics.create(meterRegistry)) // partnercentral-selling-sdk-micrometer
 *         .build();
 * }</pre>
 */
public interface SellingMetrics {
    /** {@return the implementation that records nothing} */
    static SellingMetrics noop() {
        return Noop.INSTANCE;
    }

    /**
     * Called once when a facade with pacing on is built, with a live view of its buckets for gauges
     * ({@link MeterNames#PACING_RATE}, {@link MeterNames#BUDGET_REMAINING}). An implementation that
     * registers gauges must keep {@code quotas} reachable itself.
     *
     * @param quotas a live view of the facade's quota buckets
     */
    default void quotas(QuotaGauges quotas) {}

    /**
     * One logical call ended ({@link MeterNames#CALLS}, {@link MeterNames#RETRIES}).
     *
     * @param operation the operation's model name
     * @param catalog the catalog of the facade instance (or sub-client) that made it
     * @param outcome how it ended
     * @param attempts HTTP attempts made (0 when nothing was sent)
     * @param nanos time from the first attempt's quota to the end, retries and their pacing included
     */
    default void call(String operation, Catalog catalog, CallOutcome outcome, int attempts, long nanos) {}

    /**
     * An attempt of {@code operation} was answered with throttling ({@link MeterNames#THROTTLES}).
     *
     * @param operation the service operation, e.g. {@code CreateOpportunity}
     */
    default void throttled(String operation) {}

    /**
     * An attempt in {@code bucket} waited {@code nanos} (often 0) for its quota ({@link MeterNames#PACING_WAIT}).
     *
     * @param bucket the quota bucket
     * @param nanos the time, in nanoseconds
     */
    default void pacingWait(QuotaBucket bucket, long nanos) {}

    /**
     * A bulk record of {@code operation} started ({@code +1}) or ended ({@code -1}) ({@link MeterNames#BULK_IN_FLIGHT}).
     *
     * @param operation the service operation, e.g. {@code CreateOpportunity}
     * @param delta {@code +1} or {@code -1}
     */
    default void bulkInFlight(String operation, int delta) {}

    /**
     * A bulk record of {@code operation} ended with {@code outcome} ({@link MeterNames#BULK_ITEMS}).
     *
     * @param operation the service operation, e.g. {@code CreateOpportunity}
     * @param outcome the outcome
     */
    default void bulkItem(String operation, BulkOutcome outcome) {}

    /**
     * A write carrying a client token was sent {@code replays} more times after its first attempt
     * ({@link MeterNames#IDEMPOTENCY_REPLAYS}); the service answers each from the first if it landed.
     *
     * @param operation the service operation, e.g. {@code CreateOpportunity}
     * @param replays how many times it was sent again
     */
    default void idempotencyReplays(String operation, int replays) {}

    /**
     * A write whose answer was lost was settled by reading back ({@link MeterNames#SETTLEMENTS}).
     *
     * @param operation the service operation, e.g. {@code CreateOpportunity}
     * @param result how it was settled
     */
    default void settlement(String operation, Settlement result) {}

    /**
     * A wait for a task or snapshot job ended after {@code nanos} ({@link MeterNames#WAITS});
     * {@code operation} names what was polled (the task's start operation, or {@code GetResourceSnapshotJob}).
     *
     * @param operation the service operation, e.g. {@code CreateOpportunity}
     * @param outcome the outcome
     * @param nanos the time, in nanoseconds
     */
    default void waited(String operation, WaitOutcome outcome, long nanos) {}

    /**
     * A {@link io.partnercentral.selling.events.Reconciler} was given an event
     * ({@link MeterNames#EVENTS_RECEIVED}), repeats included.
     *
     * @param detailType its detail-type, or null for one this SDK does not know
     */
    default void eventReceived(DetailType detailType) {}

    /**
     * A {@link io.partnercentral.selling.events.Reconciler} dropped a repeat ({@link MeterNames#EVENT_DUPLICATES}).
     *
     * @param kind a repeated event, or a state already delivered
     */
    default void eventDuplicate(EventDuplicate kind) {}

    /**
     * An event could not be typed, or not read at all ({@link MeterNames#EVENTS_UNRECOGNIZED}).
     *
     * @param problem which of the two
     */
    default void eventUnrecognized(EventProblem problem) {}

    /**
     * A {@link io.partnercentral.selling.events.Reconciler}'s handler returned for a change
     * ({@link MeterNames#RECONCILER_LAG}).
     *
     * <p>Reported per change, as a duration, rather than sampled: a timer of it keeps how many changes
     * were delivered, their total and largest lag (and percentiles where the registry is set to), while
     * a gauge would show only the last change's lag, miss spikes between two scrapes, and keep showing
     * an old lag when no change arrives.
     *
     * @param foundBy whether an event or a poll found the change
     * @param nanos from the event's {@code time} (found by an event) or the state's LastModifiedDate
     *     (found by a poll) to when the handler returned; 0 if the clocks disagree and that is negative
     */
    default void reconcilerLag(OpportunityChange.FoundBy foundBy, long nanos) {}

    /**
     * A publisher for the generated client's own metrics (ApiCallDuration, RetryCount, ...), which
     * the facade's builder adds to a client it creates; a wrapped client keeps its own configuration.
     *
     * @return a publisher for the generated client's own metrics (ApiCallDuration, RetryCount, ...), which the facade's builder adds to a client it creates; a wrapped client keeps its own configuration
     */
    default Optional<MetricPublisher> sdkMetricPublisher() {
        return Optional.empty();
    }

    /** The default: records nothing. */
    final class Noop implements SellingMetrics {
        static final Noop INSTANCE = new Noop();

        private Noop() {}

        @Override
        public String toString() {
            return "SellingMetrics.noop()";
        }
    }
}

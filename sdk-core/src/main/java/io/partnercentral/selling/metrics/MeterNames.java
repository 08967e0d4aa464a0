package io.partnercentral.selling.metrics;

import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.events.DetailType;
import io.partnercentral.selling.events.OpportunityChange;
import io.partnercentral.selling.model.Catalog;
import java.util.Locale;

/**
 * The meter names and tag keys an implementation of {@link SellingMetrics} publishes under, in
 * Micrometer's dotted style (a registry renames them for its backend, e.g. Prometheus's
 * {@code partnercentral_selling_calls_seconds}), and the tag values of the closed sets.
 *
 * <pre>{@code
 * registry.get(MeterNames.THROTTLES).tag(MeterNames.BUCKET, MeterNames.bucket(QuotaBucket.WRITES)).counter().count();
 * }</pre>
 */
public final class MeterNames {
    /** Timer of logical calls, retries included (the first attempt's pacing wait is not); tags operation, catalog, outcome. */
    public static final String CALLS = "partnercentral.selling.calls";
    /** Counter of retries (attempts after each call's first); tags operation. */
    public static final String RETRIES = "partnercentral.selling.retries";
    /** Counter of answers that were throttling (ThrottlingException or HTTP 429), retried or not; tags operation, bucket. */
    public static final String THROTTLES = "partnercentral.selling.throttles";
    /** Timer of the time each paced attempt waited for its quota, zero waits included; tags bucket. */
    public static final String PACING_WAIT = "partnercentral.selling.pacing.wait";
    /** Gauge of the rate each bucket is paced at, in calls per second; tags bucket. */
    public static final String PACING_RATE = "partnercentral.selling.pacing.rate";
    /** Gauge of the calls left in each bucket's rolling 24-hour budget; tags bucket (buckets with a budget only). */
    public static final String BUDGET_REMAINING = "partnercentral.selling.quota.budget.remaining";
    /** Counter of bulk-write records by how they ended; tags operation, outcome. */
    public static final String BULK_ITEMS = "partnercentral.selling.bulk.items";
    /** Gauge of bulk-write records being written now; tags operation. */
    public static final String BULK_IN_FLIGHT = "partnercentral.selling.bulk.in.flight";
    /** Counter of retries of writes that carry a client token, which the service answers idempotently; tags operation. */
    public static final String IDEMPOTENCY_REPLAYS = "partnercentral.selling.idempotency.replays";
    /** Counter of writes whose answer was lost and which were settled by reading back; tags operation, outcome. */
    public static final String SETTLEMENTS = "partnercentral.selling.settlements";
    /** Timer of waits for tasks and snapshot jobs; tags operation, outcome. */
    public static final String WAITS = "partnercentral.selling.waits";
    /**
     * Counter of events given to a {@link io.partnercentral.selling.events.Reconciler}, repeats
     * included; tags detail_type (see {@link #detailType(DetailType)}).
     */
    public static final String EVENTS_RECEIVED = "partnercentral.selling.events.received";
    /** Counter of repeats a reconciler dropped; tags reason ({@link EventDuplicate}). */
    public static final String EVENT_DUPLICATES = "partnercentral.selling.events.duplicates";
    /** Counter of events the SDK could not type or not read at all; tags reason ({@link EventProblem}). */
    public static final String EVENTS_UNRECOGNIZED = "partnercentral.selling.events.unrecognized";
    /**
     * Timer of each change a reconciler delivered, from the event's {@code time} (found by an event)
     * or the state's LastModifiedDate (found by a poll) to when the handler returned; tags found_by.
     */
    public static final String RECONCILER_LAG = "partnercentral.selling.reconciler.lag";

    /** Tag key: the service operation, by its {@code X-Amz-Target} name. */
    public static final String OPERATION = "operation";
    /** Tag key: the quota bucket, see {@link #bucket(QuotaBucket)}. */
    public static final String BUCKET = "bucket";
    /** Tag key: the catalog, see {@link #catalog(Catalog)}. */
    public static final String CATALOG = "catalog";
    /** Tag key: how the thing measured ended, from one of this package's outcome enums. */
    public static final String OUTCOME = "outcome";

    /** Tag key: an event's detail-type, see {@link #detailType(DetailType)}. */
    public static final String DETAIL_TYPE = "detail_type";
    /** Tag key: why an event was dropped or not understood, from {@link EventDuplicate} or {@link EventProblem}. */
    public static final String REASON = "reason";
    /** Tag key: how a reconciler found a change, see {@link #foundBy(OpportunityChange.FoundBy)}. */
    public static final String FOUND_BY = "found_by";

    /** The {@link #DETAIL_TYPE} value of a detail-type this SDK does not know. */
    public static final String UNKNOWN_DETAIL_TYPE = "unknown";
    /** The {@link #BUCKET} value of an operation the SDK does not pace. */
    public static final String NO_BUCKET = "none";
    /** The {@link #CATALOG} value of a catalog other than {@code AWS} and {@code Sandbox}. */
    public static final String OTHER_CATALOG = "other";

    private MeterNames() {}

    /**
     * {@return the {@link #BUCKET} tag value of {@code bucket}: its name in lower case, or {@link #NO_BUCKET} for null}
     *
     * @param bucket the quota bucket
     */
    public static String bucket(QuotaBucket bucket) {
        return bucket == null ? NO_BUCKET : bucket.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The {@link #DETAIL_TYPE} tag value of {@code detailType}: the detail-type as Partner Central
     * spells it ({@code Opportunity Updated}), or {@link #UNKNOWN_DETAIL_TYPE} for null (a detail-type
     * outside {@link DetailType}), so that a tag never carries a string read from an event.
     *
     * @param detailType a known detail-type, or null
     * @return the tag value
     */
    public static String detailType(DetailType detailType) {
        return detailType == null ? UNKNOWN_DETAIL_TYPE : detailType.value();
    }

    /**
     * The {@link #FOUND_BY} tag value of {@code foundBy}.
     *
     * @param foundBy how a change was found
     * @return {@code event} or {@code poll}
     */
    public static String foundBy(OpportunityChange.FoundBy foundBy) {
        return foundBy.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The {@link #CATALOG} tag value of {@code catalog}: {@code AWS} or {@code Sandbox}, and
     * {@link #OTHER_CATALOG} for any other value, so that a tag never carries a caller's string.
     *
     * @param catalog the catalog, {@code AWS} or {@code Sandbox}
     * @return the {@link #CATALOG} tag value of {@code catalog}: {@code AWS} or {@code Sandbox}, and {@link #OTHER_CATALOG} for any other value, so that a tag never carries a caller's string
     */
    public static String catalog(Catalog catalog) {
        if (Catalog.AWS.equals(catalog)) {
            return "AWS";
        }
        if (Catalog.SANDBOX.equals(catalog)) {
            return "Sandbox";
        }
        return OTHER_CATALOG;
    }
}

package io.partnercentral.selling;

import io.partnercentral.selling.model.OpportunitySummary;
import java.time.Instant;

/**
 * The opportunities changed since a watermark, oldest change first, and the watermark to resume
 * from: the incremental sync the API reference recommends (ListOpportunities filtered on
 * {@code AfterLastModifiedDate}, sorted by {@code LastModifiedDate} ascending).
 *
 * <p>{@link #watermark()} only ever holds a {@code LastModifiedDate} the service returned (or the
 * starting watermark), never the local clock, so clock skew cannot skip changes. It advances as
 * iteration passes each item; store it after processing the items you consumed. Delivery is
 * at-least-once: the service returns opportunities modified "on or after" the filter date, so the
 * change at the watermark is listed again by the next sync; process summaries idempotently (an
 * upsert keyed by {@code Id}).
 *
 * <pre>{@code
 * OpportunityChanges changes = selling.opportunities().changedSince(store.loadWatermark());
 * for (OpportunitySummary summary : changes) {
 *     crm.upsert(summary);
 * }
 * store.saveWatermark(changes.watermark());
 * }</pre>
 */
public interface OpportunityChanges extends Iterable<OpportunitySummary> {
    /** {@return the latest {@code LastModifiedDate} seen so far, or the starting watermark} */
    Instant watermark();
}

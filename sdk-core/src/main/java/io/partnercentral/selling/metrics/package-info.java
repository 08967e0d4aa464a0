/**
 * What the SDK reports about its own work, for any metrics library: calls, throttles, pacing,
 * the rolling 24-hour budgets, bulk writes, idempotent retries, lost-answer settlements, waits, and the
 * events a reconciler receives, drops as repeats or cannot read, and how late it delivers changes.
 *
 * <p>{@link io.partnercentral.selling.metrics.SellingMetrics} is the one interface; the SDK calls it
 * with values from closed sets only (operation names of the service model, quota buckets, catalogs, detail-types and
 * the enums of this package), never with ids, names or messages. The default does nothing; the
 * optional {@code partnercentral-selling-sdk-micrometer} module implements it on a Micrometer
 * {@code MeterRegistry} under the names in {@link io.partnercentral.selling.metrics.MeterNames}.
 */
package io.partnercentral.selling.metrics;

/**
 * Micrometer for the Partner Central Selling SDK: {@link io.partnercentral.selling.micrometer.MicrometerSellingMetrics}
 * records the SDK's own meters ({@link io.partnercentral.selling.metrics.MeterNames}) on a
 * {@code MeterRegistry}, and {@link io.partnercentral.selling.micrometer.MicrometerMetricPublisher}
 * records the metrics any AWS SDK for Java v2 client publishes about its calls.
 */
package io.partnercentral.selling.micrometer;

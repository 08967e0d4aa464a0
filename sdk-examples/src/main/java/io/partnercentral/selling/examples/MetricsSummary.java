package io.partnercentral.selling.examples;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.metrics.MeterNames;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The one-line metrics summary the examples print before their last line: calls, retries,
 * throttles, time spent waiting for quota and for tasks, and the 24-hour budget left, read from the
 * registry the facade recorded on ({@code sdk-micrometer}). Only counts and durations: nothing
 * personal is ever in a meter.
 */
final class MetricsSummary {
    private MetricsSummary() {}

    /** {@code Metrics: 14 calls (2 retries), 1 throttled, 0.4 s paced, 1 wait (0.6 s), budget left: reads 99,990, writes 9,993} */
    static String of(MeterRegistry registry) {
        long calls = registry.find(MeterNames.CALLS).timers().stream().mapToLong(t -> t.count()).sum();
        double retries = sum(registry.find(MeterNames.RETRIES));
        double throttles = sum(registry.find(MeterNames.THROTTLES));
        double paced = registry.find(MeterNames.PACING_WAIT).timers().stream()
                .mapToDouble(t -> t.totalTime(TimeUnit.SECONDS)).sum();
        long waits = registry.find(MeterNames.WAITS).timers().stream().mapToLong(t -> t.count()).sum();
        double waited = registry.find(MeterNames.WAITS).timers().stream()
                .mapToDouble(t -> t.totalTime(TimeUnit.SECONDS)).sum();
        StringBuilder budget = new StringBuilder();
        for (QuotaBucket bucket : QuotaBucket.values()) {
            var gauge = registry.find(MeterNames.BUDGET_REMAINING).tag(MeterNames.BUCKET, MeterNames.bucket(bucket)).gauge();
            if (gauge != null) {
                budget.append(budget.length() == 0 ? "" : ", ").append(MeterNames.bucket(bucket))
                        .append(String.format(Locale.ROOT, " %,d", (long) gauge.value()));
            }
        }
        return String.format(Locale.ROOT, "Metrics: %d calls (%d retries), %d throttled, %.1f s paced, %d wait%s (%.1f s), "
                        + "budget left: %s", calls, (long) retries, (long) throttles, paced, waits, waits == 1 ? "" : "s",
                waited, budget.length() == 0 ? "no budgets set" : budget);
    }

    private static double sum(Search search) {
        return search.counters().stream().mapToDouble(c -> c.count()).sum();
    }
}

package io.partnercentral.selling.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.model.ListOpportunitiesRequest;
import software.amazon.awssdk.services.partnercentralselling.model.OpportunitySummary;

/**
 * The child JVM of {@link ColdStart} and {@link SyncThroughput}: one measured job, one result line
 * ({@code RESULT key=value ...}) on standard output. Not meant to be run by hand.
 *
 * <pre>{@code ChildProbe cold facade|raw <endpoint>
 * ChildProbe sync facade|raw <endpoint>}</pre>
 *
 * <p>The facade and the raw code paths are in separate nested classes, so that a raw child never
 * loads a facade class (and its class count is the raw client's alone). Single-threaded.
 */
public final class ChildProbe {
    private ChildProbe() {}

    public static void main(String[] args) throws Exception {
        String job = args[0];
        boolean facade = args[1].equals("facade");
        URI endpoint = URI.create(args[2]);
        if (job.equals("cold")) {
            if (facade) {
                FacadeJobs.cold(endpoint);
            } else {
                RawJobs.cold(endpoint);
            }
            long returned = System.currentTimeMillis();
            long sinceStart = returned - ManagementFactory.getRuntimeMXBean().getStartTime();
            // Counted after the call: the management classes loaded to count are the same for both.
            int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
            System.out.printf("RESULT ms=%d classes=%d hwmKiB=%d%n", sinceStart, classes, peakRssKiB());
        } else if (job.equals("sync")) {
            long[] gcBefore = gc();
            long start = System.nanoTime();
            long[] counted = facade ? FacadeJobs.sync(endpoint) : RawJobs.sync(endpoint);
            long nanos = System.nanoTime() - start;
            long[] gcAfter = gc();
            System.out.printf("RESULT summaries=%d checksum=%d nanos=%d gcCount=%d gcMs=%d hwmKiB=%d%n", counted[0], counted[1],
                    nanos, gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1], peakRssKiB());
        } else {
            throw new IllegalArgumentException("unknown job " + job);
        }
    }

    /** The watermark both syncs start from. */
    static final Instant WATERMARK = Instant.parse("2026-01-01T00:00:00Z");

    private static long[] gc() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            millis += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /** VmHWM from /proc/self/status: the peak resident set, in KiB; -1 where there is no /proc. */
    static long peakRssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    private static final class FacadeJobs {
        private FacadeJobs() {}

        static void cold(URI endpoint) {
            try (io.partnercentral.selling.PartnerCentralSelling selling = BenchClients.Facade.create(endpoint)) {
                if (selling.opportunities().get(Payloads.OPPORTUNITY_ID).id().isEmpty()) {
                    throw new IllegalStateException("no id in the answer");
                }
            }
        }

        /** The CRM-sync example's incremental sync: changedSince, oldest change first. */
        static long[] sync(URI endpoint) {
            long count = 0;
            long checksum = 0;
            try (io.partnercentral.selling.PartnerCentralSelling selling = BenchClients.Facade.create(endpoint)) {
                for (io.partnercentral.selling.model.OpportunitySummary summary : selling.opportunities().changedSince(WATERMARK)) {
                    count++;
                    checksum += summary.id().orElseThrow().length() + summary.lastModifiedDate().orElseThrow().getNano();
                }
            }
            return new long[] {count, checksum};
        }
    }

    private static final class RawJobs {
        private RawJobs() {}

        static void cold(URI endpoint) {
            try (PartnerCentralSellingClient raw = BenchClients.Raw.create(endpoint)) {
                if (raw.getOpportunity(r -> r.catalog("AWS").identifier(Payloads.OPPORTUNITY_ID)).id() == null) {
                    throw new IllegalStateException("no id in the answer");
                }
            }
        }

        /** The generated paginator with the same filter and sort as the facade's changedSince. */
        static long[] sync(URI endpoint) {
            long count = 0;
            long checksum = 0;
            try (PartnerCentralSellingClient raw = BenchClients.Raw.create(endpoint)) {
                ListOpportunitiesRequest request = ListOpportunitiesRequest.builder().catalog("AWS").maxResults(100)
                        .lastModifiedDate(d -> d.afterLastModifiedDate(WATERMARK))
                        .sort(s -> s.sortBy("LastModifiedDate").sortOrder("ASCENDING")).build();
                for (OpportunitySummary summary : raw.listOpportunitiesPaginator(request).opportunitySummaries()) {
                    count++;
                    checksum += summary.id().length() + summary.lastModifiedDate().getNano();
                }
            }
            return new long[] {count, checksum};
        }
    }
}

package io.partnercentral.selling.benchmarks;

import io.partnercentral.selling.BulkOptions;
import io.partnercentral.selling.BulkProgress;
import io.partnercentral.selling.BulkReport;
import io.partnercentral.selling.BulkResult;
import io.partnercentral.selling.OpportunityUpdate;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.exception.ThrottlingException;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.UpdatedOpportunity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * One process against {@link QuotaServer} (every documented rate a burst-1 token bucket): a bulk
 * create of N records, then a bulk read-modify-write update of M of them, at the default settings and
 * at the margins given, each on a fresh server. Prints wall time against N / rate (the write quota,
 * 1/s), the ThrottlingExceptions the server sent and those that reached the caller, the shortest gap
 * between two writes the server let through, the counts the server holds, and the last progress report.
 *
 * <p>Not run by CI: it takes about (N + M) seconds per margin.
 *
 * <pre>{@code java -cp sdk-benchmarks/target/benchmarks.jar io.partnercentral.selling.benchmarks.PacingBenchmark [n] [m] [margin...]}</pre>
 * A margin of {@code default} uses {@link PacingSettings#defaults()}; a number replaces the margin.
 * After each run it prints, per operation, where the time went ({@link SendTracer}: slot to send, send
 * to arrival, arrival to answer, throttles); {@code -Dtrace=true} adds one line per request.
 */
public final class PacingBenchmark {
    private PacingBenchmark() {}

    record Row(String settings, String run, int n, double seconds, double ideal, long throttledAtServer,
            long throttlingSurfaced, long otherFailures, long countAtServer, double minGapMillis, String progress) {}

    public static void main(String[] args) {
        int creates = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int updates = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<String> margins = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("default", "0");
        warmUp();
        List<Row> rows = new ArrayList<>();
        for (String margin : margins) {
            rows.addAll(run(margin, creates, updates));
        }
        System.out.printf("%nload average at the end: %s%n%n", loadAverage());
        print(rows);
    }

    static void print(List<Row> rows) {
        System.out.println("| pacing | run | wall time | N / rate | vs N / rate | throttled at server | ThrottlingException"
                + " surfaced | other failures | count at server | min gap between writes | last BulkProgress |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Row r : rows) {
            System.out.printf("| %s | %s | %.2f s | %.0f s | %+.1f%% | %d | %d | %d | %d of %d | %.1f ms | %s |%n", r.settings,
                    r.run, r.seconds, r.ideal, (r.seconds / r.ideal - 1) * 100, r.throttledAtServer, r.throttlingSurfaced,
                    r.otherFailures, r.countAtServer, r.n, r.minGapMillis, r.progress);
        }
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static PacingSettings pacing(String margin) {
        return margin.equals("default") ? PacingSettings.defaults() : PacingSettings.builder().margin(Double.parseDouble(margin)).build();
    }

    static PartnerCentralSelling.Builder facade(QuotaServer server, PacingSettings pacing) {
        return facade(server, pacing, null);
    }

    /** As {@link #facade(QuotaServer, PacingSettings)}, traced by {@code tracer} unless it is null. */
    static PartnerCentralSelling.Builder facade(QuotaServer server, PacingSettings pacing, SendTracer tracer) {
        PartnerCentralSelling.Builder builder = PartnerCentralSelling.builder();
        if (tracer != null) {
            builder.metrics(tracer).overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(tracer).build());
        }
        return builder
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDBENCH", "secret")))
                .httpClientBuilder(ApacheHttpClient.builder())
                .catalog(Catalog.SANDBOX)
                .pacing(pacing);
    }

    private static List<Row> run(String margin, int creates, int updates) {
        PacingSettings pacing = pacing(margin);
        String name = margin.equals("default") ? "defaults (margin " + pacing.margin() + ")" : "margin " + margin;
        SendTracer tracer = new SendTracer();
        boolean lines = Boolean.getBoolean("trace");
        try (QuotaServer server = QuotaServer.start(0, 1);
             PartnerCentralSelling selling = facade(server, pacing, tracer).build()) {
            double rate = QuotaBucket.WRITES.documentedPermitsPerSecond();
            AtomicReference<BulkProgress> last = new AtomicReference<>();
            long start = System.nanoTime();
            BulkReport<CreatedOpportunity> created = selling.opportunities().createAll(
                    IntStream.range(0, creates).mapToObj(i -> String.format("CRM-%05d", i))
                            .map(id -> CreateOpportunityRequest.builder().opportunity(BulkImportBenchmark.deal(id)).idempotencyKey(id).build()),
                    BulkOptions.builder().total(creates).onProgress(last::set).build());
            double createSeconds = (System.nanoTime() - start) / 1e9;
            Row createRow = new Row(name, "createAll " + creates, creates, createSeconds, creates / rate,
                    server.throttled(QuotaBucket.WRITES), surfaced(created.failed()), others(created), server.opportunityCount(),
                    server.minGapMillis(QuotaBucket.WRITES), describe(last.get()));
            System.err.println(createRow);
            tracer.print(server.arrivals(), start, lines);

            long writesBefore = server.throttled(QuotaBucket.WRITES);
            long readsBefore = server.throttled(QuotaBucket.READS);
            List<String> ids = created.succeeded().stream().map(s -> s.value().id()).limit(updates).toList();
            start = System.nanoTime();
            BulkReport<UpdatedOpportunity> updated = selling.opportunities().updateAll(
                    ids.stream().map(id -> new OpportunityUpdate(id, o -> o.toBuilder()
                            .lifeCycle(o.lifeCycle().orElseThrow().toBuilder().nextSteps("Call back on Monday").build()).build())),
                    BulkOptions.builder().total(ids.size()).onProgress(last::set).build());
            double updateSeconds = (System.nanoTime() - start) / 1e9;
            Row updateRow = new Row(name, "updateAll " + ids.size(), ids.size(), updateSeconds, ids.size() / rate,
                    server.throttled(QuotaBucket.WRITES) - writesBefore + server.throttled(QuotaBucket.READS) - readsBefore,
                    surfaced(updated.failed()), others(updated), server.appliedUpdates(), server.minGapMillis(QuotaBucket.WRITES),
                    describe(last.get()));
            System.err.println(updateRow + " writes throttled " + (server.throttled(QuotaBucket.WRITES) - writesBefore)
                    + ", reads throttled " + (server.throttled(QuotaBucket.READS) - readsBefore) + ", min gap between reads "
                    + server.minGapMillis(QuotaBucket.READS) + " ms");
            tracer.print(server.arrivals(), start, lines);
            return List.of(createRow, updateRow);
        }
    }

    private static String describe(BulkProgress p) {
        return p == null ? "-" : String.format("%d done, %d throttles seen, paced at %.2f writes/s", p.done(), p.throttles(),
                p.pacedPermitsPerSecond());
    }

    private static long surfaced(List<? extends BulkResult.Failed<?>> failed) {
        return failed.stream().filter(f -> f.error() instanceof ThrottlingException).count();
    }

    private static long others(BulkReport<?> report) {
        return report.failed().size() - surfaced(report.failed()) + report.invalid().size()
                + (report.stoppedBy().isPresent() ? 1 : 0);
    }

    /** JIT-compiles the paths on an unlimited server of its own, so the measured run does not pay for a cold JVM. */
    static void warmUp() {
        try (QuotaServer server = QuotaServer.start(0, 1, false);
             PartnerCentralSelling selling = facade(server, PacingSettings.disabled()).build()) {
            for (int i = 0; i < 200; i++) {
                CreatedOpportunity c = selling.opportunities().create(CreateOpportunityRequest.builder()
                        .opportunity(BulkImportBenchmark.deal("WARM-" + i)).idempotencyKey("WARM-" + i).build());
                selling.opportunities().update(c.id(), o -> o);
            }
        }
    }
}

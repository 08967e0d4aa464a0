package io.partnercentral.selling.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.partnercentral.selling.BulkOptions;
import io.partnercentral.selling.BulkReport;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.exception.ThrottlingException;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.store.postgresql.PostgresCoordinationStore;
import io.partnercentral.selling.store.postgresql.PostgresSchema;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Several processes (child JVMs) of one partner account, each running {@code createAll} of its own
 * records at the default pacing against one {@link QuotaServer} (every documented rate a burst-1
 * bucket): first with no shared store (each process paces alone, the default in-memory store), then
 * sharing one PostgreSQL {@link PostgresCoordinationStore}. Prints wall time against (all writes) /
 * write rate, the throttles the server sent and those that reached the callers, and the counts.
 *
 * <p>Not run by CI. Needs a PostgreSQL server whose JDBC URL it is given (the {@code postgres} user,
 * trust authentication; any server will do, e.g. one started as sdk-store-postgresql's tests do).
 *
 * <pre>{@code java -cp sdk-benchmarks/target/benchmarks.jar io.partnercentral.selling.benchmarks.SharedStoreBenchmark \
 *     jdbc:postgresql://127.0.0.1:5432/postgres [processes] [records per process]}</pre>
 */
public final class SharedStoreBenchmark {
    private SharedStoreBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(URI.create(args[1]), args[2], args[3], Integer.parseInt(args[4]));
            return;
        }
        String jdbcUrl = args[0];
        int processes = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int records = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        List<String> rows = new ArrayList<>();
        for (String store : List.of("none", jdbcUrl)) {
            rows.add(run(store, processes, records));
        }
        System.out.printf("%nload average at the end: %s%n%n", PacingBenchmark.loadAverage());
        System.out.println("| store | processes | writes | wall time | writes / rate | vs writes / rate | throttled at server"
                + " | ThrottlingException surfaced | other failures | count at server | min gap between writes |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        rows.forEach(System.out::println);
    }

    private static String run(String store, int processes, int records) throws Exception {
        String prefix = "bench_" + UUID.randomUUID().toString().substring(0, 8) + "_";
        try (QuotaServer server = QuotaServer.start(0, 1)) {
            long start = System.nanoTime();
            List<Process> children = new ArrayList<>();
            for (int p = 0; p < processes; p++) {
                children.add(new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                        System.getProperty("java.class.path"), SharedStoreBenchmark.class.getName(), "child",
                        server.endpoint().toString(), store + "|" + prefix, "P" + p, Integer.toString(records))
                        .redirectErrorStream(true).start());
            }
            long surfaced = 0;
            long others = 0;
            for (Process child : children) {
                String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (child.waitFor() != 0 || !out.contains("RESULT ")) {
                    throw new IOException("child failed: " + out);
                }
                String[] result = out.substring(out.indexOf("RESULT ") + 7).trim().split("\\s+");
                surfaced += Long.parseLong(result[0]);
                others += Long.parseLong(result[1]);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int writes = processes * records;
            double ideal = writes / QuotaBucket.WRITES.documentedPermitsPerSecond();
            return String.format("| %s | %d | %d | %.2f s | %.0f s | %+.1f%% | %d | %d | %d | %d | %.1f ms |",
                    store.equals("none") ? "none (in-memory per process)" : "PostgreSQL", processes, writes, seconds, ideal,
                    (seconds / ideal - 1) * 100, server.throttled(QuotaBucket.WRITES), surfaced, others,
                    server.opportunityCount(), server.minGapMillis(QuotaBucket.WRITES));
        }
    }

    private static void child(URI endpoint, String storeAndPrefix, String name, int records) {
        String store = storeAndPrefix.substring(0, storeAndPrefix.indexOf('|'));
        String prefix = storeAndPrefix.substring(storeAndPrefix.indexOf('|') + 1);
        HikariDataSource pool = null;
        CoordinationStore coordination = CoordinationStore.inMemory();
        if (!store.equals("none")) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(store);
            config.setUsername("postgres");
            config.setMaximumPoolSize(4);
            config.setConnectionTimeout(5_000);
            pool = new HikariDataSource(config);
            coordination = PostgresCoordinationStore.builder(pool).schema(PostgresSchema.withPrefix(prefix)).build();
        }
        try (PartnerCentralSelling selling = PartnerCentralSelling.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDBENCH", "secret")))
                .httpClientBuilder(ApacheHttpClient.builder())
                .catalog(Catalog.SANDBOX)
                .pacing(PacingSettings.defaults())
                .coordination(coordination)
                .build()) {
            BulkReport<CreatedOpportunity> report = selling.opportunities().createAll(
                    IntStream.range(0, records).mapToObj(i -> String.format("CRM-%s-%05d", name, i))
                            .map(id -> CreateOpportunityRequest.builder().opportunity(BulkImportBenchmark.deal(id)).idempotencyKey(id).build()),
                    BulkOptions.builder().total(records).build());
            long surfaced = report.failed().stream().filter(f -> f.error() instanceof ThrottlingException).count();
            long others = report.failed().size() - surfaced + report.invalid().size() + (report.stoppedBy().isPresent() ? 1 : 0);
            System.out.println("RESULT " + surfaced + " " + others);
        } finally {
            if (pool != null) {
                pool.close();
            }
        }
    }
}

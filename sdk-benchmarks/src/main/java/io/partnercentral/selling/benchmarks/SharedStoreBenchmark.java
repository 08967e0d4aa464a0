package io.partnercentral.selling.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.partnercentral.selling.BulkOptions;
import io.partnercentral.selling.BulkReport;
import io.partnercentral.selling.BulkResult;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.exception.OutcomeUnknownException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.ThrottlingException;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.store.postgresql.PostgresCoordinationStore;
import io.partnercentral.selling.store.postgresql.PostgresSchema;
import io.partnercentral.selling.store.redis.RedisCoordinationStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Several processes (child JVMs) of one partner account against one {@link QuotaServer} (every
 * documented rate a burst-1 bucket) with 20% faults, at the default pacing, first each on its own
 * (no shared store), then sharing one Redis {@link RedisCoordinationStore}, then one PostgreSQL
 * {@link PostgresCoordinationStore}. Each process runs {@code createAll} of its own records while a
 * second thread makes read-modify-write increments of a counter on 3 opportunities all processes share.
 * Then two processes create every record again at once, one of them a newer deployment whose titles
 * differ a little: with a store, the recorded answers make no duplicate and no failure.
 *
 * <p>Prints, per store: wall time from the moment every child is ready (JVM started and warmed up)
 * to the last exit, against (all writes) / write rate, counted both as the writes the processes were
 * asked for and as the write requests the server let through its bucket (retries after faults
 * included: each costs the account a slot); ThrottlingExceptions sent by the server and surfaced to
 * callers; OutcomeUnknownExceptions and other failures; opportunities at the server; each shared
 * counter against the increments reported successful; and the duplicate-create run's result.
 *
 * <p>Not run by CI: about 3 minutes per store. Needs a running Redis and PostgreSQL (the
 * {@code postgres} user with trust authentication), e.g. started as sdk-store-redis's and
 * sdk-store-postgresql's tests do.
 *
 * <pre>{@code java -cp sdk-benchmarks/target/benchmarks.jar io.partnercentral.selling.benchmarks.SharedStoreBenchmark \
 *     redis://127.0.0.1:6379 jdbc:postgresql://127.0.0.1:5432/postgres [processes] [records] [increments] [stores]}</pre>
 * {@code stores} is a comma-separated subset of {@code none,redis,postgresql} (all three by default);
 * each process increments each shared counter {@code increments} times (2 by default).
 */
public final class SharedStoreBenchmark {
    private SharedStoreBenchmark() {}

    private static final int SHARED = 3;
    private static final double FAULTS = 0.2;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(args);
            return;
        }
        String redis = args[0];
        String jdbc = args[1];
        int processes = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int records = args.length > 3 ? Integer.parseInt(args[3]) : 25;
        int increments = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        List<String> stores = List.of((args.length > 5 ? args[5] : "none,redis,postgresql").split(","));
        List<String> rows = new ArrayList<>();
        for (String store : stores) {
            String spec = switch (store) {
                case "none" -> "none";
                case "redis" -> redis;
                case "postgresql" -> jdbc;
                default -> throw new IllegalArgumentException("unknown store " + store);
            };
            rows.add(run(store, spec, processes, records, increments));
            System.err.println(rows.get(rows.size() - 1));
        }
        System.out.println();
        System.out.println("| store | load before / after | writes asked (creates + increments) | write requests let through"
                + " | wall time | vs writes asked / rate | vs requests / rate | throttled at server | ThrottlingException"
                + " surfaced | OutcomeUnknown | other failures | opportunities | counters = successes | faults injected"
                + " | re-create 2 x " + processes * records + ": failures, opportunities after, same ids |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        rows.forEach(System.out::println);
    }

    private static String load() {
        return PacingBenchmark.loadAverage().split(" ")[0];
    }

    private static String run(String store, String spec, int processes, int records, int increments) throws Exception {
        String prefix = "bench_" + UUID.randomUUID().toString().substring(0, 8) + "_";
        String loadBefore = load();
        try (QuotaServer server = QuotaServer.start(0, 18)) {
            List<String> shared = new ArrayList<>();
            try (PartnerCentralSelling selling = PacingBenchmark.facade(server, PacingSettings.defaults()).build()) {
                for (int i = 0; i < SHARED; i++) {
                    Opportunity deal = BulkImportBenchmark.deal("CRM-SHARED-" + i);
                    shared.add(selling.opportunities().create(deal.toBuilder()
                            .lifeCycle(deal.lifeCycle().orElseThrow().toBuilder().nextSteps("count 0").build()).build()).id());
                }
            }
            server.faultRate(FAULTS);
            long allowedBefore = server.allowed(QuotaBucket.WRITES);
            long throttledBefore = server.throttled(QuotaBucket.WRITES);
            List<Process> children = new ArrayList<>();
            for (int p = 0; p < processes; p++) {
                children.add(start("work", server.endpoint().toString(), spec, prefix, "P" + p, Integer.toString(records),
                        String.join(",", shared), Integer.toString(increments)));
            }
            long start = go(children);
            List<Map<String, String>> results = new ArrayList<>();
            for (Process child : children) {
                results.add(result(child));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long requests = server.allowed(QuotaBucket.WRITES) - allowedBefore;
            long throttled = server.throttled(QuotaBucket.WRITES) - throttledBefore;
            long surfaced = 0;
            long unknown = 0;
            Map<String, Long> others = new TreeMap<>();
            Map<String, Long> successes = new HashMap<>();
            for (Map<String, String> r : results) {
                surfaced += Long.parseLong(r.get("throttles"));
                unknown += Long.parseLong(r.get("unknown"));
                for (String pair : r.get("others").split(",")) {
                    if (!pair.isEmpty()) {
                        others.merge(pair.substring(0, pair.indexOf(':')), Long.parseLong(pair.substring(pair.indexOf(':') + 1)), Long::sum);
                    }
                }
                for (String pair : r.get("successes").split(",")) {
                    successes.merge(pair.substring(0, pair.indexOf(':')), Long.parseLong(pair.substring(pair.indexOf(':') + 1)), Long::sum);
                }
            }
            List<String> counters = new ArrayList<>();
            boolean equal = true;
            for (String id : shared) {
                long counted = Long.parseLong(server.opportunity(id).path("LifeCycle").path("NextSteps").asText().substring("count ".length()));
                long reported = successes.getOrDefault(id, 0L);
                equal &= counted == reported;
                counters.add(counted + "/" + reported);
            }
            int created = server.opportunityCount() - SHARED;
            int asked = processes * records + processes * SHARED * increments;
            double rate = QuotaBucket.WRITES.documentedPermitsPerSecond();
            String loadAfter = load();

            // The same records again from two deployments at once, the second mapping titles a little differently.
            Map<String, String> idsByKey = new HashMap<>();
            for (String id : server.opportunityIds()) {
                idsByKey.put(server.opportunity(id).path("PartnerOpportunityIdentifier").asText(), id);
            }
            List<Process> again = new ArrayList<>();
            for (int d = 0; d < 2; d++) {
                again.add(start("again", server.endpoint().toString(), spec, prefix, "D" + d, Integer.toString(records),
                        Integer.toString(processes), d == 0 ? "" : " (v2)"));
            }
            long againStart = go(again);
            long againFailures = 0;
            Map<String, Long> againKinds = new TreeMap<>();
            boolean sameIds = true;
            for (Process child : again) {
                Map<String, String> r = result(child);
                againFailures += Long.parseLong(r.get("failed"));
                for (String pair : r.get("kinds").split(",")) {
                    if (!pair.isEmpty()) {
                        againKinds.merge(pair.substring(0, pair.indexOf(':')), Long.parseLong(pair.substring(pair.indexOf(':') + 1)), Long::sum);
                    }
                }
                for (String pair : r.get("ids").split(",")) {
                    if (!pair.isEmpty()) {
                        String key = pair.substring(0, pair.indexOf(':'));
                        sameIds &= pair.substring(pair.indexOf(':') + 1).equals(idsByKey.get(key));
                    }
                }
            }
            double againSeconds = (System.nanoTime() - againStart) / 1e9;
            List<String> partnerIds = server.partnerIds();
            int duplicates = partnerIds.size() - new HashSet<>(partnerIds).size();
            return String.format(Locale.ROOT, "| %s | %s / %s | %d (%d + %d) | %d | %.1f s | %+.1f%% | %+.1f%% | %d | %d | %d | %s | %d of %d"
                            + " | %s (%s) | %d | %d failed %s, %d opportunities (%d duplicated), ids %s, %.1f s |",
                    store, loadBefore, loadAfter, asked, processes * records, processes * SHARED * increments, requests, seconds,
                    (seconds / (asked / rate) - 1) * 100, (seconds / (requests / rate) - 1) * 100, throttled, surfaced, unknown,
                    others.isEmpty() ? "0" : others.toString(), created, processes * records, equal ? "yes" : "NO",
                    String.join(", ", counters), server.faults(), againFailures, againKinds, server.opportunityCount() - SHARED,
                    duplicates, sameIds ? "same" : "DIFFERENT", againSeconds);
        }
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), SharedStoreBenchmark.class.getName(), "child"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Waits until every child is ready (started, warmed up, connected), then lets them all go; returns when. */
    private static long go(List<Process> children) throws IOException {
        for (Process child : children) {
            String line = readLine(child);
            if (!line.equals("READY")) {
                throw new IOException("child not ready: " + line);
            }
        }
        long start = System.nanoTime();
        for (Process child : children) {
            OutputStream in = child.getOutputStream();
            in.write("go\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
        }
        return start;
    }

    private static String readLine(Process child) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = child.getInputStream().read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        return line.toString();
    }

    /** The child's {@code RESULT key=value ...} line, once it has exited 0. */
    private static Map<String, String> result(Process child) throws IOException, InterruptedException {
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (child.waitFor() != 0 || !out.contains("RESULT ")) {
            throw new IOException("child failed: " + out);
        }
        Map<String, String> values = new HashMap<>();
        String line = out.substring(out.indexOf("RESULT ") + 7).split("\n")[0].trim();
        for (String pair : line.split(" ")) {
            values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return values;
    }

    private static CoordinationStore store(String spec, String prefix, List<AutoCloseable> closing) {
        if (spec.equals("none")) {
            return CoordinationStore.inMemory();
        }
        if (spec.startsWith("redis:")) {
            RedisCoordinationStore store = RedisCoordinationStore.builder().uri(spec).keyPrefix(prefix).build();
            closing.add(store);
            return store;
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(spec);
        config.setUsername("postgres");
        config.setMaximumPoolSize(6);
        config.setConnectionTimeout(5_000);
        HikariDataSource pool = new HikariDataSource(config);
        closing.add(pool);
        return PostgresCoordinationStore.builder(pool).schema(PostgresSchema.withPrefix(prefix)).build();
    }

    private static void child(String[] args) throws Exception {
        String mode = args[1];
        URI endpoint = URI.create(args[2]);
        String spec = args[3];
        String prefix = args[4];
        String name = args[5];
        int records = Integer.parseInt(args[6]);
        PacingBenchmark.warmUp();
        List<AutoCloseable> closing = new ArrayList<>();
        try (PartnerCentralSelling selling = PartnerCentralSelling.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDBENCH", "secret")))
                .httpClientBuilder(ApacheHttpClient.builder())
                .catalog(Catalog.SANDBOX)
                .pacing(PacingSettings.defaults())
                .coordination(store(spec, prefix, closing))
                .build()) {
            System.out.println("READY");
            System.out.flush();
            String go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (!"go".equals(go)) {
                throw new IllegalStateException("expected go, got " + go);
            }
            if (mode.equals("work")) {
                work(selling, name, records, List.of(args[7].split(",")), Integer.parseInt(args[8]));
            } else {
                again(selling, records, Integer.parseInt(args[7]), args.length > 8 ? args[8] : "");
            }
        } finally {
            for (AutoCloseable c : closing) {
                c.close();
            }
        }
    }

    /** createAll of this process's records while another thread increments the shared counters. */
    private static void work(PartnerCentralSelling selling, String name, int records, List<String> shared, int increments) {
        Map<String, Long> successes = new TreeMap<>();
        Map<String, Long> failures = new TreeMap<>();
        shared.forEach(id -> successes.put(id, 0L));
        CompletableFuture<Void> updates = CompletableFuture.runAsync(() -> {
            for (int k = 0; k < increments; k++) {
                for (String id : shared) {
                    try {
                        selling.opportunities().update(id, SharedStoreBenchmark::increment);
                        synchronized (successes) {
                            successes.merge(id, 1L, Long::sum);
                        }
                    } catch (PartnerCentralException e) {
                        synchronized (failures) {
                            failures.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                        }
                    }
                }
            }
        });
        BulkReport<CreatedOpportunity> report = selling.opportunities().createAll(
                IntStream.range(0, records).mapToObj(i -> String.format("CRM-%s-%05d", name, i))
                        .map(id -> CreateOpportunityRequest.builder().opportunity(BulkImportBenchmark.deal(id)).idempotencyKey(id).build()),
                BulkOptions.builder().total(records).build());
        updates.join();
        for (BulkResult.Failed<CreatedOpportunity> f : report.failed()) {
            failures.merge(f.error().getClass().getSimpleName(), 1L, Long::sum);
        }
        if (!report.invalid().isEmpty()) {
            failures.merge("Invalid", (long) report.invalid().size(), Long::sum);
        }
        long throttles = failures.getOrDefault(ThrottlingException.class.getSimpleName(), 0L);
        long unknown = failures.getOrDefault(OutcomeUnknownException.class.getSimpleName(), 0L);
        StringBuilder others = new StringBuilder();
        failures.forEach((kind, n) -> {
            if (!kind.equals(ThrottlingException.class.getSimpleName()) && !kind.equals(OutcomeUnknownException.class.getSimpleName())) {
                others.append(others.length() == 0 ? "" : ",").append(kind).append(':').append(n);
            }
        });
        StringBuilder counted = new StringBuilder();
        successes.forEach((id, n) -> counted.append(counted.length() == 0 ? "" : ",").append(id).append(':').append(n));
        System.out.println("RESULT created=" + report.succeeded().size() + " throttles=" + throttles + " unknown=" + unknown
                + " others=" + others + " successes=" + counted);
    }

    /** Every process's records created again, under the same idempotency keys; {@code titleSuffix} maps titles differently. */
    private static void again(PartnerCentralSelling selling, int records, int processes, String titleSuffix) {
        List<CreateOpportunityRequest> requests = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            for (int i = 0; i < records; i++) {
                String id = String.format("CRM-P%d-%05d", p, i);
                Opportunity deal = BulkImportBenchmark.deal(id);
                Opportunity mapped = deal.toBuilder().project(deal.project().orElseThrow().toBuilder()
                        .title(deal.project().orElseThrow().title().orElseThrow() + titleSuffix).build()).build();
                requests.add(CreateOpportunityRequest.builder().opportunity(mapped).idempotencyKey(id).build());
            }
        }
        BulkReport<CreatedOpportunity> report = selling.opportunities().createAll(requests.stream(),
                BulkOptions.builder().total(requests.size()).build());
        Map<String, Long> kinds = new TreeMap<>();
        report.failed().forEach(f -> kinds.merge(f.error().getClass().getSimpleName(), 1L, Long::sum));
        StringBuilder ids = new StringBuilder();
        for (BulkResult.Succeeded<CreatedOpportunity> s : report.succeeded()) {
            ids.append(ids.length() == 0 ? "" : ",").append(s.key()).append(':').append(s.value().id());
        }
        StringBuilder k = new StringBuilder();
        kinds.forEach((kind, n) -> k.append(k.length() == 0 ? "" : ",").append(kind).append(':').append(n));
        System.out.println("RESULT failed=" + (report.failed().size() + report.invalid().size()) + " kinds=" + k + " ids=" + ids);
    }

    /** A non-idempotent change: read the counter, write it plus one. */
    private static Opportunity increment(Opportunity current) {
        LifeCycle lifeCycle = current.lifeCycle().orElseThrow();
        int count = Integer.parseInt(lifeCycle.nextSteps().orElseThrow().substring("count ".length()));
        return current.toBuilder().lifeCycle(lifeCycle.toBuilder().nextSteps("count " + (count + 1)).build()).build();
    }
}

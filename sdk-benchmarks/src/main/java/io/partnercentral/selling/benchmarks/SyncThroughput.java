package io.partnercentral.selling.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Incremental sync of 100,000 summaries (1,000 pages of 100 from a {@link FastStub} this process
 * runs) in child JVMs with a 16 MB heap, alternating the facade's {@code changedSince} (as the
 * CRM-sync example uses it) and the generated client's {@code listOpportunitiesPaginator} with the
 * same filter and sort. Each run touches every summary's id and last-modified date, and reports
 * summaries per second, wall time of the sync, and garbage collections (count and time, from the
 * GarbageCollectorMXBeans). Prints every run, the medians and the facade / raw throughput ratio.
 *
 * <pre>{@code
 * mvn -B -q -pl sdk-benchmarks -am package -DskipTests
 * java -cp sdk-benchmarks/target/benchmarks.jar io.partnercentral.selling.benchmarks.SyncThroughput [runs per client] [pages] [child JVM options...]
 * }</pre>
 *
 * <p>The default child options are {@code -Xmx16m}; options given replace them. Single-threaded.
 */
public final class SyncThroughput {
    private SyncThroughput() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        List<String> jvmOptions = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("-Xmx16m");
        Payloads.checkAgainstModel();
        long expected = (long) pages * Payloads.PAGE_SIZE;
        System.out.printf("SyncThroughput: %,d summaries (%d pages), %d runs per client, alternating; child JVM options %s;"
                + " load average %s%n", expected, pages, runs, jvmOptions, CallOverhead.loadAverage());
        List<List<Double>> facade = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<Double>> raw = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int[] failures = {0};
        int[] rawFailures = {0};
        try (FastStub stub = FastStub.start(pages)) {
            String endpoint = stub.endpoint().toString();
            System.out.println("run client  summaries/s   wall-s  GCs  GC-ms  peak-RSS-MiB");
            for (int i = 0; i < 2 * runs; i++) {
                boolean facadeNow = (i % 4 == 0 || i % 4 == 3);
                Children.Result result = Children.run(jvmOptions, "sync", facadeNow ? "facade" : "raw", endpoint);
                if (result.failed()) {
                    // An OutOfMemoryError in the small heap is a result, not a reason to stop.
                    System.out.printf("%3d %-7s FAILED (%s)%n", i / 2 + 1, facadeNow ? "facade" : "raw", result.failure());
                    (facadeNow ? failures : rawFailures)[0]++;
                    continue;
                }
                if (result.get("summaries") != expected) {
                    throw new IllegalStateException((facadeNow ? "facade" : "raw") + " synced " + result.get("summaries")
                            + " summaries, not " + expected);
                }
                double seconds = result.get("nanos") / 1e9;
                double rate = expected / seconds;
                List<List<Double>> into = facadeNow ? facade : raw;
                into.get(0).add(rate);
                into.get(1).add(seconds);
                into.get(2).add((double) result.get("gcCount"));
                into.get(3).add((double) result.get("gcMs"));
                System.out.printf(Locale.ROOT, "%3d %-7s %11.0f %8.2f %4d %6d %13.1f%n", i / 2 + 1, facadeNow ? "facade" : "raw",
                        rate, seconds, result.get("gcCount"), result.get("gcMs"), result.get("hwmKiB") / 1024.0);
            }
        }
        String[] names = {"summaries/s", "wall s (sync loop)", "GC count", "GC ms"};
        System.out.println();
        System.out.printf("failed runs: facade %d, raw %d%n", failures[0], rawFailures[0]);
        if (facade.get(0).isEmpty() || raw.get(0).isEmpty()) {
            System.out.println("no medians: every run of one client failed");
            return;
        }
        System.out.println("| median of the runs that finished | facade | raw | facade / raw |");
        System.out.println("| --- | --- | --- | --- |");
        for (int k = 0; k < names.length; k++) {
            double f = Children.median(facade.get(k));
            double r = Children.median(raw.get(k));
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.3f |%n", names[k], f, r, r == 0 ? Double.NaN : f / r);
        }
        System.out.println();
        System.out.println("load average at the end: " + CallOverhead.loadAverage());
    }
}

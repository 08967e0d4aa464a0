package io.partnercentral.selling.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cold start: new JVMs, alternating facade and raw generated client, each building its client
 * against a {@link FastStub} this process runs and making one GetOpportunity (a maximal
 * opportunity). Each child reports the milliseconds from its JVM's start
 * ({@code RuntimeMXBean.getStartTime}) to the call's return, the classes loaded and its peak
 * resident set (VmHWM); this process adds the wall time from starting the child to its exit.
 * Prints every run, the medians and the facade / raw ratios.
 *
 * <pre>{@code
 * mvn -B -q -pl sdk-benchmarks -am package -DskipTests
 * java -cp sdk-benchmarks/target/benchmarks.jar io.partnercentral.selling.benchmarks.ColdStart [runs per client] [child JVM options...]
 * }</pre>
 *
 * <p>The children use this JVM's java binary and class path. Single-threaded.
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<String> jvmOptions = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        Payloads.checkAgainstModel();
        System.out.printf("ColdStart: %d runs per client, alternating; child JVM options %s; load average %s%n", runs,
                jvmOptions, CallOverhead.loadAverage());
        List<List<Double>> facade = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<Double>> raw = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        try (FastStub stub = FastStub.start(1)) {
            String endpoint = stub.endpoint().toString();
            System.out.println("run client  ms-to-first-get  classes  peak-RSS-MiB  wall-ms");
            for (int i = 0; i < 2 * runs; i++) {
                // Alternate which goes first in each pair, as the machine warms its file cache.
                boolean facadeNow = (i % 4 == 0 || i % 4 == 3);
                Children.Result result = Children.run(jvmOptions, "cold", facadeNow ? "facade" : "raw", endpoint);
                if (result.failed()) {
                    throw new IllegalStateException((facadeNow ? "facade" : "raw") + " child failed: " + result.failure());
                }
                List<List<Double>> into = facadeNow ? facade : raw;
                double ms = result.get("ms");
                double classes = result.get("classes");
                double rssMiB = result.get("hwmKiB") / 1024.0;
                double wallMs = result.wallNanos() / 1e6;
                into.get(0).add(ms);
                into.get(1).add(classes);
                into.get(2).add(rssMiB);
                into.get(3).add(wallMs);
                System.out.printf(Locale.ROOT, "%3d %-7s %15.0f %8.0f %13.1f %8.0f%n", i / 2 + 1, facadeNow ? "facade" : "raw",
                        ms, classes, rssMiB, wallMs);
            }
        }
        String[] names = {"ms from JVM start to the first get's return", "classes loaded", "peak RSS (MiB)",
                "wall ms, process start to exit (parent side)"};
        System.out.println();
        System.out.println("| median of " + runs + " runs | facade | raw | facade / raw |");
        System.out.println("| --- | --- | --- | --- |");
        for (int k = 0; k < names.length; k++) {
            double f = Children.median(facade.get(k));
            double r = Children.median(raw.get(k));
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.3f |%n", names[k], f, r, f / r);
        }
        System.out.println();
        System.out.println("load average at the end: " + CallOverhead.loadAverage());
    }
}

package io.partnercentral.selling.benchmarks;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * A second view of {@link ClientOverheadBenchmark}: facade and raw calls alternate in one JVM against
 * one stub, so JIT and server state are shared and fork-to-fork variance drops out of the ratio.
 * Prints the median (and p90) of each pair.
 *
 * <pre>{@code java -cp sdk-benchmarks/target/benchmarks.jar io.partnercentral.selling.benchmarks.InterleavedOverhead [pairs]}</pre>
 */
public final class InterleavedOverhead {
    private InterleavedOverhead() {}

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
        ClientOverheadBenchmark benchmark = new ClientOverheadBenchmark();
        benchmark.setUp();
        try {
            String[][] calls = {{"create", "facadeCreate", "rawCreate"}, {"get", "facadeGet", "rawGet"},
                    {"list page", "facadeListPage", "rawListPage"}};
            for (String[] call : calls) {
                Method facade = ClientOverheadBenchmark.class.getMethod(call[1]);
                Method raw = ClientOverheadBenchmark.class.getMethod(call[2]);
                for (int i = 0; i < pairs / 2; i++) {
                    facade.invoke(benchmark);
                    raw.invoke(benchmark);
                }
                long[] facadeNanos = new long[pairs];
                long[] rawNanos = new long[pairs];
                for (int i = 0; i < pairs; i++) {
                    // Alternate which goes first, so neither always follows the other's garbage.
                    if ((i & 1) == 0) {
                        facadeNanos[i] = time(facade, benchmark);
                        rawNanos[i] = time(raw, benchmark);
                    } else {
                        rawNanos[i] = time(raw, benchmark);
                        facadeNanos[i] = time(facade, benchmark);
                    }
                }
                Arrays.sort(facadeNanos);
                Arrays.sort(rawNanos);
                double facadeMedian = facadeNanos[pairs / 2] / 1000.0;
                double rawMedian = rawNanos[pairs / 2] / 1000.0;
                System.out.printf("%-9s median facade %8.1f us, raw %8.1f us, ratio %.3f (p90 %.1f vs %.1f us)%n",
                        call[0], facadeMedian, rawMedian, facadeMedian / rawMedian,
                        facadeNanos[pairs * 9 / 10] / 1000.0, rawNanos[pairs * 9 / 10] / 1000.0);
            }
        } finally {
            benchmark.tearDown();
        }
    }

    private static long time(Method call, Object target) throws ReflectiveOperationException {
        long start = System.nanoTime();
        call.invoke(target);
        return System.nanoTime() - start;
    }
}

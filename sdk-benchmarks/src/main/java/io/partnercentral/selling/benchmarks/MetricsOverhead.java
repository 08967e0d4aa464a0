package io.partnercentral.selling.benchmarks;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.metrics.CallOutcome;
import io.partnercentral.selling.metrics.MeterNames;
import io.partnercentral.selling.metrics.SellingMetrics;
import io.partnercentral.selling.micrometer.MicrometerSellingMetrics;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.Opportunity;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * What metrics cost per call: the facade with {@link SellingMetrics#noop()} against the same facade
 * recording on a Micrometer {@link SimpleMeterRegistry}, in one JVM against one {@link FastStub}, the
 * calls interleaved as in {@link CallOverhead} (the order alternating per pair). Both facades pace at
 * a rate the stub never reaches, so the pacing hooks run in both. Prints, for create, get and one list
 * page, the medians of time and of bytes allocated per call and their ratios, and checks each ratio
 * against {@value #LIMIT}: exit status 1 if any is over.
 *
 * <p>Variants, first argument: {@code spi} (default; MicrometerSellingMetrics without the generated
 * client's MetricPublisher), {@code sdk} (with it: the AWS SDK then collects its own metrics per call
 * too), {@code control} (a SellingMetrics that burns about 50 µs and 16 KiB per call: must fail, which
 * shows the check can).
 *
 * <pre>{@code
 * mvn -B -q -pl sdk-benchmarks -am package -DskipTests
 * java -cp sdk-benchmarks/target/benchmarks.jar io.partnercentral.selling.benchmarks.MetricsOverhead [spi|sdk|control] [pairs [warm-up pairs]]
 * }</pre>
 */
public final class MetricsOverhead {
    /** The largest acceptable ratio, on and off, of median time and of median allocation. */
    static final double LIMIT = 1.03;
    private static volatile Object sink;

    private MetricsOverhead() {}

    private record Call(String name, Function<PartnerCentralSelling, Object> run) {}

    public static void main(String[] args) throws Exception {
        String variant = args.length > 0 ? args[0] : "spi";
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.setThreadAllocatedMemoryEnabled(true);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        SellingMetrics on = switch (variant) {
            case "spi" -> MicrometerSellingMetrics.create(registry);
            case "sdk" -> MicrometerSellingMetrics.builder(registry).sdkMetrics(true).build();
            case "control" -> new Burner();
            default -> throw new IllegalArgumentException("variant: spi, sdk or control");
        };
        System.out.printf("MetricsOverhead %s: %d pairs per call after %d warm-up pairs; %s %s; load average %s%n", variant,
                pairs, warmup, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                CallOverhead.loadAverage());
        Opportunity payload = RawRequests.maximalCreate();
        List<Call> calls = List.of(
                new Call("create (maximal)", s -> s.opportunities().create(payload)),
                new Call("get (maximal)", s -> s.opportunities().get(Payloads.OPPORTUNITY_ID)),
                new Call("list page of 100", s -> s.opportunities().list(r -> r.maxResults(100)).iterator().next()));
        boolean over = false;
        try (FastStub stub = FastStub.start(2);
                PartnerCentralSelling off = facade(stub.endpoint(), SellingMetrics.noop());
                PartnerCentralSelling metered = facade(stub.endpoint(), on)) {
            List<String> rows = new ArrayList<>();
            for (Call call : calls) {
                double[] ratios = measure(call, off, metered, pairs, warmup, threads, rows);
                over |= ratios[0] > LIMIT || ratios[1] > LIMIT;
            }
            System.out.println();
            System.out.println("| call | off median µs | on median µs | time ratio | off B/call | on B/call | alloc ratio |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
            rows.forEach(System.out::println);
            System.out.println();
            if (!variant.equals("control")) {
                long recorded = registry.get(MeterNames.CALLS).tag(MeterNames.OUTCOME, CallOutcome.SUCCESS.tag()).timers()
                        .stream().mapToLong(t -> t.count()).sum();
                System.out.printf("recorded %,d calls on the registry (%,d meters)%n", recorded, registry.getMeters().size());
            }
            System.out.printf("load average at the end: %s; %,d requests served by the stub%n", CallOverhead.loadAverage(),
                    stub.requests());
        }
        System.out.println(over ? "FAIL: a ratio is over " + LIMIT : "PASS: every ratio is at most " + LIMIT);
        if (over) {
            System.exit(1);
        }
    }

    private static PartnerCentralSelling facade(URI endpoint, SellingMetrics metrics) {
        return PartnerCentralSelling.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(BenchClients.credentials()).httpClientBuilder(ApacheHttpClient.builder())
                .catalog(Catalog.AWS).pacing(PacingSettings.builder().scaleRates(1e6).build())
                .metrics(metrics).build();
    }

    private static double[] measure(Call call, PartnerCentralSelling off, PartnerCentralSelling on, int pairs, int warmup,
            com.sun.management.ThreadMXBean threads, List<String> rows) {
        Supplier<Object> offCall = () -> call.run().apply(off);
        Supplier<Object> onCall = () -> call.run().apply(on);
        for (int i = 0; i < warmup; i++) {
            sink = offCall.get();
            sink = onCall.get();
        }
        long[] offNanos = new long[pairs];
        long[] onNanos = new long[pairs];
        long[] offBytes = new long[pairs];
        long[] onBytes = new long[pairs];
        long[] sample = new long[2];
        for (int i = 0; i < pairs; i++) {
            boolean offFirst = (i & 1) == 0;
            for (int k = 0; k < 2; k++) {
                boolean runOff = offFirst == (k == 0);
                run(runOff ? offCall : onCall, threads, sample);
                (runOff ? offNanos : onNanos)[i] = sample[0];
                (runOff ? offBytes : onBytes)[i] = sample[1];
            }
        }
        for (long[] a : List.of(offNanos, onNanos, offBytes, onBytes)) {
            Arrays.sort(a);
        }
        double offMedian = offNanos[pairs / 2] / 1000.0;
        double onMedian = onNanos[pairs / 2] / 1000.0;
        double timeRatio = onMedian / offMedian;
        double allocRatio = (double) onBytes[pairs / 2] / offBytes[pairs / 2];
        rows.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.3f | %,d | %,d | %.3f |", call.name(), offMedian,
                onMedian, timeRatio, offBytes[pairs / 2], onBytes[pairs / 2], allocRatio));
        System.out.println("  done: " + rows.get(rows.size() - 1));
        return new double[] {timeRatio, allocRatio};
    }

    private static void run(Supplier<Object> call, com.sun.management.ThreadMXBean threads, long[] sample) {
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        Object result = call.get();
        long end = System.nanoTime();
        sample[1] = threads.getCurrentThreadAllocatedBytes() - bytes;
        sample[0] = end - start;
        sink = result;
    }

    /** The control: a deliberately costly implementation, about 50 µs and 16 KiB per call. */
    private static final class Burner implements SellingMetrics {
        @Override
        public void call(String operation, Catalog catalog, CallOutcome outcome, int attempts, long nanos) {
            long until = System.nanoTime() + 50_000;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            sink = new byte[16 * 1024];
        }
    }
}

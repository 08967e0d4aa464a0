package io.partnercentral.selling.benchmarks;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.QuotaBucket;
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
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;

/**
 * What metrics cost per call: the facade with {@link SellingMetrics#noop()} against the same facade
 * recording on a Micrometer {@link SimpleMeterRegistry}, in one JVM against one {@link FastStub}, the
 * calls interleaved as in {@link CallOverhead} (the order alternating per pair). Both facades pace at
 * a rate the stub never reaches, so the pacing hooks run in both. Prints, for create, get and one list
 * page, the medians of time and of bytes allocated per call and their ratios (with a 95% bootstrap
 * interval over the pairs), and checks each ratio against {@value #LIMIT}: exit status 1 if any is over.
 *
 * <p>Variants, first argument: {@code spi} (default; MicrometerSellingMetrics without the generated
 * client's MetricPublisher), {@code sdk} (with it: the AWS SDK then collects its own metrics per call
 * too), {@code aa} (both facades without metrics: how far apart two identical facades measure, the
 * harness's own bias), {@code control} (a SellingMetrics that burns about 50 µs and 16 KiB per call:
 * must fail, which shows the check can), {@code control-light} (about 5 µs per call and 3 KiB: a
 * cost just above the limit on a fast call). Except {@code sdk}, both facades wrap one generated
 * client, so they share its HTTP connection pool and differ only in their metrics.
 *
 * <p>It also times the hooks a call runs (call and pacing wait) alone, a million times on the same
 * thread, and prints their cost per call against the off median: the part of the ratio that metrics
 * can explain.
 *
 * <pre>{@code
 * mvn -B -q -pl sdk-benchmarks -am package -DskipTests
 * java -cp sdk-benchmarks/target/benchmarks.jar io.partnercentral.selling.benchmarks.MetricsOverhead [spi|sdk|aa|control|control-light] [pairs [warm-up pairs]]
 * }</pre>
 */
public final class MetricsOverhead {
    /** The largest acceptable ratio, on and off, of median time and of median allocation. */
    static final double LIMIT = 1.03;
    private static final int RESAMPLES = 1000;
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
            case "aa" -> SellingMetrics.noop();
            case "control" -> new Burner(50_000, 16 * 1024);
            case "control-light" -> new Burner(5_000, 3 * 1024);
            default -> throw new IllegalArgumentException("variant: spi, sdk, aa, control or control-light");
        };
        System.out.printf("MetricsOverhead %s: %d pairs per call after %d warm-up pairs; %s %s; load average %s%n", variant,
                pairs, warmup, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                CallOverhead.loadAverage());
        Opportunity payload = RawRequests.maximalCreate();
        List<Call> calls = List.of(
                new Call("create (maximal)", s -> s.opportunities().create(payload)),
                new Call("get (maximal)", s -> s.opportunities().get(Payloads.OPPORTUNITY_ID)),
                new Call("list page of 100", s -> s.opportunities().list(r -> r.maxResults(100)).pages().iterator().next()));
        boolean over = false;
        boolean ownClients = variant.equals("sdk");
        try (FastStub stub = FastStub.start(2);
                PartnerCentralSellingClient shared = BenchClients.Raw.create(stub.endpoint());
                PartnerCentralSelling off = facade(ownClients, shared, stub.endpoint(), SellingMetrics.noop());
                PartnerCentralSelling metered = facade(ownClients, shared, stub.endpoint(), on)) {
            List<String> rows = new ArrayList<>();
            for (Call call : calls) {
                double[] ratios = measure(call, off, metered, pairs, warmup, threads, rows);
                over |= ratios[0] > LIMIT || ratios[1] > LIMIT;
            }
            System.out.println();
            System.out.println("| call | off median µs | on median µs | time ratio [95% CI] | off B/call | on B/call | alloc ratio [95% CI] |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
            rows.forEach(System.out::println);
            System.out.println();
            if (!variant.startsWith("control") && !variant.equals("aa")) {
                long recorded = registry.get(MeterNames.CALLS).tag(MeterNames.OUTCOME, CallOutcome.SUCCESS.tag()).timers()
                        .stream().mapToLong(t -> t.count()).sum();
                System.out.printf("recorded %,d calls on the registry (%,d meters)%n", recorded, registry.getMeters().size());
                hookCost(on);
            }
            System.out.printf("load average at the end: %s; %,d requests served by the stub%n", CallOverhead.loadAverage(),
                    stub.requests());
        }
        System.out.println(over ? "FAIL: a ratio is over " + LIMIT : "PASS: every ratio is at most " + LIMIT);
        if (over) {
            System.exit(1);
        }
    }

    private static PartnerCentralSelling facade(boolean ownClient, PartnerCentralSellingClient shared, URI endpoint,
            SellingMetrics metrics) {
        PartnerCentralSelling.Builder builder = ownClient
                ? PartnerCentralSelling.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                        .credentialsProvider(BenchClients.credentials()).httpClientBuilder(ApacheHttpClient.builder())
                : PartnerCentralSelling.builder().client(shared);
        return builder.catalog(Catalog.AWS).pacing(PacingSettings.builder().scaleRates(1e6).build()).metrics(metrics).build();
    }

    /**
     * The hooks one paced call runs (a pacing wait and the call's report), alone: time and bytes per
     * call, median of 5 rounds of a million, minus the same on {@link SellingMetrics#noop()}.
     */
    private static void hookCost(SellingMetrics on) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        SellingMetrics noop = SellingMetrics.noop();
        int n = 1_000_000;
        double[] onNs = new double[5];
        double[] offNs = new double[5];
        long onBytes = 0;
        for (int round = 0; round < 5; round++) {
            for (int k = 0; k < 2; k++) {
                SellingMetrics m = k == 0 ? noop : on;
                long bytes = threads.getCurrentThreadAllocatedBytes();
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    m.pacingWait(QuotaBucket.WRITES, 0);
                    m.call("CreateOpportunity", Catalog.AWS, CallOutcome.SUCCESS, 1, 40_000 + (i & 1023));
                }
                double ns = (System.nanoTime() - start) / (double) n;
                (k == 0 ? offNs : onNs)[round] = ns;
                if (k == 1) {
                    onBytes = threads.getCurrentThreadAllocatedBytes() - bytes;
                }
            }
        }
        Arrays.sort(onNs);
        Arrays.sort(offNs);
        System.out.println(String.format(Locale.ROOT, "hooks alone (pacing wait + call report): %.0f ns per call on, %.0f ns off, "
                + "%.2f B per call on", onNs[2], offNs[2], onBytes / (double) n));
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
        double[] timeCi = bootstrapRatioCi(offNanos, onNanos);
        double[] allocCi = bootstrapRatioCi(offBytes, onBytes);
        for (long[] a : List.of(offNanos, onNanos, offBytes, onBytes)) {
            Arrays.sort(a);
        }
        double offMedian = offNanos[pairs / 2] / 1000.0;
        double onMedian = onNanos[pairs / 2] / 1000.0;
        double timeRatio = onMedian / offMedian;
        double allocRatio = (double) onBytes[pairs / 2] / offBytes[pairs / 2];
        rows.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.3f [%.3f, %.3f] | %,d | %,d | %.3f [%.3f, %.3f] |",
                call.name(), offMedian, onMedian, timeRatio, timeCi[0], timeCi[1], offBytes[pairs / 2], onBytes[pairs / 2],
                allocRatio, allocCi[0], allocCi[1]));
        System.out.println("  done: " + rows.get(rows.size() - 1));
        return new double[] {timeRatio, allocRatio};
    }

    /**
     * A 95% percentile-bootstrap interval of the ratio of medians, resampling whole pairs (so the
     * load both calls of a pair saw stays together): {@value #RESAMPLES} resamples, fixed seed.
     */
    static double[] bootstrapRatioCi(long[] off, long[] on) {
        int n = off.length;
        Random random = new Random(1);
        double[] ratios = new double[RESAMPLES];
        long[] a = new long[n];
        long[] b = new long[n];
        for (int r = 0; r < RESAMPLES; r++) {
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(n);
                a[i] = off[pick];
                b[i] = on[pick];
            }
            Arrays.sort(a);
            Arrays.sort(b);
            ratios[r] = (double) b[n / 2] / a[n / 2];
        }
        Arrays.sort(ratios);
        return new double[] {ratios[(int) (RESAMPLES * 0.025)], ratios[(int) (RESAMPLES * 0.975) - 1]};
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

    /** The controls: a deliberately costly implementation, burning time and allocating per call. */
    private static final class Burner implements SellingMetrics {
        private final long nanos;
        private final int bytes;

        Burner(long nanos, int bytes) {
            this.nanos = nanos;
            this.bytes = bytes;
        }

        @Override
        public void call(String operation, Catalog catalog, CallOutcome outcome, int attempts, long took) {
            long until = System.nanoTime() + nanos;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            sink = new byte[bytes];
        }
    }
}

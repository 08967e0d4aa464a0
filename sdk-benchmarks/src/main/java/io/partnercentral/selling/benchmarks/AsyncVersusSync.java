package io.partnercentral.selling.benchmarks;

import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.PartnerCentralSellingAsync;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.testing.PartnerCentralEmulator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * 64 concurrent creates through the async facade on the AWS SDK's default event loop (Netty) against
 * 64 threads on the sync facade (Apache HTTP client), pacing off, against the emulator running in a child
 * JVM (so this JVM's threads and allocations are the clients' alone). Rounds alternate sync and async; each
 * reports creates per second, the peak number of live threads in this JVM while it ran (both clients stay
 * open for the whole run, so this counts the idle one's threads too), the threads that used CPU during the
 * round (the working client's own, plus this harness's main and sampler threads in both), and bytes
 * allocated per create by every thread of this JVM ({@code com.sun.management.ThreadMXBean}). Prints every
 * round, the medians and the async / sync ratios, and exits 1 when async allocates more than 10% more per
 * call than sync, or when a create failed.
 *
 * <pre>{@code
 * mvn -B -q -pl sdk-benchmarks -am package -DskipTests
 * java -cp sdk-benchmarks/target/benchmarks.jar io.partnercentral.selling.benchmarks.AsyncVersusSync [rounds] [creates per round]
 * }</pre>
 */
public final class AsyncVersusSync {
    private static final int CONCURRENCY = 64;

    private AsyncVersusSync() {}

    /**
     * Runs the benchmark, or with {@code --serve} the emulator for it.
     *
     * @param args {@code [rounds] [creates per round]}, or {@code --serve}
     * @throws Exception if the benchmark cannot run
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--serve")) {
            serve();
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int creates = args.length > 1 ? Integer.parseInt(args[1]) : 1280;
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), AsyncVersusSync.class.getName(), "--serve")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line;
            URI endpoint = null;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ENDPOINT ")) {
                    endpoint = URI.create(line.substring("ENDPOINT ".length()));
                    break;
                }
            }
            if (endpoint == null) {
                throw new IllegalStateException("the emulator did not start");
            }
            run(endpoint, rounds, creates);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void serve() throws Exception {
        try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start()) {
            System.out.println("ENDPOINT " + emulator.endpoint());
            System.out.flush();
            // Serves until the parent closes our stdin or kills us.
            while (System.in.read() >= 0) {
                Thread.onSpinWait();
            }
        }
    }

    /** One round's figures. */
    private record Round(double perSecond, int peakThreads, int threadsThatRan, double bytesPerCall, int failures) {}

    private static void run(URI endpoint, int rounds, int creates) throws Exception {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(PartnerCentralEmulator.ACCESS_KEY_ID, PartnerCentralEmulator.SECRET_ACCESS_KEY));
        int baselineThreads = ManagementFactory.getThreadMXBean().getThreadCount();
        System.out.printf("AsyncVersusSync: %d concurrent creates, %d per round, %d rounds per client, alternating;"
                + " load average %s; live threads before any client %d%n", CONCURRENCY, creates, rounds,
                CallOverhead.loadAverage(), baselineThreads);
        try (PartnerCentralSelling sync = PartnerCentralSelling.builder()
                     .endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(credentials)
                     .httpClientBuilder(ApacheHttpClient.builder().maxConnections(CONCURRENCY * 2))
                     .pacing(PacingSettings.disabled()).catalog(io.partnercentral.selling.model.Catalog.SANDBOX).build();
             PartnerCentralSellingAsync async = PartnerCentralSellingAsync.builder()
                     .endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(credentials)
                     .httpClient(NettyNioAsyncHttpClient.builder().maxConcurrency(CONCURRENCY * 2).build())
                     .pacing(PacingSettings.disabled()).catalog(io.partnercentral.selling.model.Catalog.SANDBOX).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
            try {
                // Warm both paths (JIT, connections, thread pools) before measuring.
                syncRound(sync, pool, creates / 2, "warm-s");
                asyncRound(async, creates / 2, "warm-a");
                List<Round> bySync = new ArrayList<>();
                List<Round> byAsync = new ArrayList<>();
                System.out.println("round client creates/s peak-threads threads-that-ran bytes/create failures");
                for (int i = 0; i < 2 * rounds; i++) {
                    boolean syncNow = i % 4 == 0 || i % 4 == 3;
                    Round round = syncNow ? syncRound(sync, pool, creates, "s" + i) : asyncRound(async, creates, "a" + i);
                    (syncNow ? bySync : byAsync).add(round);
                    System.out.printf(Locale.ROOT, "%5d %-6s %9.1f %12d %16d %12.0f %8d%n", i / 2 + 1, syncNow ? "sync" : "async",
                            round.perSecond(), round.peakThreads(), round.threadsThatRan(), round.bytesPerCall(),
                            round.failures());
                }
                report(bySync, byAsync);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static void report(List<Round> bySync, List<Round> byAsync) {
        double syncRate = Children.median(bySync.stream().map(Round::perSecond).toList());
        double asyncRate = Children.median(byAsync.stream().map(Round::perSecond).toList());
        double syncThreads = Children.median(bySync.stream().map(r -> (double) r.peakThreads()).toList());
        double asyncThreads = Children.median(byAsync.stream().map(r -> (double) r.peakThreads()).toList());
        double syncRan = Children.median(bySync.stream().map(r -> (double) r.threadsThatRan()).toList());
        double asyncRan = Children.median(byAsync.stream().map(r -> (double) r.threadsThatRan()).toList());
        double syncBytes = Children.median(bySync.stream().map(Round::bytesPerCall).toList());
        double asyncBytes = Children.median(byAsync.stream().map(Round::bytesPerCall).toList());
        int failures = bySync.stream().mapToInt(Round::failures).sum() + byAsync.stream().mapToInt(Round::failures).sum();
        System.out.println();
        System.out.println("| median | sync (64 threads) | async (event loop) | async / sync |");
        System.out.println("| --- | --- | --- | --- |");
        System.out.printf(Locale.ROOT, "| creates/s | %.1f | %.1f | %.3f |%n", syncRate, asyncRate, asyncRate / syncRate);
        System.out.printf(Locale.ROOT, "| peak live threads | %.0f | %.0f | %.3f |%n", syncThreads, asyncThreads,
                asyncThreads / syncThreads);
        System.out.printf(Locale.ROOT, "| threads that ran during the round | %.0f | %.0f | %.3f |%n", syncRan, asyncRan,
                asyncRan / syncRan);
        System.out.printf(Locale.ROOT, "| bytes allocated per create | %.0f | %.0f | %.3f |%n", syncBytes, asyncBytes,
                asyncBytes / syncBytes);
        System.out.println("load average at the end: " + CallOverhead.loadAverage());
        boolean allocationOk = asyncBytes <= syncBytes * 1.10;
        System.out.println(allocationOk ? "PASS: async allocation per call within 10% of sync"
                : "FAIL: async allocates more than 10% more per call than sync");
        if (!allocationOk || failures > 0) {
            System.exit(1);
        }
    }

    /** 64 threads, each creating until the round's creates are done. */
    private static Round syncRound(PartnerCentralSelling sync, ExecutorService pool, int creates, String tag)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Map<Long, Long> before = allocated();
        Map<Long, Long> cpuBefore = cpuTimes();
        Sampler sampler = Sampler.start();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < CONCURRENCY; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < creates; i = next.getAndIncrement()) {
                    try {
                        CreatedOpportunity created = sync.opportunities().create(BulkImportBenchmark.deal(tag + "-" + i));
                        if (created.id().isEmpty()) {
                            failures.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        long nanos = System.nanoTime() - start;
        int peak = sampler.stop();
        long bytes = delta(before, allocated());
        int ran = ran(cpuBefore, cpuTimes());
        return new Round(creates / (nanos / 1e9), peak, ran, (double) bytes / creates, failures.get());
    }

    /** 64 creates in flight on the async facade: each completion starts the next. */
    private static Round asyncRound(PartnerCentralSellingAsync async, int creates, String tag) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(creates);
        Map<Long, Long> before = allocated();
        Map<Long, Long> cpuBefore = cpuTimes();
        Sampler sampler = Sampler.start();
        long start = System.nanoTime();
        for (int w = 0; w < CONCURRENCY; w++) {
            chain(async, next, creates, tag, failures, done);
        }
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("async round did not finish");
        }
        long nanos = System.nanoTime() - start;
        int peak = sampler.stop();
        long bytes = delta(before, allocated());
        int ran = ran(cpuBefore, cpuTimes());
        return new Round(creates / (nanos / 1e9), peak, ran, (double) bytes / creates, failures.get());
    }

    private static void chain(PartnerCentralSellingAsync async, AtomicInteger next, int creates, String tag,
            AtomicInteger failures, CountDownLatch done) {
        int i = next.getAndIncrement();
        if (i >= creates) {
            return;
        }
        CompletableFuture<CreatedOpportunity> created = async.opportunities().create(BulkImportBenchmark.deal(tag + "-" + i));
        created.whenComplete((value, failure) -> {
            if (failure != null || value.id().isEmpty()) {
                failures.incrementAndGet();
            }
            done.countDown();
            chain(async, next, creates, tag, failures, done);
        });
    }

    /** Bytes allocated so far by every live thread of this JVM, by thread id. */
    private static Map<Long, Long> allocated() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> byThread = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                byThread.put(ids[i], bytes[i]);
            }
        }
        return byThread;
    }

    /** CPU time so far of every live thread of this JVM, by thread id. */
    private static Map<Long, Long> cpuTimes() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> byThread = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long nanos = threads.getThreadCpuTime(id);
            if (nanos >= 0) {
                byThread.put(id, nanos);
            }
        }
        return byThread;
    }

    /** How many threads alive at the end used CPU since {@code before} (a thread born since counts if it ran at all). */
    private static int ran(Map<Long, Long> before, Map<Long, Long> after) {
        int count = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            if (e.getValue() > before.getOrDefault(e.getKey(), 0L)) {
                count++;
            }
        }
        return count;
    }

    /** What the threads alive at the end allocated since {@code before} (a thread born since counts from 0). */
    private static long delta(Map<Long, Long> before, Map<Long, Long> after) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return sum;
    }

    /** Samples the live thread count every 5 ms on one scheduler thread (the same for both clients). */
    private static final class Sampler {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        private final AtomicLong peak = new AtomicLong();

        static Sampler start() {
            Sampler sampler = new Sampler();
            sampler.timer.scheduleAtFixedRate(() -> sampler.peak.accumulateAndGet(
                    ManagementFactory.getThreadMXBean().getThreadCount(), Math::max), 0, 5, TimeUnit.MILLISECONDS);
            return sampler;
        }

        int stop() throws InterruptedException {
            timer.shutdown();
            timer.awaitTermination(5, TimeUnit.SECONDS);
            return (int) peak.get();
        }
    }
}

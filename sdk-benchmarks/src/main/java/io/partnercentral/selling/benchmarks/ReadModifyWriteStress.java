package io.partnercentral.selling.benchmarks;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.exception.OutcomeUnknownException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.testing.FaultKind;
import io.partnercentral.selling.testing.FaultPlan;
import io.partnercentral.selling.testing.FaultTiming;
import io.partnercentral.selling.testing.InjectedFault;
import io.partnercentral.selling.testing.PartnerCentralEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * Read-modify-write under faults, full size (issue 22): runs of {@code threads} threads each making
 * {@code calls} mixed calls through one facade against the in-process emulator, while about one HTTP
 * request in five fails in every way ({@link FaultKind}), before or after its write lands (lost
 * answers of landed writes included), and one in a hundred of all requests is held past the client's
 * 1 s attempt timeout, so that the write lands after the client gave up on it.
 *
 * <p>The mix per thread, by call number modulo 10: 0-2 update() incrementing the thread's own
 * counter, 3 update() incrementing a counter all threads share, 4-5 get(), 6 a first page of list(),
 * 7 create() with an idempotency key (retried with the same key while the failure is retryable, as
 * a caller should), 8 get() of the shared counter, 9 list() again.
 *
 * <p>Per run it prints the update() successes, the {@link OutcomeUnknownException}s, the counters'
 * total, and the retryable failures after which the counter had moved ("retryable after a landed
 * write": each thread's own counter is checked against its successes after every failed update, and
 * once more when every held attempt has had time to land), plus duplicated creates. A run passes when
 * counters total = successes + at most the unknowns, no failure other than an OutcomeUnknownException
 * follows a landed write, and no create is duplicated; the program exits 1 if any run fails.
 *
 * <pre>
 * java -cp sdk-benchmarks/target/benchmarks.jar io.partnercentral.selling.benchmarks.ReadModifyWriteStress \
 *     [runs=10 [threads=8 [calls=500 [fault rate=0.2 [attempts=3]]]]]
 * </pre>
 *
 * {@code attempts} is the generated client's attempts per call. With 3, a write held past its timeout
 * is usually overtaken by its own retry, so the interleaving that broke update() before 2868a30 (the
 * read-back answers before the held write lands) is rare; with 1, every held write meets it, which is
 * the setting that shows the harness can fail on that code.
 */
public final class ReadModifyWriteStress {
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(1_000);
    private static final Duration HELD = Duration.ofMillis(1_500);
    private static final double HELD_RATE = 0.01;

    private ReadModifyWriteStress() {}

    /**
     * Runs the stress and exits 0 when every run meets the criterion, 1 otherwise.
     *
     * @param args {@code [runs [threads [calls [fault rate [attempts]]]]]}
     * @throws Exception if the harness itself fails
     */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        double rate = args.length > 3 ? Double.parseDouble(args[3]) : 0.2;
        int attempts = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        boolean allPassed = true;
        System.out.printf("%d runs of %d threads x %d calls, %.0f%% of requests faulted (%.0f%% held %d ms past a %d ms"
                        + " attempt timeout), %d attempt(s) per call%n", runs, threads, calls, rate * 100, HELD_RATE * 100, HELD.toMillis(),
                ATTEMPT_TIMEOUT.toMillis(), attempts);
        System.out.println("| run | update() ok | OutcomeUnknown | counters total | retryable after landed write"
                + " | other update failures | creates ok / duplicated | faults (after write) | requests | s | pass |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start()) {
            AtomicInteger requests = new AtomicInteger();
            emulator.wireMock().addMockServiceRequestListener((request, response) -> requests.incrementAndGet());
            for (int run = 1; run <= runs; run++) {
                emulator.reset();
                long started = System.nanoTime();
                Result r = run(emulator, requests, run, threads, calls, rate, attempts);
                boolean pass = r.countersTotal >= r.successes && r.countersTotal <= r.successes + r.unknown
                        && r.retryableAfterLanding.isEmpty() && r.duplicatedCreates == 0;
                allPassed &= pass;
                System.out.printf("| %d | %d | %d | %d | %d | %s | %d / %d | %d (%d) | %d | %.1f | %s |%n", run, r.successes,
                        r.unknown, r.countersTotal, r.retryableAfterLanding.size(), r.otherFailures, r.creates,
                        r.duplicatedCreates, r.faults, r.faultsAfterWrite, r.requests,
                        (System.nanoTime() - started) / 1e9, pass ? "yes" : "NO");
                for (String detail : r.retryableAfterLanding.subList(0, Math.min(5, r.retryableAfterLanding.size()))) {
                    System.out.println("    " + detail);
                }
            }
        }
        System.out.println(allPassed ? "all runs passed" : "SOME RUNS FAILED");
        System.exit(allPassed ? 0 : 1);
    }

    private record Result(int successes, int unknown, int countersTotal, List<String> retryableAfterLanding,
            Map<String, Integer> otherFailures, int creates, int duplicatedCreates, int faults, long faultsAfterWrite,
            int requests) {}

    private static int count(Opportunity opportunity) {
        return Integer.parseInt(opportunity.lifeCycle().flatMap(LifeCycle::nextSteps).orElseThrow().substring("count ".length()));
    }

    private static Opportunity increment(Opportunity current) {
        LifeCycle lifeCycle = current.lifeCycle().orElseThrow();
        return current.toBuilder().lifeCycle(lifeCycle.toBuilder().nextSteps("count " + (count(current) + 1)).build()).build();
    }

    private static String counter(PartnerCentralSelling selling, String crmId) {
        Opportunity deal = BulkImportBenchmark.deal(crmId);
        return selling.opportunities().create(deal.toBuilder()
                .lifeCycle(deal.lifeCycle().orElseThrow().toBuilder().nextSteps("count 0").build()).build()).id();
    }

    private static Result run(PartnerCentralEmulator emulator, AtomicInteger requests, int run, int threads, int calls,
            double rate, int attempts) throws Exception {
        List<String> own = new ArrayList<>();
        String shared;
        try (PartnerCentralSelling setUp = emulator.sellingBuilder().build()) {
            shared = counter(setUp, "CRM-shared");
            for (int t = 0; t < threads; t++) {
                own.add(counter(setUp, "CRM-" + t));
            }
        }
        requests.set(0);
        try (PartnerCentralSelling selling = emulator.sellingBuilder()
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(attempts)
                                .backoffStrategy(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(1)))
                                .throttlingBackoffStrategy(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(1)))
                                .circuitBreakerEnabled(false).build())
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT).build())
                .build()) {
            // The first plan that fires wins: 1% held past the attempt timeout (landing late when after the
            // write), then the rest of the rate of every kind and timing.
            emulator.injectFaults(FaultPlan.failRate(HELD_RATE).seed(run).kinds(FaultKind.INTERNAL_ERROR)
                    .timings(FaultTiming.values()).delay(HELD).build());
            emulator.injectFaults(FaultPlan.failRate((rate - HELD_RATE) / (1 - HELD_RATE)).seed(100 + run)
                    .kinds(FaultKind.values()).timings(FaultTiming.values()).build());
            AtomicInteger successes = new AtomicInteger();
            AtomicInteger unknown = new AtomicInteger();
            AtomicInteger creates = new AtomicInteger();
            Map<String, AtomicInteger> otherFailures = new ConcurrentHashMap<>();
            List<String> retryableAfterLanding = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Integer>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String mine = own.get(t);
                    int thread = t;
                    workers.add(pool.submit(() -> {
                        int expected = 0;
                        for (int n = 0; n < calls; n++) {
                            int kind = n % 10;
                            String id = kind == 3 ? shared : mine;
                            try {
                                switch (kind) {
                                    case 0, 1, 2, 3 -> {
                                        selling.opportunities().update(id, ReadModifyWriteStress::increment);
                                        successes.incrementAndGet();
                                        expected += id.equals(mine) ? 1 : 0;
                                    }
                                    case 4, 5 -> selling.opportunities().get(mine);
                                    case 8 -> selling.opportunities().get(shared);
                                    case 6, 9 -> selling.opportunities().list(l -> l.maxResults(5)).stream().findFirst();
                                    default -> {
                                        if (create(selling, "run" + run + "-t" + thread + "-n" + n)) {
                                            creates.incrementAndGet();
                                        }
                                    }
                                }
                            } catch (OutcomeUnknownException e) {
                                unknown.incrementAndGet();
                                if (id.equals(mine)) {
                                    // Whether it landed is unknown by definition: take what the service holds.
                                    expected = count(emulator.opportunity(mine).orElseThrow());
                                }
                            } catch (PartnerCentralException e) {
                                if (kind <= 3) {
                                    otherFailures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger())
                                            .incrementAndGet();
                                }
                                if (kind <= 2) {
                                    int stored = count(emulator.opportunity(mine).orElseThrow());
                                    if (stored != expected) {
                                        retryableAfterLanding.add("thread " + thread + " call " + n + ": " + e.getClass()
                                                .getSimpleName() + " (retryable " + e.isRetryable() + ") but the counter is "
                                                + stored + ", " + expected + " expected");
                                        expected = stored;
                                    }
                                }
                            }
                        }
                        return expected;
                    }));
                }
                List<Integer> expected = new ArrayList<>();
                for (Future<Integer> worker : workers) {
                    expected.add(worker.get(30, TimeUnit.MINUTES));
                }
                // An attempt held past its timeout may land after its failure was checked: look again once all are done.
                Thread.sleep(HELD.toMillis() + 500);
                emulator.clearFaults();
                int total = count(emulator.opportunity(shared).orElseThrow());
                for (int t = 0; t < threads; t++) {
                    int stored = count(emulator.opportunity(own.get(t)).orElseThrow());
                    total += stored;
                    if (stored != expected.get(t)) {
                        retryableAfterLanding.add("thread " + t + ": counter " + stored + " after the run, "
                                + expected.get(t) + " expected (a late landing of a failed update)");
                    }
                }
                Set<String> distinct = emulator.opportunities().stream()
                        .map(o -> o.partnerOpportunityIdentifier().orElseThrow()).collect(Collectors.toSet());
                List<InjectedFault> faults = emulator.injectedFaults();
                Map<String, Integer> others = new TreeMap<>();
                otherFailures.forEach((k, v) -> others.put(k, v.get()));
                return new Result(successes.get(), unknown.get(), total, List.copyOf(retryableAfterLanding), others,
                        creates.get(), emulator.opportunityCount() - distinct.size(), faults.size(),
                        faults.stream().filter(f -> f.timing() == FaultTiming.AFTER_STATE_CHANGE).count(),
                        requests.get());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Creates with an idempotency key, retrying with the same key while the failure says so; whether it succeeded. */
    private static boolean create(PartnerCentralSelling selling, String key) {
        CreateOpportunityRequest request = CreateOpportunityRequest.builder()
                .opportunity(BulkImportBenchmark.deal("CRM-" + key)).idempotencyKey(key).build();
        for (int attempt = 1; ; attempt++) {
            try {
                selling.opportunities().create(request);
                return true;
            } catch (PartnerCentralException e) {
                if (!e.isRetryable() || attempt == 5) {
                    return false;
                }
            }
        }
    }
}

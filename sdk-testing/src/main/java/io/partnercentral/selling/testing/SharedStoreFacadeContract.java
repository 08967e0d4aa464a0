package io.partnercentral.selling.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.coordination.Lease;
import io.partnercentral.selling.coordination.Reservation;
import io.partnercentral.selling.exception.LeaseUnavailableException;
import io.partnercentral.selling.exception.OutcomeUnknownException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.model.CountryCode;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.CurrencyCode;
import io.partnercentral.selling.model.ExpectedCustomerSpend;
import io.partnercentral.selling.model.Industry;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.Origin;
import io.partnercentral.selling.model.PaymentFrequency;
import io.partnercentral.selling.model.Stage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * Exactly-once writes across processes, as JUnit 5 tests an engine's test class inherits: two facades,
 * each with its own client of the engine from {@link #newClient()} (two processes of one partner
 * account), write to one emulator under injected faults, and the engine's leases and reservations
 * must make them behave as one client.
 *
 * <ul>
 *   <li>Read-modify-write increments of shared counters from both facades at once, 20% faults of every
 *       kind and timing: every counter equals the updates reported successful, and no call ends in
 *       {@link OutcomeUnknownException} (which a write of the other process would cause).</li>
 *   <li>Both facades create the same CRM records at once, each mapping them a little differently (as two
 *       deployments of different versions would): one opportunity per record, and both facades get its
 *       id, where the service alone would refuse the second body under the same ClientToken.</li>
 *   <li>A holder that dies: its lease, and a reservation it left pending, expire, and the next caller
 *       goes through; a holder that stays blocks others only up to their turn wait
 *       ({@code PartnerCentralSelling.Builder.turnWait}), with a retryable {@link LeaseUnavailableException}
 *       and nothing sent.</li>
 *   <li>A holder whose write queues for its quota slot longer than its lease's ttl keeps the lease (it is
 *       renewed while the write waits), and the other process waits for its turn past its own API call
 *       timeout instead of failing: both increments count.</li>
 * </ul>
 *
 * <pre>{@code
 * class RedisSharedStoreFacadeTest extends SharedStoreFacadeContract {
 *     protected CoordinationStore newClient() { return RedisCoordinationStore.connect(server.uri()); }
 * }
 * }</pre>
 */
public abstract class SharedStoreFacadeContract {
    private static final int THREADS_PER_PROCESS = 4;
    private static final int COUNTERS = 3;
    /** -DsharedStore.updatesPerThread=100 makes a soak of 800 updates. */
    private static final int UPDATES_PER_THREAD = Integer.getInteger("sharedStore.updatesPerThread", 15);
    private static final int RECORDS = 30;

    private final List<AutoCloseable> closing = new ArrayList<>();
    private PartnerCentralEmulator emulator;

    /** A subclass for one engine. */
    protected SharedStoreFacadeContract() {}

    /**
     * A new client of the engine under test, as another process would have (its own connection or pool),
     * sharing its state with every other client this returns. The contract closes it.
     *
     * @return the new client
     */
    protected abstract CoordinationStore newClient();

    @BeforeEach
    final void startEmulator() {
        emulator = PartnerCentralEmulator.start();
    }

    @AfterEach
    final void closeAll() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
        closing.clear();
        emulator.close();
    }

    /** A facade on the emulator with a store client of its own: one process, waiting at most {@code turnWait} for a lease. */
    private PartnerCentralSelling process(Duration turnWait) {
        return process(emulator.sellingBuilder().turnWait(turnWait), PartnerCentralSelling.DEFAULT_API_CALL_TIMEOUT);
    }

    private PartnerCentralSelling process(PartnerCentralSelling.Builder builder, Duration callTimeout) {
        CoordinationStore store = newClient();
        closing.add(store);
        PartnerCentralSelling selling = builder
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(10)
                                .backoffStrategy(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(1)))
                                .throttlingBackoffStrategy(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(1)))
                                .circuitBreakerEnabled(false)
                                .build())
                        .apiCallTimeout(callTimeout)
                        .build())
                .coordination(store)
                .build();
        closing.add(selling);
        return selling;
    }

    private PartnerCentralSelling process() {
        return process(emulator.sellingBuilder(), PartnerCentralSelling.DEFAULT_API_CALL_TIMEOUT);
    }

    @Test
    void readModifyWriteFromTwoProcessesUnderFaults_countersEqualSuccessesWithoutOutcomeUnknown() throws Exception {
        PartnerCentralSelling[] processes = {process(), process()};
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < COUNTERS; i++) {
            Opportunity deal = deal("CRM-C" + i, "");
            ids.add(processes[0].opportunities().create(deal.toBuilder()
                    .lifeCycle(deal.lifeCycle().orElseThrow().toBuilder().nextSteps("count 0").build()).build()).id());
        }
        emulator.injectFaults(FaultPlan.failRate(0.2).seed(18)
                .kinds(FaultKind.values()).timings(FaultTiming.values()).build());
        Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();
        ids.forEach(id -> successes.put(id, new AtomicInteger()));
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_PROCESS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 2 * THREADS_PER_PROCESS; t++) {
                int thread = t;
                PartnerCentralSelling selling = processes[t % 2];
                workers.add(pool.submit(() -> {
                    for (int n = 0; n < UPDATES_PER_THREAD; n++) {
                        String id = ids.get((thread + n) % ids.size());
                        try {
                            selling.opportunities().update(id, SharedStoreFacadeContract::increment);
                            successes.get(id).incrementAndGet();
                        } catch (PartnerCentralException e) {
                            failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(300, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        emulator.clearFaults();
        int totalSuccesses = 0;
        for (String id : ids) {
            assertEquals(successes.get(id).get(), count(emulator.opportunity(id).orElseThrow()), "counter of " + id);
            totalSuccesses += successes.get(id).get();
        }
        long lostAnswers = emulator.injectedFaults().stream().filter(f -> f.operation().equals("UpdateOpportunity")
                && f.timing() == FaultTiming.AFTER_STATE_CHANGE).count();
        System.out.printf("shared-store RMW on %s: 2 processes x %d threads, %d update() calls, %d succeeded, failures %s,"
                        + " %d faults injected (%d UpdateOpportunity answers lost after the write)%n",
                processes[0].coordination().describe(), THREADS_PER_PROCESS, 2 * THREADS_PER_PROCESS * UPDATES_PER_THREAD,
                totalSuccesses, new TreeMap<>(failures), emulator.injectedFaults().size(), lostAnswers);
        assertFalse(failures.containsKey(OutcomeUnknownException.class.getSimpleName()),
                "no OutcomeUnknownException: " + failures);
        assertTrue(lostAnswers > 0, "the faults hit answers of updates that landed");
        assertTrue(totalSuccesses >= 2 * THREADS_PER_PROCESS * UPDATES_PER_THREAD * 9 / 10, "most updates succeed: "
                + failures);
    }

    @Test
    void twoDeploymentsCreateTheSameRecordsAtOnce_oneOpportunityPerRecord() throws Exception {
        PartnerCentralSelling[] processes = {process(), process()};
        emulator.injectFaults(FaultPlan.failRate(0.2).seed(19)
                .kinds(FaultKind.values()).timings(FaultTiming.values()).onlyFor("CreateOpportunity").build());
        // Deployment 1 is a newer version that maps a record's title a little differently.
        Map<String, String>[] ids = new Map[] {new ConcurrentHashMap<>(), new ConcurrentHashMap<>()};
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_PROCESS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 2 * THREADS_PER_PROCESS; t++) {
                int process = t % 2;
                int thread = t / 2;
                workers.add(pool.submit(() -> {
                    for (int r = thread; r < RECORDS; r += THREADS_PER_PROCESS) {
                        String crmId = "CRM-" + r;
                        try {
                            CreatedOpportunity created = processes[process].opportunities().create(c -> c
                                    .opportunity(deal(crmId, process == 0 ? "" : " (v2)")).idempotencyKey(crmId));
                            ids[process].put(crmId, created.id());
                        } catch (PartnerCentralException e) {
                            failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(300, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        emulator.clearFaults();
        System.out.printf("shared-store creates on %s: 2 deployments x %d records, failures %s, %d opportunities,"
                        + " %d faults injected%n", processes[0].coordination().describe(), RECORDS, new TreeMap<>(failures),
                emulator.opportunityCount(), emulator.injectedFaults().size());
        assertEquals(Map.of(), failures, "failures");
        assertEquals(RECORDS, emulator.opportunityCount(), "one opportunity per record");
        assertEquals(ids[0], ids[1], "both deployments got each record's one opportunity");

        // A re-run of either deployment later gets the same opportunities, without creating.
        int before = emulator.opportunityCount();
        assertEquals(ids[0].get("CRM-7"), processes[1].opportunities()
                .create(c -> c.opportunity(deal("CRM-7", " (v3)")).idempotencyKey("CRM-7")).id());
        assertEquals(before, emulator.opportunityCount());
    }

    @Test
    void aDeadHoldersLeaseExpiresAndTheNextWriterGoesThrough() {
        PartnerCentralSelling selling = process();
        String id = selling.opportunities().create(deal("CRM-D", "")).id();
        CoordinationStore dead = newClient();
        closing.add(dead);
        // The facade's lease key: the catalog and the opportunity id.
        Lease abandoned = dead.tryLease(selling.catalog().value() + "/" + id, Duration.ofSeconds(2)).orElseThrow();
        long start = System.nanoTime();
        selling.opportunities().update(id, o -> o.toBuilder().lifeCycle(o.lifeCycle().orElseThrow().toBuilder()
                .nextSteps("after the dead holder").build()).build());
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waitedMillis >= 1_000, "waited for the lease to expire: " + waitedMillis + " ms");
        assertFalse(abandoned.held(), "the dead holder's lease is gone");
        assertEquals(Optional.of("after the dead holder"),
                emulator.opportunity(id).orElseThrow().lifeCycle().flatMap(LifeCycle::nextSteps));
    }

    @Test
    void aLiveHolderBlocksOthersOnlyUntilTheirTurnWait_retryableAndNothingSent() {
        PartnerCentralSelling selling = process(Duration.ofSeconds(2));
        String id = selling.opportunities().create(deal("CRM-L", "")).id();
        CoordinationStore other = newClient();
        closing.add(other);
        try (Lease held = other.tryLease(selling.catalog().value() + "/" + id, Duration.ofMinutes(5)).orElseThrow()) {
            long updatesBefore = updatesReceived();
            long start = System.nanoTime();
            LeaseUnavailableException busy = assertThrows(LeaseUnavailableException.class, () -> selling.opportunities()
                    .update(id, o -> o.toBuilder().lifeCycle(o.lifeCycle().orElseThrow().toBuilder().nextSteps("x").build())
                            .build()));
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(busy.isRetryable());
            assertEquals(Optional.of("UpdateOpportunity"), busy.operation());
            assertTrue(waitedMillis >= 1_900 && waitedMillis < 6_000, "waited about the turn wait: " + waitedMillis);
            assertEquals(updatesBefore, updatesReceived(), "nothing sent");
            assertTrue(held.held());
        }
    }

    @Test
    void aHolderQueuedForItsWriteSlotKeepsItsLease_andTheOtherProcessWaitsPastItsCallTimeout() throws Exception {
        // Two processes paced at the documented write rate, with 2 s call timeouts and 1 s leases renewed every 300 ms.
        Duration callTimeout = Duration.ofSeconds(2);
        PartnerCentralSelling[] processes = new PartnerCentralSelling[2];
        for (int p = 0; p < 2; p++) {
            processes[p] = process(emulator.sellingBuilder().pacing(PacingSettings.defaults())
                    .leaseTtl(Duration.ofSeconds(1)).leaseRenewal(Duration.ofMillis(300)), callTimeout);
        }
        Opportunity deal = deal("CRM-Q", "");
        String id = processes[0].opportunities().create(deal.toBuilder()
                .lifeCycle(deal.lifeCycle().orElseThrow().toBuilder().nextSteps("count 0").build()).build()).id();
        CoordinationStore others = newClient();
        closing.add(others);
        // Other processes' writes hold the next four write slots: the first holder's write waits about 4 s for its own.
        Duration interval = PacingSettings.defaults().pacedInterval(QuotaBucket.WRITES);
        for (int i = 0; i < 4; i++) {
            others.reserveSlot(QuotaBucket.WRITES.name(), interval, Duration.ofHours(1)).orElseThrow();
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = pool.submit(() -> processes[0].opportunities().update(id, SharedStoreFacadeContract::increment));
            // The second process starts once the first holds the opportunity's lease.
            String key = processes[0].catalog().value() + "/" + id;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (true) {
                Optional<Lease> free = others.tryLease(key, Duration.ofMillis(50));
                if (free.isEmpty()) {
                    break;
                }
                free.get().close();
                assertTrue(System.nanoTime() < deadline, "the first process took the lease");
                Thread.sleep(5);
            }
            long start = System.nanoTime();
            processes[1].opportunities().update(id, SharedStoreFacadeContract::increment);
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            first.get(60, TimeUnit.SECONDS);
            assertTrue(waitedMillis > callTimeout.toMillis(), "the second process waited for its turn past its call"
                    + " timeout: " + waitedMillis + " ms");
            assertEquals(2, count(emulator.opportunity(id).orElseThrow()), "both increments landed once");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReservationLeftPendingByADeadCreatorExpiresAndOneOpportunityIsMade() {
        PartnerCentralSelling selling = process();
        CoordinationStore dead = newClient();
        closing.add(dead);
        // The facade's reservation key: operation, catalog and the ClientToken the idempotency key gives.
        String token = UUID.nameUUIDFromBytes(("partnercentral-selling/CreateOpportunity/" + selling.catalog().value()
                + "/CRM-P").getBytes(StandardCharsets.UTF_8)).toString();
        String key = "CreateOpportunity/" + selling.catalog().value() + "/" + token;
        assertInstanceOf(Reservation.Acquired.class, dead.reserve(key, "dead-owner", Duration.ofSeconds(2)));
        long start = System.nanoTime();
        CreatedOpportunity created = selling.opportunities().create(c -> c.opportunity(deal("CRM-P", "")).idempotencyKey("CRM-P"));
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 1_000, "waited for the pending reservation to expire");
        assertEquals(token, created.clientToken());
        Reservation recorded = dead.reserve(key, "another-owner", Duration.ofSeconds(2));
        assertInstanceOf(Reservation.Completed.class, recorded, "the new creator recorded its outcome");
        assertTrue(((Reservation.Completed) recorded).result().contains(created.id()));
        assertEquals(1, emulator.opportunityCount());
    }

    private long updatesReceived() {
        return emulator.receivedRequests(1_000).stream().filter(r -> "UpdateOpportunity".equals(r.operation())).count();
    }

    private static int count(Opportunity opportunity) {
        return Integer.parseInt(opportunity.lifeCycle().flatMap(LifeCycle::nextSteps).orElseThrow().substring("count ".length()));
    }

    /** A non-idempotent change: read the counter, write it plus one. */
    private static Opportunity increment(Opportunity current) {
        LifeCycle lifeCycle = current.lifeCycle().orElseThrow();
        return current.toBuilder().lifeCycle(lifeCycle.toBuilder().nextSteps("count " + (count(current) + 1)).build()).build();
    }

    private static Opportunity deal(String crmId, String titleSuffix) {
        return Opportunity.builder()
                .origin(Origin.PARTNER_REFERRAL)
                .partnerOpportunityIdentifier(crmId)
                .customer(c -> c.account(a -> a.companyName("Example " + crmId).industry(Industry.RETAIL)
                        .websiteUrl("https://example.com").address(ad -> ad.countryCode(CountryCode.DE))))
                .project(p -> p.title("Data platform " + crmId + titleSuffix)
                        .customerBusinessProblem("Nightly batch jobs miss their window every Monday.")
                        .addExpectedCustomerSpend(s -> s.amount(new BigDecimal("1200.00")).currencyCode(CurrencyCode.USD)
                                .frequency(PaymentFrequency.MONTHLY).targetCompany(ExpectedCustomerSpend.TARGET_AWS)))
                .lifeCycle(l -> l.stage(Stage.QUALIFIED).targetCloseDate(LocalDate.of(2099, 3, 31)))
                .build();
    }
}

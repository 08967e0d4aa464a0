package io.partnercentral.selling.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.exception.CoordinationStoreException;
import io.partnercentral.selling.exception.LeaseUnavailableException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.model.CountryCode;
import io.partnercentral.selling.model.CurrencyCode;
import io.partnercentral.selling.model.ExpectedCustomerSpend;
import io.partnercentral.selling.model.Industry;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.Origin;
import io.partnercentral.selling.model.PaymentFrequency;
import io.partnercentral.selling.model.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * What the facade does when its shared coordination store dies mid-run and comes back, as a JUnit 5
 * test an engine's test class inherits: two facades (two processes, each with its own client of the
 * engine) create records under idempotency keys and increment shared counters read-modify-write, paced
 * through the store, while {@link #stopStore()} kills the engine and {@link #startStore()} brings it back
 * on the same address with its data.
 *
 * <p>It checks that every failure is a retryable {@link CoordinationStoreException} (or, while leases
 * left by the outage expire, {@link LeaseUnavailableException}), that no call started during the outage
 * succeeds (no fallback to pacing or locking in one process: a direct create, update and get fail
 * unsent), that nothing acknowledged is lost (every counter equals its reported successes, every
 * acknowledged create exists once and a re-run of its key after the restart returns it), and that work
 * resumes once the engine is back.
 *
 * <pre>{@code
 * class RedisOutageTest extends StoreOutageFacadeContract {
 *     protected CoordinationStore newClient() { return RedisCoordinationStore.connect(server.uri()); }
 *     protected void stopStore() throws Exception { server.kill(); }
 *     protected void startStore() throws Exception { server.startProcess(); }
 * }
 * }</pre>
 */
public abstract class StoreOutageFacadeContract {
    private static final int COUNTERS = 3;
    private static final int THREADS_PER_PROCESS = 3;

    /** A subclass for one engine. */
    protected StoreOutageFacadeContract() {}

    /** {@return a new client of the engine (its own connection or pool), sharing state with every other; the test closes it} */
    protected abstract CoordinationStore newClient();

    /**
     * Kills the engine at once, as a crash would.
     *
     * @throws Exception if the engine cannot be stopped
     */
    protected abstract void stopStore() throws Exception;

    /**
     * Starts the engine again, on the same address and with the data it had persisted.
     *
     * @throws Exception if the engine cannot be started
     */
    protected abstract void startStore() throws Exception;

    @Test
    void theStoreDiesMidRunAndReturns_typedRetryableErrors_noFallback_nothingLost_resumes() throws Exception {
        List<AutoCloseable> closing = new ArrayList<>();
        try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start()) {
            PartnerCentralSelling[] processes = new PartnerCentralSelling[2];
            for (int p = 0; p < 2; p++) {
                CoordinationStore store = newClient();
                closing.add(store);
                // Paced at 20 times the documented rates, with the daily budgets: every call goes through the store.
                processes[p] = emulator.sellingBuilder().coordination(store)
                        .pacing(PacingSettings.builder().scaleRates(20).build()).build();
                closing.add(processes[p]);
            }
            List<String> counters = new ArrayList<>();
            Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();
            for (int i = 0; i < COUNTERS; i++) {
                Opportunity deal = deal("CRM-C" + i);
                String id = processes[0].opportunities().create(deal.toBuilder()
                        .lifeCycle(deal.lifeCycle().orElseThrow().toBuilder().nextSteps("count 0").build()).build()).id();
                counters.add(id);
                successes.put(id, new AtomicInteger());
            }

            Map<String, String> acknowledged = new ConcurrentHashMap<>();
            List<PartnerCentralException> failures = new CopyOnWriteArrayList<>();
            AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
            AtomicLong restartedAt = new AtomicLong(Long.MAX_VALUE);
            AtomicInteger succeededDuringOutage = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            AtomicInteger records = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_PROCESS);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 2 * THREADS_PER_PROCESS; t++) {
                PartnerCentralSelling selling = processes[t % 2];
                int thread = t;
                workers.add(pool.submit(() -> {
                    for (int n = 0; running.get(); n++) {
                        long startedAt = System.nanoTime();
                        try {
                            if (n % 2 == 0) {
                                String crmId = "CRM-" + records.incrementAndGet();
                                String id = selling.opportunities()
                                        .create(c -> c.opportunity(deal(crmId)).idempotencyKey(crmId)).id();
                                acknowledged.put(crmId, id);
                            } else {
                                String id = counters.get((thread + n) % COUNTERS);
                                selling.opportunities().update(id, StoreOutageFacadeContract::increment);
                                successes.get(id).incrementAndGet();
                            }
                            if (startedAt > killedAt.get() && System.nanoTime() < restartedAt.get()) {
                                succeededDuringOutage.incrementAndGet();
                            }
                            done.incrementAndGet();
                        } catch (PartnerCentralException e) {
                            failures.add(e);
                            sleepQuietly(20);
                        }
                    }
                    return null;
                }));
            }
            try {
                awaitTrue(() -> done.get() >= 30, "work before the kill");
                stopStore();
                // From here on the engine is down: a call that starts now and succeeds did without it.
                killedAt.set(System.nanoTime());
                awaitTrue(() -> failures.size() >= 10, "failures while the store is down");

                // No fallback: with the store down, nothing is sent (once calls that took their send slot
                // before the kill, at most a few slots of 50 ms away, have gone out).
                sleepQuietly(1_500);
                int requestsBefore = emulator.receivedRequests(1_000).size();
                List<Runnable> probes = List.of(
                        () -> processes[0].opportunities().create(c -> c.opportunity(deal("CRM-PROBE")).idempotencyKey("CRM-PROBE")),
                        () -> processes[0].opportunities().update(counters.get(0), StoreOutageFacadeContract::increment),
                        () -> processes[1].opportunities().get(counters.get(1)));
                for (Runnable probe : probes) {
                    PartnerCentralException failure = assertThrows(PartnerCentralException.class, probe::run);
                    assertInstanceOf(CoordinationStoreException.class, failure, failure.toString());
                    assertTrue(failure.isRetryable());
                }
                sleepQuietly(500);
                // The journal keeps the last 1,000 requests: below that, its size counts every request.
                assertTrue(requestsBefore < 900, "journal not yet full: " + requestsBefore);
                assertEquals(requestsBefore, emulator.receivedRequests(1_000).size(),
                        "requests sent by the probes and the six workers while the store was down");
                int doneDuringOutage = done.get();
                restartedAt.set(System.nanoTime());
                startStore();
                awaitTrue(() -> done.get() >= doneDuringOutage + 30, "work after the store returned");
            } finally {
                running.set(false);
                pool.shutdown();
            }
            for (Future<?> worker : workers) {
                worker.get(120, TimeUnit.SECONDS);
            }
            pool.shutdownNow();

            Map<String, Integer> failureKinds = new TreeMap<>();
            failures.forEach(f -> failureKinds.merge(f.getClass().getSimpleName(), 1, Integer::sum));
            int totalSuccesses = successes.values().stream().mapToInt(AtomicInteger::get).sum();
            System.out.printf("store outage on %s: %d calls succeeded (%d creates, %d updates), failures %s,"
                            + " %d succeeded that started during the outage%n", processes[0].coordination().describe(),
                    done.get(), acknowledged.size(), totalSuccesses, failureKinds, succeededDuringOutage.get());

            assertTrue(failures.stream().anyMatch(CoordinationStoreException.class::isInstance), "the outage was seen");
            for (PartnerCentralException failure : failures) {
                assertTrue(failure instanceof CoordinationStoreException || failure instanceof LeaseUnavailableException,
                        "typed: " + failure);
                assertTrue(failure.isRetryable(), "retryable: " + failure);
                assertFalse(failure.getMessage().contains("CRM-"), "no record key in messages: " + failure.getMessage());
            }
            assertEquals(0, succeededDuringOutage.get(), "no call started during the outage succeeded");
            for (String id : counters) {
                assertEquals(successes.get(id).get(), count(emulator.opportunity(id).orElseThrow()), "counter of " + id);
            }
            assertEquals(COUNTERS + acknowledged.size(), emulator.opportunityCount(), "every acknowledged create, once");
            // A re-run of every acknowledged record after the restart returns its opportunity and creates nothing.
            for (Map.Entry<String, String> record : acknowledged.entrySet()) {
                assertEquals(record.getValue(), processes[1].opportunities()
                        .create(c -> c.opportunity(deal(record.getKey())).idempotencyKey(record.getKey())).id(), record.getKey());
            }
            assertEquals(COUNTERS + acknowledged.size(), emulator.opportunityCount(), "no duplicate after the re-run");
        } finally {
            for (int i = closing.size() - 1; i >= 0; i--) {
                closing.get(i).close();
            }
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int count(Opportunity opportunity) {
        return Integer.parseInt(opportunity.lifeCycle().flatMap(LifeCycle::nextSteps).orElseThrow().substring("count ".length()));
    }

    private static Opportunity increment(Opportunity current) {
        LifeCycle lifeCycle = current.lifeCycle().orElseThrow();
        return current.toBuilder().lifeCycle(lifeCycle.toBuilder().nextSteps("count " + (count(current) + 1)).build()).build();
    }

    private static Opportunity deal(String crmId) {
        return Opportunity.builder()
                .origin(Origin.PARTNER_REFERRAL)
                .partnerOpportunityIdentifier(crmId)
                .customer(c -> c.account(a -> a.companyName("Example " + crmId).industry(Industry.RETAIL)
                        .websiteUrl("https://example.com").address(ad -> ad.countryCode(CountryCode.DE))))
                .project(p -> p.title("Data platform " + crmId)
                        .customerBusinessProblem("Nightly batch jobs miss their window every Monday.")
                        .addExpectedCustomerSpend(s -> s.amount(new BigDecimal("1200.00")).currencyCode(CurrencyCode.USD)
                                .frequency(PaymentFrequency.MONTHLY).targetCompany(ExpectedCustomerSpend.TARGET_AWS)))
                .lifeCycle(l -> l.stage(Stage.QUALIFIED).targetCloseDate(LocalDate.of(2099, 3, 31)))
                .build();
    }
}

package io.partnercentral.selling.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.exception.OutcomeUnknownException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.model.InvolvementType;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.RelatedEntityIdentifiers;
import io.partnercentral.selling.model.RelatedEntityType;
import io.partnercentral.selling.model.ReviewStatus;
import io.partnercentral.selling.model.SnapshotJobStatus;
import io.partnercentral.selling.model.SnapshotTarget;
import io.partnercentral.selling.model.Visibility;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;

/**
 * Writes whose answer is lost after the service applied them: the SDK must find out, not apply them
 * again. Each test injects faults AFTER_STATE_CHANGE (the write lands, the client sees a 500, a 429
 * or a reset) and checks the emulator's state, not just what the SDK returned.
 */
class ExactlyOnceWritesTest {
    @RegisterExtension
    static PartnerCentralEmulatorExtension partnerCentral = PartnerCentralEmulatorExtension.builder()
            .client(b -> b.overrideConfiguration(o -> o.retryStrategy(Fixtures.fastRetries(10))))
            .build();

    private static final int THREADS = 8;
    private static final int OPPORTUNITIES = 3;
    /** 25 keeps the suite quick; -DexactlyOnce.updatesPerThread=150 makes a soak of 1,200 updates. */
    private static final int UPDATES_PER_THREAD = Integer.getInteger("exactlyOnce.updatesPerThread", 25);

    private static int count(Opportunity opportunity) {
        return Integer.parseInt(opportunity.lifeCycle().flatMap(LifeCycle::nextSteps).orElseThrow().substring("count ".length()));
    }

    /** A non-idempotent change: read the counter, write it plus one. */
    private static Opportunity increment(Opportunity current) {
        LifeCycle lifeCycle = current.lifeCycle().orElseThrow();
        return current.toBuilder()
                .lifeCycle(lifeCycle.toBuilder().nextSteps("count " + (count(current) + 1)).build())
                .build();
    }

    private static String createCounter(PartnerCentralSelling selling, String crmId) {
        Opportunity deal = FacadeAgainstEmulatorTest.deal(crmId);
        return selling.opportunities().create(deal.toBuilder()
                .lifeCycle(deal.lifeCycle().orElseThrow().toBuilder().nextSteps("count 0").build())
                .build()).id();
    }

    @ParameterizedTest(name = "one facade per thread: {0}")
    @ValueSource(booleans = {false, true})
    void update_by8ThreadsUnder20PercentFaultsOfEveryKindAndTiming_countersEqualSuccessfulUpdates(
            boolean facadePerThread, PartnerCentralEmulator emulator, PartnerCentralSelling shared) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < OPPORTUNITIES; i++) {
            ids.add(createCounter(shared, "CRM-" + i));
        }
        emulator.injectFaults(FaultPlan.failRate(0.2).seed(facadePerThread ? 17 : 71)
                .kinds(FaultKind.values()).timings(FaultTiming.values()).build());
        Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();
        ids.forEach(id -> successes.put(id, new AtomicInteger()));
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    PartnerCentralSelling selling = facadePerThread ? emulator.sellingBuilder()
                            .overrideConfiguration(ClientOverrideConfiguration.builder()
                                    .retryStrategy(Fixtures.fastRetries(10)).build())
                            .build() : shared;
                    try {
                        for (int n = 0; n < UPDATES_PER_THREAD; n++) {
                            String id = ids.get((thread + n) % ids.size());
                            try {
                                selling.opportunities().update(id, ExactlyOnceWritesTest::increment);
                                successes.get(id).incrementAndGet();
                            } catch (PartnerCentralException e) {
                                failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger())
                                        .incrementAndGet();
                            }
                        }
                    } finally {
                        if (facadePerThread) {
                            selling.close();
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        emulator.clearFaults();

        int totalSuccesses = 0;
        int totalCount = 0;
        for (String id : ids) {
            int counter = count(emulator.opportunity(id).orElseThrow());
            assertThat(counter).as("counter of %s", id).isEqualTo(successes.get(id).get());
            totalSuccesses += successes.get(id).get();
            totalCount += counter;
        }
        List<InjectedFault> faults = emulator.injectedFaults();
        long lostUpdateAnswers = faults.stream().filter(f -> f.operation().equals("UpdateOpportunity")
                && f.timing() == FaultTiming.AFTER_STATE_CHANGE).count();
        System.out.printf("exactly-once RMW (facade per thread: %s): %d threads, %d update() calls, %d succeeded,"
                        + " failures %s, %d faults injected (%d UpdateOpportunity answers lost after the write),"
                        + " counters total %d%n",
                facadePerThread, THREADS, THREADS * UPDATES_PER_THREAD, totalSuccesses, failures, faults.size(),
                lostUpdateAnswers, totalCount);
        // An OutcomeUnknownException would be an update whose landing nobody counted.
        assertThat(failures).doesNotContainKey(OutcomeUnknownException.class.getSimpleName());
        assertThat(totalCount).isEqualTo(totalSuccesses);
        assertThat(lostUpdateAnswers).as("the run must include writes whose answer was lost").isPositive();
        assertThat(faults).extracting(InjectedFault::kind).contains(FaultKind.values());
    }

    @Test
    void update_whenTheAnswerIsLostAfterTheWrite_appliesTheChangeOnceAndReturnsNormally(
            PartnerCentralEmulator emulator, PartnerCentralSelling selling) {
        for (FaultKind kind : FaultKind.values()) {
            emulator.reset();
            String id = createCounter(selling, "CRM-1");
            emulator.injectFaults(FaultPlan.failNext(1).kinds(kind).timings(FaultTiming.AFTER_STATE_CHANGE)
                    .onlyFor("UpdateOpportunity").build());

            var updated = selling.opportunities().update(id, ExactlyOnceWritesTest::increment);

            Opportunity stored = emulator.opportunity(id).orElseThrow();
            assertThat(count(stored)).as("after a lost %s answer", kind).isEqualTo(1);
            assertThat(updated.lastModifiedDate()).isEqualTo(stored.lastModifiedDate().orElseThrow());
            assertThat(attempts(emulator, "UpdateOpportunity")).as("the generated client retried").isEqualTo(2);
        }
    }

    @Test
    void update_whenTheAnswerIsLostAndTheReadBackFailsToo_throwsOutcomeUnknownNotRetryable(PartnerCentralEmulator emulator) {
        try (PartnerCentralSelling noRetries = emulator.sellingBuilder()
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.doNotRetry()).build())
                .build()) {
            String id = createCounter(noRetries, "CRM-1");
            emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.INTERNAL_ERROR)
                    .timings(FaultTiming.AFTER_STATE_CHANGE).onlyFor("UpdateOpportunity").build());

            assertThatThrownBy(() -> noRetries.opportunities().update(id, current -> {
                // The read that would settle the outcome fails as well.
                emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.THROTTLING).onlyFor("GetOpportunity").build());
                return increment(current);
            })).isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
                assertThat(e.isRetryable()).isFalse();
                assertThat(e.operation()).contains("UpdateOpportunity");
                assertThat(e.getSuppressed()).singleElement().isInstanceOf(PartnerCentralException.class);
                assertThat(e.getCause()).isInstanceOf(PartnerCentralException.class);
            });
            assertThat(count(emulator.opportunity(id).orElseThrow())).isEqualTo(1);
        }
    }

    /**
     * The interleaving behind a counter one ahead of the successes: the first attempt of an update is
     * held by the service past the client's attempt timeout; the client's retries fail before the
     * state change; the read-back finds nothing landed yet; and the held attempt lands afterwards. Had
     * the update reported its last failure (retryable), the caller's retry would read the landed
     * increment and add a second one.
     */
    @Test
    void update_whoseTimedOutAttemptLandsAfterTheReadBack_neverReportsARetryableFailure(PartnerCentralEmulator emulator,
            PartnerCentralSelling setUp) throws InterruptedException {
        Duration held = Duration.ofMillis(3_000);
        try (PartnerCentralSelling selling = emulator.sellingBuilder()
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(Fixtures.fastRetries(3))
                        .apiCallAttemptTimeout(Duration.ofMillis(1_000))
                        .build())
                .build()) {
            String id = createCounter(setUp, "CRM-1");
            // A first update without faults, so that no attempt below times out for a cold start.
            selling.opportunities().update(id, ExactlyOnceWritesTest::increment);
            int before = count(emulator.opportunity(id).orElseThrow());
            // Attempt 1: held 3 s, then applied (its answer goes nowhere). Attempts 2 and 3: refused before the change.
            emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.INTERNAL_ERROR)
                    .timings(FaultTiming.AFTER_STATE_CHANGE).delay(held).onlyFor("UpdateOpportunity").build());
            emulator.injectFaults(FaultPlan.failNext(2).kinds(FaultKind.INTERNAL_ERROR)
                    .timings(FaultTiming.BEFORE_STATE_CHANGE).onlyFor("UpdateOpportunity").build());

            int successes = 0;
            PartnerCentralException reported = null;
            try {
                selling.opportunities().update(id, ExactlyOnceWritesTest::increment);
                successes++;
            } catch (PartnerCentralException e) {
                reported = e;
            }
            // Let the held attempt finish whatever it does, then act as a caller that retries what it may.
            Thread.sleep(held.toMillis() + 500);
            if (reported != null && reported.isRetryable()) {
                selling.opportunities().update(id, ExactlyOnceWritesTest::increment);
                successes++;
            }

            System.out.printf("late landing: update() %s, %d UpdateOpportunity requests, counter +%d after %d successes%n",
                    reported == null ? "succeeded" : "threw " + reported, attempts(emulator, "UpdateOpportunity"),
                    count(emulator.opportunity(id).orElseThrow()) - before, successes);
            assertThat(reported).as("after a write that may have landed: success or OutcomeUnknownException")
                    .satisfiesAnyOf(r -> assertThat(r).isNull(), r -> assertThat(r).isInstanceOf(OutcomeUnknownException.class));
            int counter = count(emulator.opportunity(id).orElseThrow()) - before;
            assertThat(counter).as("counter against %d successful update() calls (failure: %s)", successes, reported)
                    .isBetween(successes, successes + (reported == null ? 0 : 1));
        }
    }

    @Test
    void submit_whenTheAnswerIsLostAfterTheWrite_succeedsOnce(PartnerCentralEmulator emulator, PartnerCentralSelling selling) {
        String id = createCounter(selling, "CRM-1");
        emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.CONNECTION_RESET)
                .timings(FaultTiming.AFTER_STATE_CHANGE).onlyFor("SubmitOpportunity").build());

        selling.opportunities().submit(id, InvolvementType.CO_SELL, Visibility.FULL);

        assertThat(emulator.opportunity(id).orElseThrow().lifeCycle().flatMap(LifeCycle::reviewStatus))
                .contains(ReviewStatus.APPROVED);
        // The retry was refused (no longer Pending Submission); the SDK read the state instead of failing.
        assertThat(attempts(emulator, "SubmitOpportunity")).isEqualTo(2);
    }

    @Test
    void associateAndDisassociate_whenTheAnswerIsLostAfterTheWrite_reachTheirStateOnce(
            PartnerCentralEmulator emulator, PartnerCentralSelling selling) {
        String id = createCounter(selling, "CRM-1");
        emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.INTERNAL_ERROR)
                .timings(FaultTiming.AFTER_STATE_CHANGE).onlyFor("AssociateOpportunity").build());
        selling.opportunities().associate(id, RelatedEntityType.SOLUTIONS, "S-0000001");
        assertThat(solutions(emulator, id)).containsExactly("S-0000001");

        emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.CONNECTION_RESET)
                .timings(FaultTiming.AFTER_STATE_CHANGE).onlyFor("DisassociateOpportunity").build());
        // The retry of the applied disassociation gets ResourceNotFoundException from the service.
        selling.opportunities().disassociate(id, RelatedEntityType.SOLUTIONS, "S-0000001");

        assertThat(solutions(emulator, id)).isEmpty();
        assertThat(attempts(emulator, "DisassociateOpportunity")).isEqualTo(2);
    }

    @Test
    void snapshotJobStartStopDelete_whenTheAnswerIsLostAfterTheWrite_reachTheirStateOnce(
            PartnerCentralEmulator emulator, PartnerCentralSelling selling) {
        String id = createCounter(selling, "CRM-1");
        String job = selling.snapshotJobs().create(SnapshotTarget.opportunity("eng-0123456789abcd", id,
                "OpportunitySummaryView")).id().orElseThrow();
        emulator.injectFaults(FaultPlan.failNext(3).kinds(FaultKind.INTERNAL_ERROR, FaultKind.CONNECTION_RESET)
                .timings(FaultTiming.AFTER_STATE_CHANGE)
                .onlyFor("StartResourceSnapshotJob", "StopResourceSnapshotJob", "DeleteResourceSnapshotJob").build());

        selling.snapshotJobs().start(job);
        assertThat(selling.snapshotJobs().get(job).status()).contains(SnapshotJobStatus.RUNNING);
        selling.snapshotJobs().stop(job);
        assertThat(selling.snapshotJobs().get(job).status()).contains(SnapshotJobStatus.STOPPED);
        selling.snapshotJobs().delete(job);

        assertThat(selling.snapshotJobs().list(r -> {}).stream()).isEmpty();
        assertThat(emulator.injectedFaults()).hasSize(3);
    }

    private static List<String> solutions(PartnerCentralEmulator emulator, String id) {
        return emulator.opportunity(id).orElseThrow().relatedEntityIdentifiers()
                .map(RelatedEntityIdentifiers::solutions).orElse(List.of());
    }

    private static int attempts(PartnerCentralEmulator emulator, String operation) {
        return emulator.wireMock().findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSPartnerCentralSelling." + operation))).size();
    }
}

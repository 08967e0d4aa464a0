package io.partnercentral.selling.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.exception.OutcomeUnknownException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.Opportunity;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;

/**
 * A read-modify-write whose write may have landed while the read that settles it (the read-back)
 * fails, answers before the write lands, or is itself held: the caller must get success or
 * {@link OutcomeUnknownException}, never a failure it would retry, and the service's counter must
 * equal the successes plus at most the unknowns, also once a caller has retried what it was told it
 * may.
 *
 * <p>Each interleaving is fixed by fault plans, not by timing: the write's first attempt is held at a
 * {@link HeldCalls} gate (the client's 1 s attempt timeout gives up on it), its retries are refused
 * before any change, and the GetOpportunity calls of the update (1: the read to modify, 2: the
 * read-back, 3: the next round's read) are faulted by position with {@link FaultPlan.Builder#after}.
 * The held write is released after the call has returned (or, in one case, between the read-back and
 * the next round's read), so it lands, or is refused as stale, exactly then.
 *
 * <p>With update() as it was before 2868a30 (a write the read-back did not see land was reported with
 * its own retryable failure), four interleavings fail: {@link Interleaving#HELD_WRITE_READ_BACK_ANSWERS},
 * {@link Interleaving#HELD_WRITE_READ_BACK_FAILS_ONCE}, {@link Interleaving#HELD_WRITE_NEXT_READ_FAILS}
 * and {@link Interleaving#HELD_WRITE_LANDS_BEFORE_NEXT_READ}: update() threw a retryable
 * InternalServerException, the held write landed, and the caller's retry added a second increment
 * (counter +2 after 1 success). The four where the read-back itself fails passed before too: a failed
 * read-back was already an OutcomeUnknownException; the read-back that answers too early was the hole.
 */
class ReadBackUnderFaultsTest {
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(1_000);
    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static PartnerCentralEmulatorExtension partnerCentral = PartnerCentralEmulatorExtension.builder().build();

    /** What the update must end with. */
    enum Outcome { SUCCESS, OUTCOME_UNKNOWN }

    /** An interleaving of a held first write attempt with faults on the reads around it. */
    enum Interleaving {
        /** The read-back answers "unchanged" before the held write lands. */
        HELD_WRITE_READ_BACK_ANSWERS(Outcome.SUCCESS),
        /** The read-back's first attempt fails (the SDK retries it), then it answers "unchanged". */
        HELD_WRITE_READ_BACK_FAILS_ONCE(Outcome.SUCCESS),
        /** Every attempt of the read-back fails. */
        HELD_WRITE_READ_BACK_FAILS(Outcome.OUTCOME_UNKNOWN),
        /** Every attempt of the read-back is itself held past the attempt timeout. */
        HELD_WRITE_READ_BACK_TIMES_OUT(Outcome.OUTCOME_UNKNOWN),
        /** The read-back answers "unchanged"; every attempt of the next round's read fails. */
        HELD_WRITE_NEXT_READ_FAILS(Outcome.OUTCOME_UNKNOWN),
        /** The read-back answers "unchanged"; the held write lands before the next round's read. */
        HELD_WRITE_LANDS_BEFORE_NEXT_READ(Outcome.SUCCESS),
        /** The write lands at once, its answer is lost on every attempt, and every read-back attempt fails. */
        LANDED_WRITE_READ_BACK_FAILS(Outcome.OUTCOME_UNKNOWN),
        /** The write lands at once, its answer is lost on every attempt, and the read-back answers. */
        LANDED_WRITE_READ_BACK_ANSWERS(Outcome.SUCCESS);

        final Outcome expected;

        Interleaving(Outcome expected) {
            this.expected = expected;
        }
    }

    private static int count(Opportunity opportunity) {
        return Integer.parseInt(opportunity.lifeCycle().flatMap(LifeCycle::nextSteps).orElseThrow().substring("count ".length()));
    }

    private static Opportunity increment(Opportunity current) {
        LifeCycle lifeCycle = current.lifeCycle().orElseThrow();
        return current.toBuilder().lifeCycle(lifeCycle.toBuilder().nextSteps("count " + (count(current) + 1)).build()).build();
    }

    private static FaultPlan.Builder updates(int calls) {
        return FaultPlan.failNext(calls).kinds(FaultKind.INTERNAL_ERROR).onlyFor("UpdateOpportunity");
    }

    /** GetOpportunity calls of the update from the {@code position}-th on (1: the read to modify). */
    private static FaultPlan.Builder reads(int position, int calls) {
        return FaultPlan.failNext(calls).kinds(FaultKind.THROTTLING).onlyFor("GetOpportunity").after(position - 1);
    }

    @ParameterizedTest
    @EnumSource(Interleaving.class)
    void update_whoseWriteMayHaveLanded_givesSuccessOrOutcomeUnknown_andTheCounterFollows(Interleaving interleaving,
            PartnerCentralEmulator emulator, PartnerCentralSelling setUp) throws Exception {
        HeldCalls write = HeldCalls.closed();
        HeldCalls read = HeldCalls.closed();
        ExecutorService helper = Executors.newSingleThreadExecutor();
        try (PartnerCentralSelling selling = emulator.sellingBuilder()
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(Fixtures.fastRetries(3)).apiCallAttemptTimeout(ATTEMPT_TIMEOUT).build())
                .build()) {
            Opportunity deal = FacadeAgainstEmulatorTest.deal("CRM-1");
            String id = setUp.opportunities().create(deal.toBuilder()
                    .lifeCycle(deal.lifeCycle().orElseThrow().toBuilder().nextSteps("count 0").build()).build()).id();
            // Warm the client up, so that no attempt below times out for a cold start.
            selling.opportunities().update(id, ReadBackUnderFaultsTest::increment);
            int before = count(emulator.opportunity(id).orElseThrow());

            Future<?> releaser = null;
            switch (interleaving) {
                case LANDED_WRITE_READ_BACK_FAILS, LANDED_WRITE_READ_BACK_ANSWERS -> {
                    // Attempt 1 lands and its connection is reset; attempts 2 and 3 are refused before the change.
                    emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.CONNECTION_RESET)
                            .timings(FaultTiming.AFTER_STATE_CHANGE).onlyFor("UpdateOpportunity").build());
                    emulator.injectFaults(updates(2).build());
                }
                default -> {
                    // Attempt 1 is held at the gate (the client gives up on it), to land when released.
                    emulator.injectFaults(updates(1).timings(FaultTiming.AFTER_STATE_CHANGE).holdUntil(write).build());
                    emulator.injectFaults(updates(2).build());
                }
            }
            switch (interleaving) {
                case HELD_WRITE_READ_BACK_FAILS_ONCE -> emulator.injectFaults(reads(2, 1).build());
                case HELD_WRITE_READ_BACK_FAILS, LANDED_WRITE_READ_BACK_FAILS -> emulator.injectFaults(reads(2, 3).build());
                case HELD_WRITE_READ_BACK_TIMES_OUT -> emulator.injectFaults(reads(2, 3).holdUntil(read).build());
                case HELD_WRITE_NEXT_READ_FAILS -> emulator.injectFaults(reads(3, 3).build());
                case HELD_WRITE_LANDS_BEFORE_NEXT_READ -> {
                    // The next round's read is held until the held write has landed, then refused once (and retried).
                    emulator.injectFaults(reads(3, 1).holdUntil(read).build());
                    releaser = helper.submit(() -> {
                        if (read.awaitArrived(1, WAIT)) {
                            write.release();
                            assertThat(write.awaitPassed(1, WAIT)).as("the held write went on").isTrue();
                        }
                        read.release();
                        return null;
                    });
                }
                default -> { }
            }

            int successes = 0;
            int unknown = 0;
            PartnerCentralException reported = null;
            try {
                selling.opportunities().update(id, ReadBackUnderFaultsTest::increment);
                successes++;
            } catch (PartnerCentralException e) {
                reported = e;
                unknown += e instanceof OutcomeUnknownException ? 1 : 0;
            }
            // Whatever is still held lands (or is refused as stale) now, after the call has returned.
            write.release();
            read.release();
            if (releaser != null) {
                releaser.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
            assertThat(write.awaitPassed(write.arrived(), WAIT)).as("held writes went on").isTrue();
            assertThat(read.awaitPassed(read.arrived(), WAIT)).as("held reads went on").isTrue();
            emulator.clearFaults();
            // A caller retries what it is told it may retry.
            if (reported != null && reported.isRetryable()) {
                selling.opportunities().update(id, ReadBackUnderFaultsTest::increment);
                successes++;
            }
            int counter = count(emulator.opportunity(id).orElseThrow()) - before;
            System.out.printf("read-back interleaving %s: update() %s; counter +%d after %d successes, %d unknown%n",
                    interleaving, reported == null ? "succeeded" : "threw " + reported.getClass().getSimpleName(),
                    counter, successes, unknown);

            assertThat(reported).as("after a write that may have landed: success or OutcomeUnknownException")
                    .satisfiesAnyOf(r -> assertThat(r).isNull(), r -> assertThat(r).isInstanceOf(OutcomeUnknownException.class));
            assertThat(counter).as("counter against %d successes and %d unknown", successes, unknown)
                    .isBetween(successes, successes + unknown);
            assertThat(reported == null ? Outcome.SUCCESS : Outcome.OUTCOME_UNKNOWN).isEqualTo(interleaving.expected);
        } finally {
            write.release();
            read.release();
            helper.shutdownNow();
        }
    }
}

package io.partnercentral.selling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.coordination.InMemoryCoordinationStore;
import io.partnercentral.selling.exception.CoordinationStoreException;
import io.partnercentral.selling.exception.QuotaBudgetExceededException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class QuotaPacerTest {
    private static final long SECOND = 1_000_000_000L;

    /** The documented rates exactly, so the spacing is easy to read; the margin has tests of its own. */
    private static final PacingSettings NO_MARGIN = PacingSettings.builder().margin(0).build();

    private final FakeTicker ticker = new FakeTicker();

    @Test
    void acquire_whenWritesFollowEachOther_spacesThemOneDocumentedIntervalApart() {
        QuotaPacer pacer = new QuotaPacer(NO_MARGIN, ticker);

        pacer.acquire("CreateOpportunity");
        pacer.acquire("UpdateOpportunity");
        pacer.acquire("AssociateOpportunity");

        // 1 write per second: the first goes at once, the next two wait their turn.
        assertThat(ticker.sleeps()).containsExactly(SECOND, SECOND);
        assertThat(ticker.nanoTime()).isEqualTo(2 * SECOND);
    }

    @Test
    void acquire_whenReadsAndWritesInterleave_pacesEachBucketOnItsOwn() {
        QuotaPacer pacer = new QuotaPacer(NO_MARGIN, ticker);

        pacer.acquire("CreateOpportunity");
        for (int i = 0; i < 3; i++) {
            pacer.acquire("GetOpportunity");
        }

        // Reads at 10/s are not held up behind the write bucket.
        assertThat(ticker.sleeps()).containsExactly(SECOND / 10, SECOND / 10);
    }

    @Test
    void acquireAhead_thenAwaitSend_waitsOutsideUntilShortlyBeforeTheSlotAndHoldsTheRestBeforeTransmission() {
        QuotaPacer pacer = new QuotaPacer(NO_MARGIN, ticker);

        pacer.awaitSend("CreateOpportunity", pacer.acquireAhead("CreateOpportunity"));
        long slot = pacer.acquireAhead("CreateOpportunity");
        pacer.awaitSend("CreateOpportunity", slot);

        long lead = QuotaPacer.LEAD.toNanos();
        assertThat(slot).isEqualTo(SECOND);
        assertThat(ticker.sleeps()).containsExactly(SECOND - lead, lead);
        assertThat(ticker.nanoTime()).isEqualTo(SECOND);
    }

    @Test
    void awaitSend_whenThePreviousSendWentOutLate_holdsTheNextOneIntervalAfterIt() {
        QuotaPacer pacer = new QuotaPacer(NO_MARGIN, ticker);

        long first = pacer.acquireAhead("CreateOpportunity");
        ticker.advance(300_000_000L); // woken late, a slow signature: the first write leaves at 0.3 s
        pacer.awaitSend("CreateOpportunity", first);
        long second = pacer.acquireAhead("UpdateOpportunity");
        pacer.awaitSend("UpdateOpportunity", second);

        // Its slot is at 1 s, but the bucket's last send was at 0.3 s: it leaves at 1.3 s, not 0.7 s after.
        assertThat(second).isEqualTo(SECOND);
        assertThat(ticker.nanoTime()).isEqualTo(SECOND + 300_000_000L);
    }

    @Test
    void awaitSend_anAttemptWhoseSlotIsFarAhead_doesNotHoldOnesWhoseSlotsComeFirst() throws Exception {
        // Real time: a retry that queued behind others waits for its slot in the hook; meanwhile the
        // attempts holding the earlier slots must go at theirs, not one interval after the retry's.
        QuotaPacer pacer = new QuotaPacer(PacingSettings.builder().margin(0)
                .rate(QuotaBucket.WRITES, 5, Duration.ofSeconds(1)).build(), Ticker.system());
        long start = System.nanoTime();
        ExecutorService retry = Executors.newSingleThreadExecutor();
        try {
            Future<?> far = retry.submit(() -> pacer.awaitSend("CreateOpportunity", start + 1_500_000_000L));
            Thread.sleep(50);
            pacer.awaitSend("CreateOpportunity", start + 200_000_000L);
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(elapsedMillis).as("sent at its own slot, not behind the retry's").isLessThan(1_200);
            far.get(10, TimeUnit.SECONDS);
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(1_500);
        } finally {
            retry.shutdownNow();
        }
    }

    @Test
    void awaitSend_aReadRightAfterAWrite_isNotHeldBehindIt() {
        QuotaPacer pacer = new QuotaPacer(NO_MARGIN, ticker);

        pacer.awaitSend("CreateOpportunity", pacer.acquireAhead("CreateOpportunity"));
        pacer.awaitSend("GetOpportunity", pacer.acquireAhead("GetOpportunity"));
        long read = pacer.acquireAhead("GetOpportunity");
        pacer.awaitSend("GetOpportunity", read);

        // Reads have their own bucket and their own last send: 100 ms after the first read, not 1 s after the write.
        assertThat(ticker.nanoTime()).isEqualTo(SECOND / 10);
    }

    @Test
    void acquire_whenOperationHasNoDocumentedQuota_doesNotWait() {
        QuotaPacer pacer = new QuotaPacer(NO_MARGIN, ticker);

        for (int i = 0; i < 5; i++) {
            pacer.acquire("SubmitOpportunity");
            pacer.acquire("GetResourceSnapshot");
        }

        assertThat(ticker.sleeps()).isEmpty();
    }

    @Test
    void acquire_whenDisabled_neverWaits() {
        QuotaPacer pacer = new QuotaPacer(PacingSettings.disabled(), ticker);

        for (int i = 0; i < 5; i++) {
            pacer.acquire("CreateOpportunity");
        }

        assertThat(ticker.sleeps()).isEmpty();
    }

    @Test
    void acquire_whenRateIsOverridden_usesTheRaisedQuota() {
        PacingSettings raised = PacingSettings.builder().margin(0).rate(QuotaBucket.WRITES, 5, Duration.ofSeconds(1)).build();
        QuotaPacer pacer = new QuotaPacer(raised, ticker);

        pacer.acquire("CreateOpportunity");
        pacer.acquire("CreateOpportunity");

        assertThat(ticker.sleeps()).containsExactly(SECOND / 5);
    }

    @Test
    void acquire_whenTheCallerWasBusyLongerThanTheInterval_doesNotWaitOrBurst() {
        QuotaPacer pacer = new QuotaPacer(NO_MARGIN, ticker);

        pacer.acquire("CreateOpportunity");
        ticker.advance(5 * SECOND);
        pacer.acquire("CreateOpportunity");
        pacer.acquire("CreateOpportunity");

        // Idle time is not saved up: after the idle call, the next still waits a full interval.
        assertThat(ticker.sleeps()).containsExactly(SECOND);
    }

    @Test
    void acquire_whenTwoThreadsShareOnePacer_neverSendsTwoWritesWithinOneInterval() throws Exception {
        double rate = 20;
        long interval = Math.round(SECOND / rate);
        QuotaPacer pacer = new QuotaPacer(
                PacingSettings.builder().margin(0).rate(QuotaBucket.WRITES, rate, Duration.ofSeconds(1)).build(), ticker);
        List<Long> sendTimes = Collections.synchronizedList(new ArrayList<>());
        int perThread = 200;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                done.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        pacer.acquire("CreateOpportunity");
                        // On this thread's timeline, now is the send time the pacer granted.
                        sendTimes.add(ticker.nanoTime());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        List<Long> sorted = new ArrayList<>(sendTimes);
        Collections.sort(sorted);
        assertThat(sorted).hasSize(2 * perThread);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i) - sorted.get(i - 1)).as("gap before send %d", i).isGreaterThanOrEqualTo(interval);
        }
        // Both threads were served, and nothing was wasted: 400 sends take 399 intervals.
        assertThat(sorted.get(sorted.size() - 1)).isEqualTo((2L * perThread - 1) * interval);
    }

    @Test
    void acquire_whenTheDailyBudgetIsSpent_failsFastWithoutWaiting_untilTheOldestCallLeavesTheWindow() {
        QuotaPacer pacer = new QuotaPacer(PacingSettings.builder().margin(0).dailyBudget(QuotaBucket.WRITES, 3).build(), ticker);
        for (int i = 0; i < 3; i++) {
            pacer.acquire("CreateOpportunity");
        }
        List<Long> sleepsBefore = ticker.sleeps();

        assertThatThrownBy(() -> pacer.acquire("UpdateOpportunity"))
                .isInstanceOfSatisfying(QuotaBudgetExceededException.class, e -> {
                    assertThat(e.bucket()).isEqualTo(QuotaBucket.WRITES);
                    assertThat(e.budget()).isEqualTo(3);
                    assertThat(e.isRetryable()).isFalse();
                    // Sent at 0, 1 and 2 s; now is 2 s: the first call frees its slot 24 h after it was sent.
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofDays(1).minusSeconds(2));
                    assertThat(e.getMessage()).contains("UpdateOpportunity", "WRITES", "3 calls per rolling 24 hours");
                });
        assertThat(ticker.sleeps()).isEqualTo(sleepsBefore);
        // Reads have no budget set: unaffected.
        pacer.acquire("GetOpportunity");

        ticker.advance(Duration.ofDays(1).minusSeconds(2).toNanos() - 1);
        assertThatThrownBy(() -> pacer.acquire("CreateOpportunity")).isInstanceOf(QuotaBudgetExceededException.class);
        ticker.advance(1);
        pacer.acquire("CreateOpportunity");
    }

    @Test
    void acquire_withDocumentedBudgets_allowsExactlyTenThousandWritesADay() {
        PacingSettings settings = PacingSettings.builder().margin(0).documentedDailyBudgets()
                .rate(QuotaBucket.WRITES, 1000, Duration.ofSeconds(1)).build();
        QuotaPacer pacer = new QuotaPacer(settings, ticker);

        for (int i = 0; i < 10_000; i++) {
            pacer.acquire("CreateOpportunity");
        }

        assertThatThrownBy(() -> pacer.acquire("CreateOpportunity"))
                .isInstanceOfSatisfying(QuotaBudgetExceededException.class, e -> assertThat(e.budget()).isEqualTo(10_000));
        assertThat(settings.dailyBudget(QuotaBucket.READS)).hasValue(100_000);
        assertThat(settings.dailyBudget(QuotaBucket.CREATE_ENGAGEMENT)).isEmpty();
    }

    @Test
    void onResponse_whenThrottledOnce_keepsTheRate_andTheRetryJustTakesTheNextSlot() {
        QuotaPacer pacer = new QuotaPacer(
                PacingSettings.builder().margin(0).rate(QuotaBucket.WRITES, 10, Duration.ofSeconds(1)).build(), ticker);
        pacer.acquire("CreateOpportunity");

        pacer.onResponse("CreateOpportunity", true);
        assertThat(pacer.currentPermitsPerSecond(QuotaBucket.WRITES)).isEqualTo(10.0);
        pacer.acquire("CreateOpportunity");
        // An early arrival refused once: the retry goes in the next slot, 100 ms on, at the full rate.
        assertThat(ticker.sleeps()).containsExactly(SECOND / 10);

        // Another lone refusal more than ten intervals later is a one-off too.
        ticker.advance(2 * SECOND);
        pacer.onResponse("CreateOpportunity", true);
        assertThat(pacer.currentPermitsPerSecond(QuotaBucket.WRITES)).isEqualTo(10.0);
        assertThat(pacer.throttles()).isEqualTo(2);
    }

    @Test
    void onResponse_whenLoneThrottlesOfDifferentCallsComeTwiceWithinTenIntervals_keepsTheRate_aThirdHalvesIt() {
        QuotaPacer pacer = new QuotaPacer(
                PacingSettings.builder().margin(0).rate(QuotaBucket.WRITES, 10, Duration.ofSeconds(1)).build(), ticker);

        // Jitter: two calls each refused once, 300 ms apart, each retry going through.
        pacer.onResponse("CreateOpportunity", true);
        ticker.advance(300_000_000L);
        pacer.onResponse("UpdateOpportunity", true);
        assertThat(pacer.currentPermitsPerSecond(QuotaBucket.WRITES)).isEqualTo(10.0);

        // A third refusal within ten intervals of the first is no longer jitter.
        ticker.advance(300_000_000L);
        pacer.onResponse("CreateOpportunity", true);
        assertThat(pacer.currentPermitsPerSecond(QuotaBucket.WRITES)).isEqualTo(5.0);
    }

    @Test
    void onResponse_whenTheSameCallsRetryIsThrottledAgain_halvesTheRateAndPushesTheNextSend_thenRecoversOnSuccess() {
        QuotaPacer pacer = new QuotaPacer(
                PacingSettings.builder().margin(0).rate(QuotaBucket.WRITES, 10, Duration.ofSeconds(1)).build(), ticker);
        pacer.acquire("CreateOpportunity");

        pacer.onResponse("CreateOpportunity", true);
        pacer.onResponse("CreateOpportunity", true, true);
        assertThat(pacer.currentPermitsPerSecond(QuotaBucket.WRITES)).isEqualTo(5.0);
        // A third throttle reported within the new interval (a call already in flight) does not halve again.
        pacer.onResponse("CreateOpportunity", true);
        assertThat(pacer.currentPermitsPerSecond(QuotaBucket.WRITES)).isEqualTo(5.0);

        pacer.acquire("CreateOpportunity");
        // One interval at the halved rate from the throttle, not the configured 100 ms.
        assertThat(ticker.sleeps()).containsExactly(SECOND / 5);

        for (int i = 0; i < 4; i++) {
            pacer.onResponse("CreateOpportunity", false);
        }
        assertThat(pacer.currentPermitsPerSecond(QuotaBucket.WRITES)).isEqualTo(9.0);
        pacer.onResponse("CreateOpportunity", false);
        pacer.onResponse("CreateOpportunity", false);
        assertThat(pacer.currentPermitsPerSecond(QuotaBucket.WRITES)).isEqualTo(10.0);
        assertThat(pacer.throttles()).isEqualTo(3);
    }

    @Test
    void onResponse_whenThrottledOverAndOver_neverDropsBelowASixteenthOfTheRate() {
        QuotaPacer pacer = new QuotaPacer(NO_MARGIN, ticker);
        for (int i = 0; i < 10; i++) {
            // The same call refused again and again, each time after more than its halved interval.
            pacer.onResponse("GetOpportunity", true, i > 0);
            ticker.advance(9 * SECOND / 10);
        }

        assertThat(pacer.currentPermitsPerSecond(QuotaBucket.READS)).isEqualTo(10.0 / 16);
        assertThat(pacer.currentPermitsPerSecond(QuotaBucket.WRITES)).isEqualTo(1.0);
    }

    @Test
    void acquire_withTheDefaultMargin_spacesWritesTwoPercentApartFromTheQuota() {
        QuotaPacer pacer = new QuotaPacer(PacingSettings.defaults(), ticker);

        pacer.acquire("CreateOpportunity");
        pacer.acquire("UpdateOpportunity");
        pacer.acquire("GetOpportunity");
        pacer.acquire("GetOpportunity");

        assertThat(ticker.sleeps()).containsExactly(1_020_000_000L, 102_000_000L);
        assertThat(pacer.currentPermitsPerSecond(QuotaBucket.WRITES)).isEqualTo(1 / 1.02);
        assertThat(new QuotaPacer(PacingSettings.disabled(), ticker).currentPermitsPerSecond(QuotaBucket.WRITES)).isZero();
    }

    @Test
    void retryInPlace_aLoneRefusalsRetry_goesAtOnce_andTheNextSendIsHeldOneIntervalAfterIt() {
        QuotaPacer pacer = new QuotaPacer(NO_MARGIN, ticker);
        long refused = pacer.awaitSend("CreateOpportunity", pacer.acquireAhead("CreateOpportunity"));
        ticker.advance(40_000_000L); // the refusal's round trip

        assertThat(pacer.retryInPlace("CreateOpportunity", refused)).isTrue();
        long next = pacer.acquireAhead("UpdateOpportunity");
        pacer.awaitSend("UpdateOpportunity", next);

        // The retry left at 40 ms without a slot of its own; the next write's slot is at 1 s, held to 1.04 s.
        assertThat(next).isEqualTo(SECOND);
        assertThat(ticker.nanoTime()).isEqualTo(SECOND + 40_000_000L);
    }

    @Test
    void retryInPlace_afterAnotherSendOrTooLate_takesANewSlot() {
        QuotaPacer pacer = new QuotaPacer(NO_MARGIN, ticker);
        long refused = pacer.awaitSend("CreateOpportunity", pacer.acquireAhead("CreateOpportunity"));
        pacer.awaitSend("UpdateOpportunity", pacer.acquireAhead("UpdateOpportunity"));
        // Another write went since the refused one: its place is gone.
        assertThat(pacer.retryInPlace("CreateOpportunity", refused)).isFalse();

        long late = pacer.awaitSend("CreateOpportunity", pacer.acquireAhead("CreateOpportunity"));
        ticker.advance(SECOND / 2 + 1);
        // More than half an interval after the refused send: too late to go in its place.
        assertThat(pacer.retryInPlace("CreateOpportunity", late)).isFalse();
    }

    @Test
    void retryInPlace_withOtherProcessesOnTheStore_onlyWithinTheMargin() {
        PacingSettings twoPercent = PacingSettings.defaults();
        QuotaPacer pacer = new QuotaPacer(twoPercent, new InMemoryCoordinationStore(ticker::nanoTime), ticker,
                io.partnercentral.selling.metrics.SellingMetrics.noop(), true);
        long refused = pacer.awaitSend("CreateOpportunity", pacer.acquireAhead("CreateOpportunity"));
        ticker.advance(15_000_000L);
        // Within the 20 ms margin: the other processes' next slot is still an interval after the retry.
        assertThat(pacer.retryInPlace("CreateOpportunity", refused)).isTrue();

        long again = pacer.awaitSend("CreateOpportunity", pacer.acquireAhead("CreateOpportunity"));
        ticker.advance(25_000_000L);
        assertThat(pacer.retryInPlace("CreateOpportunity", again)).isFalse();
    }

    @Test
    void retryInPlace_countsAgainstTheDailyBudget() {
        QuotaPacer pacer = new QuotaPacer(NO_MARGIN.toBuilder().dailyBudget(QuotaBucket.WRITES, 1).build(), ticker);
        long refused = pacer.awaitSend("CreateOpportunity", pacer.acquireAhead("CreateOpportunity"));

        assertThatThrownBy(() -> pacer.retryInPlace("CreateOpportunity", refused))
                .isInstanceOf(QuotaBudgetExceededException.class);
    }

    @Test
    void awaitSend_whenAnotherProcessSentLate_holdsThisSendOneIntervalAfterIt() {
        InMemoryCoordinationStore store = new InMemoryCoordinationStore(ticker::nanoTime);
        QuotaPacer first = new QuotaPacer(NO_MARGIN, store, ticker);
        QuotaPacer second = new QuotaPacer(NO_MARGIN, store, ticker);

        long firstSlot = first.acquireAhead("CreateOpportunity");
        ticker.advance(300_000_000L); // the first process's thread wakes late: its write leaves at 0.3 s
        first.awaitSend("CreateOpportunity", firstSlot);
        long secondSlot = second.acquireAhead("CreateOpportunity");
        second.awaitSend("CreateOpportunity", secondSlot);

        // The second process's slot is at 1 s, but the first's send went at 0.3 s: held to 1.3 s, as one pacer would.
        assertThat(secondSlot).isEqualTo(SECOND);
        assertThat(ticker.nanoTime()).isEqualTo(SECOND + 300_000_000L);
    }

    @Test
    void acquire_whenTwoPacersShareOneStore_spacesTheirCallsAsOne() {
        InMemoryCoordinationStore store = new InMemoryCoordinationStore(ticker::nanoTime);
        QuotaPacer first = new QuotaPacer(NO_MARGIN, store, ticker);
        QuotaPacer second = new QuotaPacer(NO_MARGIN, store, ticker);

        first.acquire("CreateOpportunity");
        second.acquire("CreateOpportunity");
        first.acquire("UpdateOpportunity");

        // Two "processes", one bucket: the second waits for the first's slot, as one pacer would.
        assertThat(ticker.sleeps()).containsExactly(SECOND, SECOND);
    }

    @Test
    void acquire_whenTheStoreCannotAnswer_failsRetryablyNamingTheOperation_neverPacesLocally() {
        CoordinationStore failing = (CoordinationStore) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {CoordinationStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("describe")) {
                        return "down";
                    }
                    throw new CoordinationStoreException("store in-memory unreachable", new java.io.IOException("refused"));
                });
        QuotaPacer pacer = new QuotaPacer(NO_MARGIN, failing, ticker);

        assertThatThrownBy(() -> pacer.acquire("CreateOpportunity"))
                .isInstanceOfSatisfying(CoordinationStoreException.class, e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.operation()).hasValue("CreateOpportunity");
                    assertThat(e.getMessage()).startsWith("CreateOpportunity not sent: store in-memory unreachable");
                });
        assertThat(ticker.sleeps()).isEmpty();
        // An operation without a documented quota needs no store.
        pacer.acquire("SubmitOpportunity");
    }
}

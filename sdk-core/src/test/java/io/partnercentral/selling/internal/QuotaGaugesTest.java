package io.partnercentral.selling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.coordination.InMemoryCoordinationStore;
import io.partnercentral.selling.exception.QuotaBudgetExceededException;
import io.partnercentral.selling.metrics.SellingMetrics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What the pacer shows to metrics: each attempt's wait, the paced rate, and the 24-hour budget left. */
class QuotaGaugesTest {
    private static final long SECOND = 1_000_000_000L;

    private final FakeTicker ticker = new FakeTicker();
    private final List<String> waits = new CopyOnWriteArrayList<>();
    private final SellingMetrics recording = new SellingMetrics() {
        @Override
        public void pacingWait(QuotaBucket bucket, long nanos) {
            waits.add(bucket + " " + nanos);
        }
    };

    @Test
    void remainingBudget_shrinksWithEachSend_andRefillsAsSendsLeaveTheWindow() {
        QuotaPacer pacer = new QuotaPacer(PacingSettings.builder().dailyBudget(QuotaBucket.WRITES, 3).build(),
                new InMemoryCoordinationStore(ticker::nanoTime), ticker, recording);
        assertThat(pacer.remainingBudget(QuotaBucket.WRITES)).hasValue(3);

        pacer.acquire("CreateOpportunity");
        pacer.acquire("UpdateOpportunity");
        assertThat(pacer.remainingBudget(QuotaBucket.WRITES)).hasValue(1);
        pacer.acquire("CreateOpportunity");
        assertThat(pacer.remainingBudget(QuotaBucket.WRITES)).hasValue(0);
        assertThatThrownBy(() -> pacer.acquire("CreateOpportunity")).isInstanceOf(QuotaBudgetExceededException.class);
        assertThat(pacer.remainingBudget(QuotaBucket.WRITES)).hasValue(0);

        // Sends are counted when their slot is reserved (all three within the first 1.02 s of the
        // fake clock, which only moves while the pacer sleeps); a day later they have left the window.
        ticker.advance(Duration.ofDays(1).toNanos() - 3 * SECOND);
        assertThat(pacer.remainingBudget(QuotaBucket.WRITES)).hasValue(0);
        ticker.advance(3 * SECOND);
        assertThat(pacer.remainingBudget(QuotaBucket.WRITES)).hasValue(3);
    }

    @Test
    void remainingBudget_isEmpty_forABucketWithoutBudget_orWhenPacingIsOff() {
        QuotaPacer pacer = new QuotaPacer(PacingSettings.builder().dailyBudget(QuotaBucket.WRITES, 3).build(), ticker);
        assertThat(pacer.remainingBudget(QuotaBucket.READS)).isEmpty();
        assertThat(new QuotaPacer(PacingSettings.disabled(), ticker).remainingBudget(QuotaBucket.WRITES)).isEmpty();
    }

    @Test
    void pacingWait_isReportedForEveryPacedAttempt_zeroWaitsIncluded_andNotForUnpacedOperations() {
        QuotaPacer pacer = new QuotaPacer(PacingSettings.defaults(), new InMemoryCoordinationStore(ticker::nanoTime), ticker, recording);

        pacer.acquire("CreateOpportunity");
        pacer.acquire("CreateOpportunity");
        pacer.acquire("GetOpportunity");
        pacer.acquire("SubmitOpportunity");

        // Slots are spaced by the default 2% margin: 1.02 s for the second write.
        assertThat(waits).containsExactly("WRITES 0", "WRITES " + (SECOND * 102 / 100), "READS 0");
    }

    @Test
    void currentPermitsPerSecond_dropsAfterThrottling() {
        QuotaPacer pacer = new QuotaPacer(PacingSettings.defaults(), new InMemoryCoordinationStore(ticker::nanoTime), ticker, recording);
        // The paced rate reports the documented rate (the margin only spaces the slots).
        double documented = pacer.currentPermitsPerSecond(QuotaBucket.READS);
        assertThat(documented).isCloseTo(10.0 / 1.02, within(1e-9));

        // One early refusal only re-slots the call; its retry refused again halves the rate.
        pacer.acquire("GetOpportunity");
        pacer.onResponse("GetOpportunity", true);
        assertThat(pacer.currentPermitsPerSecond(QuotaBucket.READS)).isEqualTo(documented);
        pacer.acquire("GetOpportunity");
        pacer.onResponse("GetOpportunity", true, true);

        assertThat(pacer.currentPermitsPerSecond(QuotaBucket.READS)).isCloseTo(documented / 2, within(1e-9));
    }
}

package io.partnercentral.selling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

        // The first send (at 0) leaves the window 24 hours later, the second (at 1 s) a second after that.
        ticker.advance(Duration.ofDays(1).toNanos() - 2 * SECOND);
        assertThat(pacer.remainingBudget(QuotaBucket.WRITES)).hasValue(1);
        ticker.advance(SECOND);
        assertThat(pacer.remainingBudget(QuotaBucket.WRITES)).hasValue(2);
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

        assertThat(waits).containsExactly("WRITES 0", "WRITES " + SECOND, "READS 0");
    }

    @Test
    void currentPermitsPerSecond_dropsAfterThrottling() {
        QuotaPacer pacer = new QuotaPacer(PacingSettings.defaults(), new InMemoryCoordinationStore(ticker::nanoTime), ticker, recording);
        assertThat(pacer.currentPermitsPerSecond(QuotaBucket.READS)).isEqualTo(10.0);

        pacer.acquire("GetOpportunity");
        pacer.onResponse("GetOpportunity", true);

        assertThat(pacer.currentPermitsPerSecond(QuotaBucket.READS)).isEqualTo(5.0);
    }
}

package io.partnercentral.selling.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.testing.QuotaEnforcement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QuotaEnforcerTest {
    private static final long MILLI = 1_000_000L;

    private final AtomicLong realNanos = new AtomicLong(123_456_789L);

    @Test
    void tryAcquire_onAClockTenTimesFaster_refillsAWriteEvery100RealMilliseconds() {
        QuotaEnforcer enforcer = new QuotaEnforcer(
                QuotaEnforcement.documented().toBuilder().timeScale(10).burst(Duration.ofMillis(100)).build(), realNanos::get);

        assertThat(enforcer.tryAcquire("CreateOpportunity")).isTrue();
        assertThat(enforcer.tryAcquire("UpdateOpportunity")).isFalse();
        realNanos.addAndGet(99 * MILLI);
        assertThat(enforcer.tryAcquire("CreateOpportunity")).isFalse();
        realNanos.addAndGet(MILLI);
        assertThat(enforcer.tryAcquire("CreateOpportunity")).isTrue();

        assertThat(enforcer.throttledCount()).isEqualTo(2);
    }

    @Test
    void tryAcquire_keepsEachBucketApart_andLetsOperationsWithoutAQuotaThrough() {
        QuotaEnforcer enforcer = new QuotaEnforcer(QuotaEnforcement.documented(), realNanos::get);

        assertThat(enforcer.tryAcquire("CreateOpportunity")).isTrue();
        assertThat(enforcer.tryAcquire("CreateOpportunity")).isFalse();
        // Reads: 10/s with one second of burst holds 10 calls.
        for (int i = 0; i < 10; i++) {
            assertThat(enforcer.tryAcquire("GetOpportunity")).as("read %d", i).isTrue();
        }
        assertThat(enforcer.tryAcquire("ListOpportunities")).isFalse();
        for (int i = 0; i < 50; i++) {
            assertThat(enforcer.tryAcquire("SubmitOpportunity")).isTrue();
        }
        assertThat(enforcer.throttledCount()).isEqualTo(2);
    }

    @Test
    void tryAcquire_withAnOverriddenRate_andBurst_holdsThatManyCalls() {
        QuotaEnforcer enforcer = new QuotaEnforcer(QuotaEnforcement.documented().toBuilder()
                .rate(QuotaBucket.WRITES, 50, Duration.ofSeconds(1)).burst(Duration.ofMillis(100)).build(), realNanos::get);

        for (int i = 0; i < 5; i++) {
            assertThat(enforcer.tryAcquire("CreateOpportunity")).isTrue();
        }
        assertThat(enforcer.tryAcquire("CreateOpportunity")).isFalse();
        realNanos.addAndGet(20 * MILLI);
        assertThat(enforcer.tryAcquire("CreateOpportunity")).isTrue();
    }

    @Test
    void tryAcquire_whenOff_neverRefuses_andResetRefillsTheBuckets() {
        QuotaEnforcer off = new QuotaEnforcer(QuotaEnforcement.off(), realNanos::get);
        for (int i = 0; i < 100; i++) {
            assertThat(off.tryAcquire("CreateOpportunity")).isTrue();
        }

        QuotaEnforcer on = new QuotaEnforcer(QuotaEnforcement.documented(), realNanos::get);
        on.tryAcquire("CreateOpportunity");
        on.tryAcquire("CreateOpportunity");
        on.reset();
        assertThat(on.throttledCount()).isZero();
        assertThat(on.tryAcquire("CreateOpportunity")).isTrue();
    }

    @Test
    void matchingPacing_pacesAtTheScaledRates_orNotAtAllWhenOff() {
        QuotaEnforcement fast = QuotaEnforcement.documented().toBuilder().timeScale(50).build();

        assertThat(fast.matchingPacing().permitsPerSecond(QuotaBucket.WRITES)).isEqualTo(50.0);
        assertThat(fast.matchingPacing().permitsPerSecond(QuotaBucket.READS)).isEqualTo(500.0);
        assertThat(QuotaEnforcement.off().matchingPacing().isEnabled()).isFalse();
    }
}

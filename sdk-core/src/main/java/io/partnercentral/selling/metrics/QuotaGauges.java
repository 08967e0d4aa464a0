package io.partnercentral.selling.metrics;

import io.partnercentral.selling.QuotaBucket;
import java.util.OptionalLong;

/**
 * A live view of one facade instance's quota pacing, handed once to {@link SellingMetrics#quotas}
 * so that gauges can read it when they are sampled. Thread-safe.
 */
public interface QuotaGauges {
    /**
     * {@return the rate {@code bucket} is paced at now, in calls per second: lower than configured after throttling}
     *
     * @param bucket the quota bucket
     */
    double currentPermitsPerSecond(QuotaBucket bucket);

    /**
     * How many calls {@code bucket}'s rolling 24-hour budget still allows now; empty if the bucket has
     * no budget.
     *
     * @param bucket the quota bucket
     * @return how many calls {@code bucket}'s rolling 24-hour budget still allows now; empty if the bucket has no budget
     */
    OptionalLong remainingBudget(QuotaBucket bucket);
}

package io.partnercentral.selling.model;

import java.math.BigDecimal;
import java.util.Optional;

// A hand-written mixin of a generated type (customization.json "mixins"): conveniences only,
// never a member list.
/** Totals as numbers, on {@link AwsProductInsights}. */
interface AwsProductInsightsMixin {
    Optional<String> totalAmount();

    Optional<String> totalOptimizedAmount();

    Optional<String> totalPotentialSavingsAmount();

    /**
     * {@code TotalAmount} as a number, if present and numeric.
     *
     * @return the amount as a number; empty when absent or not numeric
     */
    default Optional<BigDecimal> totalAmountValue() {
        return totalAmount().flatMap(Amounts::parse);
    }

    /**
     * {@code TotalOptimizedAmount} as a number, if present and numeric.
     *
     * @return the amount as a number; empty when absent or not numeric
     */
    default Optional<BigDecimal> totalOptimizedAmountValue() {
        return totalOptimizedAmount().flatMap(Amounts::parse);
    }

    /**
     * {@code TotalPotentialSavingsAmount} as a number, if present and numeric.
     *
     * @return the amount as a number; empty when absent or not numeric
     */
    default Optional<BigDecimal> totalPotentialSavingsAmountValue() {
        return totalPotentialSavingsAmount().flatMap(Amounts::parse);
    }
}

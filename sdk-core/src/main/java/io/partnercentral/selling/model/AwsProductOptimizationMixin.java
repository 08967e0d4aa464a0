package io.partnercentral.selling.model;

import java.math.BigDecimal;
import java.util.Optional;

// A hand-written mixin of a generated type (customization.json "mixins"): conveniences only,
// never a member list.
/** The saving as a number, on {@link AwsProductOptimization}. */
interface AwsProductOptimizationMixin {
    Optional<String> savingsAmount();

    /**
     * {@code SavingsAmount} as a number, if present and numeric.
     *
     * @return the amount as a number; empty when absent or not numeric
     */
    default Optional<BigDecimal> savingsAmountValue() {
        return savingsAmount().flatMap(Amounts::parse);
    }
}

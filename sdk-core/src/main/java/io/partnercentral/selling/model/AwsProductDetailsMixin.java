package io.partnercentral.selling.model;

import java.math.BigDecimal;
import java.util.Optional;

// A hand-written mixin of a generated type (customization.json "mixins"): conveniences only,
// never a member list.
/** Amounts as numbers, on {@link AwsProductDetails}. */
interface AwsProductDetailsMixin {
    Optional<String> amount();

    Optional<String> optimizedAmount();

    Optional<String> potentialSavingsAmount();

    /**
     * {@code Amount} as a number, if present and numeric.
     *
     * @return the amount as a number; empty when absent or not numeric
     */
    default Optional<BigDecimal> amountValue() {
        return amount().flatMap(Amounts::parse);
    }

    /**
     * {@code OptimizedAmount} as a number, if present and numeric.
     *
     * @return the amount as a number; empty when absent or not numeric
     */
    default Optional<BigDecimal> optimizedAmountValue() {
        return optimizedAmount().flatMap(Amounts::parse);
    }

    /**
     * {@code PotentialSavingsAmount} as a number, if present and numeric.
     *
     * @return the amount as a number; empty when absent or not numeric
     */
    default Optional<BigDecimal> potentialSavingsAmountValue() {
        return potentialSavingsAmount().flatMap(Amounts::parse);
    }
}

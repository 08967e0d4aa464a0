package io.partnercentral.selling.model;

import java.math.BigDecimal;
import java.util.Optional;

// A hand-written mixin of a generated type (customization.json "mixins"): conveniences only,
// never a member list.
/** The amount as a number, on {@link MonetaryValue}. */
interface MonetaryValueMixin {
    Optional<String> amount();

    /** {@return the amount as a number, if it is present and numeric} */
    default Optional<BigDecimal> amountValue() {
        return amount().flatMap(Amounts::parse);
    }
}

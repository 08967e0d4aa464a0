package io.partnercentral.selling.model;

import java.math.BigDecimal;
import java.util.Optional;

// A hand-written mixin of a generated type (customization.json "mixins"): conveniences only,
// never a member list.
/** Documented target companies and the amount as a number, on {@link ExpectedCustomerSpend}. */
interface ExpectedCustomerSpendMixin {
    /** {@code TargetCompany} for spend on AWS. */
    String TARGET_AWS = "AWS";
    /** {@code TargetCompany} for the partner's own revenue; only with an expected contract duration. */
    String TARGET_SELF = "Self";

    Optional<String> amount();

    /** {@return the amount as a number, if it is present and numeric} */
    default Optional<BigDecimal> amountValue() {
        return amount().flatMap(Amounts::parse);
    }
}

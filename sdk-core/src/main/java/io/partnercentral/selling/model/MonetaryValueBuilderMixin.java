package io.partnercentral.selling.model;

import java.math.BigDecimal;

// A hand-written mixin of a generated type (customization.json "mixins"): conveniences only,
// never a member list.
/** The amount from a number, on {@link MonetaryValue.Builder}. */
interface MonetaryValueBuilderMixin {
    /**
     * Sets the amount as the service spells it, a decimal in plain notation.
     *
     * @param amount the amount, e.g. {@code "5000.00"}
     * @return this builder
     */
    MonetaryValue.Builder amount(String amount);

    /**
     * Sets the amount from a number, written in plain notation with its scale kept.
     *
     * @param amount the amount; its scale is kept
     * @return this builder
     */
    default MonetaryValue.Builder amount(BigDecimal amount) {
        return amount(amount.toPlainString());
    }
}

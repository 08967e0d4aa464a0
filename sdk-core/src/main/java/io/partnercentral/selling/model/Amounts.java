package io.partnercentral.selling.model;

import java.math.BigDecimal;
import java.util.Optional;

/** Parses wire amounts leniently for the {@code amountValue()} views. */
final class Amounts {
    private Amounts() {}

    static Optional<BigDecimal> parse(String amount) {
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(amount));
        } catch (NumberFormatException notNumeric) {
            return Optional.empty();
        }
    }
}

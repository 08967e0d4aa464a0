package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * How often an expected spend recurs ({@code Frequency}); only {@code Monthly}.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code PaymentFrequency value = PaymentFrequency.MONTHLY;
 * PaymentFrequency fromService = PaymentFrequency.of("Monthly");  // same instance as the constant}</pre>
 */
public final class PaymentFrequency extends Picklist {
    private static final PicklistValues<PaymentFrequency> VALUES = new PicklistValues<>(PaymentFrequency::new);

    /** {@code Monthly} */
    public static final PaymentFrequency MONTHLY = VALUES.known("Monthly");

    private PaymentFrequency(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static PaymentFrequency of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<PaymentFrequency> knownValues() {
        return VALUES.known();
    }
}

package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The unit of {@code Project.ExpectedContractDuration}; only {@code Months}.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code ContractDurationTerm value = ContractDurationTerm.MONTHS;
 * ContractDurationTerm fromService = ContractDurationTerm.of("Months");  // same instance as the constant}</pre>
 */
public final class ContractDurationTerm extends Picklist {
    private static final PicklistValues<ContractDurationTerm> VALUES = new PicklistValues<>(ContractDurationTerm::new);

    /** {@code Months} */
    public static final ContractDurationTerm MONTHS = VALUES.known("Months");

    private ContractDurationTerm(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static ContractDurationTerm of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<ContractDurationTerm> knownValues() {
        return VALUES.known();
    }
}

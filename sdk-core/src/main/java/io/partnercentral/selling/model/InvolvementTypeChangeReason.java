package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * Why the involvement type of an AWS opportunity changed.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code InvolvementTypeChangeReason value = InvolvementTypeChangeReason.EXPANSION_OPPORTUNITY;
 * InvolvementTypeChangeReason fromService = InvolvementTypeChangeReason.of("Expansion Opportunity");  // same instance as the constant}</pre>
 */
public final class InvolvementTypeChangeReason extends Picklist {
    private static final PicklistValues<InvolvementTypeChangeReason> VALUES = new PicklistValues<>(InvolvementTypeChangeReason::new);

    /** {@code Expansion Opportunity} */
    public static final InvolvementTypeChangeReason EXPANSION_OPPORTUNITY = VALUES.known("Expansion Opportunity");
    /** {@code Change in Deal Information} */
    public static final InvolvementTypeChangeReason CHANGE_IN_DEAL_INFORMATION = VALUES.known("Change in Deal Information");
    /** {@code Customer Requested} */
    public static final InvolvementTypeChangeReason CUSTOMER_REQUESTED = VALUES.known("Customer Requested");
    /** {@code Technical Complexity} */
    public static final InvolvementTypeChangeReason TECHNICAL_COMPLEXITY = VALUES.known("Technical Complexity");
    /** {@code Risk Mitigation} */
    public static final InvolvementTypeChangeReason RISK_MITIGATION = VALUES.known("Risk Mitigation");

    private InvolvementTypeChangeReason(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static InvolvementTypeChangeReason of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<InvolvementTypeChangeReason> knownValues() {
        return VALUES.known();
    }
}

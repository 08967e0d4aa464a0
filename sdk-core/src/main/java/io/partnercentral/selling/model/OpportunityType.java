package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * Whether the opportunity is new business, a renewal or an expansion.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code OpportunityType value = OpportunityType.NET_NEW_BUSINESS;
 * OpportunityType fromService = OpportunityType.of("Net New Business");  // same instance as the constant}</pre>
 */
public final class OpportunityType extends Picklist {
    private static final PicklistValues<OpportunityType> VALUES = new PicklistValues<>(OpportunityType::new);

    /** {@code Net New Business} */
    public static final OpportunityType NET_NEW_BUSINESS = VALUES.known("Net New Business");
    /** {@code Flat Renewal} */
    public static final OpportunityType FLAT_RENEWAL = VALUES.known("Flat Renewal");
    /** {@code Expansion} */
    public static final OpportunityType EXPANSION = VALUES.known("Expansion");

    private OpportunityType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static OpportunityType of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<OpportunityType> knownValues() {
        return VALUES.known();
    }
}

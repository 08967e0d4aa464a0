package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * How AWS is involved in an AWS opportunity ({@code InvolvementType}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code InvolvementType value = InvolvementType.FOR_VISIBILITY_ONLY;
 * InvolvementType fromService = InvolvementType.of("For Visibility Only");  // same instance as the constant}</pre>
 */
public final class InvolvementType extends Picklist {
    private static final PicklistValues<InvolvementType> VALUES = new PicklistValues<>(InvolvementType::new);

    /** {@code For Visibility Only} */
    public static final InvolvementType FOR_VISIBILITY_ONLY = VALUES.known("For Visibility Only");
    /** {@code Co-Sell} */
    public static final InvolvementType CO_SELL = VALUES.known("Co-Sell");

    private InvolvementType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static InvolvementType of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<InvolvementType> knownValues() {
        return VALUES.known();
    }
}

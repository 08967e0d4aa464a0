package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The role of an AWS team member on an opportunity.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code AwsMemberBusinessTitle value = AwsMemberBusinessTitle.AWS_SALES_REP;
 * AwsMemberBusinessTitle fromService = AwsMemberBusinessTitle.of("AWSSalesRep");  // same instance as the constant}</pre>
 */
public final class AwsMemberBusinessTitle extends Picklist {
    private static final PicklistValues<AwsMemberBusinessTitle> VALUES = new PicklistValues<>(AwsMemberBusinessTitle::new);

    /** {@code AWSSalesRep} */
    public static final AwsMemberBusinessTitle AWS_SALES_REP = VALUES.known("AWSSalesRep");
    /** {@code AWSAccountOwner} */
    public static final AwsMemberBusinessTitle AWS_ACCOUNT_OWNER = VALUES.known("AWSAccountOwner");
    /** {@code WWPSPDM} */
    public static final AwsMemberBusinessTitle WWPSPDM = VALUES.known("WWPSPDM");
    /** {@code PDM} */
    public static final AwsMemberBusinessTitle PDM = VALUES.known("PDM");
    /** {@code PSM} */
    public static final AwsMemberBusinessTitle PSM = VALUES.known("PSM");
    /** {@code ISVSM} */
    public static final AwsMemberBusinessTitle ISVSM = VALUES.known("ISVSM");

    private AwsMemberBusinessTitle(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static AwsMemberBusinessTitle of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<AwsMemberBusinessTitle> knownValues() {
        return VALUES.known();
    }
}

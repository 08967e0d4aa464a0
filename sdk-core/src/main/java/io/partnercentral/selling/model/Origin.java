package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * Whether the opportunity was referred by AWS or by the partner.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code Origin value = Origin.AWS_REFERRAL;
 * Origin fromService = Origin.of("AWS Referral");  // same instance as the constant}</pre>
 */
public final class Origin extends Picklist {
    private static final PicklistValues<Origin> VALUES = new PicklistValues<>(Origin::new);

    /** {@code AWS Referral} */
    public static final Origin AWS_REFERRAL = VALUES.known("AWS Referral");
    /** {@code Partner Referral} */
    public static final Origin PARTNER_REFERRAL = VALUES.known("Partner Referral");

    private Origin(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static Origin of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<Origin> knownValues() {
        return VALUES.known();
    }
}

package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * A kind of support the partner needs from AWS ({@code PrimaryNeedsFromAws}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code PrimaryNeedFromAws value = PrimaryNeedFromAws.CO_SELL_ARCHITECTURAL_VALIDATION;
 * PrimaryNeedFromAws fromService = PrimaryNeedFromAws.of("Co-Sell - Architectural Validation");  // same instance as the constant}</pre>
 */
public final class PrimaryNeedFromAws extends Picklist {
    private static final PicklistValues<PrimaryNeedFromAws> VALUES = new PicklistValues<>(PrimaryNeedFromAws::new);

    /** {@code Co-Sell - Architectural Validation} */
    public static final PrimaryNeedFromAws CO_SELL_ARCHITECTURAL_VALIDATION = VALUES.known("Co-Sell - Architectural Validation");
    /** {@code Co-Sell - Business Presentation} */
    public static final PrimaryNeedFromAws CO_SELL_BUSINESS_PRESENTATION = VALUES.known("Co-Sell - Business Presentation");
    /** {@code Co-Sell - Competitive Information} */
    public static final PrimaryNeedFromAws CO_SELL_COMPETITIVE_INFORMATION = VALUES.known("Co-Sell - Competitive Information");
    /** {@code Co-Sell - Pricing Assistance} */
    public static final PrimaryNeedFromAws CO_SELL_PRICING_ASSISTANCE = VALUES.known("Co-Sell - Pricing Assistance");
    /** {@code Co-Sell - Technical Consultation} */
    public static final PrimaryNeedFromAws CO_SELL_TECHNICAL_CONSULTATION = VALUES.known("Co-Sell - Technical Consultation");
    /** {@code Co-Sell - Total Cost of Ownership Evaluation} */
    public static final PrimaryNeedFromAws CO_SELL_TOTAL_COST_OF_OWNERSHIP_EVALUATION = VALUES.known("Co-Sell - Total Cost of Ownership Evaluation");
    /** {@code Co-Sell - Deal Support} */
    public static final PrimaryNeedFromAws CO_SELL_DEAL_SUPPORT = VALUES.known("Co-Sell - Deal Support");
    /** {@code Co-Sell - Support for Public Tender / RFx} */
    public static final PrimaryNeedFromAws CO_SELL_SUPPORT_FOR_PUBLIC_TENDER_RFX = VALUES.known("Co-Sell - Support for Public Tender / RFx");

    private PrimaryNeedFromAws(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static PrimaryNeedFromAws of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<PrimaryNeedFromAws> knownValues() {
        return VALUES.known();
    }
}

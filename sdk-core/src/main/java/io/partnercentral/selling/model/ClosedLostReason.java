package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * Why an opportunity was closed lost ({@code LifeCycle.ClosedLostReason}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code ClosedLostReason value = ClosedLostReason.CUSTOMER_DEFICIENCY;
 * ClosedLostReason fromService = ClosedLostReason.of("Customer Deficiency");  // same instance as the constant}</pre>
 */
public final class ClosedLostReason extends Picklist {
    private static final PicklistValues<ClosedLostReason> VALUES = new PicklistValues<>(ClosedLostReason::new);

    /** {@code Customer Deficiency} */
    public static final ClosedLostReason CUSTOMER_DEFICIENCY = VALUES.known("Customer Deficiency");
    /** {@code Delay / Cancellation of Project} */
    public static final ClosedLostReason DELAY_CANCELLATION_OF_PROJECT = VALUES.known("Delay / Cancellation of Project");
    /** {@code Legal / Tax / Regulatory} */
    public static final ClosedLostReason LEGAL_TAX_REGULATORY = VALUES.known("Legal / Tax / Regulatory");
    /** {@code Lost to Competitor - Google} */
    public static final ClosedLostReason LOST_TO_COMPETITOR_GOOGLE = VALUES.known("Lost to Competitor - Google");
    /** {@code Lost to Competitor - Microsoft} */
    public static final ClosedLostReason LOST_TO_COMPETITOR_MICROSOFT = VALUES.known("Lost to Competitor - Microsoft");
    /** {@code Lost to Competitor - SoftLayer} */
    public static final ClosedLostReason LOST_TO_COMPETITOR_SOFTLAYER = VALUES.known("Lost to Competitor - SoftLayer");
    /** {@code Lost to Competitor - VMWare} */
    public static final ClosedLostReason LOST_TO_COMPETITOR_VMWARE = VALUES.known("Lost to Competitor - VMWare");
    /** {@code Lost to Competitor - Other} */
    public static final ClosedLostReason LOST_TO_COMPETITOR_OTHER = VALUES.known("Lost to Competitor - Other");
    /** {@code No Opportunity} */
    public static final ClosedLostReason NO_OPPORTUNITY = VALUES.known("No Opportunity");
    /** {@code On Premises Deployment} */
    public static final ClosedLostReason ON_PREMISES_DEPLOYMENT = VALUES.known("On Premises Deployment");
    /** {@code Partner Gap} */
    public static final ClosedLostReason PARTNER_GAP = VALUES.known("Partner Gap");
    /** {@code Price} */
    public static final ClosedLostReason PRICE = VALUES.known("Price");
    /** {@code Security / Compliance} */
    public static final ClosedLostReason SECURITY_COMPLIANCE = VALUES.known("Security / Compliance");
    /** {@code Technical Limitations} */
    public static final ClosedLostReason TECHNICAL_LIMITATIONS = VALUES.known("Technical Limitations");
    /** {@code Customer Experience} */
    public static final ClosedLostReason CUSTOMER_EXPERIENCE = VALUES.known("Customer Experience");
    /** {@code Other} */
    public static final ClosedLostReason OTHER = VALUES.known("Other");
    /** {@code People/Relationship/Governance} */
    public static final ClosedLostReason PEOPLE_RELATIONSHIP_GOVERNANCE = VALUES.known("People/Relationship/Governance");
    /** {@code Product/Technology} */
    public static final ClosedLostReason PRODUCT_TECHNOLOGY = VALUES.known("Product/Technology");
    /** {@code Financial/Commercial} */
    public static final ClosedLostReason FINANCIAL_COMMERCIAL = VALUES.known("Financial/Commercial");

    private ClosedLostReason(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static ClosedLostReason of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<ClosedLostReason> knownValues() {
        return VALUES.known();
    }
}

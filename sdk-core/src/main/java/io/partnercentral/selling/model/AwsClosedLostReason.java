package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * Why AWS closed an opportunity as lost ({@code AwsOpportunitySummaryFullView.LifeCycle.ClosedLostReason}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code AwsClosedLostReason value = AwsClosedLostReason.ADMINISTRATIVE;
 * AwsClosedLostReason fromService = AwsClosedLostReason.of("Administrative");  // same instance as the constant}</pre>
 */
public final class AwsClosedLostReason extends Picklist {
    private static final PicklistValues<AwsClosedLostReason> VALUES = new PicklistValues<>(AwsClosedLostReason::new);

    /** {@code Administrative} */
    public static final AwsClosedLostReason ADMINISTRATIVE = VALUES.known("Administrative");
    /** {@code Business Associate Agreement} */
    public static final AwsClosedLostReason BUSINESS_ASSOCIATE_AGREEMENT = VALUES.known("Business Associate Agreement");
    /** {@code Company Acquired/Dissolved} */
    public static final AwsClosedLostReason COMPANY_ACQUIRED_DISSOLVED = VALUES.known("Company Acquired/Dissolved");
    /** {@code Competitive Offering} */
    public static final AwsClosedLostReason COMPETITIVE_OFFERING = VALUES.known("Competitive Offering");
    /** {@code Customer Data Requirement} */
    public static final AwsClosedLostReason CUSTOMER_DATA_REQUIREMENT = VALUES.known("Customer Data Requirement");
    /** {@code Customer Deficiency} */
    public static final AwsClosedLostReason CUSTOMER_DEFICIENCY = VALUES.known("Customer Deficiency");
    /** {@code Customer Experience} */
    public static final AwsClosedLostReason CUSTOMER_EXPERIENCE = VALUES.known("Customer Experience");
    /** {@code Delay / Cancellation of Project} */
    public static final AwsClosedLostReason DELAY_CANCELLATION_OF_PROJECT = VALUES.known("Delay / Cancellation of Project");
    /** {@code Duplicate} */
    public static final AwsClosedLostReason DUPLICATE = VALUES.known("Duplicate");
    /** {@code Duplicate Opportunity} */
    public static final AwsClosedLostReason DUPLICATE_OPPORTUNITY = VALUES.known("Duplicate Opportunity");
    /** {@code Executive Blocker} */
    public static final AwsClosedLostReason EXECUTIVE_BLOCKER = VALUES.known("Executive Blocker");
    /** {@code Failed Vetting} */
    public static final AwsClosedLostReason FAILED_VETTING = VALUES.known("Failed Vetting");
    /** {@code Feature Limitation} */
    public static final AwsClosedLostReason FEATURE_LIMITATION = VALUES.known("Feature Limitation");
    /** {@code Financial/Commercial} */
    public static final AwsClosedLostReason FINANCIAL_COMMERCIAL = VALUES.known("Financial/Commercial");
    /** {@code Insufficient Amazon Value} */
    public static final AwsClosedLostReason INSUFFICIENT_AMAZON_VALUE = VALUES.known("Insufficient Amazon Value");
    /** {@code Insufficient AWS Value} */
    public static final AwsClosedLostReason INSUFFICIENT_AWS_VALUE = VALUES.known("Insufficient AWS Value");
    /** {@code International Constraints} */
    public static final AwsClosedLostReason INTERNATIONAL_CONSTRAINTS = VALUES.known("International Constraints");
    /** {@code Legal / Tax / Regulatory} */
    public static final AwsClosedLostReason LEGAL_TAX_REGULATORY = VALUES.known("Legal / Tax / Regulatory");
    /** {@code Legal Terms and Conditions} */
    public static final AwsClosedLostReason LEGAL_TERMS_AND_CONDITIONS = VALUES.known("Legal Terms and Conditions");
    /** {@code Lost to Competitor} */
    public static final AwsClosedLostReason LOST_TO_COMPETITOR = VALUES.known("Lost to Competitor");
    /** {@code Lost to Competitor - Google} */
    public static final AwsClosedLostReason LOST_TO_COMPETITOR_GOOGLE = VALUES.known("Lost to Competitor - Google");
    /** {@code Lost to Competitor - Microsoft} */
    public static final AwsClosedLostReason LOST_TO_COMPETITOR_MICROSOFT = VALUES.known("Lost to Competitor - Microsoft");
    /** {@code Lost to Competitor - Other} */
    public static final AwsClosedLostReason LOST_TO_COMPETITOR_OTHER = VALUES.known("Lost to Competitor - Other");
    /** {@code Lost to Competitor - Rackspace} */
    public static final AwsClosedLostReason LOST_TO_COMPETITOR_RACKSPACE = VALUES.known("Lost to Competitor - Rackspace");
    /** {@code Lost to Competitor - SoftLayer} */
    public static final AwsClosedLostReason LOST_TO_COMPETITOR_SOFTLAYER = VALUES.known("Lost to Competitor - SoftLayer");
    /** {@code Lost to Competitor - VMWare} */
    public static final AwsClosedLostReason LOST_TO_COMPETITOR_VMWARE = VALUES.known("Lost to Competitor - VMWare");
    /** {@code No Customer Reference} */
    public static final AwsClosedLostReason NO_CUSTOMER_REFERENCE = VALUES.known("No Customer Reference");
    /** {@code No Integration Resources} */
    public static final AwsClosedLostReason NO_INTEGRATION_RESOURCES = VALUES.known("No Integration Resources");
    /** {@code No Opportunity} */
    public static final AwsClosedLostReason NO_OPPORTUNITY = VALUES.known("No Opportunity");
    /** {@code No Perceived Value of MP} */
    public static final AwsClosedLostReason NO_PERCEIVED_VALUE_OF_MP = VALUES.known("No Perceived Value of MP");
    /** {@code No Response} */
    public static final AwsClosedLostReason NO_RESPONSE = VALUES.known("No Response");
    /** {@code Not Committed to AWS} */
    public static final AwsClosedLostReason NOT_COMMITTED_TO_AWS = VALUES.known("Not Committed to AWS");
    /** {@code No Update} */
    public static final AwsClosedLostReason NO_UPDATE = VALUES.known("No Update");
    /** {@code On Premises Deployment} */
    public static final AwsClosedLostReason ON_PREMISES_DEPLOYMENT = VALUES.known("On Premises Deployment");
    /** {@code Other} */
    public static final AwsClosedLostReason OTHER = VALUES.known("Other");
    /** {@code Other (Details in Description)} */
    public static final AwsClosedLostReason OTHER_DETAILS_IN_DESCRIPTION = VALUES.known("Other (Details in Description)");
    /** {@code Partner Gap} */
    public static final AwsClosedLostReason PARTNER_GAP = VALUES.known("Partner Gap");
    /** {@code Past Due} */
    public static final AwsClosedLostReason PAST_DUE = VALUES.known("Past Due");
    /** {@code People/Relationship/Governance} */
    public static final AwsClosedLostReason PEOPLE_RELATIONSHIP_GOVERNANCE = VALUES.known("People/Relationship/Governance");
    /** {@code Platform Technology Limitation} */
    public static final AwsClosedLostReason PLATFORM_TECHNOLOGY_LIMITATION = VALUES.known("Platform Technology Limitation");
    /** {@code Preference for Competitor} */
    public static final AwsClosedLostReason PREFERENCE_FOR_COMPETITOR = VALUES.known("Preference for Competitor");
    /** {@code Price} */
    public static final AwsClosedLostReason PRICE = VALUES.known("Price");
    /** {@code Product/Technology} */
    public static final AwsClosedLostReason PRODUCT_TECHNOLOGY = VALUES.known("Product/Technology");
    /** {@code Product Not on AWS} */
    public static final AwsClosedLostReason PRODUCT_NOT_ON_AWS = VALUES.known("Product Not on AWS");
    /** {@code Security / Compliance} */
    public static final AwsClosedLostReason SECURITY_COMPLIANCE = VALUES.known("Security / Compliance");
    /** {@code Self-Service} */
    public static final AwsClosedLostReason SELF_SERVICE = VALUES.known("Self-Service");
    /** {@code Technical Limitations} */
    public static final AwsClosedLostReason TECHNICAL_LIMITATIONS = VALUES.known("Technical Limitations");
    /** {@code Term Sheet Impasse} */
    public static final AwsClosedLostReason TERM_SHEET_IMPASSE = VALUES.known("Term Sheet Impasse");

    private AwsClosedLostReason(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static AwsClosedLostReason of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<AwsClosedLostReason> knownValues() {
        return VALUES.known();
    }
}

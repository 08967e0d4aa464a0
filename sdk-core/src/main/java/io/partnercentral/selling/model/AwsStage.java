package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The AWS-side sales stage ({@code AwsOpportunitySummaryFullView.LifeCycle.Stage}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code AwsStage value = AwsStage.NOT_STARTED;
 * AwsStage fromService = AwsStage.of("Not Started");  // same instance as the constant}</pre>
 */
public final class AwsStage extends Picklist {
    private static final PicklistValues<AwsStage> VALUES = new PicklistValues<>(AwsStage::new);

    /** {@code Not Started} */
    public static final AwsStage NOT_STARTED = VALUES.known("Not Started");
    /** {@code In Progress} */
    public static final AwsStage IN_PROGRESS = VALUES.known("In Progress");
    /** {@code Prospect} */
    public static final AwsStage PROSPECT = VALUES.known("Prospect");
    /** {@code Engaged} */
    public static final AwsStage ENGAGED = VALUES.known("Engaged");
    /** {@code Identified} */
    public static final AwsStage IDENTIFIED = VALUES.known("Identified");
    /** {@code Qualify} */
    public static final AwsStage QUALIFY = VALUES.known("Qualify");
    /** {@code Research} */
    public static final AwsStage RESEARCH = VALUES.known("Research");
    /** {@code Seller Engaged} */
    public static final AwsStage SELLER_ENGAGED = VALUES.known("Seller Engaged");
    /** {@code Evaluating} */
    public static final AwsStage EVALUATING = VALUES.known("Evaluating");
    /** {@code Seller Registered} */
    public static final AwsStage SELLER_REGISTERED = VALUES.known("Seller Registered");
    /** {@code Term Sheet Negotiation} */
    public static final AwsStage TERM_SHEET_NEGOTIATION = VALUES.known("Term Sheet Negotiation");
    /** {@code Contract Negotiation} */
    public static final AwsStage CONTRACT_NEGOTIATION = VALUES.known("Contract Negotiation");
    /** {@code Onboarding} */
    public static final AwsStage ONBOARDING = VALUES.known("Onboarding");
    /** {@code Building Integration} */
    public static final AwsStage BUILDING_INTEGRATION = VALUES.known("Building Integration");
    /** {@code Qualified} */
    public static final AwsStage QUALIFIED = VALUES.known("Qualified");
    /** {@code On-hold} */
    public static final AwsStage ON_HOLD = VALUES.known("On-hold");
    /** {@code Technical Validation} */
    public static final AwsStage TECHNICAL_VALIDATION = VALUES.known("Technical Validation");
    /** {@code Business Validation} */
    public static final AwsStage BUSINESS_VALIDATION = VALUES.known("Business Validation");
    /** {@code Committed} */
    public static final AwsStage COMMITTED = VALUES.known("Committed");
    /** {@code Launched} */
    public static final AwsStage LAUNCHED = VALUES.known("Launched");
    /** {@code Deferred to Partner} */
    public static final AwsStage DEFERRED_TO_PARTNER = VALUES.known("Deferred to Partner");
    /** {@code Closed Lost} */
    public static final AwsStage CLOSED_LOST = VALUES.known("Closed Lost");
    /** {@code Completed} */
    public static final AwsStage COMPLETED = VALUES.known("Completed");
    /** {@code Closed Incomplete} */
    public static final AwsStage CLOSED_INCOMPLETE = VALUES.known("Closed Incomplete");

    private AwsStage(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static AwsStage of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<AwsStage> knownValues() {
        return VALUES.known();
    }
}

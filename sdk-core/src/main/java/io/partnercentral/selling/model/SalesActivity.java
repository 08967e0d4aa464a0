package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * A sales activity conducted with the end customer ({@code Project.SalesActivities}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code SalesActivity value = SalesActivity.INITIALIZED_DISCUSSIONS_WITH_CUSTOMER;
 * SalesActivity fromService = SalesActivity.of("Initialized discussions with customer");  // same instance as the constant}</pre>
 */
public final class SalesActivity extends Picklist {
    private static final PicklistValues<SalesActivity> VALUES = new PicklistValues<>(SalesActivity::new);

    /** {@code Initialized discussions with customer} */
    public static final SalesActivity INITIALIZED_DISCUSSIONS_WITH_CUSTOMER = VALUES.known("Initialized discussions with customer");
    /** {@code Customer has shown interest in solution} */
    public static final SalesActivity CUSTOMER_HAS_SHOWN_INTEREST_IN_SOLUTION = VALUES.known("Customer has shown interest in solution");
    /** {@code Conducted POC / Demo} */
    public static final SalesActivity CONDUCTED_POC_DEMO = VALUES.known("Conducted POC / Demo");
    /** {@code In evaluation / planning stage} */
    public static final SalesActivity IN_EVALUATION_PLANNING_STAGE = VALUES.known("In evaluation / planning stage");
    /** {@code Agreed on solution to Business Problem} */
    public static final SalesActivity AGREED_ON_SOLUTION_TO_BUSINESS_PROBLEM = VALUES.known("Agreed on solution to Business Problem");
    /** {@code Completed Action Plan} */
    public static final SalesActivity COMPLETED_ACTION_PLAN = VALUES.known("Completed Action Plan");
    /** {@code Finalized Deployment Need} */
    public static final SalesActivity FINALIZED_DEPLOYMENT_NEED = VALUES.known("Finalized Deployment Need");
    /** {@code SOW Signed} */
    public static final SalesActivity SOW_SIGNED = VALUES.known("SOW Signed");

    private SalesActivity(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static SalesActivity of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<SalesActivity> knownValues() {
        return VALUES.known();
    }
}

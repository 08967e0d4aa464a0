package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The customer's payment model ({@code SoftwareRevenue.DeliveryModel}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code RevenueModel value = RevenueModel.CONTRACT;
 * RevenueModel fromService = RevenueModel.of("Contract");  // same instance as the constant}</pre>
 */
public final class RevenueModel extends Picklist {
    private static final PicklistValues<RevenueModel> VALUES = new PicklistValues<>(RevenueModel::new);

    /** {@code Contract} */
    public static final RevenueModel CONTRACT = VALUES.known("Contract");
    /** {@code Pay-as-you-go} */
    public static final RevenueModel PAY_AS_YOU_GO = VALUES.known("Pay-as-you-go");
    /** {@code Subscription} */
    public static final RevenueModel SUBSCRIPTION = VALUES.known("Subscription");

    private RevenueModel(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static RevenueModel of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<RevenueModel> knownValues() {
        return VALUES.known();
    }
}

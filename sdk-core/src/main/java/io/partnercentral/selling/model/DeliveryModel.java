package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * How the partner's solution is deployed or consumed ({@code Project.DeliveryModels}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code DeliveryModel value = DeliveryModel.SAAS_OR_PAAS;
 * DeliveryModel fromService = DeliveryModel.of("SaaS or PaaS");  // same instance as the constant}</pre>
 */
public final class DeliveryModel extends Picklist {
    private static final PicklistValues<DeliveryModel> VALUES = new PicklistValues<>(DeliveryModel::new);

    /** {@code SaaS or PaaS} */
    public static final DeliveryModel SAAS_OR_PAAS = VALUES.known("SaaS or PaaS");
    /** {@code BYOL or AMI} */
    public static final DeliveryModel BYOL_OR_AMI = VALUES.known("BYOL or AMI");
    /** {@code Managed Services} */
    public static final DeliveryModel MANAGED_SERVICES = VALUES.known("Managed Services");
    /** {@code Professional Services} */
    public static final DeliveryModel PROFESSIONAL_SERVICES = VALUES.known("Professional Services");
    /** {@code Resell} */
    public static final DeliveryModel RESELL = VALUES.known("Resell");
    /** {@code Other} */
    public static final DeliveryModel OTHER = VALUES.known("Other");

    private DeliveryModel(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static DeliveryModel of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<DeliveryModel> knownValues() {
        return VALUES.known();
    }
}

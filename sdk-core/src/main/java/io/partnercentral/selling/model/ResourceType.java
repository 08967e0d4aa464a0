package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The type of a snapshotted resource.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code ResourceType value = ResourceType.OPPORTUNITY;
 * ResourceType fromService = ResourceType.of("Opportunity");  // same instance as the constant}</pre>
 */
public final class ResourceType extends Picklist {
    private static final PicklistValues<ResourceType> VALUES = new PicklistValues<>(ResourceType::new);

    /** {@code Opportunity} */
    public static final ResourceType OPPORTUNITY = VALUES.known("Opportunity");

    private ResourceType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static ResourceType of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<ResourceType> knownValues() {
        return VALUES.known();
    }
}

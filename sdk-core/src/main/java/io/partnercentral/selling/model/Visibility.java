package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * How much of an AWS opportunity the partner sees ({@code Visibility}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code Visibility value = Visibility.FULL;
 * Visibility fromService = Visibility.of("Full");  // same instance as the constant}</pre>
 */
public final class Visibility extends Picklist {
    private static final PicklistValues<Visibility> VALUES = new PicklistValues<>(Visibility::new);

    /** {@code Full} */
    public static final Visibility FULL = VALUES.known("Full");
    /** {@code Limited} */
    public static final Visibility LIMITED = VALUES.known("Limited");

    private Visibility(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static Visibility of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<Visibility> knownValues() {
        return VALUES.known();
    }
}

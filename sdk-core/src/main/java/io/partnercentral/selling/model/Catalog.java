package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The catalog an operation acts on: {@code AWS} for production, {@code Sandbox} for testing.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code Catalog value = Catalog.AWS;
 * Catalog fromService = Catalog.of("AWS");  // same instance as the constant}</pre>
 */
public final class Catalog extends Picklist {
    private static final PicklistValues<Catalog> VALUES = new PicklistValues<>(Catalog::new);

    /** {@code AWS} */
    public static final Catalog AWS = VALUES.known("AWS");
    /** {@code Sandbox} */
    public static final Catalog SANDBOX = VALUES.known("Sandbox");

    private Catalog(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static Catalog of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<Catalog> knownValues() {
        return VALUES.known();
    }
}

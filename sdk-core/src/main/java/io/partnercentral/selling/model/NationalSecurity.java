package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * Whether the opportunity is a national security project ({@code NationalSecurity}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code NationalSecurity value = NationalSecurity.YES;
 * NationalSecurity fromService = NationalSecurity.of("Yes");  // same instance as the constant}</pre>
 */
public final class NationalSecurity extends Picklist {
    private static final PicklistValues<NationalSecurity> VALUES = new PicklistValues<>(NationalSecurity::new);

    /** {@code Yes} */
    public static final NationalSecurity YES = VALUES.known("Yes");
    /** {@code No} */
    public static final NationalSecurity NO = VALUES.known("No");

    private NationalSecurity(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static NationalSecurity of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<NationalSecurity> knownValues() {
        return VALUES.known();
    }
}

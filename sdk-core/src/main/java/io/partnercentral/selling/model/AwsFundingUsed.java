package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * Whether the opportunity is an MDF-funded activity ({@code Marketing.AwsFundingUsed}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code AwsFundingUsed value = AwsFundingUsed.YES;
 * AwsFundingUsed fromService = AwsFundingUsed.of("Yes");  // same instance as the constant}</pre>
 */
public final class AwsFundingUsed extends Picklist {
    private static final PicklistValues<AwsFundingUsed> VALUES = new PicklistValues<>(AwsFundingUsed::new);

    /** {@code Yes} */
    public static final AwsFundingUsed YES = VALUES.known("Yes");
    /** {@code No} */
    public static final AwsFundingUsed NO = VALUES.known("No");

    private AwsFundingUsed(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static AwsFundingUsed of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<AwsFundingUsed> knownValues() {
        return VALUES.known();
    }
}

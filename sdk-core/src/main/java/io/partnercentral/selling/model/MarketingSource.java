package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * Whether the opportunity came from an AWS marketing activity ({@code Marketing.Source}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code MarketingSource value = MarketingSource.MARKETING_ACTIVITY;
 * MarketingSource fromService = MarketingSource.of("Marketing Activity");  // same instance as the constant}</pre>
 */
public final class MarketingSource extends Picklist {
    private static final PicklistValues<MarketingSource> VALUES = new PicklistValues<>(MarketingSource::new);

    /** {@code Marketing Activity} */
    public static final MarketingSource MARKETING_ACTIVITY = VALUES.known("Marketing Activity");
    /** {@code None} */
    public static final MarketingSource NONE = VALUES.known("None");

    private MarketingSource(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static MarketingSource of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<MarketingSource> knownValues() {
        return VALUES.known();
    }
}

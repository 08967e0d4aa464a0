package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * How likely AWS judges the customer to engage ({@code Insights.EngagementScore}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code EngagementScore value = EngagementScore.HIGH;
 * EngagementScore fromService = EngagementScore.of("High");  // same instance as the constant}</pre>
 */
public final class EngagementScore extends Picklist {
    private static final PicklistValues<EngagementScore> VALUES = new PicklistValues<>(EngagementScore::new);

    /** {@code High} */
    public static final EngagementScore HIGH = VALUES.known("High");
    /** {@code Medium} */
    public static final EngagementScore MEDIUM = VALUES.known("Medium");
    /** {@code Low} */
    public static final EngagementScore LOW = VALUES.known("Low");

    private EngagementScore(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static EngagementScore of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<EngagementScore> knownValues() {
        return VALUES.known();
    }
}

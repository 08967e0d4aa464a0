package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The channel of a marketing activity ({@code Marketing.Channels}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code MarketingChannel value = MarketingChannel.AWS_MARKETING_CENTRAL;
 * MarketingChannel fromService = MarketingChannel.of("AWS Marketing Central");  // same instance as the constant}</pre>
 */
public final class MarketingChannel extends Picklist {
    private static final PicklistValues<MarketingChannel> VALUES = new PicklistValues<>(MarketingChannel::new);

    /** {@code AWS Marketing Central} */
    public static final MarketingChannel AWS_MARKETING_CENTRAL = VALUES.known("AWS Marketing Central");
    /** {@code Content Syndication} */
    public static final MarketingChannel CONTENT_SYNDICATION = VALUES.known("Content Syndication");
    /** {@code Display} */
    public static final MarketingChannel DISPLAY = VALUES.known("Display");
    /** {@code Email} */
    public static final MarketingChannel EMAIL = VALUES.known("Email");
    /** {@code Live Event} */
    public static final MarketingChannel LIVE_EVENT = VALUES.known("Live Event");
    /** {@code Out Of Home (OOH)} */
    public static final MarketingChannel OUT_OF_HOME_OOH = VALUES.known("Out Of Home (OOH)");
    /** {@code Print} */
    public static final MarketingChannel PRINT = VALUES.known("Print");
    /** {@code Search} */
    public static final MarketingChannel SEARCH = VALUES.known("Search");
    /** {@code Social} */
    public static final MarketingChannel SOCIAL = VALUES.known("Social");
    /** {@code Telemarketing} */
    public static final MarketingChannel TELEMARKETING = VALUES.known("Telemarketing");
    /** {@code TV} */
    public static final MarketingChannel TV = VALUES.known("TV");
    /** {@code Video} */
    public static final MarketingChannel VIDEO = VALUES.known("Video");
    /** {@code Virtual Event} */
    public static final MarketingChannel VIRTUAL_EVENT = VALUES.known("Virtual Event");

    private MarketingChannel(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static MarketingChannel of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<MarketingChannel> knownValues() {
        return VALUES.known();
    }
}

package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The opportunity's main competitor ({@code Project.CompetitorName}); {@code *Other} allows {@code OtherCompetitorNames}.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code CompetitorName value = CompetitorName.ORACLE_CLOUD;
 * CompetitorName fromService = CompetitorName.of("Oracle Cloud");  // same instance as the constant}</pre>
 */
public final class CompetitorName extends Picklist {
    private static final PicklistValues<CompetitorName> VALUES = new PicklistValues<>(CompetitorName::new);

    /** {@code Oracle Cloud} */
    public static final CompetitorName ORACLE_CLOUD = VALUES.known("Oracle Cloud");
    /** {@code On-Prem} */
    public static final CompetitorName ON_PREM = VALUES.known("On-Prem");
    /** {@code Co-location} */
    public static final CompetitorName CO_LOCATION = VALUES.known("Co-location");
    /** {@code Akamai} */
    public static final CompetitorName AKAMAI = VALUES.known("Akamai");
    /** {@code AliCloud} */
    public static final CompetitorName ALICLOUD = VALUES.known("AliCloud");
    /** {@code Google Cloud Platform} */
    public static final CompetitorName GOOGLE_CLOUD_PLATFORM = VALUES.known("Google Cloud Platform");
    /** {@code IBM Softlayer} */
    public static final CompetitorName IBM_SOFTLAYER = VALUES.known("IBM Softlayer");
    /** {@code Microsoft Azure} */
    public static final CompetitorName MICROSOFT_AZURE = VALUES.known("Microsoft Azure");
    /** {@code Other- Cost Optimization} */
    public static final CompetitorName OTHER_COST_OPTIMIZATION = VALUES.known("Other- Cost Optimization");
    /** {@code No Competition} */
    public static final CompetitorName NO_COMPETITION = VALUES.known("No Competition");
    /** {@code &#42;Other} */
    public static final CompetitorName OTHER_UNLISTED = VALUES.known("*Other");

    private CompetitorName(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static CompetitorName of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<CompetitorName> knownValues() {
        return VALUES.known();
    }
}

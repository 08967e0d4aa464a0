package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The kind of entity associated with an opportunity by AssociateOpportunity.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code selling.opportunities().associate("O123", RelatedEntityType.SOLUTIONS, "S-0000001");}</pre>
 */
public final class RelatedEntityType extends Picklist {
    private static final PicklistValues<RelatedEntityType> VALUES = new PicklistValues<>(RelatedEntityType::new);

    /** {@code Solutions} */
    public static final RelatedEntityType SOLUTIONS = VALUES.known("Solutions");
    /** {@code AwsProducts} */
    public static final RelatedEntityType AWS_PRODUCTS = VALUES.known("AwsProducts");
    /** {@code AwsMarketplaceOffers} */
    public static final RelatedEntityType AWS_MARKETPLACE_OFFERS = VALUES.known("AwsMarketplaceOffers");
    /** {@code AwsMarketplaceOfferSets} */
    public static final RelatedEntityType AWS_MARKETPLACE_OFFER_SETS = VALUES.known("AwsMarketplaceOfferSets");

    private RelatedEntityType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static RelatedEntityType of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows. */
    public static List<RelatedEntityType> knownValues() {
        return VALUES.known();
    }
}

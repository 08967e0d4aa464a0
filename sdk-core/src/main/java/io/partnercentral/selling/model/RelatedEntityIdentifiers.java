package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Entities associated with an opportunity ({@code RelatedEntityIdentifiers}); read-only, changed
 * through the associate and disassociate operations.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableRelatedEntityIdentifiers.class)
@JsonDeserialize(as = ImmutableRelatedEntityIdentifiers.class)
public interface RelatedEntityIdentifiers extends WireObject {
    @JsonProperty("AwsMarketplaceOffers")
    List<String> awsMarketplaceOffers();

    @JsonProperty("AwsMarketplaceOfferSets")
    List<String> awsMarketplaceOfferSets();

    @JsonProperty("Solutions")
    List<String> solutions();

    @JsonProperty("AwsProducts")
    List<String> awsProducts();

    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RelatedEntityIdentifiers}. */
    final class Builder extends ImmutableRelatedEntityIdentifiers.Builder {
        Builder() {}
    }
}

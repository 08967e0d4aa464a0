package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Entities associated with an opportunity ({@code RelatedEntityIdentifiers}); read-only, changed
 * through the associate and disassociate operations.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableRelatedEntityIdentifiers.class)
@JsonDeserialize(as = ImmutableRelatedEntityIdentifiers.class)
public interface RelatedEntityIdentifiers {
    @JsonProperty("AwsMarketplaceOffers")
    List<String> awsMarketplaceOffers();

    @JsonProperty("AwsMarketplaceOfferSets")
    List<String> awsMarketplaceOfferSets();

    @JsonProperty("Solutions")
    List<String> solutions();

    @JsonProperty("AwsProducts")
    List<String> awsProducts();

    /**
     * Members this SDK does not model, by wire name: kept when read from the service and sent back
     * unchanged, or set to send a member newer than this SDK. Redacted from {@code toString}.
     */
    @JsonAnyGetter
    @Value.Redacted
    Map<String, JsonNode> additionalMembers();

    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RelatedEntityIdentifiers}. */
    final class Builder extends ImmutableRelatedEntityIdentifiers.Builder {
        Builder() {}
    }
}

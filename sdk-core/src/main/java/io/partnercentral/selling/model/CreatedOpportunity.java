package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * What CreateOpportunity returned, with the client token the call was sent with (keep it to prove
 * which request created the opportunity, or to repeat the call safely).
 *
 * @param id the new opportunity's id
 * @param lastModifiedDate when it was created; quote it in a replace
 * @param partnerOpportunityIdentifier the CRM id echoed back, or {@code null}
 * @param clientToken the idempotency token every attempt of the call carried
 */
public record CreatedOpportunity(
        @JsonProperty("Id") String id,
        @JsonProperty("LastModifiedDate") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant lastModifiedDate,
        @JsonProperty("PartnerOpportunityIdentifier") String partnerOpportunityIdentifier,
        @JsonIgnore String clientToken) {

    /**
     * {@return this result with {@code token} as its client token}
     *
     * @param token the ClientToken the create was sent with
     */
    public CreatedOpportunity withClientToken(String token) {
        return new CreatedOpportunity(id, lastModifiedDate, partnerOpportunityIdentifier, token);
    }
}

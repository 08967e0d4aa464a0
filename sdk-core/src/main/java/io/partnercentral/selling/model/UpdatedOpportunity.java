package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * What UpdateOpportunity returned.
 *
 * @param id the opportunity's id
 * @param lastModifiedDate its new last-modified date; quote it in the next replace
 */
public record UpdatedOpportunity(
        @JsonProperty("Id") String id,
        @JsonProperty("LastModifiedDate") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant lastModifiedDate) {}

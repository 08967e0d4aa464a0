package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of ListOpportunities: a subset of the opportunity. Its parts reuse the full types
 * ({@link LifeCycle}, {@link Customer}, {@link Project}) with only the members the listing returns,
 * including {@code Project.ExpectedContractDuration}.
 *
 * <pre>{@code for (OpportunitySummary s : selling.opportunities().list(r -> r.maxResults(50)).items()) {
 *     System.out.println(s.id().orElseThrow() + " " + s.lastModifiedDate().orElseThrow());
 * }}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableOpportunitySummary.class)
@JsonDeserialize(as = ImmutableOpportunitySummary.class)
public interface OpportunitySummary extends WireObject {
    @JsonProperty("Catalog")
    Optional<Catalog> catalog();

    @JsonProperty("Id")
    Optional<String> id();

    @JsonProperty("Arn")
    Optional<String> arn();

    @JsonProperty("PartnerOpportunityIdentifier")
    Optional<String> partnerOpportunityIdentifier();

    @JsonProperty("OpportunityType")
    Optional<OpportunityType> opportunityType();

    @JsonProperty("LastModifiedDate")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<Instant> lastModifiedDate();

    @JsonProperty("CreatedDate")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<Instant> createdDate();

    @JsonProperty("LifeCycle")
    Optional<LifeCycle> lifeCycle();

    @JsonProperty("Customer")
    Optional<Customer> customer();

    @JsonProperty("Project")
    Optional<Project> project();

    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OpportunitySummary}. */
    final class Builder extends ImmutableOpportunitySummary.Builder {
        Builder() {}
    }
}

package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filters of a ListResourceSnapshots listing; the engagement is required. Without a catalog
 * the client's bound catalog is used.
 *
 * <pre>{@code selling.snapshots().list(r -> r.engagementIdentifier("eng-0123456789abcd")
 *     .resourceIdentifier("O1234567").maxResults(100))}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableListSnapshotsRequest.class)
@JsonDeserialize(as = ImmutableListSnapshotsRequest.class)
public interface ListSnapshotsRequest {
    @JsonProperty("Catalog")
    Optional<Catalog> catalog();

    /** Page size, 1 to 1000. */
    @JsonProperty("MaxResults")
    Optional<Integer> maxResults();

    @JsonProperty("NextToken")
    Optional<String> nextToken();

    /** Required. */
    @JsonProperty("EngagementIdentifier")
    Optional<String> engagementIdentifier();

    @JsonProperty("ResourceType")
    Optional<ResourceType> resourceType();

    @JsonProperty("ResourceIdentifier")
    Optional<String> resourceIdentifier();

    @JsonProperty("ResourceSnapshotTemplateIdentifier")
    Optional<String> resourceSnapshotTemplateIdentifier();

    /** The AWS account id that created the snapshots. */
    @JsonProperty("CreatedBy")
    Optional<String> createdBy();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link ListSnapshotsRequest}. */
    final class Builder extends ImmutableListSnapshotsRequest.Builder {
        Builder() {}
    }
}

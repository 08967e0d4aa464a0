package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filters of a ListResourceSnapshotJobs listing. Without a catalog the client's bound catalog
 * is used.
 *
 * <pre>{@code selling.snapshotJobs().list(r -> r.status(SnapshotJobStatus.RUNNING))}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableListSnapshotJobsRequest.class)
@JsonDeserialize(as = ImmutableListSnapshotJobsRequest.class)
public interface ListSnapshotJobsRequest {
    @JsonProperty("Catalog")
    Optional<Catalog> catalog();

    /** Page size, 1 to 1000. */
    @JsonProperty("MaxResults")
    Optional<Integer> maxResults();

    @JsonProperty("NextToken")
    Optional<String> nextToken();

    @JsonProperty("EngagementIdentifier")
    Optional<String> engagementIdentifier();

    @JsonProperty("Status")
    Optional<SnapshotJobStatus> status();

    /** Sorts by creation date ({@code SortBy} is always {@code CreatedDate}). */
    @JsonProperty("Sort")
    Optional<SnapshotJobSort> sort();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link ListSnapshotJobsRequest}. */
    final class Builder extends ImmutableListSnapshotJobsRequest.Builder {
        Builder() {}

        /** Sorts by creation date in {@code order}. */
        public Builder sortByCreatedDate(SortOrder order) {
            return sort(SnapshotJobSort.byCreatedDate(order));
        }
    }
}

package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filters, order and page size of a ListOpportunities listing, with every filter of the
 * 2026-05-15 reference. Without a catalog the client's bound catalog is used.
 *
 * <pre>{@code selling.opportunities().list(r -> r
 *     .addLifeCycleStage(Stage.QUALIFIED)
 *     .createdAfter(Instant.parse("2026-01-01T00:00:00Z"))
 *     .targetCloseBefore(LocalDate.of(2027, 6, 30))
 *     .sort(OpportunitySort.of(OpportunitySortField.TARGET_CLOSE_DATE, SortOrder.ASCENDING))
 *     .maxResults(100))}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableListOpportunitiesRequest.class)
@JsonDeserialize(as = ImmutableListOpportunitiesRequest.class)
public interface ListOpportunitiesRequest {
    @JsonProperty("Catalog")
    Optional<Catalog> catalog();

    /** Page size, 1 to 100; the service's default is 20. */
    @JsonProperty("MaxResults")
    Optional<Integer> maxResults();

    /** Where to start; normally left to the paginator. */
    @JsonProperty("NextToken")
    Optional<String> nextToken();

    @JsonProperty("Sort")
    Optional<OpportunitySort> sort();

    @JsonProperty("LastModifiedDate")
    Optional<LastModifiedDateFilter> lastModifiedDate();

    /** At most 20 opportunity ids. */
    @JsonProperty("Identifier")
    List<String> identifiers();

    /** At most 10 stages. */
    @JsonProperty("LifeCycleStage")
    List<Stage> lifeCycleStages();

    /** At most 10 review statuses. */
    @JsonProperty("LifeCycleReviewStatus")
    List<ReviewStatus> lifeCycleReviewStatuses();

    /** At most 10 company names; redacted from {@code toString}. */
    @JsonProperty("CustomerCompanyName")
    @Value.Redacted
    List<String> customerCompanyNames();

    @JsonProperty("CreatedDate")
    Optional<CreatedDateFilter> createdDate();

    @JsonProperty("TargetCloseDate")
    Optional<TargetCloseDateFilter> targetCloseDate();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link ListOpportunitiesRequest}. */
    final class Builder extends ImmutableListOpportunitiesRequest.Builder {
        Builder() {}

        /** Only opportunities modified after {@code instant}. */
        public Builder lastModifiedAfter(Instant instant) {
            return lastModifiedDate(LastModifiedDateFilter.builder().afterLastModifiedDate(instant).build());
        }

        /** Only opportunities created within the bounds; either may be null. */
        public Builder createdBetween(Instant after, Instant before) {
            return createdDate(CreatedDateFilter.builder()
                    .afterCreatedDate(Optional.ofNullable(after)).beforeCreatedDate(Optional.ofNullable(before)).build());
        }

        /** Only opportunities created after {@code instant}. */
        public Builder createdAfter(Instant instant) {
            return createdBetween(instant, null);
        }

        /** Only opportunities whose target close date lies within the bounds; either may be null. */
        public Builder targetCloseBetween(LocalDate after, LocalDate before) {
            return targetCloseDate(TargetCloseDateFilter.builder()
                    .afterTargetCloseDate(Optional.ofNullable(after)).beforeTargetCloseDate(Optional.ofNullable(before))
                    .build());
        }

        /** Only opportunities whose target close date is before {@code date}. */
        public Builder targetCloseBefore(LocalDate date) {
            return targetCloseBetween(null, date);
        }
    }
}

package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** How ListResourceSnapshotJobs orders jobs ({@code Sort}): by {@code CreatedDate}. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSnapshotJobSort.class)
@JsonDeserialize(as = ImmutableSnapshotJobSort.class)
public interface SnapshotJobSort {
    /** The only sort field the API offers. */
    String CREATED_DATE = "CreatedDate";

    @JsonProperty("SortBy")
    @Value.Parameter
    String sortBy();

    @JsonProperty("SortOrder")
    @Value.Parameter
    SortOrder sortOrder();

    static SnapshotJobSort byCreatedDate(SortOrder order) {
        return ImmutableSnapshotJobSort.of(CREATED_DATE, order);
    }
}

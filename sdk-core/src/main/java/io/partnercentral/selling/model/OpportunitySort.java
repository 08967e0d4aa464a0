package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * How ListOpportunities orders its results ({@code Sort}).
 *
 * <pre>{@code OpportunitySort.of(OpportunitySortField.LAST_MODIFIED_DATE, SortOrder.ASCENDING)}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableOpportunitySort.class)
@JsonDeserialize(as = ImmutableOpportunitySort.class)
public interface OpportunitySort {
    @JsonProperty("SortBy")
    @Value.Parameter
    OpportunitySortField sortBy();

    @JsonProperty("SortOrder")
    @Value.Parameter
    SortOrder sortOrder();

    static OpportunitySort of(OpportunitySortField sortBy, SortOrder sortOrder) {
        return ImmutableOpportunitySort.of(sortBy, sortOrder);
    }
}

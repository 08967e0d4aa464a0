package io.partnercentral.selling.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

// A hand-written mixin of a generated type (customization.json "mixins"): conveniences only,
// never a member list.
/** Date filters by bounds, on {@link ListOpportunitiesRequest.Builder}. */
interface ListOpportunitiesRequestBuilderMixin {
    /**
     * Sets the {@code LastModifiedDate} filter.
     *
     * @param filter the time range
     * @return this builder
     */
    ListOpportunitiesRequest.Builder lastModifiedDate(LastModifiedDateFilter filter);

    /**
     * Sets the {@code CreatedDate} filter.
     *
     * @param filter the time range
     * @return this builder
     */
    ListOpportunitiesRequest.Builder createdDate(CreatedDateFilter filter);

    /**
     * Sets the {@code TargetCloseDate} filter.
     *
     * @param filter the date range
     * @return this builder
     */
    ListOpportunitiesRequest.Builder targetCloseDate(TargetCloseDateFilter filter);

    /**
     * Only opportunities modified after {@code instant}.
     *
     * @param instant the instant
     * @return this builder
     */
    default ListOpportunitiesRequest.Builder lastModifiedAfter(Instant instant) {
        return lastModifiedDate(LastModifiedDateFilter.builder().afterLastModifiedDate(instant).build());
    }

    /**
     * Only opportunities created within the bounds; either may be null.
     *
     * @param after the lower bound, inclusive
     * @param before the upper bound, exclusive
     * @return this builder
     */
    default ListOpportunitiesRequest.Builder createdBetween(Instant after, Instant before) {
        return createdDate(CreatedDateFilter.builder()
                .afterCreatedDate(Optional.ofNullable(after)).beforeCreatedDate(Optional.ofNullable(before)).build());
    }

    /**
     * Only opportunities created after {@code instant}.
     *
     * @param instant the instant
     * @return this builder
     */
    default ListOpportunitiesRequest.Builder createdAfter(Instant instant) {
        return createdBetween(instant, null);
    }

    /**
     * Only opportunities whose target close date lies within the bounds; either may be null.
     *
     * @param after the lower bound, inclusive
     * @param before the upper bound, exclusive
     * @return this builder
     */
    default ListOpportunitiesRequest.Builder targetCloseBetween(LocalDate after, LocalDate before) {
        return targetCloseDate(TargetCloseDateFilter.builder()
                .afterTargetCloseDate(Optional.ofNullable(after)).beforeTargetCloseDate(Optional.ofNullable(before))
                .build());
    }

    /**
     * Only opportunities whose target close date is before {@code date}.
     *
     * @param date the date
     * @return this builder
     */
    default ListOpportunitiesRequest.Builder targetCloseBefore(LocalDate date) {
        return targetCloseBetween(null, date);
    }
}

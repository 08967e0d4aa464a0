package io.partnercentral.selling.model;

import java.util.List;

// A hand-written mixin of a generated type (customization.json "mixins"): conveniences only,
// never a member list.
/** Sorting by creation date, on {@link ListSnapshotJobsRequest.Builder}. */
interface ListSnapshotJobsRequestBuilderMixin {
    /**
     * Sets the order of the listing.
     *
     * @param sort the sort
     * @return this builder
     */
    ListSnapshotJobsRequest.Builder sort(SnapshotJobSort sort);

    /**
     * Sorts by creation date in {@code order}.
     *
     * @param order ascending or descending
     * @return this builder
     */
    default ListSnapshotJobsRequest.Builder sortByCreatedDate(SortOrder order) {
        return sort(SnapshotJobSort.byCreatedDate(order));
    }
}

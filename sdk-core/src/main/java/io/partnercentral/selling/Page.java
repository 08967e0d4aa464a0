package io.partnercentral.selling;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing.
 *
 * @param <T> the item type
 * @param items the page's items, in the service's order
 * @param nextToken the token of the next page, or {@code null} on the last page
 */
public record Page<T>(List<T> items, String nextToken) {
    /**
     * Creates a {@code Page}, checking its components.
     *
     * @param items the page's items, in the service's order
     * @param nextToken the token of the next page, or {@code null} on the last page
     */
    public Page {
        items = List.copyOf(items);
    }

    /** {@return the token of the next page; empty on the last page} */
    public Optional<String> next() {
        return Optional.ofNullable(nextToken);
    }
}

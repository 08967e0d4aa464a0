package io.partnercentral.selling;

import software.amazon.awssdk.core.async.SdkPublisher;

/**
 * An asynchronous listing: a publisher of pages, each fetched from the service only when a subscriber
 * asks for it, with {@link #items()} flattening the items across pages. Each new subscription starts
 * again from the first page. A request that breaks the model's rules fails the subscriber with a
 * {@link io.partnercentral.selling.exception.ValidationException} before anything is sent; a failed
 * page ends the subscription with the same {@link io.partnercentral.selling.exception.PartnerCentralException}
 * the sync listing would throw. The twin of {@link PageIterable}.
 *
 * <pre>{@code
 * CompletableFuture<Void> done = selling.solutions()
 *         .list(r -> r.maxResults(50))
 *         .items()
 *         .subscribe(solution -> System.out.println(solution.id()));
 * }</pre>
 *
 * @param <T> the type of the listing's items
 */
public interface PagePublisher<T> extends SdkPublisher<Page<T>> {
    /**
     * The items of every page, fetched as the subscriber demands them.
     *
     * @return a publisher of the listing's items
     */
    default SdkPublisher<T> items() {
        return flatMapIterable(Page::items);
    }
}

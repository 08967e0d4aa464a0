package io.partnercentral.selling.internal;

import io.partnercentral.selling.Page;
import io.partnercentral.selling.PagePublisher;
import io.partnercentral.selling.exception.InvalidResponseException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.model.Catalog;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.core.pagination.async.AsyncPageFetcher;
import software.amazon.awssdk.core.pagination.async.ResponsesSubscription;

/**
 * Internal API: the asynchronous twin of {@link OperationCalls}, over the same operation definitions:
 * {@link OperationCalls#prepare} checks and fills the request (bound catalog, a client token drawn once,
 * every model rule), {@link OperationCalls.Prepared#bytes()} writes it, and the operation's output
 * codec reads the answer; only the transport differs. A request that fails its checks completes the
 * future exceptionally before anything is sent. Listings are publishers over the AWS SDK's
 * {@link ResponsesSubscription}, a page per demand. Thread-safe.
 */
public final class AsyncOperationCalls {
    private final AsyncWireTransport transport;

    /**
     * Calls over {@code transport}.
     *
     * @param transport the async transport
     */
    public AsyncOperationCalls(AsyncWireTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    AsyncWireTransport transport() {
        return transport;
    }

    /** Prepares, sends and reads one call; a bad request completes the future before anything is sent. */
    <O> CompletableFuture<O> call(Operation operation, Catalog catalog, Object request) {
        return call(operation, catalog, request, null);
    }

    /** As {@link #call(Operation, Catalog, Object)}, the whole call bounded by {@code timeout} ({@code null}: the client's). */
    <O> CompletableFuture<O> call(Operation operation, Catalog catalog, Object request, Duration timeout) {
        OperationCalls.Prepared prepared;
        try {
            prepared = OperationCalls.prepare(operation, catalog, request);
        } catch (RuntimeException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        return send(prepared, timeout);
    }

    /** Sends a prepared request and reads its response. */
    <O> CompletableFuture<O> send(OperationCalls.Prepared prepared, Duration timeout) {
        Operation operation = prepared.operation();
        WireExchange exchange;
        try {
            exchange = transport.exchange(prepared.bytes(), operation.outputCodec());
        } catch (RuntimeException unwritable) {
            return CompletableFuture.failedFuture(unwritable);
        }
        exchange.timeout(timeout);
        CompletableFuture<O> sent = transport.execute(operation, exchange);
        if (operation.isReadOnly()) {
            return sent;
        }
        // As the sync calls: a write's failure that may follow an applied attempt completes as an unknown outcome.
        return sent.handle((value, failure) -> {
            if (failure == null) {
                return value;
            }
            Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof PartnerCentralException service) {
                throw new java.util.concurrent.CompletionException(
                        WriteOutcomes.of(prepared, service, exchange, transport.metrics()));
            }
            throw failure instanceof java.util.concurrent.CompletionException completion
                    ? completion : new java.util.concurrent.CompletionException(failure);
        });
    }

    /**
     * A listing of a paginated operation: the request is checked when a subscriber subscribes (a
     * failure is its {@code onError}, before anything is sent); each subscription pages from the
     * request's own token and stops at the transport's page limit or a repeated token.
     */
    <T> PagePublisher<T> pages(Operation operation, Catalog catalog, Object request) {
        if (!operation.isPaginated()) {
            return failing(new IllegalArgumentException(operation.wireName() + " is not paginated"));
        }
        OperationCalls.Prepared first;
        try {
            first = OperationCalls.prepare(operation, catalog, request);
        } catch (RuntimeException invalid) {
            return failing(invalid);
        }
        String start = first.nextToken();
        int maxPages = transport.maxPages();
        return subscriber -> subscriber.onSubscribe(ResponsesSubscription.builder().subscriber(subscriber)
                .nextPageFetcher(new Fetcher<T>(this, first, start, maxPages)).build());
    }

    /** A publisher that fails every subscriber with {@code failure}, having sent nothing. */
    static <T> PagePublisher<T> failing(Throwable failure) {
        return subscriber -> failOn(subscriber, failure);
    }

    private static void failOn(Subscriber<?> subscriber, Throwable failure) {
        subscriber.onSubscribe(new Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {}
        });
        subscriber.onError(failure);
    }

    /** One subscription's paging: the pages it has fetched and the tokens it has followed. */
    private static final class Fetcher<T> implements AsyncPageFetcher<Page<T>> {
        private final AsyncOperationCalls calls;
        private final OperationCalls.Prepared first;
        private final String start;
        private final int maxPages;
        private final Set<String> seen = new HashSet<>();
        private int pages;

        Fetcher(AsyncOperationCalls calls, OperationCalls.Prepared first, String start, int maxPages) {
            this.calls = calls;
            this.first = first;
            this.start = start;
            this.maxPages = maxPages;
        }

        @Override
        public boolean hasNextPage(Page<T> previous) {
            return previous.nextToken() != null && !previous.nextToken().isEmpty();
        }

        @Override
        @SuppressWarnings("unchecked")
        public CompletableFuture<Page<T>> nextPage(Page<T> previous) {
            String token = previous == null ? start : previous.nextToken();
            Operation operation = first.operation();
            if (pages >= maxPages) {
                return CompletableFuture.failedFuture(invalid(operation, operation.wireName() + " still returned a"
                        + " NextToken after " + pages + " pages, the most one listing follows"
                        + " (maxPagesPerListing); stopping instead of paging without end"));
            }
            if (previous != null && !seen.add(token)) {
                return CompletableFuture.failedFuture(invalid(operation, operation.wireName()
                        + " returned a NextToken it had already returned, after " + pages
                        + " page(s); stopping instead of paging in a loop"));
            }
            OperationCalls.Prepared page = Objects.equals(token, start) ? first : first.withNextToken(token);
            return calls.<Object>send(page, null).thenApply(response -> {
                pages++;
                return new Page<>((List<T>) operation.pageItems(response), operation.nextPageToken(response));
            });
        }

        private static InvalidResponseException invalid(Operation operation, String message) {
            return new InvalidResponseException(new PartnerCentralException.ErrorDetails(
                    message, null, null, 200, false, null, operation.wireName()));
        }
    }
}

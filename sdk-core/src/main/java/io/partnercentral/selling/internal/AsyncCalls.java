package io.partnercentral.selling.internal;

import io.partnercentral.selling.PagePublisher;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Internal API: what the generated async sub-client methods call. Each sends its operation's
 * definition (the generated {@link Operation} and {@link OperationCalls#prepare}, the same as the sync
 * client's) through the sub-client's {@link AsyncOperationCalls}. Nothing here throws: a bad request,
 * a {@code null} one or a builder consumer that fails completes the future (or fails the publisher's
 * subscribers) instead.
 */
public final class AsyncCalls {
    private AsyncCalls() {}

    /**
     * Sends {@code request} as {@code operation} through {@code client}, an async sub-client.
     *
     * @param <O> the operation's result type
     * @param client the sub-client the generated method belongs to
     * @param operation the operation
     * @param request its request (checked before anything is sent)
     * @return the future answer
     */
    public static <O> CompletableFuture<O> call(Object client, Operation operation, Object request) {
        if (!(client instanceof AsyncHost host)) {
            return CompletableFuture.failedFuture(unsupported(client, operation));
        }
        return host.calls.call(operation, host.catalog, request);
    }

    /**
     * Lists {@code operation} through {@code client}, an async sub-client.
     *
     * @param <T> the listing's item type
     * @param client the sub-client the generated method belongs to
     * @param operation the paginated operation
     * @param request its request (checked when a subscriber subscribes, before anything is sent)
     * @return the listing
     */
    public static <T> PagePublisher<T> pages(Object client, Operation operation, Object request) {
        if (!(client instanceof AsyncHost host)) {
            return AsyncOperationCalls.failing(unsupported(client, operation));
        }
        return host.calls.pages(operation, host.catalog, request);
    }

    /**
     * The request a caller's builder consumer makes: a supplier that fills a fresh builder and builds
     * it when the call is made; a {@code null} consumer supplies {@code null}, which the call reports
     * as a missing request.
     *
     * @param <B> the builder type
     * @param builder makes a fresh builder
     * @param fill the caller's consumer
     * @param build builds the request
     * @return the request, made on demand
     */
    public static <B> Supplier<Object> built(Supplier<B> builder, Consumer<B> fill, Function<B, ?> build) {
        return () -> {
            if (fill == null) {
                return null;
            }
            B b = builder.get();
            fill.accept(b);
            return build.apply(b);
        };
    }

    /**
     * As {@link #call(Object, Operation, Object)} with a request made by {@code request}; its failure
     * completes the future.
     *
     * @param <O> the operation's result type
     * @param client the sub-client
     * @param operation the operation
     * @param request makes the request
     * @return the future answer
     */
    public static <O> CompletableFuture<O> callBuilt(Object client, Operation operation, Supplier<Object> request) {
        Object made;
        try {
            made = request.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return call(client, operation, made);
    }

    /**
     * As {@link #pages(Object, Operation, Object)} with a request made by {@code request}; its failure
     * fails every subscriber.
     *
     * @param <T> the listing's item type
     * @param client the sub-client
     * @param operation the paginated operation
     * @param request makes the request
     * @return the listing
     */
    public static <T> PagePublisher<T> pagesBuilt(Object client, Operation operation, Supplier<Object> request) {
        Object made;
        try {
            made = request.get();
        } catch (RuntimeException e) {
            return AsyncOperationCalls.failing(e);
        }
        return pages(client, operation, made);
    }

    private static UnsupportedOperationException unsupported(Object client, Operation operation) {
        return new UnsupportedOperationException(operation.wireName() + " is not implemented by "
                + client.getClass().getName());
    }
}

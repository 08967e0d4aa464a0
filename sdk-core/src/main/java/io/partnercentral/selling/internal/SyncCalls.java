package io.partnercentral.selling.internal;

import io.partnercentral.selling.PageIterable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Internal API: what the generated sync sub-client methods ({@code <Base>Operations}) call. Each sends
 * its operation's definition (the generated {@link Operation} and {@link OperationCalls#prepare}, the
 * same as the async twin's {@link AsyncCalls}) through the sub-client's {@link OperationCalls}, bound
 * to its catalog.
 */
public final class SyncCalls {
    private SyncCalls() {}

    /**
     * Sends {@code request} as {@code operation} through {@code client}, a sync sub-client.
     *
     * @param <O> the operation's result type
     * @param client the sub-client the generated method belongs to
     * @param operation the operation
     * @param request its request (checked before anything is sent)
     * @return the answer
     */
    public static <O> O call(Object client, Operation operation, Object request) {
        if (client instanceof CatalogBoundClient<?> host) {
            return host.calls.call(operation, host.catalog, request);
        }
        if (client instanceof DefaultOpportunityClient opportunities) {
            return opportunities.calls.call(operation, opportunities.catalog, request);
        }
        if (client instanceof DefaultTagClient tags) {
            return tags.calls.call(operation, null, request);
        }
        throw unsupported(client, operation);
    }

    /**
     * Lists {@code operation} through {@code client}, a sync sub-client.
     *
     * @param <T> the listing's item type
     * @param client the sub-client the generated method belongs to
     * @param operation the paginated operation
     * @param request its request (checked before the first page is asked for)
     * @return the listing
     */
    public static <T> PageIterable<T> pages(Object client, Operation operation, Object request) {
        if (client instanceof CatalogBoundClient<?> host) {
            return host.calls.pages(operation, host.catalog, request);
        }
        if (client instanceof DefaultOpportunityClient opportunities) {
            return opportunities.calls.pages(operation, opportunities.catalog, request);
        }
        if (client instanceof DefaultTagClient tags) {
            return tags.calls.pages(operation, null, request);
        }
        throw unsupported(client, operation);
    }

    /**
     * The request a caller's builder consumer makes: a fresh builder, filled and built.
     *
     * @param <B> the builder type
     * @param operation the operation, named in the failure of a {@code null} consumer
     * @param builder makes a fresh builder
     * @param fill the caller's consumer
     * @param build builds the request
     * @return the request
     * @throws io.partnercentral.selling.exception.ValidationException if {@code fill} is {@code null}
     */
    public static <B> Object built(Operation operation, Supplier<B> builder, Consumer<B> fill, Function<B, ?> build) {
        RequestChecks.argument(operation.wireName(), "request", fill);
        B b = builder.get();
        fill.accept(b);
        return build.apply(b);
    }

    private static UnsupportedOperationException unsupported(Object client, Operation operation) {
        return new UnsupportedOperationException(operation.wireName() + " is not implemented by "
                + client.getClass().getName());
    }
}

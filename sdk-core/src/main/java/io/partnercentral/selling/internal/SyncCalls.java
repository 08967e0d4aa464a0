package io.partnercentral.selling.internal;

import io.partnercentral.selling.model.Catalog;
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
     * @param method the method, as {@code <Interface>.<method>}, named when {@code client} is a fake
     * @param operation the operation
     * @param request its request (checked before anything is sent)
     * @return the answer
     * @throws UnsupportedOperationException if {@code client} is not the SDK's (a fake of the interface)
     */
    public static <O> O call(Object client, String method, Operation operation, Object request) {
        Bound bound = bound(client, method);
        return bound.calls().call(operation, bound.catalog(), request);
    }

    /** The SDK's own calls and catalog behind {@code client}; a fake of the interface has none. */
    private record Bound(OperationCalls calls, Catalog catalog) {}

    private static Bound bound(Object client, String method) {
        if (client instanceof CatalogBoundClient<?> host) {
            return new Bound(host.calls, host.catalog);
        }
        if (client instanceof DefaultOpportunityClient opportunities) {
            return new Bound(opportunities.calls, opportunities.catalog);
        }
        if (client instanceof DefaultTagClient tags) {
            return new Bound(tags.calls, null);
        }
        throw unsupported(method);
    }

    /**
     * Lists {@code operation} through {@code client}, a sync sub-client.
     *
     * @param <T> the listing's item type
     * @param client the sub-client the generated method belongs to
     * @param method the method, as {@code <Interface>.<method>}, named when {@code client} is a fake
     * @param operation the paginated operation
     * @param request its request (checked before the first page is asked for)
     * @return the listing
     * @throws UnsupportedOperationException if {@code client} is not the SDK's (a fake of the interface)
     */
    public static <T> PageIterable<T> pages(Object client, String method, Operation operation, Object request) {
        Bound bound = bound(client, method);
        return bound.calls().pages(operation, bound.catalog(), request);
    }

    /**
     * The request a caller's builder consumer makes: a fresh builder, filled and built.
     *
     * @param <B> the builder type
     * @param <R> the request type
     * @param operation the operation, named in the failure of a {@code null} consumer
     * @param builder makes a fresh builder
     * @param fill the caller's consumer
     * @param build builds the request
     * @return the request
     * @throws io.partnercentral.selling.exception.ValidationException if {@code fill} is {@code null}
     */
    public static <B, R> R built(Operation operation, Supplier<B> builder, Consumer<B> fill, Function<B, R> build) {
        RequestChecks.argument(operation.wireName(), "request", fill);
        B b = builder.get();
        fill.accept(b);
        return build.apply(b);
    }

    /** As the hand-written interface methods' defaults say it ({@code NotImplemented}). */
    private static UnsupportedOperationException unsupported(String method) {
        return new UnsupportedOperationException(method + " is not implemented by this instance");
    }
}

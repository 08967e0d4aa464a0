package io.partnercentral.selling.internal;

import io.partnercentral.selling.model.Catalog;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Internal API: what every sub-client defined by {@link Operation}s shares: the calls it goes
 * through and the catalog it is bound to, with {@code inCatalog} returning a copy bound to another.
 *
 * @param <C> the sub-client's public interface
 */
abstract class CatalogBoundClient<C> {
    final OperationCalls calls;
    final Catalog catalog;
    private final BiFunction<OperationCalls, Catalog, C> rebind;

    CatalogBoundClient(OperationCalls calls, Catalog catalog, BiFunction<OperationCalls, Catalog, C> rebind) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.rebind = rebind;
    }

    /**
     * One call of this client's that must end within {@code timeout}, retries included: a step of a
     * call that waits (the inbox's accept and convert), bounded by what is left of the wait.
     */
    <O> O callWithin(Operation operation, Object request, java.time.Duration timeout) {
        return calls.call(operation, catalog, request, timeout);
    }

    public Catalog catalog() {
        return catalog;
    }

    @SuppressWarnings("unchecked")
    public C inCatalog(Catalog other) {
        return RequestChecks.argument("inCatalog", "catalog", other).equals(catalog) ? (C) this : rebind.apply(calls, other);
    }
}

package io.partnercentral.selling.internal;

import io.partnercentral.selling.model.Catalog;
import java.util.Objects;

/**
 * Internal API: what every async sub-client shares: the calls it sends through and the catalog it is
 * bound to. The generated operation methods reach these through {@link AsyncCalls}.
 */
public abstract class AsyncHost {
    final AsyncOperationCalls calls;
    final Catalog catalog;

    AsyncHost(AsyncOperationCalls calls, Catalog catalog) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * The catalog calls act on unless a request names another.
     *
     * @return the bound catalog
     */
    public Catalog catalog() {
        return catalog;
    }
}

package io.partnercentral.selling.internal;

import io.partnercentral.selling.PageIterable;
import io.partnercentral.selling.SolutionClient;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.ListSolutionsRequest;
import io.partnercentral.selling.model.ListSolutionsResponse;
import io.partnercentral.selling.model.SolutionBase;
import java.util.Objects;

/** Internal API: ListSolutions through its {@link Operation} definition. */
public final class DefaultSolutionClient implements SolutionClient {
    private final OperationCalls calls;
    private final Catalog catalog;

    public DefaultSolutionClient(OperationCalls calls, Catalog catalog) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public SolutionClient inCatalog(Catalog other) {
        return other.equals(catalog) ? this : new DefaultSolutionClient(calls, other);
    }

    @Override
    public PageIterable<SolutionBase> list(ListSolutionsRequest request) {
        return calls.pages(Operation.LIST_SOLUTIONS, catalog, request,
                ListSolutionsResponse::solutionSummaries, ListSolutionsResponse::nextToken);
    }
}

package io.partnercentral.selling.internal;

import io.partnercentral.selling.PageIterable;
import io.partnercentral.selling.SolutionClient;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.ListSolutionsRequest;
import io.partnercentral.selling.model.ListSolutionsResponse;
import io.partnercentral.selling.model.SolutionBase;

/** Internal API: ListSolutions through its {@link Operation} definition. */
public final class DefaultSolutionClient extends CatalogBoundClient<SolutionClient> implements SolutionClient {
    public DefaultSolutionClient(OperationCalls calls, Catalog catalog) {
        super(calls, catalog, DefaultSolutionClient::new);
    }

    @Override
    public PageIterable<SolutionBase> list(ListSolutionsRequest request) {
        return calls.pages(Operation.LIST_SOLUTIONS, catalog, request);
    }
}

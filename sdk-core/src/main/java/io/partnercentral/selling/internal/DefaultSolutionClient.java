package io.partnercentral.selling.internal;

import io.partnercentral.selling.SolutionClient;
import io.partnercentral.selling.model.Catalog;

/** Internal API: the solutions sub-client; its operations are the generated {@code SolutionOperations}, over {@link SyncCalls}. */
public final class DefaultSolutionClient extends CatalogBoundClient<SolutionClient> implements SolutionClient {
    public DefaultSolutionClient(OperationCalls calls, Catalog catalog) {
        super(calls, catalog, DefaultSolutionClient::new);
    }
}

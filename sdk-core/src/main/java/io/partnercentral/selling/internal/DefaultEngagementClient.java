package io.partnercentral.selling.internal;

import io.partnercentral.selling.EngagementClient;
import io.partnercentral.selling.model.Catalog;

/** Internal API: the engagement sub-client; its operations are the generated {@code EngagementOperations}, over {@link SyncCalls}. */
public final class DefaultEngagementClient extends CatalogBoundClient<EngagementClient> implements EngagementClient {
    public DefaultEngagementClient(OperationCalls calls, Catalog catalog) {
        super(calls, catalog, DefaultEngagementClient::new);
    }
}

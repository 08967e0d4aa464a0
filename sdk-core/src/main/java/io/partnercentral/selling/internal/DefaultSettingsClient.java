package io.partnercentral.selling.internal;

import io.partnercentral.selling.SettingsClient;
import io.partnercentral.selling.model.Catalog;

/** Internal API: the settings sub-client; its operations are the generated {@code SettingsOperations}, over {@link SyncCalls}. */
public final class DefaultSettingsClient extends CatalogBoundClient<SettingsClient> implements SettingsClient {
    public DefaultSettingsClient(OperationCalls calls, Catalog catalog) {
        super(calls, catalog, DefaultSettingsClient::new);
    }
}

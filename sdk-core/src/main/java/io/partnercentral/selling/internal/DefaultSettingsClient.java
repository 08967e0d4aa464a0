package io.partnercentral.selling.internal;

import io.partnercentral.selling.SettingsClient;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.GetSellingSystemSettingsRequest;
import io.partnercentral.selling.model.GetSellingSystemSettingsResponse;
import io.partnercentral.selling.model.PutSellingSystemSettingsRequest;
import io.partnercentral.selling.model.PutSellingSystemSettingsResponse;

/** Internal API: Get/PutSellingSystemSettings through their {@link Operation} definitions. */
public final class DefaultSettingsClient extends CatalogBoundClient<SettingsClient> implements SettingsClient {
    public DefaultSettingsClient(OperationCalls calls, Catalog catalog) {
        super(calls, catalog, DefaultSettingsClient::new);
    }

    @Override
    public GetSellingSystemSettingsResponse get(GetSellingSystemSettingsRequest request) {
        return calls.call(Operation.GET_SELLING_SYSTEM_SETTINGS, catalog, request);
    }

    @Override
    public PutSellingSystemSettingsResponse put(PutSellingSystemSettingsRequest request) {
        return calls.call(Operation.PUT_SELLING_SYSTEM_SETTINGS, catalog, request);
    }
}

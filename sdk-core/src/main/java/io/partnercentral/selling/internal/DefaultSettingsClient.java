package io.partnercentral.selling.internal;

import io.partnercentral.selling.SettingsClient;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.GetSellingSystemSettingsRequest;
import io.partnercentral.selling.model.GetSellingSystemSettingsResponse;
import io.partnercentral.selling.model.PutSellingSystemSettingsRequest;
import io.partnercentral.selling.model.PutSellingSystemSettingsResponse;
import java.util.Objects;

/** Internal API: Get/PutSellingSystemSettings through their {@link Operation} definitions. */
public final class DefaultSettingsClient implements SettingsClient {
    private final OperationCalls calls;
    private final Catalog catalog;

    public DefaultSettingsClient(OperationCalls calls, Catalog catalog) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public SettingsClient inCatalog(Catalog other) {
        return other.equals(catalog) ? this : new DefaultSettingsClient(calls, other);
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

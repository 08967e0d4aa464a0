package io.partnercentral.selling.internal;

import io.partnercentral.selling.InvitationClient;
import io.partnercentral.selling.model.Catalog;

/** Internal API: the invitation sub-client; its operations are the generated {@code InvitationOperations}, over {@link SyncCalls}. */
public final class DefaultInvitationClient extends CatalogBoundClient<InvitationClient> implements InvitationClient {
    public DefaultInvitationClient(OperationCalls calls, Catalog catalog) {
        super(calls, catalog, DefaultInvitationClient::new);
    }
}

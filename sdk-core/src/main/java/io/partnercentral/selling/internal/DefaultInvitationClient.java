package io.partnercentral.selling.internal;

import io.partnercentral.selling.InvitationClient;
import io.partnercentral.selling.PageIterable;
import io.partnercentral.selling.model.AcceptEngagementInvitationRequest;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreateEngagementInvitationRequest;
import io.partnercentral.selling.model.CreateEngagementInvitationResponse;
import io.partnercentral.selling.model.EngagementInvitationSummary;
import io.partnercentral.selling.model.GetEngagementInvitationRequest;
import io.partnercentral.selling.model.GetEngagementInvitationResponse;
import io.partnercentral.selling.model.ListEngagementInvitationsRequest;
import io.partnercentral.selling.model.ListEngagementInvitationsResponse;
import io.partnercentral.selling.model.RejectEngagementInvitationRequest;

/** Internal API: the engagement invitation operations, each through its {@link Operation} definition. */
public final class DefaultInvitationClient extends CatalogBoundClient<InvitationClient> implements InvitationClient {
    public DefaultInvitationClient(OperationCalls calls, Catalog catalog) {
        super(calls, catalog, DefaultInvitationClient::new);
    }

    @Override
    public PageIterable<EngagementInvitationSummary> list(ListEngagementInvitationsRequest request) {
        return calls.pages(Operation.LIST_ENGAGEMENT_INVITATIONS, catalog, request);
    }

    @Override
    public GetEngagementInvitationResponse get(GetEngagementInvitationRequest request) {
        return calls.call(Operation.GET_ENGAGEMENT_INVITATION, catalog, request);
    }

    @Override
    public void accept(AcceptEngagementInvitationRequest request) {
        calls.call(Operation.ACCEPT_ENGAGEMENT_INVITATION, catalog, request);
    }

    @Override
    public void reject(RejectEngagementInvitationRequest request) {
        calls.call(Operation.REJECT_ENGAGEMENT_INVITATION, catalog, request);
    }

    @Override
    public CreateEngagementInvitationResponse create(CreateEngagementInvitationRequest request) {
        return calls.call(Operation.CREATE_ENGAGEMENT_INVITATION, catalog, request);
    }
}

package io.partnercentral.selling.internal;

import io.partnercentral.selling.EngagementClient;
import io.partnercentral.selling.PageIterable;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreateEngagementContextRequest;
import io.partnercentral.selling.model.CreateEngagementContextResponse;
import io.partnercentral.selling.model.CreateEngagementRequest;
import io.partnercentral.selling.model.CreateEngagementResponse;
import io.partnercentral.selling.model.EngagementMember;
import io.partnercentral.selling.model.EngagementResourceAssociationSummary;
import io.partnercentral.selling.model.EngagementSummary;
import io.partnercentral.selling.model.GetEngagementRequest;
import io.partnercentral.selling.model.GetEngagementResponse;
import io.partnercentral.selling.model.ListEngagementMembersRequest;
import io.partnercentral.selling.model.ListEngagementMembersResponse;
import io.partnercentral.selling.model.ListEngagementResourceAssociationsRequest;
import io.partnercentral.selling.model.ListEngagementResourceAssociationsResponse;
import io.partnercentral.selling.model.ListEngagementsRequest;
import io.partnercentral.selling.model.ListEngagementsResponse;
import io.partnercentral.selling.model.UpdateEngagementContextRequest;
import io.partnercentral.selling.model.UpdateEngagementContextResponse;

/** Internal API: the engagement operations, each through its {@link Operation} definition. */
public final class DefaultEngagementClient extends CatalogBoundClient<EngagementClient> implements EngagementClient {
    public DefaultEngagementClient(OperationCalls calls, Catalog catalog) {
        super(calls, catalog, DefaultEngagementClient::new);
    }

    @Override
    public CreateEngagementResponse create(CreateEngagementRequest request) {
        return calls.call(Operation.CREATE_ENGAGEMENT, catalog, request);
    }

    @Override
    public GetEngagementResponse get(GetEngagementRequest request) {
        return calls.call(Operation.GET_ENGAGEMENT, catalog, request);
    }

    @Override
    public PageIterable<EngagementSummary> list(ListEngagementsRequest request) {
        return calls.pages(Operation.LIST_ENGAGEMENTS, catalog, request);
    }

    @Override
    public PageIterable<EngagementMember> listMembers(ListEngagementMembersRequest request) {
        return calls.pages(Operation.LIST_ENGAGEMENT_MEMBERS, catalog, request);
    }

    @Override
    public PageIterable<EngagementResourceAssociationSummary> listResourceAssociations(
            ListEngagementResourceAssociationsRequest request) {
        return calls.pages(Operation.LIST_ENGAGEMENT_RESOURCE_ASSOCIATIONS, catalog, request);
    }

    @Override
    public CreateEngagementContextResponse createContext(CreateEngagementContextRequest request) {
        return calls.call(Operation.CREATE_ENGAGEMENT_CONTEXT, catalog, request);
    }

    @Override
    public UpdateEngagementContextResponse updateContext(UpdateEngagementContextRequest request) {
        return calls.call(Operation.UPDATE_ENGAGEMENT_CONTEXT, catalog, request);
    }
}

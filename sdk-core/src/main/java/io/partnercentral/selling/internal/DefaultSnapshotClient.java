package io.partnercentral.selling.internal;

import io.partnercentral.selling.PageIterable;
import io.partnercentral.selling.SnapshotClient;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreateResourceSnapshotRequest;
import io.partnercentral.selling.model.CreatedSnapshot;
import io.partnercentral.selling.model.GetResourceSnapshotRequest;
import io.partnercentral.selling.model.ListSnapshotsRequest;
import io.partnercentral.selling.model.ResourceType;
import io.partnercentral.selling.model.Snapshot;
import io.partnercentral.selling.model.SnapshotSummary;
import io.partnercentral.selling.model.SnapshotTarget;

/**
 * Internal API: the snapshot operations, each through its {@link Operation} definition. The target's
 * identifiers are checked first, in the order the target names them; {@link OperationCalls} then
 * fills the catalog and client token once and checks the model's rules before sending.
 *
 * <p>Thread-safe: holds only immutable state.
 */
public final class DefaultSnapshotClient extends CatalogBoundClient<SnapshotClient> implements SnapshotClient {
    public DefaultSnapshotClient(OperationCalls calls, Catalog catalog) {
        super(calls, catalog, DefaultSnapshotClient::new);
    }

    @Override
    public CreatedSnapshot create(SnapshotTarget target) {
        check(Operation.CREATE_RESOURCE_SNAPSHOT, target).throwIfInvalid();
        return calls.call(Operation.CREATE_RESOURCE_SNAPSHOT, catalog, CreateResourceSnapshotRequest.builder()
                .engagementIdentifier(target.engagementIdentifier())
                .resourceType(target.resourceType())
                .resourceIdentifier(target.resourceIdentifier())
                .resourceSnapshotTemplateIdentifier(target.templateIdentifier())
                .build());
    }

    @Override
    public Snapshot get(SnapshotTarget target) {
        check(Operation.GET_RESOURCE_SNAPSHOT, target).throwIfInvalid();
        return calls.call(Operation.GET_RESOURCE_SNAPSHOT, catalog, getRequest(target).build());
    }

    @Override
    public Snapshot get(SnapshotTarget target, int revision) {
        check(Operation.GET_RESOURCE_SNAPSHOT, target).range("Revision", revision, 1, Integer.MAX_VALUE)
                .throwIfInvalid();
        return calls.call(Operation.GET_RESOURCE_SNAPSHOT, catalog, getRequest(target).revision(revision).build());
    }

    private GetResourceSnapshotRequest.Builder getRequest(SnapshotTarget target) {
        // With the catalog already set, OperationCalls need not rebuild the request to fill it.
        return GetResourceSnapshotRequest.builder()
                .catalog(catalog)
                .engagementIdentifier(target.engagementIdentifier())
                .resourceType(target.resourceType())
                .resourceIdentifier(target.resourceIdentifier())
                .resourceSnapshotTemplateIdentifier(target.templateIdentifier());
    }

    @Override
    public PageIterable<SnapshotSummary> list(ListSnapshotsRequest request) {
        RequestChecks.argument("ListResourceSnapshots", "request", request);
        // The checks of the facade before this class used OperationCalls, kept for their messages and
        // order; OperationCalls then checks the model's rules again, which pass by then.
        ListSnapshotsRequest bound = request.catalog().isPresent() ? request : request.toBuilder().catalog(catalog).build();
        RequestChecks checks = RequestChecks.of(Operation.LIST_RESOURCE_SNAPSHOTS).catalog(bound.catalog().orElse(null))
                .model("ListResourceSnapshots", bound);
        if (ResourceType.OPPORTUNITY.equals(bound.resourceType().orElse(null))) {
            bound.resourceIdentifier().ifPresent(id -> checks.opportunityId("ResourceIdentifier", id));
        }
        checks.throwIfInvalid();
        return calls.pages(Operation.LIST_RESOURCE_SNAPSHOTS, catalog, request);
    }

    /** The target's identifiers, each by the model's rule for that member of {@code operation}. */
    static RequestChecks check(Operation operation, SnapshotTarget target) {
        RequestChecks.argument(operation.wireName(), "target", target);
        RequestChecks checks = RequestChecks.of(operation)
                .engagementId("EngagementIdentifier", target.engagementIdentifier())
                .templateId("ResourceSnapshotTemplateIdentifier", target.templateIdentifier());
        if (ResourceType.OPPORTUNITY.equals(target.resourceType())) {
            checks.opportunityId("ResourceIdentifier", target.resourceIdentifier());
        }
        return checks;
    }
}

package io.partnercentral.selling.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.partnercentral.selling.PageIterable;
import io.partnercentral.selling.SnapshotClient;
import io.partnercentral.selling.model.ListResourceSnapshotsResponse;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreatedSnapshot;
import io.partnercentral.selling.model.ListSnapshotsRequest;
import io.partnercentral.selling.model.ResourceType;
import io.partnercentral.selling.model.Snapshot;
import io.partnercentral.selling.model.SnapshotSummary;
import io.partnercentral.selling.model.SnapshotTarget;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Internal API: the snapshot operations of the facade, each with the JSON body it sends. */
public final class DefaultSnapshotClient implements SnapshotClient {
    private static final io.partnercentral.selling.model.WireCodec<CreatedSnapshot> CREATED = io.partnercentral.selling.model.ModelCodecs.of(CreatedSnapshot.class);
    private static final io.partnercentral.selling.model.WireCodec<Snapshot> SNAPSHOT = io.partnercentral.selling.model.ModelCodecs.of(Snapshot.class);
    private static final io.partnercentral.selling.model.WireCodec<ListResourceSnapshotsResponse> LISTED = io.partnercentral.selling.model.ModelCodecs.of(ListResourceSnapshotsResponse.class);

    private final WireTransport transport;
    private final Catalog catalog;

    public DefaultSnapshotClient(WireTransport transport, Catalog catalog) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public SnapshotClient inCatalog(Catalog other) {
        return other.equals(catalog) ? this : new DefaultSnapshotClient(transport, other);
    }

    /** CreateResourceSnapshot and GetResourceSnapshot: the target, plus a token or a revision. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SnapshotBody(
            @JsonProperty("Catalog") Catalog catalog,
            @JsonProperty("EngagementIdentifier") String engagementIdentifier,
            @JsonProperty("ResourceType") ResourceType resourceType,
            @JsonProperty("ResourceIdentifier") String resourceIdentifier,
            @JsonProperty("ResourceSnapshotTemplateIdentifier") String templateIdentifier,
            @JsonProperty("ClientToken") String clientToken,
            @JsonProperty("Revision") Integer revision) {

        SnapshotBody(Catalog catalog, SnapshotTarget target, String clientToken, Integer revision) {
            this(catalog, target.engagementIdentifier(), target.resourceType(), target.resourceIdentifier(),
                    target.templateIdentifier(), clientToken, revision);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ListBody(
            @JsonProperty("ResourceSnapshotSummaries") List<SnapshotSummary> summaries,
            @JsonProperty("NextToken") String nextToken) {}

    @Override
    public CreatedSnapshot create(SnapshotTarget target) {
        check(Operation.CREATE_RESOURCE_SNAPSHOT, target).throwIfInvalid();
        String token = UUID.randomUUID().toString();
        return transport.call(Operation.CREATE_RESOURCE_SNAPSHOT, 
                bytes(new SnapshotBody(catalog, target, token, null)), CREATED);
    }

    @Override
    public Snapshot get(SnapshotTarget target) {
        check(Operation.GET_RESOURCE_SNAPSHOT, target).throwIfInvalid();
        return transport.call(Operation.GET_RESOURCE_SNAPSHOT, bytes(new SnapshotBody(catalog, target, null, null)),
                SNAPSHOT);
    }

    @Override
    public Snapshot get(SnapshotTarget target, int revision) {
        check(Operation.GET_RESOURCE_SNAPSHOT, target).range("Revision", revision, 1, Integer.MAX_VALUE)
                .throwIfInvalid();
        return transport.call(Operation.GET_RESOURCE_SNAPSHOT, 
                bytes(new SnapshotBody(catalog, target, null, revision)), SNAPSHOT);
    }

    @Override
    public PageIterable<SnapshotSummary> list(ListSnapshotsRequest request) {
        ListSnapshotsRequest bound = request.catalog().isPresent() ? request : request.toBuilder().catalog(catalog).build();
        RequestChecks checks = RequestChecks.of(Operation.LIST_RESOURCE_SNAPSHOTS).catalog(bound.catalog().orElse(null))
                .model("ListResourceSnapshots", bound);
        if (ResourceType.OPPORTUNITY.equals(bound.resourceType().orElse(null))) {
            bound.resourceIdentifier().ifPresent(id -> checks.opportunityId("ResourceIdentifier", id));
        }
        checks.throwIfInvalid();
        return Paginator.over(Operation.LIST_RESOURCE_SNAPSHOTS, bound, bound.nextToken(),
                (first, token) -> first.toBuilder().nextToken(token).build(),
                page -> {
                    ListResourceSnapshotsResponse body = transport.call(Operation.LIST_RESOURCE_SNAPSHOTS, bytes(page), LISTED);
                    return Paginator.page(body.resourceSnapshotSummaries(), body.nextToken().orElse(null));
                });
    }

    static RequestChecks check(Operation operation, SnapshotTarget target) {
        RequestChecks checks = RequestChecks.of(operation)
                .engagementId("EngagementIdentifier", target.engagementIdentifier())
                .templateId("ResourceSnapshotTemplateIdentifier", target.templateIdentifier());
        if (ResourceType.OPPORTUNITY.equals(target.resourceType())) {
            checks.opportunityId("ResourceIdentifier", target.resourceIdentifier());
        }
        return checks;
    }

    /** Transitional: the hand-made body records still go through the databind mapper. */
    private static byte[] bytes(Object body) {
        try {
            return WireJson.mapper().writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write request body", e);
        }
    }
}

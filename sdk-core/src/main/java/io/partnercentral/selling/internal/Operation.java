package io.partnercentral.selling.internal;

import io.partnercentral.selling.model.*;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;

/**
 * Internal API: every operation of the service model, defined once: its wire name, the SDK types
 * of its input and output, whether its input carries the catalog and an idempotency token, and the
 * generated client method that carries it.
 *
 * <p>The generated request holds no members: the body comes from the facade's {@link WireExchange},
 * so the generated model's age does not matter. An operation the generated client predates rides on
 * {@link #HOST} and {@link WireInterceptor} rewrites its {@code X-Amz-Target} before signing, so it
 * still gets the generated client's credentials, SigV4, retries and metrics. {@link OperationCalls}
 * turns a definition into a checked body and a typed result; the transport only moves bytes, so an
 * asynchronous transport can reuse the same definitions.
 */
public enum Operation {
    ACCEPT_ENGAGEMENT_INVITATION("AcceptEngagementInvitation", AcceptEngagementInvitationRequest.class, null, true, false,
            (c, o) -> c.acceptEngagementInvitation(b -> b.overrideConfiguration(o))),
    ASSIGN_OPPORTUNITY("AssignOpportunity", AssignOpportunityRequest.class, null, true, false,
            (c, o) -> c.assignOpportunity(b -> b.overrideConfiguration(o))),
    ASSOCIATE_OPPORTUNITY("AssociateOpportunity", AssociateOpportunityRequest.class, null, true, false,
            (c, o) -> c.associateOpportunity(b -> b.overrideConfiguration(o))),
    CREATE_ENGAGEMENT("CreateEngagement", CreateEngagementRequest.class, CreateEngagementResponse.class, true, true,
            (c, o) -> c.createEngagement(b -> b.overrideConfiguration(o))),
    CREATE_ENGAGEMENT_CONTEXT("CreateEngagementContext", CreateEngagementContextRequest.class, CreateEngagementContextResponse.class, true, true,
            (c, o) -> c.createEngagementContext(b -> b.overrideConfiguration(o))),
    CREATE_ENGAGEMENT_INVITATION("CreateEngagementInvitation", CreateEngagementInvitationRequest.class, CreateEngagementInvitationResponse.class, true, true,
            (c, o) -> c.createEngagementInvitation(b -> b.overrideConfiguration(o))),
    CREATE_OPPORTUNITY("CreateOpportunity", Opportunity.class, CreatedOpportunity.class, true, true,
            (c, o) -> c.createOpportunity(b -> b.overrideConfiguration(o))),
    CREATE_RESOURCE_SNAPSHOT("CreateResourceSnapshot", CreateResourceSnapshotRequest.class, CreatedSnapshot.class, true, true,
            (c, o) -> c.createResourceSnapshot(b -> b.overrideConfiguration(o))),
    CREATE_RESOURCE_SNAPSHOT_JOB("CreateResourceSnapshotJob", CreateResourceSnapshotJobRequest.class, CreatedSnapshotJob.class, true, true,
            (c, o) -> c.createResourceSnapshotJob(b -> b.overrideConfiguration(o))),
    DELETE_RESOURCE_SNAPSHOT_JOB("DeleteResourceSnapshotJob", DeleteResourceSnapshotJobRequest.class, null, true, false,
            (c, o) -> c.deleteResourceSnapshotJob(b -> b.overrideConfiguration(o))),
    DISASSOCIATE_OPPORTUNITY("DisassociateOpportunity", DisassociateOpportunityRequest.class, null, true, false,
            (c, o) -> c.disassociateOpportunity(b -> b.overrideConfiguration(o))),
    GET_AWS_OPPORTUNITY_SUMMARY("GetAwsOpportunitySummary", GetAwsOpportunitySummaryRequest.class, GetAwsOpportunitySummaryResponse.class, true, false,
            (c, o) -> c.getAwsOpportunitySummary(b -> b.overrideConfiguration(o))),
    GET_ENGAGEMENT("GetEngagement", GetEngagementRequest.class, GetEngagementResponse.class, true, false,
            (c, o) -> c.getEngagement(b -> b.overrideConfiguration(o))),
    GET_ENGAGEMENT_INVITATION("GetEngagementInvitation", GetEngagementInvitationRequest.class, GetEngagementInvitationResponse.class, true, false,
            (c, o) -> c.getEngagementInvitation(b -> b.overrideConfiguration(o))),
    GET_OPPORTUNITY("GetOpportunity", GetOpportunityRequest.class, Opportunity.class, true, false,
            (c, o) -> c.getOpportunity(b -> b.overrideConfiguration(o))),
    GET_PROSPECTING_FROM_ENGAGEMENT_TASK("GetProspectingFromEngagementTask", GetProspectingFromEngagementTaskRequest.class, GetProspectingFromEngagementTaskResponse.class, true, false,
            null), // not in the generated client 2.40.2
    GET_RESOURCE_SNAPSHOT("GetResourceSnapshot", GetResourceSnapshotRequest.class, Snapshot.class, true, false,
            (c, o) -> c.getResourceSnapshot(b -> b.overrideConfiguration(o))),
    GET_RESOURCE_SNAPSHOT_JOB("GetResourceSnapshotJob", GetResourceSnapshotJobRequest.class, SnapshotJob.class, true, false,
            (c, o) -> c.getResourceSnapshotJob(b -> b.overrideConfiguration(o))),
    GET_SELLING_SYSTEM_SETTINGS("GetSellingSystemSettings", GetSellingSystemSettingsRequest.class, GetSellingSystemSettingsResponse.class, true, false,
            (c, o) -> c.getSellingSystemSettings(b -> b.overrideConfiguration(o))),
    LIST_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASKS("ListEngagementByAcceptingInvitationTasks", ListEngagementByAcceptingInvitationTasksRequest.class, ListEngagementByAcceptingInvitationTasksResponse.class, true, false,
            (c, o) -> c.listEngagementByAcceptingInvitationTasks(b -> b.overrideConfiguration(o))),
    LIST_ENGAGEMENT_FROM_OPPORTUNITY_TASKS("ListEngagementFromOpportunityTasks", ListEngagementFromOpportunityTasksRequest.class, ListEngagementFromOpportunityTasksResponse.class, true, false,
            (c, o) -> c.listEngagementFromOpportunityTasks(b -> b.overrideConfiguration(o))),
    LIST_ENGAGEMENT_INVITATIONS("ListEngagementInvitations", ListEngagementInvitationsRequest.class, ListEngagementInvitationsResponse.class, true, false,
            (c, o) -> c.listEngagementInvitations(b -> b.overrideConfiguration(o))),
    LIST_ENGAGEMENT_MEMBERS("ListEngagementMembers", ListEngagementMembersRequest.class, ListEngagementMembersResponse.class, true, false,
            (c, o) -> c.listEngagementMembers(b -> b.overrideConfiguration(o))),
    LIST_ENGAGEMENT_RESOURCE_ASSOCIATIONS("ListEngagementResourceAssociations", ListEngagementResourceAssociationsRequest.class, ListEngagementResourceAssociationsResponse.class, true, false,
            (c, o) -> c.listEngagementResourceAssociations(b -> b.overrideConfiguration(o))),
    LIST_ENGAGEMENTS("ListEngagements", ListEngagementsRequest.class, ListEngagementsResponse.class, true, false,
            (c, o) -> c.listEngagements(b -> b.overrideConfiguration(o))),
    LIST_OPPORTUNITIES("ListOpportunities", ListOpportunitiesRequest.class, ListOpportunitiesResponse.class, true, false,
            (c, o) -> c.listOpportunities(b -> b.overrideConfiguration(o))),
    LIST_OPPORTUNITY_FROM_ENGAGEMENT_TASKS("ListOpportunityFromEngagementTasks", ListOpportunityFromEngagementTasksRequest.class, ListOpportunityFromEngagementTasksResponse.class, true, false,
            (c, o) -> c.listOpportunityFromEngagementTasks(b -> b.overrideConfiguration(o))),
    LIST_PROSPECTING_FROM_ENGAGEMENT_TASKS("ListProspectingFromEngagementTasks", ListProspectingFromEngagementTasksRequest.class, ListProspectingFromEngagementTasksResponse.class, true, false,
            null), // not in the generated client 2.40.2
    LIST_RESOURCE_SNAPSHOT_JOBS("ListResourceSnapshotJobs", ListSnapshotJobsRequest.class, ListResourceSnapshotJobsResponse.class, true, false,
            (c, o) -> c.listResourceSnapshotJobs(b -> b.overrideConfiguration(o))),
    LIST_RESOURCE_SNAPSHOTS("ListResourceSnapshots", ListSnapshotsRequest.class, ListResourceSnapshotsResponse.class, true, false,
            (c, o) -> c.listResourceSnapshots(b -> b.overrideConfiguration(o))),
    LIST_SOLUTIONS("ListSolutions", ListSolutionsRequest.class, ListSolutionsResponse.class, true, false,
            (c, o) -> c.listSolutions(b -> b.overrideConfiguration(o))),
    LIST_TAGS_FOR_RESOURCE("ListTagsForResource", ListTagsForResourceRequest.class, ListTagsForResourceResponse.class, false, false,
            (c, o) -> c.listTagsForResource(b -> b.overrideConfiguration(o))),
    PUT_SELLING_SYSTEM_SETTINGS("PutSellingSystemSettings", PutSellingSystemSettingsRequest.class, PutSellingSystemSettingsResponse.class, true, false,
            (c, o) -> c.putSellingSystemSettings(b -> b.overrideConfiguration(o))),
    REJECT_ENGAGEMENT_INVITATION("RejectEngagementInvitation", RejectEngagementInvitationRequest.class, null, true, false,
            (c, o) -> c.rejectEngagementInvitation(b -> b.overrideConfiguration(o))),
    START_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASK("StartEngagementByAcceptingInvitationTask", StartEngagementByAcceptingInvitationTaskRequest.class, StartEngagementByAcceptingInvitationTaskResponse.class, true, true,
            (c, o) -> c.startEngagementByAcceptingInvitationTask(b -> b.overrideConfiguration(o))),
    START_ENGAGEMENT_FROM_OPPORTUNITY_TASK("StartEngagementFromOpportunityTask", StartEngagementFromOpportunityTaskRequest.class, StartEngagementFromOpportunityTaskResponse.class, true, true,
            (c, o) -> c.startEngagementFromOpportunityTask(b -> b.overrideConfiguration(o))),
    START_OPPORTUNITY_FROM_ENGAGEMENT_TASK("StartOpportunityFromEngagementTask", StartOpportunityFromEngagementTaskRequest.class, StartOpportunityFromEngagementTaskResponse.class, true, true,
            (c, o) -> c.startOpportunityFromEngagementTask(b -> b.overrideConfiguration(o))),
    START_PROSPECTING_FROM_ENGAGEMENT_TASK("StartProspectingFromEngagementTask", StartProspectingFromEngagementTaskRequest.class, StartProspectingFromEngagementTaskResponse.class, true, true,
            null), // not in the generated client 2.40.2
    START_RESOURCE_SNAPSHOT_JOB("StartResourceSnapshotJob", StartResourceSnapshotJobRequest.class, null, true, false,
            (c, o) -> c.startResourceSnapshotJob(b -> b.overrideConfiguration(o))),
    STOP_RESOURCE_SNAPSHOT_JOB("StopResourceSnapshotJob", StopResourceSnapshotJobRequest.class, null, true, false,
            (c, o) -> c.stopResourceSnapshotJob(b -> b.overrideConfiguration(o))),
    SUBMIT_OPPORTUNITY("SubmitOpportunity", SubmitOpportunityRequest.class, null, true, false,
            (c, o) -> c.submitOpportunity(b -> b.overrideConfiguration(o))),
    TAG_RESOURCE("TagResource", TagResourceRequest.class, TagResourceResponse.class, false, false,
            (c, o) -> c.tagResource(b -> b.overrideConfiguration(o))),
    UNTAG_RESOURCE("UntagResource", UntagResourceRequest.class, UntagResourceResponse.class, false, false,
            (c, o) -> c.untagResource(b -> b.overrideConfiguration(o))),
    UPDATE_ENGAGEMENT_CONTEXT("UpdateEngagementContext", UpdateEngagementContextRequest.class, UpdateEngagementContextResponse.class, true, false,
            (c, o) -> c.updateEngagementContext(b -> b.overrideConfiguration(o))),
    UPDATE_OPPORTUNITY("UpdateOpportunity", Opportunity.class, UpdatedOpportunity.class, true, false,
            (c, o) -> c.updateOpportunity(b -> b.overrideConfiguration(o)));

    /**
     * The generated operation that carries the ones the generated client lacks: a read with only
     * the service's common errors, whose request and response the exchange replaces whole.
     */
    static final BiConsumer<PartnerCentralSellingClient, AwsRequestOverrideConfiguration> HOST =
            (c, o) -> c.getSellingSystemSettings(b -> b.overrideConfiguration(o));

    private final String wireName;
    private final Class<?> inputType;
    private final Class<?> outputType;
    // Benign races: every thread computes the same singleton.
    private WireCodec<Object> inputCodec;
    private WireCodec<Object> outputCodec;
    private final boolean hasCatalog;
    private final boolean hasClientToken;
    private final BiConsumer<PartnerCentralSellingClient, AwsRequestOverrideConfiguration> call;

    Operation(String wireName, Class<?> inputType, Class<?> outputType, boolean hasCatalog, boolean hasClientToken,
            BiConsumer<PartnerCentralSellingClient, AwsRequestOverrideConfiguration> call) {
        this.wireName = wireName;
        this.inputType = inputType;
        this.outputType = outputType;
        this.hasCatalog = hasCatalog;
        this.hasClientToken = hasClientToken;
        this.call = call;
    }

    /** The operation's name as in {@code X-Amz-Target: AWSPartnerCentralSelling.<name>}. */
    public String wireName() {
        return wireName;
    }

    /** The SDK type standing for the operation's input shape. */
    public Class<?> inputType() {
        return inputType;
    }

    /** The SDK type standing for the operation's output shape; empty when the model has none. */
    public Optional<Class<?>> outputType() {
        return Optional.ofNullable(outputType);
    }

    /** Whether the input has a {@code Catalog} member, which the facade fills with its bound catalog. */
    /** The generated codec of the input type, looked up on first use. */
    @SuppressWarnings("unchecked")
    public WireCodec<Object> inputCodec() {
        WireCodec<Object> codec = inputCodec;
        if (codec == null) {
            codec = (WireCodec<Object>) ModelCodecs.of(inputType);
            inputCodec = Objects.requireNonNull(codec, () -> "no codec for " + inputType);
        }
        return codec;
    }

    /** The generated codec of the output type, or {@code null} when the operation has no output. */
    @SuppressWarnings("unchecked")
    public WireCodec<Object> outputCodec() {
        if (outputType == null) {
            return null;
        }
        WireCodec<Object> codec = outputCodec;
        if (codec == null) {
            codec = (WireCodec<Object>) ModelCodecs.of(outputType);
            outputCodec = Objects.requireNonNull(codec, () -> "no codec for " + outputType);
        }
        return codec;
    }

    public boolean hasCatalog() {
        return hasCatalog;
    }

    /** Whether the input has an idempotency token ({@code ClientToken}), drawn once per logical call. */
    public boolean hasClientToken() {
        return hasClientToken;
    }

    /** Whether the generated client has this operation; if not, it travels on {@link #HOST}. */
    public boolean inGeneratedClient() {
        return call != null;
    }

    /** The operation whose wire name is {@code name}. */
    public static Operation ofWireName(String name) {
        for (Operation operation : values()) {
            if (operation.wireName.equals(name)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("no operation " + name);
    }

    void invoke(PartnerCentralSellingClient client, AwsRequestOverrideConfiguration override) {
        (call != null ? call : HOST).accept(client, override);
    }
}

package io.partnercentral.selling.internal;

import io.partnercentral.selling.model.ModelCodecs;
import io.partnercentral.selling.model.WireCodec;
import java.util.Objects;
import java.util.Optional;
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
    ACCEPT_ENGAGEMENT_INVITATION("AcceptEngagementInvitation", "AcceptEngagementInvitationRequest", null, true, false, true),
    ASSIGN_OPPORTUNITY("AssignOpportunity", "AssignOpportunityRequest", null, true, false, true),
    ASSOCIATE_OPPORTUNITY("AssociateOpportunity", "AssociateOpportunityRequest", null, true, false, true),
    CREATE_ENGAGEMENT("CreateEngagement", "CreateEngagementRequest", "CreateEngagementResponse", true, true, true),
    CREATE_ENGAGEMENT_CONTEXT("CreateEngagementContext", "CreateEngagementContextRequest", "CreateEngagementContextResponse", true, true, true),
    CREATE_ENGAGEMENT_INVITATION("CreateEngagementInvitation", "CreateEngagementInvitationRequest", "CreateEngagementInvitationResponse", true, true, true),
    CREATE_OPPORTUNITY("CreateOpportunity", "Opportunity", "CreatedOpportunity", true, true, true),
    CREATE_RESOURCE_SNAPSHOT("CreateResourceSnapshot", "CreateResourceSnapshotRequest", "CreatedSnapshot", true, true, true),
    CREATE_RESOURCE_SNAPSHOT_JOB("CreateResourceSnapshotJob", "CreateResourceSnapshotJobRequest", "CreatedSnapshotJob", true, true, true),
    DELETE_RESOURCE_SNAPSHOT_JOB("DeleteResourceSnapshotJob", "DeleteResourceSnapshotJobRequest", null, true, false, true),
    DISASSOCIATE_OPPORTUNITY("DisassociateOpportunity", "DisassociateOpportunityRequest", null, true, false, true),
    GET_AWS_OPPORTUNITY_SUMMARY("GetAwsOpportunitySummary", "GetAwsOpportunitySummaryRequest", "GetAwsOpportunitySummaryResponse", true, false, true),
    GET_ENGAGEMENT("GetEngagement", "GetEngagementRequest", "GetEngagementResponse", true, false, true),
    GET_ENGAGEMENT_INVITATION("GetEngagementInvitation", "GetEngagementInvitationRequest", "GetEngagementInvitationResponse", true, false, true),
    GET_OPPORTUNITY("GetOpportunity", "GetOpportunityRequest", "Opportunity", true, false, true),
    GET_PROSPECTING_FROM_ENGAGEMENT_TASK("GetProspectingFromEngagementTask", "GetProspectingFromEngagementTaskRequest", "GetProspectingFromEngagementTaskResponse", true, false, false),
    GET_RESOURCE_SNAPSHOT("GetResourceSnapshot", "GetResourceSnapshotRequest", "Snapshot", true, false, true),
    GET_RESOURCE_SNAPSHOT_JOB("GetResourceSnapshotJob", "GetResourceSnapshotJobRequest", "SnapshotJob", true, false, true),
    GET_SELLING_SYSTEM_SETTINGS("GetSellingSystemSettings", "GetSellingSystemSettingsRequest", "GetSellingSystemSettingsResponse", true, false, true),
    LIST_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASKS("ListEngagementByAcceptingInvitationTasks", "ListEngagementByAcceptingInvitationTasksRequest", "ListEngagementByAcceptingInvitationTasksResponse", true, false, true),
    LIST_ENGAGEMENT_FROM_OPPORTUNITY_TASKS("ListEngagementFromOpportunityTasks", "ListEngagementFromOpportunityTasksRequest", "ListEngagementFromOpportunityTasksResponse", true, false, true),
    LIST_ENGAGEMENT_INVITATIONS("ListEngagementInvitations", "ListEngagementInvitationsRequest", "ListEngagementInvitationsResponse", true, false, true),
    LIST_ENGAGEMENT_MEMBERS("ListEngagementMembers", "ListEngagementMembersRequest", "ListEngagementMembersResponse", true, false, true),
    LIST_ENGAGEMENT_RESOURCE_ASSOCIATIONS("ListEngagementResourceAssociations", "ListEngagementResourceAssociationsRequest", "ListEngagementResourceAssociationsResponse", true, false, true),
    LIST_ENGAGEMENTS("ListEngagements", "ListEngagementsRequest", "ListEngagementsResponse", true, false, true),
    LIST_OPPORTUNITIES("ListOpportunities", "ListOpportunitiesRequest", "ListOpportunitiesResponse", true, false, true),
    LIST_OPPORTUNITY_FROM_ENGAGEMENT_TASKS("ListOpportunityFromEngagementTasks", "ListOpportunityFromEngagementTasksRequest", "ListOpportunityFromEngagementTasksResponse", true, false, true),
    LIST_PROSPECTING_FROM_ENGAGEMENT_TASKS("ListProspectingFromEngagementTasks", "ListProspectingFromEngagementTasksRequest", "ListProspectingFromEngagementTasksResponse", true, false, false),
    LIST_RESOURCE_SNAPSHOT_JOBS("ListResourceSnapshotJobs", "ListSnapshotJobsRequest", "ListResourceSnapshotJobsResponse", true, false, true),
    LIST_RESOURCE_SNAPSHOTS("ListResourceSnapshots", "ListSnapshotsRequest", "ListResourceSnapshotsResponse", true, false, true),
    LIST_SOLUTIONS("ListSolutions", "ListSolutionsRequest", "ListSolutionsResponse", true, false, true),
    LIST_TAGS_FOR_RESOURCE("ListTagsForResource", "ListTagsForResourceRequest", "ListTagsForResourceResponse", false, false, true),
    PUT_SELLING_SYSTEM_SETTINGS("PutSellingSystemSettings", "PutSellingSystemSettingsRequest", "PutSellingSystemSettingsResponse", true, false, true),
    REJECT_ENGAGEMENT_INVITATION("RejectEngagementInvitation", "RejectEngagementInvitationRequest", null, true, false, true),
    START_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASK("StartEngagementByAcceptingInvitationTask", "StartEngagementByAcceptingInvitationTaskRequest", "StartEngagementByAcceptingInvitationTaskResponse", true, true, true),
    START_ENGAGEMENT_FROM_OPPORTUNITY_TASK("StartEngagementFromOpportunityTask", "StartEngagementFromOpportunityTaskRequest", "StartEngagementFromOpportunityTaskResponse", true, true, true),
    START_OPPORTUNITY_FROM_ENGAGEMENT_TASK("StartOpportunityFromEngagementTask", "StartOpportunityFromEngagementTaskRequest", "StartOpportunityFromEngagementTaskResponse", true, true, true),
    START_PROSPECTING_FROM_ENGAGEMENT_TASK("StartProspectingFromEngagementTask", "StartProspectingFromEngagementTaskRequest", "StartProspectingFromEngagementTaskResponse", true, true, false),
    START_RESOURCE_SNAPSHOT_JOB("StartResourceSnapshotJob", "StartResourceSnapshotJobRequest", null, true, false, true),
    STOP_RESOURCE_SNAPSHOT_JOB("StopResourceSnapshotJob", "StopResourceSnapshotJobRequest", null, true, false, true),
    SUBMIT_OPPORTUNITY("SubmitOpportunity", "SubmitOpportunityRequest", null, true, false, true),
    TAG_RESOURCE("TagResource", "TagResourceRequest", "TagResourceResponse", false, false, true),
    UNTAG_RESOURCE("UntagResource", "UntagResourceRequest", "UntagResourceResponse", false, false, true),
    UPDATE_ENGAGEMENT_CONTEXT("UpdateEngagementContext", "UpdateEngagementContextRequest", "UpdateEngagementContextResponse", true, false, true),
    UPDATE_OPPORTUNITY("UpdateOpportunity", "Opportunity", "UpdatedOpportunity", true, false, true);

    /**
     * The generated operation that carries the ones the generated client lacks: a read with only
     * the service's common errors, whose request and response the exchange replaces whole.
     */
    static final Operation HOST = GET_SELLING_SYSTEM_SETTINGS;

    private static final String MODEL_PACKAGE = "io.partnercentral.selling.model.";
    /**
     * The idempotency token of the generated (empty) carrier request, whose body the exchange replaces
     * whole with one holding the call's real token: set so the generated client does not draw a random
     * one per call that is never sent.
     */
    private static final String CARRIER_TOKEN = "replaced-by-the-sdk";


    private final String wireName;
    // Type names, resolved on first use: the first call loads only its own operation's types.
    private final String inputName;
    private final String outputName;
    private Class<?> inputType;
    private Class<?> outputType;
    // Benign races: every thread computes the same singleton.
    private WireCodec<Object> inputCodec;
    private WireCodec<Object> outputCodec;
    private final boolean hasCatalog;
    private final boolean hasClientToken;
    private final boolean inGeneratedClient;

    Operation(String wireName, String inputName, String outputName, boolean hasCatalog, boolean hasClientToken,
            boolean inGeneratedClient) {
        this.wireName = wireName;
        this.inputName = inputName;
        this.outputName = outputName;
        this.hasCatalog = hasCatalog;
        this.hasClientToken = hasClientToken;
        this.inGeneratedClient = inGeneratedClient;
    }

    private static Class<?> modelType(String name) {
        try {
            return Class.forName(MODEL_PACKAGE + name, false, Operation.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the SDK's model lacks " + name, e);
        }
    }

    /** The operation's name as in {@code X-Amz-Target: AWSPartnerCentralSelling.<name>}. */
    public String wireName() {
        return wireName;
    }

    /** The SDK type standing for the operation's input shape. */
    public Class<?> inputType() {
        Class<?> type = inputType;
        if (type == null) {
            type = modelType(inputName);
            inputType = type;
        }
        return type;
    }

    /** The SDK type standing for the operation's output shape; empty when the model has none. */
    public Optional<Class<?>> outputType() {
        if (outputName == null) {
            return Optional.empty();
        }
        Class<?> type = outputType;
        if (type == null) {
            type = modelType(outputName);
            outputType = type;
        }
        return Optional.of(type);
    }

    /** The generated codec of the input type, looked up on first use. */
    @SuppressWarnings("unchecked")
    public WireCodec<Object> inputCodec() {
        WireCodec<Object> codec = inputCodec;
        if (codec == null) {
            codec = (WireCodec<Object>) ModelCodecs.of(inputType());
            inputCodec = Objects.requireNonNull(codec, () -> "no codec for " + inputName);
        }
        return codec;
    }

    /** The generated codec of the output type, or {@code null} when the operation has no output. */
    @SuppressWarnings("unchecked")
    public WireCodec<Object> outputCodec() {
        if (outputName == null) {
            return null;
        }
        WireCodec<Object> codec = outputCodec;
        if (codec == null) {
            codec = (WireCodec<Object>) ModelCodecs.of(outputType().orElseThrow());
            outputCodec = Objects.requireNonNull(codec, () -> "no codec for " + outputName);
        }
        return codec;
    }

    /** Whether the input has a {@code Catalog} member, which the facade fills with its bound catalog. */
    public boolean hasCatalog() {
        return hasCatalog;
    }

    /** Whether the input has an idempotency token ({@code ClientToken}), drawn once per logical call. */
    public boolean hasClientToken() {
        return hasClientToken;
    }

    /** Whether the generated client has this operation; if not, it travels on {@link #HOST}. */
    public boolean inGeneratedClient() {
        return inGeneratedClient;
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

    /** Calls the generated operation that carries this one (itself, or {@link #HOST}). */
    void invoke(PartnerCentralSellingClient client, AwsRequestOverrideConfiguration override) {
        // A switch, not a lambda per constant: the first call links only its own operation's call site.
        switch (inGeneratedClient ? this : HOST) {
            case ACCEPT_ENGAGEMENT_INVITATION -> client.acceptEngagementInvitation(b -> b.overrideConfiguration(override));
            case ASSIGN_OPPORTUNITY -> client.assignOpportunity(b -> b.overrideConfiguration(override));
            case ASSOCIATE_OPPORTUNITY -> client.associateOpportunity(b -> b.overrideConfiguration(override));
            case CREATE_ENGAGEMENT -> client.createEngagement(b -> b.clientToken(CARRIER_TOKEN).overrideConfiguration(override));
            case CREATE_ENGAGEMENT_CONTEXT -> client.createEngagementContext(b -> b.clientToken(CARRIER_TOKEN).overrideConfiguration(override));
            case CREATE_ENGAGEMENT_INVITATION -> client.createEngagementInvitation(b -> b.clientToken(CARRIER_TOKEN).overrideConfiguration(override));
            case CREATE_OPPORTUNITY -> client.createOpportunity(b -> b.clientToken(CARRIER_TOKEN).overrideConfiguration(override));
            case CREATE_RESOURCE_SNAPSHOT -> client.createResourceSnapshot(b -> b.clientToken(CARRIER_TOKEN).overrideConfiguration(override));
            case CREATE_RESOURCE_SNAPSHOT_JOB -> client.createResourceSnapshotJob(b -> b.clientToken(CARRIER_TOKEN).overrideConfiguration(override));
            case DELETE_RESOURCE_SNAPSHOT_JOB -> client.deleteResourceSnapshotJob(b -> b.overrideConfiguration(override));
            case DISASSOCIATE_OPPORTUNITY -> client.disassociateOpportunity(b -> b.overrideConfiguration(override));
            case GET_AWS_OPPORTUNITY_SUMMARY -> client.getAwsOpportunitySummary(b -> b.overrideConfiguration(override));
            case GET_ENGAGEMENT -> client.getEngagement(b -> b.overrideConfiguration(override));
            case GET_ENGAGEMENT_INVITATION -> client.getEngagementInvitation(b -> b.overrideConfiguration(override));
            case GET_OPPORTUNITY -> client.getOpportunity(b -> b.overrideConfiguration(override));
            case GET_RESOURCE_SNAPSHOT -> client.getResourceSnapshot(b -> b.overrideConfiguration(override));
            case GET_RESOURCE_SNAPSHOT_JOB -> client.getResourceSnapshotJob(b -> b.overrideConfiguration(override));
            case GET_SELLING_SYSTEM_SETTINGS -> client.getSellingSystemSettings(b -> b.overrideConfiguration(override));
            case LIST_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASKS -> client.listEngagementByAcceptingInvitationTasks(b -> b.overrideConfiguration(override));
            case LIST_ENGAGEMENT_FROM_OPPORTUNITY_TASKS -> client.listEngagementFromOpportunityTasks(b -> b.overrideConfiguration(override));
            case LIST_ENGAGEMENT_INVITATIONS -> client.listEngagementInvitations(b -> b.overrideConfiguration(override));
            case LIST_ENGAGEMENT_MEMBERS -> client.listEngagementMembers(b -> b.overrideConfiguration(override));
            case LIST_ENGAGEMENT_RESOURCE_ASSOCIATIONS -> client.listEngagementResourceAssociations(b -> b.overrideConfiguration(override));
            case LIST_ENGAGEMENTS -> client.listEngagements(b -> b.overrideConfiguration(override));
            case LIST_OPPORTUNITIES -> client.listOpportunities(b -> b.overrideConfiguration(override));
            case LIST_OPPORTUNITY_FROM_ENGAGEMENT_TASKS -> client.listOpportunityFromEngagementTasks(b -> b.overrideConfiguration(override));
            case LIST_RESOURCE_SNAPSHOT_JOBS -> client.listResourceSnapshotJobs(b -> b.overrideConfiguration(override));
            case LIST_RESOURCE_SNAPSHOTS -> client.listResourceSnapshots(b -> b.overrideConfiguration(override));
            case LIST_SOLUTIONS -> client.listSolutions(b -> b.overrideConfiguration(override));
            case LIST_TAGS_FOR_RESOURCE -> client.listTagsForResource(b -> b.overrideConfiguration(override));
            case PUT_SELLING_SYSTEM_SETTINGS -> client.putSellingSystemSettings(b -> b.overrideConfiguration(override));
            case REJECT_ENGAGEMENT_INVITATION -> client.rejectEngagementInvitation(b -> b.overrideConfiguration(override));
            case START_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASK -> client.startEngagementByAcceptingInvitationTask(b -> b.clientToken(CARRIER_TOKEN).overrideConfiguration(override));
            case START_ENGAGEMENT_FROM_OPPORTUNITY_TASK -> client.startEngagementFromOpportunityTask(b -> b.clientToken(CARRIER_TOKEN).overrideConfiguration(override));
            case START_OPPORTUNITY_FROM_ENGAGEMENT_TASK -> client.startOpportunityFromEngagementTask(b -> b.clientToken(CARRIER_TOKEN).overrideConfiguration(override));
            case START_RESOURCE_SNAPSHOT_JOB -> client.startResourceSnapshotJob(b -> b.overrideConfiguration(override));
            case STOP_RESOURCE_SNAPSHOT_JOB -> client.stopResourceSnapshotJob(b -> b.overrideConfiguration(override));
            case SUBMIT_OPPORTUNITY -> client.submitOpportunity(b -> b.overrideConfiguration(override));
            case TAG_RESOURCE -> client.tagResource(b -> b.overrideConfiguration(override));
            case UNTAG_RESOURCE -> client.untagResource(b -> b.overrideConfiguration(override));
            case UPDATE_ENGAGEMENT_CONTEXT -> client.updateEngagementContext(b -> b.overrideConfiguration(override));
            case UPDATE_OPPORTUNITY -> client.updateOpportunity(b -> b.overrideConfiguration(override));
            default -> throw new IllegalStateException(wireName + " has no generated operation to travel on");
        }
    }
}

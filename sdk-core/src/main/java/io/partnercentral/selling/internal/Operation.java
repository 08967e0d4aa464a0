package io.partnercentral.selling.internal;

import java.util.function.BiConsumer;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.model.AssociateOpportunityRequest;
import software.amazon.awssdk.services.partnercentralselling.model.CreateOpportunityRequest;
import software.amazon.awssdk.services.partnercentralselling.model.CreateResourceSnapshotJobRequest;
import software.amazon.awssdk.services.partnercentralselling.model.CreateResourceSnapshotRequest;
import software.amazon.awssdk.services.partnercentralselling.model.DeleteResourceSnapshotJobRequest;
import software.amazon.awssdk.services.partnercentralselling.model.DisassociateOpportunityRequest;
import software.amazon.awssdk.services.partnercentralselling.model.GetOpportunityRequest;
import software.amazon.awssdk.services.partnercentralselling.model.GetResourceSnapshotJobRequest;
import software.amazon.awssdk.services.partnercentralselling.model.GetResourceSnapshotRequest;
import software.amazon.awssdk.services.partnercentralselling.model.ListOpportunitiesRequest;
import software.amazon.awssdk.services.partnercentralselling.model.ListResourceSnapshotJobsRequest;
import software.amazon.awssdk.services.partnercentralselling.model.ListResourceSnapshotsRequest;
import software.amazon.awssdk.services.partnercentralselling.model.StartResourceSnapshotJobRequest;
import software.amazon.awssdk.services.partnercentralselling.model.StopResourceSnapshotJobRequest;
import software.amazon.awssdk.services.partnercentralselling.model.SubmitOpportunityRequest;
import software.amazon.awssdk.services.partnercentralselling.model.UpdateOpportunityRequest;

/**
 * Internal API: the service operations the facade calls, each bound to the generated client method
 * that carries it. The generated request holds no members: the body comes from the facade's
 * {@link WireExchange}, so the generated model's age does not matter.
 */
public enum Operation {
    CREATE_OPPORTUNITY("CreateOpportunity",
            (c, o) -> c.createOpportunity(CreateOpportunityRequest.builder().overrideConfiguration(o).build())),
    GET_OPPORTUNITY("GetOpportunity",
            (c, o) -> c.getOpportunity(GetOpportunityRequest.builder().overrideConfiguration(o).build())),
    UPDATE_OPPORTUNITY("UpdateOpportunity",
            (c, o) -> c.updateOpportunity(UpdateOpportunityRequest.builder().overrideConfiguration(o).build())),
    LIST_OPPORTUNITIES("ListOpportunities",
            (c, o) -> c.listOpportunities(ListOpportunitiesRequest.builder().overrideConfiguration(o).build())),
    SUBMIT_OPPORTUNITY("SubmitOpportunity",
            (c, o) -> c.submitOpportunity(SubmitOpportunityRequest.builder().overrideConfiguration(o).build())),
    ASSOCIATE_OPPORTUNITY("AssociateOpportunity",
            (c, o) -> c.associateOpportunity(AssociateOpportunityRequest.builder().overrideConfiguration(o).build())),
    DISASSOCIATE_OPPORTUNITY("DisassociateOpportunity",
            (c, o) -> c.disassociateOpportunity(DisassociateOpportunityRequest.builder().overrideConfiguration(o).build())),
    CREATE_RESOURCE_SNAPSHOT("CreateResourceSnapshot",
            (c, o) -> c.createResourceSnapshot(CreateResourceSnapshotRequest.builder().overrideConfiguration(o).build())),
    GET_RESOURCE_SNAPSHOT("GetResourceSnapshot",
            (c, o) -> c.getResourceSnapshot(GetResourceSnapshotRequest.builder().overrideConfiguration(o).build())),
    LIST_RESOURCE_SNAPSHOTS("ListResourceSnapshots",
            (c, o) -> c.listResourceSnapshots(ListResourceSnapshotsRequest.builder().overrideConfiguration(o).build())),
    CREATE_RESOURCE_SNAPSHOT_JOB("CreateResourceSnapshotJob",
            (c, o) -> c.createResourceSnapshotJob(CreateResourceSnapshotJobRequest.builder().overrideConfiguration(o).build())),
    GET_RESOURCE_SNAPSHOT_JOB("GetResourceSnapshotJob",
            (c, o) -> c.getResourceSnapshotJob(GetResourceSnapshotJobRequest.builder().overrideConfiguration(o).build())),
    START_RESOURCE_SNAPSHOT_JOB("StartResourceSnapshotJob",
            (c, o) -> c.startResourceSnapshotJob(StartResourceSnapshotJobRequest.builder().overrideConfiguration(o).build())),
    STOP_RESOURCE_SNAPSHOT_JOB("StopResourceSnapshotJob",
            (c, o) -> c.stopResourceSnapshotJob(StopResourceSnapshotJobRequest.builder().overrideConfiguration(o).build())),
    DELETE_RESOURCE_SNAPSHOT_JOB("DeleteResourceSnapshotJob",
            (c, o) -> c.deleteResourceSnapshotJob(DeleteResourceSnapshotJobRequest.builder().overrideConfiguration(o).build())),
    LIST_RESOURCE_SNAPSHOT_JOBS("ListResourceSnapshotJobs",
            (c, o) -> c.listResourceSnapshotJobs(ListResourceSnapshotJobsRequest.builder().overrideConfiguration(o).build()));

    private final String wireName;
    private final BiConsumer<PartnerCentralSellingClient, AwsRequestOverrideConfiguration> call;

    Operation(String wireName, BiConsumer<PartnerCentralSellingClient, AwsRequestOverrideConfiguration> call) {
        this.wireName = wireName;
        this.call = call;
    }

    /** The operation's name as in {@code X-Amz-Target: AWSPartnerCentralSelling.<name>}. */
    public String wireName() {
        return wireName;
    }

    void invoke(PartnerCentralSellingClient client, AwsRequestOverrideConfiguration override) {
        call.accept(client, override);
    }
}

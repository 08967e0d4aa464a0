package io.partnercentral.selling.model;

import static io.partnercentral.selling.model.ModelTestSupport.MAPPER;
import static io.partnercentral.selling.model.ModelTestSupport.assertEveryMemberTyped;
import static io.partnercentral.selling.model.ModelTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The plain results of the snapshot and snapshot job operations, with the service's wire names. */
class SnapshotJobTest {

    @Test
    void readValue_whenSnapshotJobFixture_decodesEveryMember() throws Exception {
        String json = fixture("snapshot-job.json");

        SnapshotJob job = MAPPER.readValue(json, SnapshotJob.class);

        assertEveryMemberTyped(job);
        assertThat(job.catalog()).contains(Catalog.AWS);
        assertThat(job.id()).contains("job-abc123def456g");
        assertThat(job.engagementId()).contains("eng-a1b2c3d4e5f6g7");
        assertThat(job.resourceType()).contains(ResourceType.OPPORTUNITY);
        assertThat(job.resourceId()).contains("O1234567");
        assertThat(job.resourceArn()).hasValueSatisfying(arn -> assertThat(arn).endsWith("opportunity/O1234567"));
        assertThat(job.resourceSnapshotTemplateName()).contains("OpportunitySummary");
        assertThat(job.createdAt()).contains(Instant.parse("2026-05-01T20:37:46Z"));
        assertThat(job.status()).contains(SnapshotJobStatus.STOPPED);
        assertThat(job.lastSuccessfulExecutionDate()).contains(Instant.parse("2026-05-19T03:00:00.500Z"));
        assertThat(job.lastFailure()).hasValueSatisfying(failure -> assertThat(failure).startsWith("Resource O1234567"));
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(job))).isEqualTo(MAPPER.readTree(json));
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(job), SnapshotJob.class)).isEqualTo(job);
    }

    @Test
    void readValue_whenListResourceSnapshotsItem_decodesEveryMember() throws Exception {
        String json = "{\"Arn\":\"arn:aws:partnercentral:us-east-1:111122223333:snapshot/1\",\"Revision\":7,"
                + "\"ResourceType\":\"Opportunity\",\"ResourceId\":\"O1234567\","
                + "\"ResourceSnapshotTemplateName\":\"OpportunitySummary\",\"CreatedBy\":\"888899990000\"}";

        SnapshotSummary summary = MAPPER.readValue(json, SnapshotSummary.class);

        assertEveryMemberTyped(summary);
        assertThat(summary.revision()).contains(7);
        assertThat(summary.resourceType()).contains(ResourceType.OPPORTUNITY);
        assertThat(summary.resourceSnapshotTemplateName()).contains("OpportunitySummary");
        assertThat(summary.createdBy()).contains("888899990000");
        assertThat(summary.toString()).contains("O1234567").doesNotContain("888899990000");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(summary))).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void readValue_whenListResourceSnapshotJobsItem_decodesEveryMember() throws Exception {
        String json = "{\"Id\":\"job-abc123def456g\",\"Arn\":\"arn:aws:partnercentral:us-east-1:111122223333:job\","
                + "\"EngagementId\":\"eng-a1b2c3d4e5f6g7\",\"Status\":\"Running\"}";

        SnapshotJobSummary summary = MAPPER.readValue(json, SnapshotJobSummary.class);

        assertEveryMemberTyped(summary);
        assertThat(summary.id()).contains("job-abc123def456g");
        assertThat(summary.engagementId()).contains("eng-a1b2c3d4e5f6g7");
        assertThat(summary.status()).contains(SnapshotJobStatus.RUNNING);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(summary))).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void readValue_whenCreateResourceSnapshotResponse_decodesArnAndRevision() throws Exception {
        String json = "{\"Arn\":\"arn:aws:partnercentral:us-east-1:111122223333:snapshot/2\",\"Revision\":2}";

        CreatedSnapshot created = MAPPER.readValue(json, CreatedSnapshot.class);

        assertEveryMemberTyped(created);
        assertThat(created.arn()).contains("arn:aws:partnercentral:us-east-1:111122223333:snapshot/2");
        assertThat(created.revision()).contains(2);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(created))).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void readValue_whenCreateResourceSnapshotJobResponse_decodesIdAndArn() throws Exception {
        String json = "{\"Id\":\"job-0123456789abc\",\"Arn\":\"arn:aws:partnercentral:us-east-1:111122223333:job-0123456789abc\"}";

        CreatedSnapshotJob created = MAPPER.readValue(json, CreatedSnapshotJob.class);

        assertEveryMemberTyped(created);
        assertThat(created.id()).contains("job-0123456789abc");
        assertThat(created.arn()).hasValueSatisfying(arn -> assertThat(arn).endsWith(":job-0123456789abc"));
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(created))).isEqualTo(MAPPER.readTree(json));
    }
}

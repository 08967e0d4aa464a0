package io.partnercentral.selling.testing;

import static io.partnercentral.selling.testing.Fixtures.CATALOG;
import static io.partnercentral.selling.testing.Fixtures.call;
import static io.partnercentral.selling.testing.Fixtures.json;
import static io.partnercentral.selling.testing.Fixtures.updateFrom;
import static io.partnercentral.selling.testing.Fixtures.validCreate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnercentral.selling.model.Catalog;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.model.ConflictException;
import software.amazon.awssdk.services.partnercentralselling.model.CreateResourceSnapshotJobRequest;
import software.amazon.awssdk.services.partnercentralselling.model.CreateResourceSnapshotRequest;
import software.amazon.awssdk.services.partnercentralselling.model.CreateResourceSnapshotResponse;
import software.amazon.awssdk.services.partnercentralselling.model.GetOpportunityResponse;
import software.amazon.awssdk.services.partnercentralselling.model.GetResourceSnapshotJobResponse;
import software.amazon.awssdk.services.partnercentralselling.model.GetResourceSnapshotRequest;
import software.amazon.awssdk.services.partnercentralselling.model.GetResourceSnapshotResponse;
import software.amazon.awssdk.services.partnercentralselling.model.ResourceNotFoundException;
import software.amazon.awssdk.services.partnercentralselling.model.ResourceSnapshotPayload;
import software.amazon.awssdk.services.partnercentralselling.model.ResourceSnapshotSummary;
import software.amazon.awssdk.services.partnercentralselling.model.ValidationException;

@ExtendWith(PartnerCentralEmulatorExtension.class)
class ResourceSnapshotTest {
    private static final String ENGAGEMENT = "eng-0123456789abcd";
    private static final String OTHER_ENGAGEMENT = "eng-zyxwvutsrq9876";
    private static final String TEMPLATE = "OpportunitySummaryView";

    private final PartnerCentralEmulator emulator;
    private final PartnerCentralSellingClient client;
    private String opportunityId;

    ResourceSnapshotTest(PartnerCentralEmulator emulator, PartnerCentralSellingClient client) {
        this.emulator = emulator;
        this.client = client;
    }

    @BeforeEach
    void createOpportunity() {
        opportunityId = client.createOpportunity(validCreate("CRM-1").build()).id();
    }

    @Test
    void createResourceSnapshot_twice_countsRevisionsAndGetReturnsLatestOrGiven() {
        CreateResourceSnapshotResponse first = client.createResourceSnapshot(snapshot(r -> {}));
        renameProject("Second title");
        CreateResourceSnapshotResponse second = client.createResourceSnapshot(snapshot(r -> {}));

        assertThat(first.revision()).isEqualTo(1);
        assertThat(second.revision()).isEqualTo(2);
        GetResourceSnapshotResponse latest = client.getResourceSnapshot(get(null));
        assertThat(latest.revision()).isEqualTo(2);
        assertThat(latest.arn()).isEqualTo(second.arn());
        assertThat(latest.engagementId()).isEqualTo(ENGAGEMENT);
        assertThat(latest.resourceId()).isEqualTo(opportunityId);
        assertThat(latest.resourceSnapshotTemplateName()).isEqualTo(TEMPLATE);
        assertThat(latest.createdBy()).isEqualTo("111122223333");
        assertThat(latest.payload().type()).isEqualTo(ResourceSnapshotPayload.Type.OPPORTUNITY_SUMMARY);
        assertThat(latest.payload().opportunitySummary().lifecycle().reviewStatusAsString()).isEqualTo("Pending Submission");
        assertThat(latest.payload().opportunitySummary().customer().account().companyName()).isEqualTo("Example Corp");
        assertThat(client.getResourceSnapshot(get(1)).arn()).isEqualTo(first.arn());
        assertThatThrownBy(() -> client.getResourceSnapshot(get(3))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void createResourceSnapshot_revisions_countPerEngagementResourceAndTemplate() {
        client.createResourceSnapshot(snapshot(r -> {}));
        client.createResourceSnapshot(snapshot(r -> {}));

        assertThat(client.createResourceSnapshot(snapshot(r -> r.engagementIdentifier(OTHER_ENGAGEMENT))).revision()).isEqualTo(1);
        assertThat(client.createResourceSnapshot(snapshot(r -> r.resourceSnapshotTemplateIdentifier("OtherView"))).revision())
                .isEqualTo(1);
        String other = client.createOpportunity(validCreate("CRM-2").build()).id();
        assertThat(client.createResourceSnapshot(snapshot(r -> r.resourceIdentifier(other))).revision()).isEqualTo(1);
        assertThat(emulator.resourceSnapshotCount()).isEqualTo(5);
    }

    @Test
    void getResourceSnapshot_onTheWire_spellsLifecycleAndCarriesTargetMemberAccounts() {
        client.createResourceSnapshot(snapshot(r -> {}));

        JsonNode body = call(emulator, "GetResourceSnapshot", json("{\"Catalog\":\"Sandbox\",\"EngagementIdentifier\":\""
                + ENGAGEMENT + "\",\"ResourceType\":\"Opportunity\",\"ResourceIdentifier\":\"" + opportunityId
                + "\",\"ResourceSnapshotTemplateIdentifier\":\"" + TEMPLATE + "\"}")).body();

        JsonNode summary = body.path("Payload").path("OpportunitySummary");
        assertThat(summary.has("Lifecycle")).isTrue();
        assertThat(summary.has("LifeCycle")).isFalse();
        assertThat(summary.path("Lifecycle").path("Stage").asText()).isEqualTo("Prospect");
        assertThat(summary.path("Project").has("Title")).as("not in OpportunitySummaryView").isFalse();
        assertThat(summary.path("OpportunityTeam").get(0).path("BusinessTitle").asText()).isEqualTo("OpportunityOwner");
        assertThat(body.path("TargetMemberAccounts").get(0).asText()).isEqualTo("111122223333");
        assertThat(body.path("CreatedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    }

    @Test
    void createResourceSnapshot_whenTokenReused_replaysOrConflicts() {
        String token = UUID.randomUUID().toString();
        CreateResourceSnapshotResponse first = client.createResourceSnapshot(snapshot(r -> r.clientToken(token)));
        CreateResourceSnapshotResponse again = client.createResourceSnapshot(snapshot(r -> r.clientToken(token)));

        assertThat(again.arn()).isEqualTo(first.arn());
        assertThat(again.revision()).isEqualTo(first.revision());
        assertThat(emulator.resourceSnapshotCount()).isEqualTo(1);
        assertThatThrownBy(() -> client.createResourceSnapshot(snapshot(r -> r.clientToken(token).resourceSnapshotTemplateIdentifier("OtherView"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("Conflicting client token submitted for a new request body."));
    }

    @Test
    void createResourceSnapshot_whenInvalidOrUnknown_fails() {
        assertThatThrownBy(() -> client.createResourceSnapshot(snapshot(r -> r.engagementIdentifier("eng-UPPER").resourceSnapshotTemplateIdentifier("x"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorList())
                        .extracting(err -> err.fieldName())
                        .containsExactlyInAnyOrder("EngagementIdentifier", "ResourceSnapshotTemplateIdentifier"));
        assertThatThrownBy(() -> client.createResourceSnapshot(snapshot(r -> r.resourceIdentifier("O42"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.createResourceSnapshot(snapshot(r -> r.resourceSnapshotTemplateIdentifier(
                        PartnerCentralEmulator.AWS_FULL_VIEW_TEMPLATE))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void listResourceSnapshots_withFiltersAndPaging_returnsMatchingSummaries() {
        client.createResourceSnapshot(snapshot(r -> {}));
        client.createResourceSnapshot(snapshot(r -> {}));
        client.createResourceSnapshot(snapshot(r -> r.resourceSnapshotTemplateIdentifier("OtherView")));
        client.createResourceSnapshot(snapshot(r -> r.engagementIdentifier(OTHER_ENGAGEMENT)));

        var firstPage = client.listResourceSnapshots(r -> r.catalog(CATALOG).engagementIdentifier(ENGAGEMENT)
                .resourceSnapshotTemplateIdentifier(TEMPLATE).maxResults(1));
        var secondPage = client.listResourceSnapshots(r -> r.catalog(CATALOG).engagementIdentifier(ENGAGEMENT)
                .resourceSnapshotTemplateIdentifier(TEMPLATE).maxResults(1).nextToken(firstPage.nextToken()));

        assertThat(firstPage.resourceSnapshotSummaries()).extracting(ResourceSnapshotSummary::revision).containsExactly(1);
        assertThat(secondPage.resourceSnapshotSummaries()).extracting(ResourceSnapshotSummary::revision).containsExactly(2);
        assertThat(secondPage.nextToken()).isNull();
        assertThat(client.listResourceSnapshots(r -> r.catalog(CATALOG).engagementIdentifier(ENGAGEMENT))
                .resourceSnapshotSummaries()).hasSize(3)
                .allSatisfy(s -> assertThat(s.resourceId()).isEqualTo(opportunityId));
    }

    @Test
    void snapshotJob_whileRunning_snapshotsEachChangeOfTheOpportunity() {
        String jobId = client.createResourceSnapshotJob(r -> r.catalog(CATALOG).engagementIdentifier(ENGAGEMENT)
                .resourceType("Opportunity").resourceIdentifier(opportunityId).resourceSnapshotTemplateIdentifier(TEMPLATE)
                .tags(t -> t.key("source").value("crm"))).id();
        assertThat(jobId).matches("job-[0-9a-z]{13}");
        assertThat(job(jobId).statusAsString()).isEqualTo("Stopped");
        assertThat(emulator.resourceSnapshotCount()).isZero();

        client.startResourceSnapshotJob(r -> r.catalog(CATALOG).resourceSnapshotJobIdentifier(jobId));
        renameProject("Not in the summary view");
        assertThat(emulator.resourceSnapshotCount()).as("a change outside the view takes no snapshot").isEqualTo(1);
        client.associateOpportunity(r -> r.catalog(CATALOG).opportunityIdentifier(opportunityId)
                .relatedEntityType("AwsProducts").relatedEntityIdentifier("AmazonRedshift"));

        GetResourceSnapshotJobResponse running = job(jobId);
        assertThat(running.statusAsString()).isEqualTo("Running");
        assertThat(running.resourceArn()).endsWith("/opportunity/" + opportunityId);
        assertThat(running.lastSuccessfulExecutionDate()).isNotNull();
        assertThat(client.getResourceSnapshot(get(null)).revision()).isEqualTo(2);
        assertThat(client.getResourceSnapshot(get(null)).payload().opportunitySummary().relatedEntityIdentifiers().awsProducts())
                .containsExactly("AmazonRedshift");
        assertThatThrownBy(() -> client.deleteResourceSnapshotJob(r -> r.catalog(CATALOG).resourceSnapshotJobIdentifier(jobId)))
                .isInstanceOf(ConflictException.class);

        client.stopResourceSnapshotJob(r -> r.catalog(CATALOG).resourceSnapshotJobIdentifier(jobId));
        client.associateOpportunity(r -> r.catalog(CATALOG).opportunityIdentifier(opportunityId)
                .relatedEntityType("Solutions").relatedEntityIdentifier("S-0000001"));
        assertThat(emulator.resourceSnapshotCount()).as("a stopped job takes none").isEqualTo(2);
        assertThatThrownBy(() -> client.stopResourceSnapshotJob(r -> r.catalog(CATALOG).resourceSnapshotJobIdentifier(jobId)))
                .isInstanceOf(ValidationException.class);

        client.deleteResourceSnapshotJob(r -> r.catalog(CATALOG).resourceSnapshotJobIdentifier(jobId));
        assertThatThrownBy(() -> job(jobId)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void listResourceSnapshotJobs_byStatusAndEngagement_sortsByCreation() {
        String second = client.createOpportunity(validCreate("CRM-2").build()).id();
        String first = createJob(opportunityId, ENGAGEMENT);
        String other = createJob(second, ENGAGEMENT);
        String elsewhere = createJob(opportunityId, OTHER_ENGAGEMENT);
        client.startResourceSnapshotJob(r -> r.catalog(CATALOG).resourceSnapshotJobIdentifier(other));

        assertThat(client.listResourceSnapshotJobs(r -> r.catalog(CATALOG).status("Running")).resourceSnapshotJobSummaries())
                .singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(other));
        assertThat(client.listResourceSnapshotJobs(r -> r.catalog(CATALOG).engagementIdentifier(ENGAGEMENT)
                        .sort(s -> s.sortBy("CreatedDate").sortOrder("ASCENDING")))
                .resourceSnapshotJobSummaries()).extracting(s -> s.id()).containsExactlyInAnyOrder(first, other);
        assertThat(client.listResourceSnapshotJobs(r -> r.catalog(CATALOG)).resourceSnapshotJobSummaries())
                .extracting(s -> s.id()).contains(elsewhere).hasSize(3);
        assertThatThrownBy(() -> createJob(opportunityId, ENGAGEMENT)).as("one job per series").isInstanceOf(ConflictException.class);
    }

    @Test
    void createResourceSnapshotJob_whenTokenReused_returnsTheSameJob() {
        String token = UUID.randomUUID().toString();
        Consumer<CreateResourceSnapshotJobRequest.Builder> job =
                r -> r.catalog(CATALOG).clientToken(token).engagementIdentifier(ENGAGEMENT).resourceType("Opportunity")
                        .resourceIdentifier(opportunityId).resourceSnapshotTemplateIdentifier(TEMPLATE);

        String first = client.createResourceSnapshotJob(job).id();
        String again = client.createResourceSnapshotJob(job).id();

        assertThat(again).isEqualTo(first);
        assertThat(client.listResourceSnapshotJobs(r -> r.catalog(CATALOG)).resourceSnapshotJobSummaries()).hasSize(1);
        assertThatThrownBy(() -> client.createResourceSnapshotJob(job.andThen(r -> r.engagementIdentifier(OTHER_ENGAGEMENT))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void seedAwsReferral_sharesTheFullViewWithEveryMember() {
        AwsReferral referral = emulator.seedAwsReferral(Catalog.SANDBOX);

        GetOpportunityResponse partnerView = client.getOpportunity(r -> r.catalog(CATALOG).identifier(referral.opportunityId()));
        assertThat(partnerView.lifeCycle().reviewStatusAsString()).isEqualTo("Approved");
        GetResourceSnapshotResponse viaSdk = client.getResourceSnapshot(r -> r.catalog(CATALOG)
                .engagementIdentifier(referral.engagementId()).resourceType("Opportunity")
                .resourceIdentifier(referral.awsOpportunityId())
                .resourceSnapshotTemplateIdentifier(referral.snapshotTemplateName()));
        assertThat(viaSdk.payload().type()).as("the 2.40.2 client cannot read this union member")
                .isEqualTo(ResourceSnapshotPayload.Type.UNKNOWN_TO_SDK_VERSION);
        assertThat(viaSdk.createdBy()).isEqualTo("aws");

        JsonNode body = call(emulator, "GetResourceSnapshot", json("{\"Catalog\":\"Sandbox\",\"EngagementIdentifier\":\""
                + referral.engagementId() + "\",\"ResourceType\":\"Opportunity\",\"ResourceIdentifier\":\""
                + referral.awsOpportunityId() + "\",\"ResourceSnapshotTemplateIdentifier\":\""
                + referral.snapshotTemplateName() + "\",\"Revision\":1}")).body();
        JsonNode view = body.path("Payload").path("AwsOpportunitySummaryFullView");
        assertThat(view.path("RelatedOpportunityId").asText()).isEqualTo(referral.opportunityId());
        assertThat(view.path("Origin").asText()).isEqualTo("AWS Referral");
        assertThat(view.path("LifeCycle").path("NextStepsHistory").get(0).has("Time")).isTrue();
        assertThat(view.path("OpportunityTeam")).extracting(m -> m.path("BusinessTitle").asText())
                .contains("AWSSalesRep", "AWSAccountOwner");
        for (String source : new String[] {"Partner", "AWS"}) {
            JsonNode insight = view.path("Insights").path("AwsProductsSpendInsightsBySource").path(source);
            assertThat(insight.path("TotalAmountByCategory").size()).isPositive();
            assertThat(insight.path("AwsProducts").get(0).path("Optimizations").get(0).path("SavingsAmount").asText())
                    .isNotBlank();
        }
        assertThat(view.path("Insights").path("EngagementScore").asText()).isEqualTo("High");
        assertThat(view.path("RelatedEntityIds").path("AwsProducts").size()).isPositive();
        assertThat(view.path("Customer").path("Contacts").get(0).path("Email").asText()).endsWith("example.com");
        assertThat(view.path("Project").path("AwsPartition").asText()).isEqualTo("aws-eusc");
        assertThat(view.path("InvolvementTypeChangeReason").isTextual()).isTrue();
    }

    private String createJob(String resourceId, String engagementId) {
        return client.createResourceSnapshotJob(r -> r.catalog(CATALOG).engagementIdentifier(engagementId)
                .resourceType("Opportunity").resourceIdentifier(resourceId).resourceSnapshotTemplateIdentifier(TEMPLATE)).id();
    }

    private GetResourceSnapshotJobResponse job(String jobId) {
        return client.getResourceSnapshotJob(r -> r.catalog(CATALOG).resourceSnapshotJobIdentifier(jobId));
    }

    private void renameProject(String title) {
        GetOpportunityResponse current = client.getOpportunity(r -> r.catalog(CATALOG).identifier(opportunityId));
        client.updateOpportunity(updateFrom(current).project(current.project().toBuilder().title(title).build()).build());
    }

    private CreateResourceSnapshotRequest snapshot(Consumer<CreateResourceSnapshotRequest.Builder> change) {
        CreateResourceSnapshotRequest.Builder builder = CreateResourceSnapshotRequest.builder()
                .catalog(CATALOG).engagementIdentifier(ENGAGEMENT).resourceType("Opportunity")
                .resourceIdentifier(opportunityId).resourceSnapshotTemplateIdentifier(TEMPLATE);
        change.accept(builder);
        return builder.build();
    }

    private Consumer<GetResourceSnapshotRequest.Builder> get(Integer revision) {
        return r -> r.catalog(CATALOG).engagementIdentifier(ENGAGEMENT).resourceType("Opportunity")
                .resourceIdentifier(opportunityId).resourceSnapshotTemplateIdentifier(TEMPLATE).revision(revision);
    }
}

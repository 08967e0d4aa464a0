package io.partnercentral.selling.testing;

import static io.partnercentral.selling.testing.Fixtures.CATALOG;
import static io.partnercentral.selling.testing.Fixtures.call;
import static io.partnercentral.selling.testing.Fixtures.json;
import static io.partnercentral.selling.testing.Fixtures.updateFrom;
import static io.partnercentral.selling.testing.Fixtures.validCreate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.testing.internal.ModelShape;
import io.partnercentral.selling.testing.internal.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;

/**
 * Every response the emulator sends satisfies the service model's output shape, checked strictly
 * (every trait, required members present, no member the model lacks) from the bytes WireMock
 * recorded, for a scenario that calls each operation the emulator implements.
 */
@ExtendWith(PartnerCentralEmulatorExtension.class)
class ResponsesConformToModelTest {
    private static final String ENGAGEMENT = "eng-0123456789abcd";
    private static final String TEMPLATE = "OpportunitySummaryView";

    private final PartnerCentralEmulator emulator;
    private final PartnerCentralSellingClient client;
    private final io.partnercentral.selling.PartnerCentralSelling selling;

    ResponsesConformToModelTest(PartnerCentralEmulator emulator, PartnerCentralSellingClient client,
            io.partnercentral.selling.PartnerCentralSelling selling) {
        this.emulator = emulator;
        this.client = client;
        this.selling = selling;
    }

    @Test
    void everyOperation_answersInItsOutputShape() {
        runEveryOperation();

        ServiceModel model = ServiceModel.packaged();
        Set<String> answered = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (ServeEvent event : emulator.wireMock().getAllServeEvents()) {
            String operation = event.getRequest().getHeader("X-Amz-Target").substring("AWSPartnerCentralSelling.".length());
            assertThat(event.getResponse().getStatus()).as(operation).isEqualTo(200);
            JsonNode body = json(event.getResponse().getBodyAsString());
            answered.add(operation);
            String found = model.checkOutput(operation, body).summary();
            if (!found.isEmpty()) {
                problems.add(operation + ": " + found);
            }
        }

        // Every operation the SDK has a hand-written method for (customization.json names it); one a refreshed
        // model adds is answered by the skeleton, whose conformance ModelRefreshTest checks.
        Set<String> named = new TreeSet<>();
        try {
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(java.nio.file.Path.of("../sdk-core/src/main/codegen/customization.json").toFile())
                    .at("/operations/subClients")
                    .forEach(sub -> sub.path("methods").fieldNames().forEachRemaining(named::add));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(model.operations()).containsAll(named);
        assertThat(answered).containsExactlyInAnyOrderElementsOf(named);
        assertThat(problems).isEmpty();
    }

    @Test
    void seededAwsFullView_fillsEveryMemberTheModelGivesIt() {
        AwsReferral referral = emulator.seedAwsReferral(Catalog.SANDBOX);
        JsonNode body = call(emulator, "GetResourceSnapshot", json("{\"Catalog\":\"Sandbox\",\"EngagementIdentifier\":\""
                + referral.engagementId() + "\",\"ResourceType\":\"Opportunity\",\"ResourceIdentifier\":\""
                + referral.awsOpportunityId() + "\",\"ResourceSnapshotTemplateIdentifier\":\""
                + referral.snapshotTemplateName() + "\"}")).body();

        List<String> missing = new ArrayList<>();
        missingMembers(ServiceModel.packaged().shape("AwsOpportunitySummaryFullView"),
                body.path("Payload").path("AwsOpportunitySummaryFullView"), "AwsOpportunitySummaryFullView", missing);

        assertThat(missing).isEmpty();
        assertThat(body.at("/Payload/AwsOpportunitySummaryFullView/Insights/OpportunityQuality/Score").isInt()).isTrue();
    }

    private void runEveryOperation() {
        String id = client.createOpportunity(validCreate("CRM-1").build()).id();
        client.updateOpportunity(updateFrom(client.getOpportunity(r -> r.catalog(CATALOG).identifier(id))).build());
        client.listOpportunities(r -> r.catalog(CATALOG));
        client.associateOpportunity(r -> r.catalog(CATALOG).opportunityIdentifier(id)
                .relatedEntityType("Solutions").relatedEntityIdentifier("S-0000001"));
        client.disassociateOpportunity(r -> r.catalog(CATALOG).opportunityIdentifier(id)
                .relatedEntityType("Solutions").relatedEntityIdentifier("S-0000001"));
        client.submitOpportunity(r -> r.catalog(CATALOG).identifier(id).involvementType("Co-Sell"));
        client.getOpportunity(r -> r.catalog(CATALOG).identifier(id));

        client.createResourceSnapshot(r -> r.catalog(CATALOG).engagementIdentifier(ENGAGEMENT).resourceType("Opportunity")
                .resourceIdentifier(id).resourceSnapshotTemplateIdentifier(TEMPLATE));
        client.getResourceSnapshot(r -> r.catalog(CATALOG).engagementIdentifier(ENGAGEMENT).resourceType("Opportunity")
                .resourceIdentifier(id).resourceSnapshotTemplateIdentifier(TEMPLATE));
        AwsReferral referral = emulator.seedAwsReferral(Catalog.SANDBOX);
        client.getResourceSnapshot(r -> r.catalog(CATALOG).engagementIdentifier(referral.engagementId())
                .resourceType("Opportunity").resourceIdentifier(referral.awsOpportunityId())
                .resourceSnapshotTemplateIdentifier(referral.snapshotTemplateName()));
        client.listResourceSnapshots(r -> r.catalog(CATALOG).engagementIdentifier(ENGAGEMENT));

        String job = client.createResourceSnapshotJob(r -> r.catalog(CATALOG).engagementIdentifier(ENGAGEMENT)
                .resourceType("Opportunity").resourceIdentifier(id).resourceSnapshotTemplateIdentifier(TEMPLATE)
                .tags(t -> t.key("source").value("crm"))).id();
        client.startResourceSnapshotJob(r -> r.catalog(CATALOG).resourceSnapshotJobIdentifier(job));
        client.getResourceSnapshotJob(r -> r.catalog(CATALOG).resourceSnapshotJobIdentifier(job));
        client.listResourceSnapshotJobs(r -> r.catalog(CATALOG));
        client.stopResourceSnapshotJob(r -> r.catalog(CATALOG).resourceSnapshotJobIdentifier(job));
        client.deleteResourceSnapshotJob(r -> r.catalog(CATALOG).resourceSnapshotJobIdentifier(job));
        runCoSellOperations(id);
    }

    /** The engagement, invitation, task, solution, tag and settings operations, through the facade. */
    private void runCoSellOperations(String submittedId) {
        java.time.Duration wait = java.time.Duration.ofSeconds(30);
        String draft = client.createOpportunity(validCreate("CRM-2").build()).id();
        selling.opportunities().assign(draft, io.partnercentral.selling.model.AssigneeContact.builder()
                .email("owner@partner.example.com").firstName("Ada").lastName("Example").businessTitle("PartnerAccountManager").build());
        selling.opportunities().getAwsSummary(submittedId);
        String referral = emulator.sendReferral(Catalog.SANDBOX, "Referral");
        String lead = emulator.sendLead(Catalog.SANDBOX, "Lead");
        String other = emulator.sendReferral(Catalog.SANDBOX, "Other");
        selling.inbox().pending().iterator().hasNext();
        selling.invitations().get(referral);
        selling.inbox().accept(referral, wait);
        selling.invitations().reject(other, "Not for us");
        var engagement = selling.inbox().acceptLead(lead);
        String engagementId = engagement.id().orElseThrow();
        selling.inbox().qualifyLead(engagementId, l -> l.toBuilder().qualificationStatus("Qualified").build());
        selling.inbox().convertLead(engagementId, wait);
        String task = selling.tasks().startEngagementFromOpportunity(r -> r.identifier(draft)
                .awsSubmission(io.partnercentral.selling.model.AwsSubmission.builder()
                        .involvementType(io.partnercentral.selling.model.InvolvementType.CO_SELL).build())).taskId().orElseThrow();
        var outcome = selling.tasks().waitFor(io.partnercentral.selling.TaskKind.ENGAGEMENT_FROM_OPPORTUNITY, task, wait);
        selling.tasks().listEngagementFromOpportunity(r -> { }).stream().toList();
        selling.tasks().listEngagementByAcceptingInvitation(r -> { }).stream().toList();
        selling.tasks().listOpportunityFromEngagement(r -> { }).stream().toList();
        String created = selling.engagements().create(r -> r.title("Joint pursuit").description("Two partners")).id().orElseThrow();
        selling.engagements().createContext(r -> r.engagementIdentifier(created)
                .type(io.partnercentral.selling.model.EngagementContextType.CUSTOMER_PROJECT)
                .payload(io.partnercentral.selling.model.EngagementContextPayload.of(
                        io.partnercentral.selling.model.CustomerProjectsContext.builder()
                                .project(p -> p.title("Data lake").businessProblem("One place for the sales data of the customer.")
                                        .targetCompletionDate(java.time.LocalDate.of(2099, 1, 31))).build())));
        selling.engagements().list(r -> { }).stream().toList();
        selling.engagements().listMembers(r -> r.identifier(created)).stream().toList();
        selling.engagements().listResourceAssociations(r -> { }).stream().toList();
        try {
            selling.invitations().create(io.partnercentral.selling.internal.WireJson.mapper().readValue(
                    "{\"EngagementIdentifier\":\"" + created + "\",\"Invitation\":{\"Message\":\"Join us\","
                    + "\"Receiver\":{\"Account\":{\"AwsAccountId\":\"210987654321\"}},"
                    + "\"Payload\":{\"OpportunityInvitation\":{\"ReceiverResponsibilities\":[\"Services Partner\"],"
                    + "\"Customer\":{\"Industry\":\"Retail\",\"CompanyName\":\"Example\",\"WebsiteUrl\":\"https://example.com\",\"CountryCode\":\"DE\"},"
                    + "\"Project\":{\"BusinessProblem\":\"Nightly batch jobs miss their window.\",\"Title\":\"Data platform\","
                    + "\"TargetCompletionDate\":\"2099-03-31\",\"ExpectedCustomerSpend\":[{\"Amount\":\"1200\",\"CurrencyCode\":\"USD\","
                    + "\"Frequency\":\"Monthly\",\"TargetCompany\":\"AWS\"}]}}}}}",
                    io.partnercentral.selling.model.CreateEngagementInvitationRequest.class));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        selling.invitations().list(r -> r.participantType(io.partnercentral.selling.model.ParticipantType.SENDER)).stream().toList();
        String prospecting = selling.tasks().startProspectingFromEngagement(r -> r.addIdentifiers(engagementId, created)
                .taskName("Enrich")).taskId().orElseThrow();
        selling.tasks().waitFor(io.partnercentral.selling.TaskKind.PROSPECTING_FROM_ENGAGEMENT, prospecting, wait);
        selling.tasks().listProspectingFromEngagement(r -> { }).stream().toList();
        selling.solutions().list().stream().toList();
        String arn = "arn:aws:partnercentral:us-east-1:" + emulator.options().accountId() + ":catalog/Sandbox/opportunity/" + draft;
        selling.tags().tag(arn, List.of(io.partnercentral.selling.model.Tag.of("sync", "crm")));
        selling.tags().list(arn);
        selling.tags().untag(arn, List.of("sync"));
        selling.settings().putSnapshotJobRole("Snapshots");
        selling.settings().get();
        assertThat(outcome.engagementInvitationId()).isPresent();
    }

    /** Paths of the shape's members (unions aside) that the value lacks, at every depth. */
    private static void missingMembers(ModelShape shape, JsonNode value, String path, List<String> missing) {
        if (!shape.members().isEmpty()) {
            for (Map.Entry<String, ModelShape> member : shape.members().entrySet()) {
                JsonNode child = value.get(member.getKey());
                if (child == null || child.isNull()) {
                    if (!shape.isUnion()) {
                        missing.add(path + "." + member.getKey());
                    }
                } else {
                    missingMembers(member.getValue(), child, path + "." + member.getKey(), missing);
                }
            }
        } else if (shape.element() != null && value.isArray()) {
            if (value.isEmpty()) {
                missing.add(path + "[0]");
            }
            value.forEach(item -> missingMembers(shape.element(), item, path + "[]", missing));
        } else if (shape.element() != null && value.isObject()) {
            value.forEach(item -> missingMembers(shape.element(), item, path + "{}", missing));
        }
    }
}

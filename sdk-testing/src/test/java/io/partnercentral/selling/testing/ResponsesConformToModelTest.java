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
import io.partnercentral.selling.testing.internal.EmulatedService;
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

    ResponsesConformToModelTest(PartnerCentralEmulator emulator, PartnerCentralSellingClient client) {
        this.emulator = emulator;
        this.client = client;
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

        assertThat(answered).containsExactlyInAnyOrderElementsOf(EmulatedService.OPERATIONS);
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

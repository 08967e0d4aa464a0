package io.partnercentral.selling.testing;

import static io.partnercentral.selling.testing.Fixtures.call;
import static io.partnercentral.selling.testing.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service model's rules as the emulator answers them on the wire: one representative rule of each
 * kind (required, length, pattern, enum, list size, range, type) on the opportunity, snapshot and
 * snapshot-job operations, and the two places the old hand-kept rules rejected what the service accepts.
 */
@ExtendWith(PartnerCentralEmulatorExtension.class)
class ModelRulesOnTheWireTest {
    private static final String ENGAGEMENT = "eng-0123456789abcd";

    private final PartnerCentralEmulator emulator;

    ModelRulesOnTheWireTest(PartnerCentralEmulator emulator) {
        this.emulator = emulator;
    }

    private static ObjectNode validCreate() {
        return json("""
                {"Catalog": "Sandbox", "ClientToken": "%s",
                 "Customer": {"Account": {"CompanyName": "Example GmbH", "WebsiteUrl": "https://example.de",
                                          "Industry": "Manufacturing", "Address": {"CountryCode": "DE"}},
                              "Contacts": [{"Email": "buyer@example.de"}]},
                 "Project": {"Title": "Plant analytics",
                             "CustomerBusinessProblem": "Sensor data from three plants is never analysed together.",
                             "ExpectedCustomerSpend": [{"Amount": "4000", "CurrencyCode": "EUR", "Frequency": "Monthly",
                                                        "TargetCompany": "AWS"}]},
                 "LifeCycle": {"Stage": "Prospect", "TargetCloseDate": "2099-12-31"}}
                """.formatted(UUID.randomUUID()));
    }

    @Test
    void createOpportunity_withNonUsRegionAndEmailsTheModelAllows_isAccepted() {
        ObjectNode body = validCreate();
        ((ObjectNode) body.at("/Customer/Account/Address")).put("StateOrRegion", "Hesse").put("City", "Frankfurt");
        ArrayNode contacts = (ArrayNode) body.at("/Customer/Contacts");
        contacts.removeAll();
        contacts.addObject().put("Email", "o'brien@example.com");
        contacts.addObject().put("Email", "a@b.c");

        Fixtures.RawResponse created = call(emulator, "CreateOpportunity", body);

        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        JsonNode got = getOpportunity(created.body().path("Id").asText());
        assertThat(got.at("/Customer/Account/Address/StateOrRegion").asText()).isEqualTo("Hesse");
        assertThat(got.at("/Customer/Contacts")).extracting(c -> c.path("Email").asText())
                .containsExactly("o'brien@example.com", "a@b.c");
    }

    @Test
    void createOpportunity_breakingModelRules_listsEachByPathAndCodeWithoutEchoingValues() {
        ObjectNode body = validCreate();
        body.remove("ClientToken");
        body.put("NationalSecurity", "yes");
        ((ObjectNode) body.at("/Project")).put("Title", "T".repeat(256));
        ((ObjectNode) body.at("/Customer/Account")).put("Industry", "Banking");
        ((ObjectNode) body.at("/Customer/Account/Address")).put("CountryCode", "USA");
        ((ObjectNode) body.at("/Customer/Contacts/0")).put("Email", "jane.doe.example.com");
        ((ObjectNode) body.at("/Project/ExpectedCustomerSpend/0")).remove("Frequency");
        ((ObjectNode) body.at("/LifeCycle")).put("Stage", "Won").put("TargetCloseDate", "2099-1-31");
        body.putArray("Tags");
        ArrayNode team = body.putArray("OpportunityTeam");
        for (int i = 0; i < 11; i++) {
            team.addObject().put("FirstName", "Member");
        }

        Fixtures.RawResponse response = call(emulator, "CreateOpportunity", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("Reason").asText()).isEqualTo("REQUEST_VALIDATION_FAILED");
        assertThat(errors(response.body())).containsExactlyInAnyOrder(
                tuple("ClientToken", "REQUIRED_FIELD_MISSING"),
                tuple("NationalSecurity", "INVALID_ENUM_VALUE"),
                tuple("Project.Title", "INVALID_STRING_FORMAT"),
                tuple("Customer.Account.Industry", "INVALID_ENUM_VALUE"),
                tuple("Customer.Account.Address.CountryCode", "INVALID_ENUM_VALUE"),
                tuple("Customer.Contacts[0].Email", "INVALID_STRING_FORMAT"),
                tuple("Project.ExpectedCustomerSpend[0].Frequency", "REQUIRED_FIELD_MISSING"),
                tuple("LifeCycle.Stage", "INVALID_ENUM_VALUE"),
                tuple("LifeCycle.TargetCloseDate", "INVALID_STRING_FORMAT"),
                tuple("Tags", "NOT_ENOUGH_VALUES"),
                tuple("OpportunityTeam", "TOO_MANY_VALUES"));
        assertThat(response.body().toString()).doesNotContain("Banking", "Jane", "TTTT", "USA", "2099-1-31");
        assertThat(emulator.opportunityCount()).isZero();
    }

    @Test
    void associateOpportunity_withTheMarketplaceTypesOfTheModel_recordsThem() {
        String id = call(emulator, "CreateOpportunity", validCreate()).body().path("Id").asText();
        String solution = "arn:aws:aws-marketplace::111122223333:AWSMarketplace/Solution/sol-1";
        String product = "arn:aws:aws-marketplace::111122223333:AWSMarketplace/SaaSProduct/prod-1";

        assertThat(call(emulator, "AssociateOpportunity", associate(id, "AwsMarketplaceSolutions", solution)).status())
                .isEqualTo(200);
        assertThat(call(emulator, "AssociateOpportunity", associate(id, "AwsMarketplaceProducts", product)).status())
                .isEqualTo(200);
        Fixtures.RawResponse wrong = call(emulator, "AssociateOpportunity", associate(id, "Marketplace", "x".repeat(256)));

        JsonNode related = getOpportunity(id).path("RelatedEntityIdentifiers");
        assertThat(related.path("AwsMarketplaceSolutions")).extracting(JsonNode::asText).containsExactly(solution);
        assertThat(related.path("AwsMarketplaceProducts")).extracting(JsonNode::asText).containsExactly(product);
        assertThat(errors(wrong.body())).containsExactlyInAnyOrder(
                tuple("RelatedEntityType", "INVALID_ENUM_VALUE"), tuple("RelatedEntityIdentifier", "INVALID_STRING_FORMAT"));
    }

    @Test
    void snapshotOperations_breakingModelRules_answerValidationException() {
        Fixtures.RawResponse create = call(emulator, "CreateResourceSnapshot", json("""
                {"Catalog": "Sandbox", "ClientToken": "", "ResourceType": "Account", "ResourceIdentifier": "O1",
                 "ResourceSnapshotTemplateIdentifier": "OpportunitySummaryView"}"""));
        Fixtures.RawResponse get = call(emulator, "GetResourceSnapshot", json("""
                {"Catalog": "Sandbox", "EngagementIdentifier": "%s", "ResourceType": "Opportunity",
                 "ResourceIdentifier": "O1", "ResourceSnapshotTemplateIdentifier": "ab", "Revision": 0}""".formatted(ENGAGEMENT)));
        Fixtures.RawResponse typed = call(emulator, "GetResourceSnapshot", json("""
                {"Catalog": "Sandbox", "EngagementIdentifier": "%s", "ResourceType": "Opportunity",
                 "ResourceIdentifier": "O1", "ResourceSnapshotTemplateIdentifier": "View", "Revision": "1"}""".formatted(ENGAGEMENT)));
        Fixtures.RawResponse list = call(emulator, "ListResourceSnapshots", json("""
                {"Catalog": "Sandbox", "EngagementIdentifier": "%s", "MaxResults": 1001, "CreatedBy": "not an account"}"""
                .formatted(ENGAGEMENT)));

        assertThat(errors(create.body())).containsExactlyInAnyOrder(
                tuple("ClientToken", "INVALID_STRING_FORMAT"),
                tuple("EngagementIdentifier", "REQUIRED_FIELD_MISSING"),
                tuple("ResourceType", "INVALID_ENUM_VALUE"));
        assertThat(errors(get.body())).containsExactlyInAnyOrder(
                tuple("ResourceSnapshotTemplateIdentifier", "INVALID_STRING_FORMAT"),
                tuple("Revision", "VALUE_OUT_OF_RANGE"));
        assertThat(errors(typed.body())).containsExactly(tuple("Revision", "INVALID_VALUE"));
        assertThat(errors(list.body())).containsExactlyInAnyOrder(
                tuple("MaxResults", "VALUE_OUT_OF_RANGE"), tuple("CreatedBy", "INVALID_STRING_FORMAT"));
    }

    @Test
    void snapshotJobOperations_breakingModelRules_answerValidationException() {
        ObjectNode job = json("""
                {"Catalog": "Sandbox", "ClientToken": "%s", "EngagementIdentifier": "%s", "ResourceType": "Opportunity",
                 "ResourceIdentifier": "O1", "ResourceSnapshotTemplateIdentifier": "OpportunitySummaryView",
                 "Tags": [{"Key": "bad#key", "Value": "v"}, {"Key": "owner"}]}""".formatted(UUID.randomUUID(), ENGAGEMENT));
        ObjectNode tooManyTags = job.deepCopy();
        ArrayNode tags = tooManyTags.putArray("Tags");
        for (int i = 0; i < 201; i++) {
            tags.addObject().put("Key", "k" + i).put("Value", "v");
        }

        Fixtures.RawResponse badTags = call(emulator, "CreateResourceSnapshotJob", job);
        Fixtures.RawResponse tooMany = call(emulator, "CreateResourceSnapshotJob", tooManyTags);
        Fixtures.RawResponse start = call(emulator, "StartResourceSnapshotJob",
                json("{\"Catalog\":\"Sandbox\",\"ResourceSnapshotJobIdentifier\":\"job-123\"}"));
        Fixtures.RawResponse list = call(emulator, "ListResourceSnapshotJobs",
                json("{\"Catalog\":\"Sandbox\",\"Status\":\"Paused\",\"Sort\":{\"SortBy\":\"Name\",\"SortOrder\":\"ASCENDING\"}}"));

        assertThat(errors(badTags.body())).containsExactlyInAnyOrder(
                tuple("Tags[0].Key", "INVALID_STRING_FORMAT"), tuple("Tags[1].Value", "REQUIRED_FIELD_MISSING"));
        assertThat(errors(tooMany.body())).containsExactly(tuple("Tags", "TOO_MANY_VALUES"));
        assertThat(errors(start.body())).containsExactly(tuple("ResourceSnapshotJobIdentifier", "INVALID_STRING_FORMAT"));
        assertThat(errors(list.body())).containsExactlyInAnyOrder(
                tuple("Status", "INVALID_ENUM_VALUE"), tuple("Sort.SortBy", "INVALID_ENUM_VALUE"));
    }

    private JsonNode getOpportunity(String id) {
        return call(emulator, "GetOpportunity", json("{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + id + "\"}")).body();
    }

    private static ObjectNode associate(String id, String type, String entity) {
        ObjectNode body = json("{\"Catalog\":\"Sandbox\"}");
        return body.put("OpportunityIdentifier", id).put("RelatedEntityType", type).put("RelatedEntityIdentifier", entity);
    }

    private static List<Tuple> errors(JsonNode body) {
        List<Tuple> errors = new ArrayList<>();
        body.path("ErrorList").forEach(e -> errors.add(tuple(e.path("FieldName").asText(), e.path("Code").asText())));
        return errors;
    }
}

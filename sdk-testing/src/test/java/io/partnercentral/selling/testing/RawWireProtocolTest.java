package io.partnercentral.selling.testing;

import static io.partnercentral.selling.testing.Fixtures.call;
import static io.partnercentral.selling.testing.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The wire protocol itself, through {@code java.net.http}: members the 2.40.2 client cannot send or
 * read, the error body, and requests no AWS SDK would make.
 */
@ExtendWith(PartnerCentralEmulatorExtension.class)
class RawWireProtocolTest {
    private final PartnerCentralEmulator emulator;

    RawWireProtocolTest(PartnerCentralEmulator emulator) {
        this.emulator = emulator;
    }

    /** A CreateOpportunity body with the 2026-05-15 members: a 24-month contract in the EU sovereign cloud. */
    private static ObjectNode sovereignContract() {
        return json("""
                {"Catalog": "Sandbox", "ClientToken": "%s", "PartnerOpportunityIdentifier": "CRM-EU-1",
                 "Customer": {"Account": {"CompanyName": "Example GmbH", "WebsiteUrl": "https://example.de",
                                          "Industry": "Manufacturing", "Address": {"CountryCode": "DE"}}},
                 "Project": {"Title": "Sovereign data platform",
                             "CustomerBusinessProblem": "Regulated data must stay in a sovereign EU partition.",
                             "ExpectedCustomerSpend": [{"Amount": "4000", "CurrencyCode": "EUR", "Frequency": "Monthly",
                                                        "TargetCompany": "Self"}],
                             "ExpectedContractDuration": {"Term": "Months", "Value": "24"},
                             "AwsPartition": "aws-eusc"},
                 "LifeCycle": {"Stage": "Qualified", "TargetCloseDate": "2099-12-31"}}
                """.formatted(UUID.randomUUID()));
    }

    @Test
    void createOpportunity_withMembersThe2402ClientCannotSend_storesAndReturnsThem() {
        Fixtures.RawResponse created = call(emulator, "CreateOpportunity", sovereignContract());
        assertThat(created.status()).isEqualTo(200);
        String id = created.body().path("Id").asText();

        JsonNode got = call(emulator, "GetOpportunity", json("{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + id + "\"}")).body();
        JsonNode listed = call(emulator, "ListOpportunities", json("{\"Catalog\":\"Sandbox\"}")).body()
                .path("OpportunitySummaries").get(0);

        assertThat(got.path("Project").path("ExpectedContractDuration"))
                .isEqualTo(json("{\"Term\":\"Months\",\"Value\":\"24\"}"));
        assertThat(got.path("Project").path("AwsPartition").asText()).isEqualTo("aws-eusc");
        assertThat(listed.path("Id").asText()).isEqualTo(id);
        assertThat(listed.path("Project").path("ExpectedContractDuration"))
                .isEqualTo(json("{\"Term\":\"Months\",\"Value\":\"24\"}"));
        assertThat(listed.path("Project").has("AwsPartition"))
                .as("the reference's ProjectSummary has no AwsPartition").isFalse();
    }

    @Test
    void updateOpportunity_withoutTheNewMembers_dropsThem() {
        String id = call(emulator, "CreateOpportunity", sovereignContract()).body().path("Id").asText();
        ObjectNode current = (ObjectNode) call(emulator, "GetOpportunity",
                json("{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + id + "\"}")).body();
        // What a 2.40.2-based read-modify-write sends: it never saw the 2026 members.
        ObjectNode update = current.deepCopy();
        update.retain("Catalog", "Customer", "Project", "LifeCycle", "LastModifiedDate");
        update.put("Identifier", id);
        ((ObjectNode) update.get("Project")).remove(List.of("ExpectedContractDuration", "AwsPartition"));
        ((ObjectNode) update.get("Project").get("ExpectedCustomerSpend").get(0)).put("TargetCompany", "AWS");

        assertThat(call(emulator, "UpdateOpportunity", update).status()).isEqualTo(200);
        JsonNode after = call(emulator, "GetOpportunity", json("{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + id + "\"}")).body();
        assertThat(after.path("Project").has("ExpectedContractDuration")).isFalse();
        assertThat(after.path("Project").has("AwsPartition")).isFalse();
        assertThat(after.path("Project").path("Title").asText()).isEqualTo("Sovereign data platform");
    }

    @Test
    void createOpportunity_whenContractDurationInvalid_answersValidationExceptionOnTheWire() {
        ObjectNode body = sovereignContract();
        ((ObjectNode) body.path("Project").path("ExpectedContractDuration")).put("Value", "145");
        ((ObjectNode) body.path("Project").path("ExpectedCustomerSpend").get(0)).put("CurrencyCode", "USD");
        ObjectNode wrongTerm = sovereignContract();
        ((ObjectNode) wrongTerm.path("Project").path("ExpectedContractDuration")).put("Term", "Years").put("Value", "two");

        Fixtures.RawResponse outOfRange = call(emulator, "CreateOpportunity", body);
        Fixtures.RawResponse malformed = call(emulator, "CreateOpportunity", wrongTerm);

        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.body().path("__type").asText()).isEqualTo("ValidationException");
        assertThat(outOfRange.body().path("Message").asText()).isNotBlank();
        assertThat(outOfRange.body().path("Reason").asText()).isEqualTo("REQUEST_VALIDATION_FAILED");
        assertThat(errors(outOfRange.body())).containsExactlyInAnyOrder(
                tuple("Project.ExpectedContractDuration.Value", "VALUE_OUT_OF_RANGE"),
                tuple("Project.ExpectedCustomerSpend[0].CurrencyCode", "INVALID_VALUE"));
        assertThat(errors(malformed.body())).containsExactlyInAnyOrder(
                tuple("Project.ExpectedContractDuration.Term", "INVALID_ENUM_VALUE"),
                tuple("Project.ExpectedContractDuration.Value", "INVALID_VALUE"));
        assertThat(emulator.opportunityCount()).isZero();
    }

    @Test
    void createOpportunity_whenMemberIsMisspelt_rejectsItInsteadOfStoringIt() {
        ObjectNode body = sovereignContract();
        body.set("Lifecycle", body.remove("LifeCycle"));

        Fixtures.RawResponse response = call(emulator, "CreateOpportunity", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(errors(response.body())).containsExactly(tuple("Lifecycle", "INVALID_VALUE"));
    }

    @Test
    void updateOpportunity_whenStale_answers409Conflict() {
        String id = call(emulator, "CreateOpportunity", sovereignContract()).body().path("Id").asText();
        ObjectNode update = json("{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + id + "\","
                + "\"LastModifiedDate\":\"2020-01-01T00:00:00Z\","
                + "\"Customer\":{\"Account\":{\"CompanyName\":\"Example GmbH\",\"WebsiteUrl\":\"https://example.de\"}}}");

        Fixtures.RawResponse response = call(emulator, "UpdateOpportunity", update);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().path("__type").asText()).isEqualTo("ConflictException");
    }

    @Test
    void request_withUnknownTargetOrBrokenJson_answersProtocolErrors() throws Exception {
        Fixtures.RawResponse unknown = call(emulator, "DeleteOpportunity", json("{}"));
        HttpResponse<String> broken = HttpClient.newHttpClient().send(
                Fixtures.signed(emulator, "AWSPartnerCentralSelling.GetOpportunity", "{\"Catalog\":", b -> b),
                HttpResponse.BodyHandlers.ofString());

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("__type").asText()).isEqualTo("UnknownOperationException");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json(broken.body()).path("__type").asText()).isEqualTo("SerializationException");
        assertThat(broken.headers().firstValue("Content-Type")).contains("application/x-amz-json-1.0");
    }

    @Test
    void emulator_withRejectUnknownMembersOff_dropsThemSilently() {
        try (PartnerCentralEmulator lenient = PartnerCentralEmulator.start(
                PartnerCentralEmulator.Options.builder().rejectUnknownMembers(false).build())) {
            ObjectNode body = sovereignContract();
            body.put("Comment", "not a member");

            Fixtures.RawResponse created = call(lenient, "CreateOpportunity", body);

            assertThat(created.status()).isEqualTo(200);
            assertThat(lenient.opportunityJson(created.body().path("Id").asText()).orElseThrow().has("Comment")).isFalse();
        }
    }

    private static List<org.assertj.core.groups.Tuple> errors(JsonNode body) {
        List<org.assertj.core.groups.Tuple> errors = new ArrayList<>();
        body.path("ErrorList").forEach(e -> errors.add(tuple(e.path("FieldName").asText(), e.path("Code").asText())));
        return errors;
    }
}

package io.partnercentral.selling.testing;

import static io.partnercentral.selling.testing.Fixtures.call;
import static io.partnercentral.selling.testing.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The emulator has no member list or single-field rule of its own: give it a copy of the model with
 * one more enum value and one more member, and it accepts, stores and returns both, with no other
 * edit; the packaged model still rejects them.
 */
class ModelIsTheSingleSourceTest {
    private static final String NEW_INDUSTRY = "Quantum Computing";
    private static final String NEW_MEMBER = "CarbonFootprint";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void emulator_withAModelCopyHavingANewEnumValueAndMember_acceptsStoresAndReturnsThem() throws IOException {
        Path model = modelCopy("extended.json", shapes -> {
            ((ArrayNode) shapes.path("Industry").path("enum")).add(NEW_INDUSTRY);
            ((ObjectNode) shapes.path("Project").path("members")).putObject(NEW_MEMBER).put("shape", "String");
        });
        ObjectNode body = opportunityWithTheAdditions();

        try (PartnerCentralEmulator extended = PartnerCentralEmulator.start(
                PartnerCentralEmulator.Options.builder().model(model).build())) {
            Fixtures.RawResponse created = call(extended, "CreateOpportunity", body);
            assertThat(created.status()).as(created.body().toString()).isEqualTo(200);

            JsonNode got = call(extended, "GetOpportunity", json("{\"Catalog\":\"Sandbox\",\"Identifier\":\""
                    + created.body().path("Id").asText() + "\"}")).body();
            assertThat(got.at("/Customer/Account/Industry").asText()).isEqualTo(NEW_INDUSTRY);
            assertThat(got.at("/Project/" + NEW_MEMBER).asText()).isEqualTo("low");
            assertThat(extended.opportunityJson(created.body().path("Id").asText()).orElseThrow()
                    .at("/Project/" + NEW_MEMBER).asText()).isEqualTo("low");
        }

        try (PartnerCentralEmulator packaged = PartnerCentralEmulator.start()) {
            Fixtures.RawResponse rejected = call(packaged, "CreateOpportunity", body);

            assertThat(rejected.status()).isEqualTo(400);
            assertThat(errors(rejected.body())).containsExactlyInAnyOrder(
                    tuple("Customer.Account.Industry", "INVALID_ENUM_VALUE"),
                    tuple("Project." + NEW_MEMBER, "INVALID_VALUE"));
        }
    }

    @Test
    void emulator_whenItsResponseWouldBreakTheModel_answersInternalServerErrorInstead() throws IOException {
        // A model whose GetOpportunity output requires a member this emulator never fills.
        Path model = modelCopy("stricter.json", shapes -> {
            ObjectNode output = (ObjectNode) shapes.path("GetOpportunityResponse");
            ((ObjectNode) output.path("members")).putObject(NEW_MEMBER).put("shape", "String");
            ((ArrayNode) output.path("required")).add(NEW_MEMBER);
        });

        try (PartnerCentralEmulator stricter = PartnerCentralEmulator.start(
                PartnerCentralEmulator.Options.builder().model(model).build())) {
            String id = call(stricter, "CreateOpportunity", opportunity()).body().path("Id").asText();
            Fixtures.RawResponse got = call(stricter, "GetOpportunity",
                    json("{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + id + "\"}"));

            assertThat(got.status()).isEqualTo(500);
            assertThat(got.body().path("__type").asText()).isEqualTo("InternalServerException");
        }
    }

    private Path modelCopy(String name, Consumer<ObjectNode> change) throws IOException {
        ObjectNode model;
        try (InputStream in = getClass().getResourceAsStream("/io/partnercentral/selling/testing/model/service-2.json")) {
            model = (ObjectNode) JSON.readTree(in);
        }
        change.accept((ObjectNode) model.path("shapes"));
        Path file = directory.resolve(name);
        JSON.writeValue(file.toFile(), model);
        return file;
    }

    private static ObjectNode opportunity() {
        return json("""
                {"Catalog": "Sandbox", "ClientToken": "%s",
                 "Customer": {"Account": {"CompanyName": "Example Corp", "WebsiteUrl": "https://example.com",
                                          "Industry": "Software and Internet"}},
                 "Project": {"Title": "Quantum pilot",
                             "CustomerBusinessProblem": "Optimisation runs take days on the current hardware."}}
                """.formatted(UUID.randomUUID()));
    }

    private static ObjectNode opportunityWithTheAdditions() {
        ObjectNode body = opportunity();
        ((ObjectNode) body.at("/Customer/Account")).put("Industry", NEW_INDUSTRY);
        ((ObjectNode) body.at("/Project")).put(NEW_MEMBER, "low");
        return body;
    }

    private static List<Tuple> errors(JsonNode body) {
        List<Tuple> errors = new ArrayList<>();
        body.path("ErrorList").forEach(e -> errors.add(tuple(e.path("FieldName").asText(), e.path("Code").asText())));
        return errors;
    }
}

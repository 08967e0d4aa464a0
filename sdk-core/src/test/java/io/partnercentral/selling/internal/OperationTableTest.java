package io.partnercentral.selling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnercentral.selling.internal.validation.ModelRules;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;

/** The operation table agrees with the checked-in service model and with the generated client. */
class OperationTableTest {
    private static JsonNode model() throws IOException {
        return WireJson.mapper().readTree(Files.readString(Path.of("..", "model", "service-2.json")));
    }

    @Test
    void table_hasEveryOperationOfTheModel_withItsCatalogAndIdempotencyToken() throws IOException {
        JsonNode model = model();
        Set<String> inModel = new TreeSet<>();
        model.get("operations").fieldNames().forEachRemaining(inModel::add);
        Set<String> inTable = new TreeSet<>();
        for (Operation operation : Operation.values()) {
            inTable.add(operation.wireName());
            JsonNode op = model.get("operations").get(operation.wireName());
            JsonNode input = model.get("shapes").get(op.get("input").get("shape").asText()).get("members");
            boolean token = false;
            for (Iterator<Map.Entry<String, JsonNode>> members = input.fields(); members.hasNext(); ) {
                token |= members.next().getValue().path("idempotencyToken").asBoolean(false);
            }
            assertThat(operation.hasClientToken()).as(operation.wireName()).isEqualTo(token);
            assertThat(operation.hasCatalog()).as(operation.wireName()).isEqualTo(input.has("Catalog"));
            assertThat(operation.outputType().isPresent()).as(operation.wireName()).isEqualTo(op.has("output"));
            assertThat(ModelRules.INPUT_SHAPES).containsKey(operation.wireName());
        }
        assertThat(inTable).isEqualTo(inModel).isNotEmpty();
    }

    @Test
    void inputTypes_nameTheModelsMembers() throws IOException {
        JsonNode shapes = model().get("shapes");
        for (Operation operation : Operation.values()) {
            if (operation.inputType().getSimpleName().equals("Opportunity")) {
                continue; // Create/UpdateOpportunity: the SDK fills ClientToken and Identifier itself.
            }
            JsonNode members = shapes.get(ModelRules.INPUT_SHAPES.get(operation.wireName())).get("members");
            Set<String> properties = new HashSet<>(operation.inputCodec().memberNames());
            Set<String> expected = new HashSet<>();
            members.fieldNames().forEachRemaining(expected::add);
            assertThat(properties).as(operation.wireName()).isEqualTo(expected);
        }
    }

    @Test
    void theProspectingOperations_areMissingFromGeneratedClient_andTheRestMapToItsMethods() {
        Set<String> generated = new HashSet<>();
        for (Method method : PartnerCentralSellingClient.class.getMethods()) {
            generated.add(Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1));
        }
        Set<String> missing = new TreeSet<>();
        for (Operation operation : Operation.values()) {
            assertThat(generated.contains(operation.wireName())).as(operation.wireName())
                    .isEqualTo(operation.inGeneratedClient());
            if (!operation.inGeneratedClient()) {
                missing.add(operation.wireName());
            }
        }
        // The AWS SDK release in the build predates these; a refreshed model may add more, which travel the same way.
        assertThat(missing).contains("GetProspectingFromEngagementTask", "ListProspectingFromEngagementTasks",
                "StartProspectingFromEngagementTask");
    }
}

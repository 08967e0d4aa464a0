package io.partnercentral.selling.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.testing.ReviewOutcome;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operations without hand-written behaviour answer like a generated skeleton: model-valid, stateless. */
class SkeletonResponsesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void answer_forEveryOperationOfTheModel_conformsToItsOutputShape() {
        ServiceModel model = ServiceModel.packaged();
        List<String> problems = new ArrayList<>();
        for (String operation : model.operations()) {
            ObjectNode answer = SkeletonResponses.answer(model.output(operation), JSON.createObjectNode());
            String found = model.checkOutput(operation, answer).summary();
            if (!found.isEmpty()) {
                problems.add(operation + ": " + found);
            }
        }
        assertThat(model.operations()).hasSizeGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    @Test
    void answer_echoesARequestMemberThatFitsTheOutputAndFillsTheRest() {
        ServiceModel model = ServiceModel.packaged();
        ObjectNode request = JSON.createObjectNode().put("Catalog", "Sandbox").put("Identifier", "O123");

        ObjectNode answer = SkeletonResponses.answer(model.output("GetOpportunity"), request);

        assertThat(answer.path("Catalog").asText()).isEqualTo("Sandbox");
        assertThat(answer.path("Id").asText()).matches("O[0-9]{1,19}");
        assertThat(model.checkOutput("GetOpportunity", answer).summary()).isEmpty();
    }

    @Test
    void regexSample_matchesThePatternsOfThisApi() {
        for (String regex : List.of("eng-[0-9a-z]{14}", "O[0-9]{1,19}", "arn:aws:partnercentral::[0-9]{12}:[a-zA-Z]+/x/engi-[0-9,a-z]{13}",
                "(?=.{1,128}$)([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)", "(?s).{1,3}", "(arn:.*|engi-[0-9a-z]{13})", "S-[0-9]{1,19}")) {
            assertThat(SkeletonResponses.RegexSample.of(regex)).as(regex).matches(Pattern.compile(regex));
        }
    }

    @Test
    void invoke_anOperationTheModelGainedWithoutBehaviour_isAnsweredNotUnknown(@TempDir Path dir) throws Exception {
        ObjectNode root;
        try (InputStream in = getClass().getResourceAsStream(ServiceModel.RESOURCE)) {
            root = (ObjectNode) JSON.readTree(in);
        }
        ObjectNode shapes = (ObjectNode) root.get("shapes");
        ObjectNode input = shapes.putObject("ListWidgetsRequest").put("type", "structure");
        input.putObject("members").putObject("Catalog").put("shape", "CatalogIdentifier");
        input.putArray("required").add("Catalog");
        ObjectNode output = shapes.putObject("ListWidgetsResponse").put("type", "structure");
        ObjectNode members = output.putObject("members");
        members.putObject("WidgetSummaries").put("shape", "OpportunitySummaries");
        members.putObject("Catalog").put("shape", "CatalogIdentifier");
        output.putArray("required").add("WidgetSummaries").add("Catalog");
        ObjectNode op = ((ObjectNode) root.get("operations")).putObject("ListWidgets").put("name", "ListWidgets");
        op.putObject("input").put("shape", "ListWidgetsRequest");
        op.putObject("output").put("shape", "ListWidgetsResponse");
        Path file = dir.resolve("service-2.json");
        JSON.writeValue(file.toFile(), root);
        EmulatedService service = new EmulatedService(new Settings(Clock.systemUTC(), "123456789012", "us-east-1",
                ReviewOutcome.APPROVED, true, ServiceModel.load(file)));

        ObjectNode answer = service.invoke("ListWidgets", "{\"Catalog\":\"Sandbox\"}");

        assertThat(service.hasBehaviour("ListWidgets")).isFalse();
        assertThat(answer.path("Catalog").asText()).isEqualTo("Sandbox");
        assertThat(answer.path("WidgetSummaries")).isInstanceOf(ArrayNode.class).isEmpty();
    }
}

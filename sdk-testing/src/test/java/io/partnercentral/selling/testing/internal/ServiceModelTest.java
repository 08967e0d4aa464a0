package io.partnercentral.selling.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The model's traits as the emulator enforces them, shape by shape, on the packaged model. */
class ServiceModelTest {
    private static final ServiceModel MODEL = ServiceModel.packaged();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void packaged_isTheCheckedInModel_loadedOncePerJvm() {
        assertThat(MODEL.apiVersion()).isEqualTo("2022-07-26");
        assertThat(ServiceModel.packaged()).isSameAs(MODEL);
        assertThat(MODEL.shape("RelatedEntityType").enumValues())
                .contains("AwsMarketplaceSolutions", "AwsMarketplaceProducts");
        assertThat(MODEL.shape("AwsMemberBusinessTitle").enumValues()).contains("Signatory");
    }

    @Test
    void validate_stringLength_countsCodePointsNotUtf16Units() {
        ModelShape title = MODEL.shape("ProjectTitleString");   // (?s).{0,255}
        String emoji = "\uD83D\uDE80";

        assertThat(errors(title, text(emoji.repeat(255)))).isEmpty();
        assertThat(errors(title, text(emoji.repeat(256)))).containsExactly(tuple("Title", "INVALID_STRING_FORMAT"));
        assertThat(errors(MODEL.shape("ProspectingAccountName"), text("a".repeat(256))))
                .as("a length trait proper, not a pattern").containsExactly(tuple("Title", "INVALID_STRING_FORMAT"));
    }

    @Test
    void validate_pattern_mustMatchTheWholeValue() {
        ModelShape id = MODEL.shape("OpportunityIdentifier");   // O[0-9]{1,19}, anchors removed by botocore

        assertThat(errors(id, text("O123"))).isEmpty();
        assertThat(errors(id, text("xO123"))).containsExactly(tuple("Title", "INVALID_STRING_FORMAT"));
        assertThat(errors(id, text("O123x"))).containsExactly(tuple("Title", "INVALID_STRING_FORMAT"));
    }

    @Test
    void validate_emailPattern_acceptsWhatTheModelAllows() {
        ModelShape email = MODEL.shape("Email");

        assertThat(errors(email, text("o'brien@example.com"))).isEmpty();
        assertThat(errors(email, text("a@b.c"))).isEmpty();
        // Capitals: the checked-in pattern rejects them; whatever the model says is what the emulator applies.
        assertThat(errors(email, text("Upper@Example.com"))).hasSize(email.pattern.matcher("Upper@Example.com").matches() ? 0 : 1);
        assertThat(errors(email, text("upper.example.com"))).containsExactly(tuple("Title", "INVALID_STRING_FORMAT"));
        assertThat(errors(email, text("x".repeat(75) + "@b.com"))).as("over 80 characters")
                .containsExactly(tuple("Title", "INVALID_STRING_FORMAT"));
    }

    @Test
    void validate_union_needsExactlyOneMember() {
        ModelShape payload = MODEL.shape("ResourceSnapshotPayload");

        assertThat(errors(payload, json("{\"OpportunitySummary\":{}}"))).isEmpty();
        assertThat(errors(payload, json("{}"))).containsExactly(tuple("Title", "INVALID_VALUE"));
        assertThat(errors(payload, json("{\"OpportunitySummary\":{},\"AwsOpportunitySummaryFullView\":{}}")))
                .containsExactly(tuple("Title", "INVALID_VALUE"));
    }

    @Test
    void validate_mapAndIntegerAndList_checkSizesRangesAndTypes() {
        ObjectNode attributes = JSON.createObjectNode();
        for (int i = 0; i < 26; i++) {
            attributes.put("k" + i, "v");
        }

        assertThat(errors(MODEL.shape("RecommendationAttributeMap"), attributes))
                .containsExactly(tuple("Title", "TOO_MANY_VALUES"));
        assertThat(errors(MODEL.shape("PageSize"), JSON.getNodeFactory().numberNode(101)))
                .containsExactly(tuple("Title", "VALUE_OUT_OF_RANGE"));
        assertThat(errors(MODEL.shape("PageSize"), text("20"))).containsExactly(tuple("Title", "INVALID_VALUE"));
        assertThat(errors(MODEL.shape("TagList"), JSON.createArrayNode()))
                .containsExactly(tuple("Title", "NOT_ENOUGH_VALUES"));
    }

    @Test
    void validate_structure_reportsMissingRequiredAndUnknownMembersByPath() {
        JsonNode request = json("{\"Catalog\":\"Sandbox\",\"Tags\":[{\"Key\":\"k\"}],\"Lifecycle\":{}}");
        Violations v = new Violations();

        JsonNode cleaned = MODEL.input("CreateOpportunity").validate(request, "", v, true);

        assertThat(tuples(v)).containsExactlyInAnyOrder(tuple("ClientToken", "REQUIRED_FIELD_MISSING"),
                tuple("Tags[0].Value", "REQUIRED_FIELD_MISSING"), tuple("Lifecycle", "INVALID_VALUE"));
        assertThat(cleaned.has("Lifecycle")).isFalse();
        Violations lenient = new Violations();
        MODEL.input("CreateOpportunity").validate(request, "", lenient, false);
        assertThat(tuples(lenient)).doesNotContain(tuple("Lifecycle", "INVALID_VALUE"));
    }

    @Test
    void validate_messages_neverRepeatTheValue() {
        Violations v = new Violations();
        MODEL.input("CreateOpportunity").validate(json("{\"Catalog\":\"Sandbox\",\"ClientToken\":\"t\","
                + "\"Customer\":{\"Account\":{\"CompanyName\":\"Secret Corp\",\"Industry\":\"Secret Industry\","
                + "\"WebsiteUrl\":\"s\"}}}"), "", v, true);

        assertThat(v.errors().toString()).doesNotContain("Secret").doesNotContain("\"s\"");
        assertThat(tuples(v)).containsExactlyInAnyOrder(tuple("Customer.Account.Industry", "INVALID_ENUM_VALUE"),
                tuple("Customer.Account.WebsiteUrl", "INVALID_STRING_FORMAT"));
    }

    @Test
    void checkOutput_isStrict_aboutUnknownMissingAndMistypedMembers() {
        JsonNode body = json("{\"Id\":\"O1\",\"LastModifiedDate\":\"yesterday\",\"Extra\":1}");

        assertThat(tuples(MODEL.checkOutput("UpdateOpportunity", body))).containsExactlyInAnyOrder(
                tuple("LastModifiedDate", "INVALID_STRING_FORMAT"), tuple("Extra", "INVALID_VALUE"));
        assertThat(tuples(MODEL.checkOutput("UpdateOpportunity", json("{\"Id\":\"O1\"}"))))
                .containsExactly(tuple("LastModifiedDate", "REQUIRED_FIELD_MISSING"));
        assertThat(tuples(MODEL.checkOutput("SubmitOpportunity", json("{\"Id\":\"O1\"}")))).hasSize(1);
        assertThat(MODEL.checkOutput("SubmitOpportunity", json("{}")).isEmpty()).isTrue();
    }

    private static List<Tuple> errors(ModelShape shape, JsonNode value) {
        Violations v = new Violations();
        shape.validate(value, "Title", v, true);
        return tuples(v);
    }

    private static List<Tuple> tuples(Violations v) {
        List<Tuple> tuples = new ArrayList<>();
        v.errors().forEach(e -> tuples.add(tuple(e.path("FieldName").asText(), e.path("Code").asText())));
        return tuples;
    }

    private static JsonNode text(String value) {
        return JSON.getNodeFactory().textNode(value);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}

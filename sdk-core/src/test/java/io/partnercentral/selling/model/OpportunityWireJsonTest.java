package io.partnercentral.selling.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.internal.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The maximal fixture JSON, the model and {@link WireJson} agree in both directions. */
class OpportunityWireJsonTest {
    private static final ObjectMapper MAPPER = WireJson.mapper();

    @Test
    void read_whenMaximalJson_equalsMaximalFixture() throws IOException {
        Opportunity read = MAPPER.readValue(maximalJson(), Opportunity.class);

        assertThat(read).isEqualTo(Fixtures.maximalOpportunity());
    }

    @Test
    void write_whenMaximalFixture_equalsMaximalJson() throws IOException {
        JsonNode written = MAPPER.valueToTree(Fixtures.maximalOpportunity());

        assertThat(written).isEqualTo(maximalTree());
    }

    @Test
    void readThenWrite_whenMaximalJson_isUnchanged() throws IOException {
        JsonNode original = maximalTree();

        JsonNode roundTripped = MAPPER.readTree(MAPPER.writeValueAsString(MAPPER.treeToValue(original, Opportunity.class)));

        assertThat(roundTripped).isEqualTo(original);
    }

    @Test
    void readThenWrite_whenPicklistValueIsUnknown_keepsItUnchanged() throws IOException {
        ObjectNode tree = maximalTree();
        ((ObjectNode) tree.at("/Customer/Account")).put("Industry", "Quantum Farming");
        ((ObjectNode) tree.at("/Project/ExpectedCustomerSpend/0")).put("CurrencyCode", "XBT");
        ((ObjectNode) tree.at("/LifeCycle")).put("ReviewStatus", "Escalated");

        Opportunity read = MAPPER.treeToValue(tree, Opportunity.class);

        Industry industry = read.customer().orElseThrow().account().orElseThrow().industry().orElseThrow();
        assertThat(industry.value()).isEqualTo("Quantum Farming");
        assertThat(industry.isKnown()).isFalse();
        assertThat(read.lifeCycle().orElseThrow().reviewStatus().orElseThrow().isKnown()).isFalse();
        assertThat((JsonNode) MAPPER.valueToTree(read)).isEqualTo(tree);
    }

    @Test
    void readThenWrite_whenMemberIsUnknown_keepsItInAdditionalMembers() throws IOException {
        ObjectNode tree = maximalTree();
        ((ObjectNode) tree.get("Project")).set("FutureMember", MAPPER.readTree("{\"a\":1}"));
        tree.put("FutureTopLevel", "kept");

        Opportunity read = MAPPER.treeToValue(tree, Opportunity.class);

        assertThat(read.project().orElseThrow().additionalMembers())
                .containsOnlyKeys("FutureMember")
                .containsEntry("FutureMember", MAPPER.readTree("{\"a\":1}"));
        assertThat(read.additionalMembers()).containsOnlyKeys("FutureTopLevel");
        assertThat((JsonNode) MAPPER.valueToTree(read)).isEqualTo(tree);
        assertThat(MAPPER.readTree(WireJson.createWriter().writeValueAsString(read)).at("/Project/FutureMember/a").asInt())
                .isEqualTo(1);
    }

    @Test
    void createWriter_whenMaximalFixture_omitsReadOnlyMembersOnly() throws IOException {
        ObjectNode expected = maximalTree();
        removeReadOnlyMembers(expected);

        JsonNode written = MAPPER.readTree(WireJson.createWriter().writeValueAsString(Fixtures.maximalOpportunity()));

        assertThat(written).isEqualTo(expected);
        assertThat(written.has("Origin")).isTrue();
        assertThat(written.has("OpportunityTeam")).isTrue();
        assertThat(written.has("Tags")).isTrue();
    }

    @Test
    void updateWriter_whenMaximalFixture_alsoOmitsCreateOnlyMembers() throws IOException {
        ObjectNode expected = maximalTree();
        removeReadOnlyMembers(expected);
        expected.remove(List.of("Origin", "OpportunityTeam", "Tags"));

        JsonNode written = MAPPER.readTree(WireJson.updateWriter().writeValueAsString(Fixtures.maximalOpportunity()));

        assertThat(written).isEqualTo(expected);
    }

    @Test
    void toString_whenMaximalFixture_showsNoPersonalData() {
        String text = Fixtures.maximalOpportunity().toString();

        // Project.Title is marked sensitive in the service's model, so it is redacted too.
        assertThat(text).contains("<redacted>", "Commercial spaceflight logistics");
        assertThat(text).doesNotContain(
                "Sovereign telemetry platform migration",
                Fixtures.CUSTOMER_COMPANY_NAME,
                Fixtures.CUSTOMER_WEBSITE_URL,
                Fixtures.CUSTOMER_STREET_ADDRESS,
                Fixtures.CUSTOMER_CITY,
                Fixtures.CUSTOMER_POSTAL_CODE,
                Fixtures.CUSTOMER_DUNS,
                Fixtures.CONTACT_FIRST_NAME,
                Fixtures.CONTACT_LAST_NAME,
                Fixtures.CONTACT_EMAIL,
                Fixtures.CONTACT_PHONE,
                Fixtures.TEAM_FIRST_NAME,
                Fixtures.TEAM_LAST_NAME,
                Fixtures.TEAM_EMAIL,
                Fixtures.TEAM_PHONE);
    }

    @Test
    void maximalJson_whenRead_hasEveryListNonEmpty() throws IOException {
        // Guards the fixture itself: an empty list would not be written back, hiding a wire-name typo.
        List<String> emptyLists = new java.util.ArrayList<>();
        collectEmptyLists(maximalTree(), "", emptyLists);

        assertThat(emptyLists).isEmpty();
    }

    private static void removeReadOnlyMembers(ObjectNode tree) {
        tree.remove(List.of("Id", "Arn", "Catalog", "CreatedDate", "LastModifiedDate", "RelatedEntityIdentifiers"));
        ((ObjectNode) tree.get("LifeCycle")).remove(List.of("ReviewStatus", "ReviewComments", "ReviewStatusReason", "NextStepsHistory"));
    }

    private static void collectEmptyLists(JsonNode node, String path, List<String> emptyLists) {
        if (node.isArray() && node.isEmpty()) {
            emptyLists.add(path);
        }
        if (node.isContainerNode()) {
            node.fields().forEachRemaining(e -> collectEmptyLists(e.getValue(), path + "/" + e.getKey(), emptyLists));
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                collectEmptyLists(node.get(i), path + "/" + i, emptyLists);
            }
        }
    }

    private static ObjectNode maximalTree() throws IOException {
        try (InputStream in = maximalJson()) {
            return (ObjectNode) MAPPER.readTree(in);
        }
    }

    private static InputStream maximalJson() {
        InputStream in = OpportunityWireJsonTest.class.getResourceAsStream(Fixtures.MAXIMAL_JSON);
        assertThat(in).as(Fixtures.MAXIMAL_JSON).isNotNull();
        return in;
    }
}

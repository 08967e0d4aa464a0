package io.partnercentral.selling.model;

import static io.partnercentral.selling.model.ModelTestSupport.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class SnapshotPayloadTest {
    private static final OpportunitySummaryView SUMMARY =
            OpportunitySummaryView.builder().opportunityType(OpportunityType.FLAT_RENEWAL).build();
    private static final AwsOpportunitySummaryFullView AWS_VIEW =
            AwsOpportunitySummaryFullView.builder().visibility(Visibility.LIMITED).build();

    @Test
    void fold_whenEachVariant_appliesOnlyTheMatchingFunction() throws Exception {
        SnapshotPayload unknown = SnapshotPayload.unknown("FutureView", MAPPER.readTree("{\"a\":1}"));

        assertThat(describe(SnapshotPayload.of(SUMMARY))).isEqualTo("summary Flat Renewal");
        assertThat(describe(SnapshotPayload.of(AWS_VIEW))).isEqualTo("aws Limited");
        assertThat(describe(unknown)).isEqualTo("unknown FutureView");
    }

    private static String describe(SnapshotPayload payload) {
        return payload.fold(
                summary -> "summary " + summary.opportunityType().orElseThrow(),
                awsView -> "aws " + awsView.visibility().orElseThrow(),
                unknown -> "unknown " + unknown.name());
    }

    @Test
    void writeValueAsString_whenPayloadWrittenOnItsOwn_writesTheUnionObject() throws Exception {
        assertThat(MAPPER.writeValueAsString(SnapshotPayload.of(SUMMARY)))
                .isEqualTo("{\"OpportunitySummary\":{\"OpportunityType\":\"Flat Renewal\"}}");
        assertThat(MAPPER.writeValueAsString(SnapshotPayload.of(AWS_VIEW)))
                .isEqualTo("{\"AwsOpportunitySummaryFullView\":{\"Visibility\":\"Limited\"}}");
        // The view on its own is the bare member body.
        assertThat(MAPPER.writeValueAsString(SUMMARY)).isEqualTo("{\"OpportunityType\":\"Flat Renewal\"}");
    }

    @Test
    void readValue_whenPayloadReadOnItsOwn_returnsTheVariant() throws Exception {
        SnapshotPayload payload = MAPPER.readValue(
                "{\"OpportunitySummary\":{\"OpportunityType\":\"Flat Renewal\"}}", SnapshotPayload.class);

        assertThat(payload).isEqualTo(SnapshotPayload.of(SUMMARY));
    }

    @Test
    void readValue_whenTypeMemberAndNullMembersPresent_ignoresThem() throws Exception {
        SnapshotPayload payload = MAPPER.readValue(
                "{\"__type\":\"ResourceSnapshotPayload\",\"OpportunitySummary\":null,"
                        + "\"AwsOpportunitySummaryFullView\":{\"Visibility\":\"Limited\"},\"FutureView\":null}",
                SnapshotPayload.class);

        assertThat(payload).isEqualTo(SnapshotPayload.of(AWS_VIEW));
    }

    @Test
    void readValue_whenUnionIsEmpty_returnsNull() throws Exception {
        assertThat(MAPPER.readValue("{}", SnapshotPayload.class)).isNull();
        assertThat(MAPPER.readValue("{\"OpportunitySummary\":null}", SnapshotPayload.class)).isNull();
    }

    @Test
    void readValue_whenUnionHasTwoMembers_failsNamingBoth() {
        String json = "{\"OpportunitySummary\":{},\"FutureView\":{\"x\":1}}";

        assertThatThrownBy(() -> MAPPER.readValue(json, SnapshotPayload.class))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("OpportunitySummary")
                .hasMessageContaining("FutureView");
    }

    @Test
    void readValue_whenPayloadIsNotAnObject_fails() {
        assertThatThrownBy(() -> MAPPER.readValue("[\"OpportunitySummary\"]", SnapshotPayload.class))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("must be a JSON object");
    }

    @Test
    void readValue_whenUnknownMemberIsAScalar_keepsIt() throws Exception {
        SnapshotPayload payload = MAPPER.readValue("{\"FutureFlag\":\"on\"}", SnapshotPayload.class);

        assertThat(payload).isEqualTo(new SnapshotPayload.Unknown("FutureFlag", TextNode.valueOf("on")));
        assertThat(MAPPER.writeValueAsString(payload)).isEqualTo("{\"FutureFlag\":\"on\"}");
    }

    @Test
    void unknown_whenNodeChangedAfterwards_staysAsConstructed() throws Exception {
        ObjectNode node = (ObjectNode) MAPPER.readTree("{\"a\":1}");
        SnapshotPayload.Unknown unknown = new SnapshotPayload.Unknown("FutureView", node);

        node.put("a", 2);
        ((ObjectNode) unknown.value()).put("b", 3);

        assertThat(unknown.value()).isEqualTo(MAPPER.readTree("{\"a\":1}"));
    }

    @Test
    void unknown_whenNameIsAKnownOrIgnoredMember_isRejected() {
        JsonNode value = TextNode.valueOf("x");

        assertThatThrownBy(() -> new SnapshotPayload.Unknown("OpportunitySummary", value))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SnapshotPayload.Unknown("AwsOpportunitySummaryFullView", value))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SnapshotPayload.Unknown("__type", value))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknown_whenValueIsJsonNull_isRejected() {
        assertThatThrownBy(() -> new SnapshotPayload.Unknown("FutureView", NullNode.getInstance()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownToString_whenValueHoldsPersonalData_showsOnlyTheName() throws Exception {
        SnapshotPayload unknown = SnapshotPayload.unknown("FutureView", MAPPER.readTree("{\"Email\":\"jo@example.com\"}"));

        assertThat(unknown.toString()).contains("FutureView").doesNotContain("jo@example.com");
    }
}

package io.partnercentral.selling.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnercentral.selling.internal.WireJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The generated streaming codecs: exact round trips, views, nulls, and errors that name the member, never the value. */
class WireCodecTest {
    private static final ObjectMapper MAPPER = WireJson.mapper();
    private static final WireCodec<Opportunity> OPPORTUNITY = ModelCodecs.of(Opportunity.class);

    private static <T> T read(WireCodec<T> codec, String json) throws IOException {
        try (JsonParser parser = WireJson.factory().createParser(json)) {
            parser.nextToken();
            T value = codec.read(parser);
            assertThat(parser.nextToken()).as("codec stops at the end of its object").isNull();
            return value;
        }
    }

    private static JsonNode tree(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }

    @Test
    void readThenWrite_whenMaximalOpportunity_givesTheSameJsonAsSent() throws IOException {
        String json;
        try (var in = WireCodecTest.class.getResourceAsStream(Fixtures.MAXIMAL_JSON)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        Opportunity read = read(OPPORTUNITY, json);

        assertThat(read).isEqualTo(Fixtures.maximalOpportunity());
        assertThat(tree(WireJson.write(OPPORTUNITY, read, WireCodec.ALL))).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void write_throughAConfiguredMapper_isByteForByteTheCodecsJson() throws IOException {
        Opportunity opportunity = Fixtures.maximalOpportunity();

        assertThat(MAPPER.writeValueAsBytes(opportunity)).isEqualTo(WireJson.write(OPPORTUNITY, opportunity, WireCodec.ALL));
        assertThat(WireJson.createWriter().writeValueAsBytes(opportunity))
                .isEqualTo(WireJson.write(OPPORTUNITY, opportunity, WireCodec.CREATE));
        assertThat(WireJson.updateWriter().writeValueAsBytes(opportunity))
                .isEqualTo(WireJson.write(OPPORTUNITY, opportunity, WireCodec.UPDATE));
    }

    @Test
    void write_inCreateAndUpdateViews_leavesOutReadOnlyAndCreateOnlyMembers() throws IOException {
        Opportunity opportunity = Fixtures.maximalOpportunity();

        JsonNode all = tree(WireJson.write(OPPORTUNITY, opportunity, WireCodec.ALL));
        JsonNode create = tree(WireJson.write(OPPORTUNITY, opportunity, WireCodec.CREATE));
        JsonNode update = tree(WireJson.write(OPPORTUNITY, opportunity, WireCodec.UPDATE));

        assertThat(all.has("Id")).isTrue();
        assertThat(all.has("Origin")).isTrue();
        assertThat(create.has("Id")).isFalse();
        assertThat(create.has("LastModifiedDate")).isFalse();
        assertThat(create.has("Origin")).isTrue();
        assertThat(create.has("OpportunityTeam")).isTrue();
        assertThat(update.has("Origin")).isFalse();
        assertThat(update.has("OpportunityTeam")).isFalse();
        assertThat(update.has("Tags")).isFalse();
        assertThat(update.has("Catalog")).isFalse();
        assertThat(update.get("Project")).isEqualTo(create.get("Project"));
    }

    @Test
    void read_whenUnknownMembersHoldNumbersAndNulls_keepsThemExactly() throws IOException {
        String json = "{\"Customer\":{\"Future\":{\"price\":1.50,\"big\":123456789012345678901234567890,\"none\":null,"
                + "\"list\":[1,2000.00,\"x\",true]}},\"FutureNull\":null}";

        Opportunity read = read(OPPORTUNITY, json);

        assertThat(read.additionalMembers()).containsOnlyKeys("FutureNull");
        assertThat(new String(WireJson.write(OPPORTUNITY, read, WireCodec.ALL), StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void read_whenKnownMembersAreNull_treatsThemAsAbsent_andSkipsNullListElements() throws IOException {
        Opportunity read = read(OPPORTUNITY, "{\"Customer\":null,\"PrimaryNeedsFromAws\":[null,"
                + "\"Co-Sell - Deal Support\",null],\"Tags\":null}");

        assertThat(read.customer()).isEmpty();
        assertThat(read.tags()).isEmpty();
        assertThat(read.primaryNeedsFromAws()).containsExactly(PrimaryNeedFromAws.CO_SELL_DEAL_SUPPORT);
        assertThat(read.additionalMembers()).isEmpty();
    }

    @Test
    void write_whenListsAreEmptyAndOptionalsAbsent_writesAnEmptyObject() {
        assertThat(new String(WireJson.write(OPPORTUNITY, Opportunity.builder().build(), WireCodec.ALL), StandardCharsets.UTF_8))
                .isEqualTo("{}");
    }

    @Test
    void read_whenAValueHasTheWrongShape_namesTheMemberPathWithIndexes_butNotTheValue() {
        String json = "{\"Customer\":{\"Contacts\":[{\"Email\":\"a@example.com\"},{\"Email\":{\"secret\":\"p@example.com\"}}]}}";

        assertThatThrownBy(() -> read(OPPORTUNITY, json))
                .isInstanceOfSatisfying(WireFormatException.class, e -> {
                    assertThat(e.memberPath()).isEqualTo("Customer.Contacts[1].Email");
                    assertThat(e.problem()).isEqualTo("expected a string, found START_OBJECT");
                })
                .hasMessageNotContaining("example.com")
                .hasMessageNotContaining("secret");
    }

    @Test
    void read_whenADateIsNotStrict_orATimestampIsNotIso_failsNamingTheMember() {
        assertThatThrownBy(() -> read(OPPORTUNITY, "{\"LifeCycle\":{\"TargetCloseDate\":\"2026-01-01T00:00:00Z\"}}"))
                .isInstanceOfSatisfying(WireFormatException.class,
                        e -> assertThat(e.memberPath()).isEqualTo("LifeCycle.TargetCloseDate"));
        assertThatThrownBy(() -> read(OPPORTUNITY, "{\"LastModifiedDate\":\"yesterday\"}"))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.memberPath()).isEqualTo("LastModifiedDate"))
                .hasMessageNotContaining("yesterday");
    }

    @Test
    void read_whenTimestampHasAnOffsetOrIsEpochSeconds_readsTheInstant() throws IOException {
        assertThat(read(OPPORTUNITY, "{\"LastModifiedDate\":\"2026-05-15T12:15:30+02:00\"}").lastModifiedDate())
                .contains(java.time.Instant.parse("2026-05-15T10:15:30Z"));
        assertThat(read(OPPORTUNITY, "{\"LastModifiedDate\":1778840130.5}").lastModifiedDate())
                .contains(java.time.Instant.parse("2026-05-15T10:15:30.500Z"));
    }

    @Test
    void read_whenTheDocumentIsCutOff_throwsEndOfInput() {
        assertThatThrownBy(() -> read(OPPORTUNITY, "{\"Customer\":{\"Contacts\":[{\"Email\":\"a@"))
                .isInstanceOf(JsonEOFException.class);
    }

    @Test
    void read_whenAnUnknownPicklistValueArrives_keepsItAsAServiceValue() throws IOException {
        Opportunity read = read(OPPORTUNITY, "{\"OpportunityType\":\"Brand New Type\"}");

        OpportunityType type = read.opportunityType().orElseThrow();
        assertThat(type.value()).isEqualTo("Brand New Type");
        assertThat(type.isKnown()).isFalse();
        assertThat(type.isUnrecognized()).isFalse();
    }

    @Test
    void registry_findsEveryCodecByTypeAndNothingElse() {
        assertThat(ModelCodecs.of(Opportunity.class)).isSameAs(OPPORTUNITY);
        assertThat(ModelCodecs.of(SnapshotPayload.class)).isNotNull();
        assertThat(ModelCodecs.of(CreatedOpportunity.class)).isNotNull();
        assertThat(ModelCodecs.of(String.class)).isNull();
        assertThat(OPPORTUNITY.memberNames()).contains("Customer", "LifeCycle", "Tags").doesNotContain("ClientToken");
    }

    @Test
    void fastInstant_agreesWithTheIsoFormatter_whereverItAnswers() {
        java.util.Random random = new java.util.Random(12);
        String[] fixed = {"2026-05-15T10:15:30Z", "2026-05-15T10:15:30.5Z", "2026-05-15T10:15:30.123456789Z",
                "2024-02-29T23:59:59Z", "2023-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-12-31T23:59:60Z",
                "2026-05-15T10:15:30.Z", "2026-05-15T10:15:30.1234567890Z", "2026-05-15t10:15:30Z", "2026-05-15T10:15:30z",
                "0001-01-01T00:00:00Z", "2026-05-15T24:00:00Z", "2026-00-10T00:00:00Z", "2026-05-15T10:15:30+00:00"};
        java.util.List<String> inputs = new java.util.ArrayList<>(java.util.List.of(fixed));
        for (int i = 0; i < 20_000; i++) {
            char[] text = "2026-05-15T10:15:30.123Z".toCharArray();
            text[random.nextInt(text.length)] = "0123456789-:.TZ ".charAt(random.nextInt(16));
            inputs.add(new String(text, 0, 20 + random.nextInt(5)) + (random.nextBoolean() ? "Z" : ""));
        }
        int answered = 0;
        for (String input : inputs) {
            java.time.Instant fast = JsonCodec.fastInstant(input);
            java.time.Instant slow;
            try {
                slow = java.time.format.DateTimeFormatter.ISO_INSTANT.parse(input, java.time.Instant::from);
            } catch (java.time.DateTimeException rejected) {
                slow = null;
            }
            if (fast != null) {
                answered++;
                assertThat(fast).as(input).isEqualTo(slow);
            }
        }
        assertThat(answered).isGreaterThan(1_000);
    }
}

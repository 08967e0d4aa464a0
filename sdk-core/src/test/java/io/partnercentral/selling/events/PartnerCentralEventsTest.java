package io.partnercentral.selling.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.exception.MalformedEventException;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.ResourceType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The parser on one fixture per detail-type, written from the documented example shapes. */
class PartnerCentralEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static String fixture(String name) {
        try (InputStream in = PartnerCentralEventsTest.class.getResourceAsStream("/events/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fixture(DetailType type) {
        return fixture(type.value().toLowerCase().replace(' ', '-'));
    }

    static ObjectNode tree(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void parse_opportunityCreated_withVersion1AndNoResources() {
        PartnerCentralEvent event = PartnerCentralEvents.parse(fixture(DetailType.OPPORTUNITY_CREATED));
        assertThat(event).isInstanceOf(OpportunityEvent.Created.class);
        OpportunityEvent.Created created = (OpportunityEvent.Created) event;
        assertThat(created.opportunityId()).isEqualTo("O1234");
        assertThat(created.catalog()).isEqualTo(Catalog.AWS);
        assertThat(created.id()).isEqualTo("5d1c2f3e-0000-4000-8000-000000000001");
        assertThat(created.time()).isEqualTo(Instant.parse("2026-05-04T10:15:30Z"));
        assertThat(created.envelope().version()).contains("1");
        assertThat(created.envelope().resources()).isEmpty();
        assertThat(created.knownDetailType()).contains(DetailType.OPPORTUNITY_CREATED);
    }

    @Test
    void parse_opportunityUpdated_inSandbox() {
        OpportunityEvent.Updated updated = (OpportunityEvent.Updated) PartnerCentralEvents.parse(fixture(DetailType.OPPORTUNITY_UPDATED));
        assertThat(updated.opportunityId()).isEqualTo("O5678");
        assertThat(updated.catalog()).isEqualTo(Catalog.SANDBOX);
    }

    @Test
    void parse_opportunityAcceptedAndRejected_assumingTheUpdatedShape() {
        assertThat(PartnerCentralEvents.parse(fixture(DetailType.OPPORTUNITY_ACCEPTED)))
                .isInstanceOfSatisfying(OpportunityEvent.Accepted.class, e -> assertThat(e.opportunityId()).isEqualTo("O1234"));
        assertThat(PartnerCentralEvents.parse(fixture(DetailType.OPPORTUNITY_REJECTED)))
                .isInstanceOfSatisfying(OpportunityEvent.Rejected.class, e -> assertThat(e.opportunityId()).isEqualTo("O1234"));
    }

    @Test
    void parse_invitationCreated_readsEveryDocumentedMember() {
        EngagementInvitationEvent.Created created =
                (EngagementInvitationEvent.Created) PartnerCentralEvents.parse(fixture(DetailType.ENGAGEMENT_INVITATION_CREATED));
        EngagementInvitationRef invitation = created.invitation();
        assertThat(created.invitationId()).isEqualTo("engi-0000000ab1cd2");
        assertThat(invitation.arn()).hasValueSatisfying(arn -> assertThat(arn).endsWith("/engi-0000000ab1cd2"));
        assertThat(invitation.engagementId()).contains("eng-abcd1234");
        assertThat(invitation.senderAccountId()).contains("987654321098");
        assertThat(invitation.receiverAccountId()).contains("123456789012");
        assertThat(invitation.senderCompanyName()).contains("Example Sender Holdings");
        assertThat(invitation.expirationDate()).contains(Instant.parse("2026-05-19T10:15:30Z"));
        assertThat(invitation.participantType()).contains("Receiver");
        assertThat(invitation.payloadType()).contains("OpportunityInvitation");
        assertThat(invitation.sentByThisAccount()).isFalse();
        assertThat(created.envelope().version()).contains("0");
    }

    @ParameterizedTest
    @CsvSource({"ENGAGEMENT_INVITATION_ACCEPTED,Accepted,Receiver", "ENGAGEMENT_INVITATION_REJECTED,Rejected,Sender",
            "ENGAGEMENT_INVITATION_EXPIRED,Expired,Receiver"})
    void parse_invitationAnswers_withoutCompanyNameOrExpiry(DetailType type, String variant, String participant) {
        EngagementInvitationEvent event = (EngagementInvitationEvent) PartnerCentralEvents.parse(fixture(type));
        assertThat(event.getClass().getSimpleName()).isEqualTo(variant);
        assertThat(event.invitationId()).isEqualTo("engi-0000000ab1cd2");
        assertThat(event.invitation().senderCompanyName()).isEmpty();
        assertThat(event.invitation().expirationDate()).isEmpty();
        assertThat(event.invitation().participantType()).contains(participant);
        assertThat(event.invitation().sentByThisAccount()).isEqualTo(participant.equals("Sender"));
    }

    @Test
    void parse_memberAddedAndJoined_readEngagementDotId() {
        EngagementMemberEvent.Added added = (EngagementMemberEvent.Added) PartnerCentralEvents.parse(fixture(DetailType.ENGAGEMENT_MEMBER_ADDED));
        assertThat(added.engagementId()).isEqualTo("eng-abcd1234");
        assertThat(added.memberAccountId()).contains("555566667777");
        assertThat(added.memberCompanyName()).contains("Example Member Corp");
        assertThat(PartnerCentralEvents.parse(fixture(DetailType.ENGAGEMENT_MEMBER_JOINED)))
                .isInstanceOfSatisfying(EngagementMemberEvent.Joined.class, j -> assertThat(j.engagementId()).isEqualTo("eng-abcd1234"));
    }

    @Test
    void parse_engagementResourceSnapshotCreated_givesTheSnapshotTarget() {
        ResourceSnapshotEvent.EngagementResourceSnapshotCreated event = (ResourceSnapshotEvent.EngagementResourceSnapshotCreated)
                PartnerCentralEvents.parse(fixture(DetailType.ENGAGEMENT_RESOURCE_SNAPSHOT_CREATED));
        ResourceSnapshotRef snapshot = event.snapshot();
        assertThat(snapshot.arn()).hasValueSatisfying(arn -> assertThat(arn).startsWith("arn:aws:partnercentral-selling:"));
        assertThat(snapshot.targetMemberAccounts()).containsExactly("987654321098");
        assertThat(snapshot.revision()).isEqualTo(OptionalInt.empty());
        assertThat(snapshot.target().engagementIdentifier()).isEqualTo("eng-abcd1234");
        assertThat(snapshot.target().resourceType()).isEqualTo(ResourceType.OPPORTUNITY);
        assertThat(snapshot.target().resourceIdentifier()).isEqualTo("O1234");
        assertThat(snapshot.target().templateIdentifier()).isEqualTo("OpportunitySummaryView");
        assertThat(PartnerCentralEvents.parse(fixture(DetailType.RESOURCE_SNAPSHOT_CREATED)))
                .isInstanceOf(ResourceSnapshotEvent.ResourceSnapshotCreated.class);
    }

    @Test
    void parse_engagementCreatedAndUpdated_readPascalCaseBesideCamelCase() {
        EngagementEvent.Created created = (EngagementEvent.Created) PartnerCentralEvents.parse(fixture(DetailType.ENGAGEMENT_CREATED));
        assertThat(created.engagementId()).isEqualTo("eng-abcd1234");
        assertThat(created.engagement().createdAt()).contains(Instant.parse("2026-05-04T10:15:29.123Z"));
        assertThat(created.engagement().createdBy()).contains("123456789012");
        assertThat(created.engagement().contextTypes()).containsExactly("CustomerProject");
        EngagementEvent.Updated updated = (EngagementEvent.Updated) PartnerCentralEvents.parse(fixture(DetailType.ENGAGEMENT_UPDATED));
        assertThat(updated.engagement().lastModifiedAt()).contains(Instant.parse("2026-05-04T11:00:00Z"));
        assertThat(updated.engagement().createdAt()).isEmpty();
        assertThat(updated.engagement().contextTypes()).containsExactly("CustomerProject", "Lead");
    }

    @ParameterizedTest
    @EnumSource(DetailType.class)
    void parse_everyDetailType_typesItAndKeepsTheEventUnchanged(DetailType type) {
        String json = fixture(type);
        PartnerCentralEvent event = PartnerCentralEvents.parse(json);
        assertThat(event).isNotInstanceOf(UnknownEvent.class);
        assertThat(event.knownDetailType()).contains(type);
        assertThat(tree(PartnerCentralEvents.toJson(event))).isEqualTo(tree(json));
        assertThat(event.detail()).isEqualTo(tree(json).get("detail"));
    }

    @Test
    void parse_unknownDetailTypeWithUnknownMembers_roundTripsUnchanged() {
        ObjectNode event = tree(fixture(DetailType.OPPORTUNITY_UPDATED));
        event.put("detail-type", "Opportunity Teleported");
        event.put("replay-name", "nightly");
        ((ObjectNode) event.get("detail")).putObject("destination").put("galaxy", "Andromeda").putArray("hops").add(1).add(2);
        PartnerCentralEvent parsed = PartnerCentralEvents.parse(event.toString());
        assertThat(parsed).isInstanceOf(UnknownEvent.class);
        assertThat(parsed.detailType()).isEqualTo("Opportunity Teleported");
        assertThat(parsed.knownDetailType()).isEmpty();
        assertThat(parsed.catalog()).isEqualTo(Catalog.SANDBOX);
        assertThat(tree(PartnerCentralEvents.toJson(parsed))).isEqualTo(event);
    }

    @Test
    void parse_unknownMembersOfAKnownType_areKeptInTheDetail() {
        ObjectNode event = tree(fixture(DetailType.ENGAGEMENT_MEMBER_ADDED));
        ((ObjectNode) event.get("detail")).put("memberRole", "Co-Sell Facilitator");
        PartnerCentralEvent parsed = PartnerCentralEvents.parse(event.toString());
        assertThat(parsed).isInstanceOf(EngagementMemberEvent.Added.class);
        assertThat(parsed.detail().get("memberRole").asText()).isEqualTo("Co-Sell Facilitator");
        assertThat(tree(PartnerCentralEvents.toJson(parsed))).isEqualTo(event);
    }

    @Test
    void parse_undocumentedTypeOfAnotherShape_isKeptWholeAsUnknown() {
        ObjectNode event = tree(fixture(DetailType.OPPORTUNITY_ACCEPTED));
        ObjectNode detail = (ObjectNode) event.get("detail");
        detail.remove("opportunity");
        detail.putObject("opportunityAcceptance").put("opportunityId", "O1234");
        PartnerCentralEvent parsed = PartnerCentralEvents.parse(event.toString());
        assertThat(parsed).isInstanceOf(UnknownEvent.class);
        assertThat(parsed.knownDetailType()).contains(DetailType.OPPORTUNITY_ACCEPTED);
        assertThat(tree(PartnerCentralEvents.toJson(parsed))).isEqualTo(event);
    }

    @Test
    void parse_idsBreakingTheApiPatternsAndNumericIds_areTakenAsGiven() {
        ObjectNode event = tree(fixture(DetailType.OPPORTUNITY_UPDATED));
        ((ObjectNode) event.at("/detail/opportunity")).put("identifier", 1234567);
        assertThat(((OpportunityEvent) PartnerCentralEvents.parse(event.toString())).opportunityId()).isEqualTo("1234567");
        ((ObjectNode) event.at("/detail/opportunity")).put("identifier", "opp-not-an-O-id");
        assertThat(((OpportunityEvent) PartnerCentralEvents.parse(event.toString())).opportunityId()).isEqualTo("opp-not-an-O-id");
    }

    @Test
    void parse_keysInAnotherCasing_areFound() {
        ObjectNode event = tree(fixture(DetailType.ENGAGEMENT_INVITATION_CREATED));
        ObjectNode invitation = (ObjectNode) event.at("/detail/engagementInvitation");
        invitation.set("ID", invitation.remove("id"));
        invitation.set("EngagementId", invitation.remove("engagementId"));
        EngagementInvitationEvent parsed = (EngagementInvitationEvent) PartnerCentralEvents.parse(event.toString());
        assertThat(parsed.invitationId()).isEqualTo("engi-0000000ab1cd2");
        assertThat(parsed.invitation().engagementId()).contains("eng-abcd1234");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/detail/engagementInvitation|id|detail.engagementInvitation.id",
            "/detail|engagementInvitation|detail.engagementInvitation",
            "/detail|catalog|detail.catalog",
            "''|detail|detail",
            "''|id|id",
            "''|time|time",
            "''|detail-type|detail-type"})
    void parse_withoutARequiredMember_namesIt(String parent, String member, String path) {
        ObjectNode event = tree(fixture(DetailType.ENGAGEMENT_INVITATION_CREATED));
        ((ObjectNode) event.at(parent)).remove(member);
        assertThatThrownBy(() -> PartnerCentralEvents.parse(event.toString()))
                .isInstanceOfSatisfying(MalformedEventException.class, e -> {
                    assertThat(e.memberPath()).isEqualTo(path);
                    assertThat(e.isRetryable()).isFalse();
                });
    }

    @Test
    void parse_mistypedMembers_nameThemAndNeverQuoteTheValue() {
        ObjectNode event = tree(fixture(DetailType.ENGAGEMENT_INVITATION_CREATED));
        ((ObjectNode) event.at("/detail/engagementInvitation")).putObject("senderCompanyName").put("legal", "Secret Holdings");
        assertThatThrownBy(() -> PartnerCentralEvents.parse(event.toString()))
                .isInstanceOfSatisfying(MalformedEventException.class,
                        e -> assertThat(e.memberPath()).isEqualTo("detail.engagementInvitation.senderCompanyName"))
                .message().doesNotContain("Secret Holdings");

        ObjectNode badTime = tree(fixture(DetailType.OPPORTUNITY_CREATED));
        badTime.put("time", "yesterday at Example Corp");
        assertThatThrownBy(() -> PartnerCentralEvents.parse(badTime.toString()))
                .isInstanceOfSatisfying(MalformedEventException.class, e -> assertThat(e.memberPath()).isEqualTo("time"))
                .message().doesNotContain("Example Corp");

        ObjectNode badDetail = tree(fixture(DetailType.OPPORTUNITY_CREATED));
        badDetail.put("detail", "Example Corp");
        assertThatThrownBy(() -> PartnerCentralEvents.parse(badDetail.toString()))
                .isInstanceOfSatisfying(MalformedEventException.class, e -> assertThat(e.memberPath()).isEqualTo("detail"))
                .message().doesNotContain("Example Corp");
    }

    @Test
    void parse_notJson_saysWhereNotWhat() {
        assertThatThrownBy(() -> PartnerCentralEvents.parse("{\"id\": \"1\", Example Corp}"))
                .isInstanceOfSatisfying(MalformedEventException.class, e -> {
                    assertThat(e.memberPath()).isEqualTo("$");
                    assertThat(e.getCause()).isNull();
                })
                .message().contains("line 1").doesNotContain("Example");
        assertThatThrownBy(() -> PartnerCentralEvents.parse("[1, 2]")).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void parse_anotherSource_isRefused() {
        ObjectNode event = tree(fixture(DetailType.OPPORTUNITY_CREATED));
        event.put("source", "aws.partnercentral");
        assertThatThrownBy(() -> PartnerCentralEvents.parse(event.toString()))
                .isInstanceOfSatisfying(MalformedEventException.class, e -> assertThat(e.memberPath()).isEqualTo("source"));
    }

    @Test
    void parse_fromAStream_readsTheSameEvent() {
        String json = fixture(DetailType.ENGAGEMENT_CREATED);
        PartnerCentralEvent fromStream = PartnerCentralEvents.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(fromStream).isEqualTo(PartnerCentralEvents.parse(json));
        assertThatThrownBy(() -> PartnerCentralEvents.parse(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest
    @EnumSource(DetailType.class)
    void toString_ofEveryEvent_leavesOutCompanyNamesAndAccounts(DetailType type) {
        PartnerCentralEvent event = PartnerCentralEvents.parse(fixture(type));
        assertThat(event.toString())
                .contains(event.id())
                .doesNotContain("Example", "987654321098", "555566667777");
    }

    @Test
    void parseSqsBody_unwrapsAnSnsNotification() {
        String event = fixture(DetailType.OPPORTUNITY_UPDATED);
        ObjectNode sns = JSON.createObjectNode();
        sns.put("Type", "Notification");
        sns.put("MessageId", "b5f8-sns");
        sns.put("TopicArn", "arn:aws:sns:us-east-1:123456789012:partner-central");
        sns.put("Message", event);
        assertThat(PartnerCentralEvents.parseSqsBody(sns.toString())).isEqualTo(PartnerCentralEvents.parse(event));
        assertThat(PartnerCentralEvents.parseSqsBody(event)).isEqualTo(PartnerCentralEvents.parse(event));
    }

    @Test
    void handleSqsBatch_reportsEachFailedMessage_andHandlesTheRest() {
        ObjectNode lambdaEvent = JSON.createObjectNode();
        var records = lambdaEvent.putArray("Records");
        records.addObject().put("messageId", "m-1").put("eventSource", "aws:sqs").put("body", fixture(DetailType.OPPORTUNITY_CREATED));
        records.addObject().put("messageId", "m-2").put("eventSource", "aws:sqs").put("body", "{not json");
        records.addObject().put("messageId", "m-3").put("eventSource", "aws:sqs").put("body", fixture(DetailType.OPPORTUNITY_UPDATED));
        records.addObject().put("messageId", "m-4").put("eventSource", "aws:sqs").put("body", fixture(DetailType.ENGAGEMENT_CREATED));
        List<String> handled = new ArrayList<>();
        Consumer<PartnerCentralEvent> handler = event -> {
            if (event instanceof OpportunityEvent.Updated) {
                throw new IllegalStateException("CRM is down");
            }
            handled.add(event.id());
        };

        SqsBatchResult result = PartnerCentralEvents.handleSqsBatch(lambdaEvent.toString(), handler);

        assertThat(handled).containsExactly("5d1c2f3e-0000-4000-8000-000000000001", "5d1c2f3e-0000-4000-8000-000000000013");
        assertThat(result.succeededMessageIds()).containsExactly("m-1", "m-4");
        assertThat(result.failedMessageIds()).containsExactly("m-2", "m-3");
        assertThat(result.failures().get(0).cause()).containsInstanceOf(MalformedEventException.class);
        assertThat(result.failures().get(1).cause()).containsInstanceOf(IllegalStateException.class);
        assertThat(result.toLambdaResponse()).isEqualTo(Map.of("batchItemFailures",
                List.of(Map.of("itemIdentifier", "m-2"), Map.of("itemIdentifier", "m-3"))));
        assertThat(tree(result.toLambdaResponseJson())).isEqualTo(JSON.valueToTree(result.toLambdaResponse()));
    }

    @Test
    void handleFifoSqsBatch_stopsAtTheFirstFailure() {
        List<String[]> messages = List.of(
                new String[] {"m-1", fixture(DetailType.OPPORTUNITY_CREATED)},
                new String[] {"m-2", "{}"},
                new String[] {"m-3", fixture(DetailType.OPPORTUNITY_UPDATED)});
        List<String> handled = new ArrayList<>();
        SqsBatchResult result = PartnerCentralEvents.handleFifoSqsBatch(messages, m -> m[0], m -> m[1], e -> handled.add(e.id()));
        assertThat(handled).hasSize(1);
        assertThat(result.failedMessageIds()).containsExactly("m-2", "m-3");
        assertThat(result.failures().get(1).cause()).isEmpty();
        assertThat(result.allSucceeded()).isFalse();
    }

    @Test
    void handleSqsBatch_ofSomethingElse_isRefusedWhole() {
        assertThatThrownBy(() -> PartnerCentralEvents.handleSqsBatch("{\"Messages\": []}", e -> { }))
                .isInstanceOfSatisfying(MalformedEventException.class, e -> assertThat(e.memberPath()).isEqualTo("Records"));
    }

    @Test
    void rulePattern_namesOnlyRealDetailTypesAndTheCatalog() {
        JsonNode all = tree(EventRulePattern.builder().build().toJson());
        assertThat(all).isEqualTo(tree("{\"source\":[\"aws.partnercentral-selling\"]}"));
        JsonNode narrowed = tree(EventRulePattern.builder()
                .detailTypes(DetailType.OPPORTUNITY_CREATED, DetailType.OPPORTUNITY_UPDATED, DetailType.OPPORTUNITY_CREATED)
                .catalogs(Catalog.AWS)
                .build()
                .toJson());
        assertThat(narrowed).isEqualTo(tree("{\"source\":[\"aws.partnercentral-selling\"],"
                + "\"detail-type\":[\"Opportunity Created\",\"Opportunity Updated\"],\"detail\":{\"catalog\":[\"AWS\"]}}"));
        assertThatThrownBy(() -> EventRulePattern.builder().catalogs(Catalog.of("Staging")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detailType_of_matchesOnlyTheExactSpelling() {
        assertThat(DetailType.values()).hasSize(14);
        assertThat(DetailType.of("Engagement Invitation Expired")).contains(DetailType.ENGAGEMENT_INVITATION_EXPIRED);
        assertThat(DetailType.of("engagement invitation expired")).isEmpty();
        assertThat(DetailType.of("Opportunity Submitted")).isEmpty();
    }
}

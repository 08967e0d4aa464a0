package io.partnercentral.selling;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.partnercentral.selling.WireMockSupport.TARGET_PREFIX;
import static io.partnercentral.selling.WireMockSupport.body;
import static io.partnercentral.selling.WireMockSupport.json;
import static io.partnercentral.selling.WireMockSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.partnercentral.selling.internal.Operation;
import io.partnercentral.selling.internal.WireJson;
import io.partnercentral.selling.model.AssigneeContact;
import io.partnercentral.selling.model.AwsSubmission;
import io.partnercentral.selling.model.CreateEngagementContextRequest;
import io.partnercentral.selling.model.CreateEngagementContextResponse;
import io.partnercentral.selling.model.CreateEngagementInvitationRequest;
import io.partnercentral.selling.model.CreateEngagementInvitationResponse;
import io.partnercentral.selling.model.CreateEngagementResponse;
import io.partnercentral.selling.model.Engagement;
import io.partnercentral.selling.model.EngagementInvitation;
import io.partnercentral.selling.model.EngagementInvitationPayloadType;
import io.partnercentral.selling.model.EngagementInvitationSummary;
import io.partnercentral.selling.model.EngagementMember;
import io.partnercentral.selling.model.EngagementResourceAssociationSummary;
import io.partnercentral.selling.model.EngagementSummary;
import io.partnercentral.selling.model.GetAwsOpportunitySummaryResponse;
import io.partnercentral.selling.model.GetProspectingFromEngagementTaskResponse;
import io.partnercentral.selling.model.InvitationStatus;
import io.partnercentral.selling.model.InvolvementType;
import io.partnercentral.selling.model.ListEngagementByAcceptingInvitationTaskSummary;
import io.partnercentral.selling.model.ListEngagementFromOpportunityTaskSummary;
import io.partnercentral.selling.model.ListOpportunityFromEngagementTaskSummary;
import io.partnercentral.selling.model.ParticipantType;
import io.partnercentral.selling.model.ProspectingTaskSummary;
import io.partnercentral.selling.model.ReasonCode;
import io.partnercentral.selling.model.SellingSystemSettings;
import io.partnercentral.selling.model.SolutionBase;
import io.partnercentral.selling.model.SolutionStatus;
import io.partnercentral.selling.model.StartEngagementByAcceptingInvitationTaskResponse;
import io.partnercentral.selling.model.StartEngagementFromOpportunityTaskResponse;
import io.partnercentral.selling.model.StartOpportunityFromEngagementTaskResponse;
import io.partnercentral.selling.model.StartProspectingFromEngagementTaskResponse;
import io.partnercentral.selling.model.Tag;
import io.partnercentral.selling.model.TaskStatus;
import io.partnercentral.selling.model.UpdateEngagementContextRequest;
import io.partnercentral.selling.model.UpdateEngagementContextResponse;
import io.partnercentral.selling.model.Visibility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 29 operations beyond opportunities and snapshots, one case each: the facade method sends the
 * operation's {@code X-Amz-Target} and exactly the expected JSON body (the bound catalog filled in,
 * a fresh UUID client token where the model has one), and reads the typed response.
 * (The 16 opportunity and snapshot operations have the same checks in
 * {@link OpportunityClientWireMockTest} and {@link SnapshotClientWireMockTest}.)
 */
class EngagementOperationsWireMockTest {
    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String ENGAGEMENT = "eng-0123456789abcd";
    static final String INVITATION = "engi-0123456789abc";
    static final String TASK = "task-0123456789abc";
    static final String PROSPECTING_TASK = "task-0123456789abcd";
    static final String OPPORTUNITY = "O1234567";
    static final String RESOURCE_ARN = "arn:aws:partnercentral:us-east-1:123456789012:catalog/Sandbox/opportunity/O1234567";
    static final String MODIFIED_AT = "2026-11-23T10:15:30.123456789Z";

    static PartnerCentralSelling selling;

    @BeforeAll
    static void setUp() {
        selling = WireMockSupport.facade(wireMock);
    }

    @AfterAll
    static void tearDown() {
        selling.close();
    }

    /**
     * One operation's case: what the facade is asked, the body it must send (without ClientToken),
     * the stubbed response and what the typed result must show.
     */
    record Case(String operation, Function<PartnerCentralSelling, Object> call, String expectedBody, String response,
            Consumer<Object> check) {
        @Override
        public String toString() {
            return operation;
        }
    }

    static <T> Case of(String operation, Function<PartnerCentralSelling, T> call, String expectedBody, String response,
            Consumer<T> check) {
        @SuppressWarnings("unchecked")
        Consumer<Object> untyped = result -> check.accept((T) result);
        return new Case(operation, call::apply, expectedBody, response, untyped);
    }

    static Case ofVoid(String operation, Consumer<PartnerCentralSelling> call, String expectedBody) {
        return new Case(operation, s -> {
            call.accept(s);
            return null;
        }, expectedBody, "{}", result -> assertThat(result).isNull());
    }

    static <T> T parse(String json, Class<T> type) {
        try {
            return WireJson.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String CUSTOMER_PROJECT_PAYLOAD = "{\"CustomerProject\":{"
            + "\"Customer\":{\"Industry\":\"Aerospace\",\"CompanyName\":\"Example Corp\",\"WebsiteUrl\":\"https://example.com\",\"CountryCode\":\"US\"},"
            + "\"Project\":{\"Title\":\"Data lake\",\"BusinessProblem\":\"The customer needs one place for its sales data.\",\"TargetCompletionDate\":\"2099-01-31\"}}}";

    static final String INVITATION_BODY = "{\"EngagementIdentifier\":\"" + ENGAGEMENT + "\",\"Invitation\":{"
            + "\"Message\":\"Join us on this engagement\","
            + "\"Receiver\":{\"Account\":{\"AwsAccountId\":\"123456789012\"}},"
            + "\"Payload\":{\"OpportunityInvitation\":{\"ReceiverResponsibilities\":[\"Co-Sell Facilitator\"],"
            + "\"Customer\":{\"Industry\":\"Aerospace\",\"CompanyName\":\"Example Corp\",\"WebsiteUrl\":\"https://example.com\",\"CountryCode\":\"US\"},"
            + "\"Project\":{\"BusinessProblem\":\"The customer needs one place for its sales data.\",\"Title\":\"Data lake\","
            + "\"TargetCompletionDate\":\"2099-01-31\","
            + "\"ExpectedCustomerSpend\":[{\"Amount\":\"5000\",\"CurrencyCode\":\"USD\",\"Frequency\":\"Monthly\",\"TargetCompany\":\"AWS\"}]}}}}}";

    static final String LEAD_UPDATE_BODY = "{\"EngagementIdentifier\":\"" + ENGAGEMENT + "\",\"ContextIdentifier\":\"1\","
            + "\"EngagementLastModifiedAt\":\"" + MODIFIED_AT + "\",\"Type\":\"Lead\","
            + "\"Payload\":{\"Lead\":{\"QualificationStatus\":\"Qualified\",\"Customer\":{\"CompanyName\":\"Example Corp\"}}}}";

    static Stream<Case> cases() {
        return Stream.of(
                // engagements()
                of("CreateEngagement", s -> s.engagements().create(r -> r.title("Joint pursuit").description("Co-sell")),
                        "{\"Catalog\":\"Sandbox\",\"Title\":\"Joint pursuit\",\"Description\":\"Co-sell\"}",
                        "{\"Id\":\"" + ENGAGEMENT + "\",\"Arn\":\"arn:aws:partnercentral:us-east-1:123456789012:catalog/Sandbox/engagement/" + ENGAGEMENT + "\"}",
                        (CreateEngagementResponse r) -> assertThat(r.id()).contains(ENGAGEMENT)),
                of("GetEngagement", s -> s.engagements().get(ENGAGEMENT),
                        "{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + ENGAGEMENT + "\"}",
                        "{\"Id\":\"" + ENGAGEMENT + "\",\"Title\":\"Joint pursuit\",\"MemberCount\":2,\"ModifiedAt\":\"" + MODIFIED_AT + "\"}",
                        (Engagement r) -> {
                            assertThat(r.memberCount()).contains(2);
                            assertThat(r.modifiedAt()).contains(Instant.parse(MODIFIED_AT));
                        }),
                of("ListEngagements", s -> s.engagements().list(r -> r.maxResults(5)).stream().toList(),
                        "{\"Catalog\":\"Sandbox\",\"MaxResults\":5}",
                        "{\"EngagementSummaryList\":[{\"Id\":\"" + ENGAGEMENT + "\",\"MemberCount\":3}]}",
                        (List<EngagementSummary> r) -> assertThat(r).singleElement()
                                .satisfies(e -> assertThat(e.memberCount()).contains(3))),
                of("ListEngagementMembers", s -> s.engagements().listMembers(r -> r.identifier(ENGAGEMENT)).stream().toList(),
                        "{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + ENGAGEMENT + "\"}",
                        "{\"EngagementMemberList\":[{\"AccountId\":\"123456789012\"},{\"AccountId\":\"210987654321\"}]}",
                        (List<EngagementMember> r) -> assertThat(r).extracting(m -> m.accountId().orElseThrow())
                                .containsExactly("123456789012", "210987654321")),
                of("ListEngagementResourceAssociations",
                        s -> s.engagements().listResourceAssociations(r -> r.engagementIdentifier(ENGAGEMENT)).stream().toList(),
                        "{\"Catalog\":\"Sandbox\",\"EngagementIdentifier\":\"" + ENGAGEMENT + "\"}",
                        "{\"EngagementResourceAssociationSummaries\":[{\"Catalog\":\"Sandbox\",\"EngagementId\":\"" + ENGAGEMENT
                                + "\",\"ResourceType\":\"Opportunity\",\"ResourceId\":\"" + OPPORTUNITY + "\"}]}",
                        (List<EngagementResourceAssociationSummary> r) -> assertThat(r).singleElement()
                                .satisfies(a -> assertThat(a.resourceId()).contains(OPPORTUNITY))),
                of("CreateEngagementContext",
                        s -> s.engagements().createContext(parse("{\"EngagementIdentifier\":\"" + ENGAGEMENT
                                + "\",\"Type\":\"CustomerProject\",\"Payload\":" + CUSTOMER_PROJECT_PAYLOAD + "}",
                                CreateEngagementContextRequest.class)),
                        "{\"Catalog\":\"Sandbox\",\"EngagementIdentifier\":\"" + ENGAGEMENT
                                + "\",\"Type\":\"CustomerProject\",\"Payload\":" + CUSTOMER_PROJECT_PAYLOAD + "}",
                        "{\"EngagementId\":\"" + ENGAGEMENT + "\",\"ContextId\":\"2\",\"EngagementLastModifiedAt\":\"" + MODIFIED_AT + "\"}",
                        (CreateEngagementContextResponse r) -> assertThat(r.contextId()).contains("2")),
                of("UpdateEngagementContext",
                        s -> s.engagements().updateContext(parse(LEAD_UPDATE_BODY, UpdateEngagementContextRequest.class)),
                        LEAD_UPDATE_BODY.replace("{\"EngagementIdentifier\"", "{\"Catalog\":\"Sandbox\",\"EngagementIdentifier\""),
                        "{\"EngagementId\":\"" + ENGAGEMENT + "\",\"EngagementArn\":\"arn:aws:partnercentral:us-east-1:123456789012:catalog/Sandbox/engagement/"
                                + ENGAGEMENT + "\",\"ContextId\":\"1\",\"EngagementLastModifiedAt\":\"2026-11-23T10:16:00.000000001Z\"}",
                        (UpdateEngagementContextResponse r) -> assertThat(r.engagementLastModifiedAt())
                                .contains(Instant.parse("2026-11-23T10:16:00.000000001Z"))),
                // invitations()
                of("ListEngagementInvitations", s -> s.invitations().list(r -> r.participantType(ParticipantType.RECEIVER)
                                .addStatus(InvitationStatus.PENDING)).stream().toList(),
                        "{\"Catalog\":\"Sandbox\",\"ParticipantType\":\"RECEIVER\",\"Status\":[\"PENDING\"]}",
                        "{\"EngagementInvitationSummaries\":[{\"Id\":\"" + INVITATION + "\",\"Catalog\":\"Sandbox\","
                                + "\"PayloadType\":\"LeadInvitation\",\"ExpirationDate\":\"2026-12-01T00:00:00Z\"}]}",
                        (List<EngagementInvitationSummary> r) -> assertThat(r).singleElement().satisfies(i -> {
                            assertThat(i.payloadType()).contains(EngagementInvitationPayloadType.LEAD_INVITATION);
                            assertThat(i.expirationDate()).contains(Instant.parse("2026-12-01T00:00:00Z"));
                        })),
                of("GetEngagementInvitation", s -> s.invitations().get(INVITATION),
                        "{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + INVITATION + "\"}",
                        "{\"Id\":\"" + INVITATION + "\",\"Catalog\":\"Sandbox\",\"Status\":\"PENDING\",\"EngagementId\":\"" + ENGAGEMENT + "\"}",
                        (EngagementInvitation r) -> assertThat(r.status()).contains(InvitationStatus.PENDING)),
                ofVoid("AcceptEngagementInvitation", s -> s.invitations().accept(INVITATION),
                        "{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + INVITATION + "\"}"),
                ofVoid("RejectEngagementInvitation", s -> s.invitations().reject(INVITATION, "Outside our territory"),
                        "{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + INVITATION + "\",\"RejectionReason\":\"Outside our territory\"}"),
                of("CreateEngagementInvitation",
                        s -> s.invitations().create(parse(INVITATION_BODY, CreateEngagementInvitationRequest.class)),
                        INVITATION_BODY.replace("{\"EngagementIdentifier\"", "{\"Catalog\":\"Sandbox\",\"EngagementIdentifier\""),
                        "{\"Id\":\"engi-abcdefghij012\",\"Arn\":\"arn:aws:partnercentral::123456789012:catalog/engagement-invitation/engi-abcdefghij012\"}",
                        (CreateEngagementInvitationResponse r) -> assertThat(r.id()).contains("engi-abcdefghij012")),
                // tasks()
                of("StartEngagementByAcceptingInvitationTask",
                        s -> s.tasks().startEngagementByAcceptingInvitation(r -> r.identifier(INVITATION)),
                        "{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + INVITATION + "\"}",
                        "{\"TaskId\":\"" + TASK + "\",\"TaskStatus\":\"IN_PROGRESS\",\"EngagementInvitationId\":\"" + INVITATION + "\"}",
                        (StartEngagementByAcceptingInvitationTaskResponse r) -> assertThat(r.taskStatus()).contains(TaskStatus.IN_PROGRESS)),
                of("StartEngagementFromOpportunityTask",
                        s -> s.tasks().startEngagementFromOpportunity(r -> r.identifier(OPPORTUNITY).awsSubmission(
                                AwsSubmission.builder().involvementType(InvolvementType.CO_SELL).visibility(Visibility.FULL).build())),
                        "{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + OPPORTUNITY + "\",\"AwsSubmission\":{\"InvolvementType\":\"Co-Sell\",\"Visibility\":\"Full\"}}",
                        "{\"TaskId\":\"" + TASK + "\",\"TaskStatus\":\"IN_PROGRESS\",\"OpportunityId\":\"" + OPPORTUNITY + "\"}",
                        (StartEngagementFromOpportunityTaskResponse r) -> assertThat(r.taskId()).contains(TASK)),
                of("StartOpportunityFromEngagementTask",
                        s -> s.tasks().startOpportunityFromEngagement(r -> r.identifier(ENGAGEMENT).contextIdentifier("1")),
                        "{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + ENGAGEMENT + "\",\"ContextIdentifier\":\"1\"}",
                        "{\"TaskId\":\"" + TASK + "\",\"TaskStatus\":\"IN_PROGRESS\",\"EngagementId\":\"" + ENGAGEMENT + "\"}",
                        (StartOpportunityFromEngagementTaskResponse r) -> assertThat(r.engagementId()).contains(ENGAGEMENT)),
                of("StartProspectingFromEngagementTask",
                        s -> s.tasks().startProspectingFromEngagement(r -> r.addIdentifier(ENGAGEMENT).taskName("November leads")),
                        "{\"Catalog\":\"Sandbox\",\"Identifiers\":[\"" + ENGAGEMENT + "\"],\"TaskName\":\"November leads\"}",
                        "{\"TaskId\":\"" + PROSPECTING_TASK + "\",\"TaskName\":\"November leads\",\"Identifiers\":[\"" + ENGAGEMENT + "\"]}",
                        (StartProspectingFromEngagementTaskResponse r) -> assertThat(r.taskId()).contains(PROSPECTING_TASK)),
                of("GetProspectingFromEngagementTask", s -> s.tasks().getProspectingFromEngagement(PROSPECTING_TASK),
                        "{\"Catalog\":\"Sandbox\",\"TaskIdentifier\":\"" + PROSPECTING_TASK + "\"}",
                        "{\"TaskId\":\"" + PROSPECTING_TASK + "\",\"TaskName\":\"November leads\",\"StartTime\":\"2026-11-23T10:00:00Z\","
                                + "\"Engagements\":[{\"EngagementIdentifier\":\"" + ENGAGEMENT + "\",\"Status\":\"COMPLETED\"}]}",
                        (GetProspectingFromEngagementTaskResponse r) -> assertThat(r.engagements()).hasSize(1)),
                of("ListEngagementByAcceptingInvitationTasks",
                        s -> s.tasks().listEngagementByAcceptingInvitation(r -> r.addTaskIdentifier(TASK)).stream().toList(),
                        "{\"Catalog\":\"Sandbox\",\"TaskIdentifier\":[\"" + TASK + "\"]}",
                        "{\"TaskSummaries\":[{\"TaskId\":\"" + TASK + "\",\"TaskStatus\":\"COMPLETE\",\"OpportunityId\":\"" + OPPORTUNITY + "\"}]}",
                        (List<ListEngagementByAcceptingInvitationTaskSummary> r) -> assertThat(r).singleElement()
                                .satisfies(t -> assertThat(t.opportunityId()).contains(OPPORTUNITY))),
                of("ListEngagementFromOpportunityTasks",
                        s -> s.tasks().listEngagementFromOpportunity(r -> r.addOpportunityIdentifier(OPPORTUNITY)).stream().toList(),
                        "{\"Catalog\":\"Sandbox\",\"OpportunityIdentifier\":[\"" + OPPORTUNITY + "\"]}",
                        "{\"TaskSummaries\":[{\"TaskId\":\"" + TASK + "\",\"TaskStatus\":\"FAILED\",\"ReasonCode\":\"OpportunityConflict\"}]}",
                        (List<ListEngagementFromOpportunityTaskSummary> r) -> assertThat(r).singleElement()
                                .satisfies(t -> assertThat(t.reasonCode()).contains(ReasonCode.OPPORTUNITY_CONFLICT))),
                of("ListOpportunityFromEngagementTasks",
                        s -> s.tasks().listOpportunityFromEngagement(r -> r.addEngagementIdentifier(ENGAGEMENT)).stream().toList(),
                        "{\"Catalog\":\"Sandbox\",\"EngagementIdentifier\":[\"" + ENGAGEMENT + "\"]}",
                        "{\"TaskSummaries\":[{\"TaskId\":\"" + TASK + "\",\"TaskStatus\":\"COMPLETE\",\"ContextId\":\"1\"}]}",
                        (List<ListOpportunityFromEngagementTaskSummary> r) -> assertThat(r).singleElement()
                                .satisfies(t -> assertThat(t.contextId()).contains("1"))),
                of("ListProspectingFromEngagementTasks",
                        s -> s.tasks().listProspectingFromEngagement(r -> r.addTaskName("November leads")).stream().toList(),
                        "{\"Catalog\":\"Sandbox\",\"TaskName\":[\"November leads\"]}",
                        "{\"TaskSummaries\":[{\"TaskId\":\"" + PROSPECTING_TASK + "\",\"TaskName\":\"November leads\","
                                + "\"TotalEngagementCount\":4,\"CompletedEngagementCount\":3,\"FailedEngagementCount\":1}]}",
                        (List<ProspectingTaskSummary> r) -> assertThat(r).singleElement()
                                .satisfies(t -> assertThat(t.failedEngagementCount()).contains(1))),
                // solutions(), tags(), settings()
                of("ListSolutions", s -> s.solutions().list(r -> r.addStatus(SolutionStatus.ACTIVE)).stream().toList(),
                        "{\"Catalog\":\"Sandbox\",\"Status\":[\"Active\"]}",
                        "{\"SolutionSummaries\":[{\"Catalog\":\"Sandbox\",\"Id\":\"S-0000001\",\"Name\":\"Data lake kit\","
                                + "\"Status\":\"Active\",\"Category\":\"Software Product\",\"CreatedDate\":\"2026-01-05T00:00:00Z\"}]}",
                        (List<SolutionBase> r) -> assertThat(r).singleElement().satisfies(x -> assertThat(x.id()).contains("S-0000001"))),
                of("ListTagsForResource", s -> s.tags().list(RESOURCE_ARN),
                        "{\"ResourceArn\":\"" + RESOURCE_ARN + "\"}",
                        "{\"Tags\":[{\"Key\":\"sync\",\"Value\":\"crm\"}]}",
                        (List<Tag> r) -> assertThat(r).containsExactly(Tag.of("sync", "crm"))),
                ofVoid("TagResource", s -> s.tags().tag(RESOURCE_ARN, List.of(Tag.of("sync", "crm"))),
                        "{\"ResourceArn\":\"" + RESOURCE_ARN + "\",\"Tags\":[{\"Key\":\"sync\",\"Value\":\"crm\"}]}"),
                ofVoid("UntagResource", s -> s.tags().untag(RESOURCE_ARN, List.of("sync")),
                        "{\"ResourceArn\":\"" + RESOURCE_ARN + "\",\"TagKeys\":[\"sync\"]}"),
                of("GetSellingSystemSettings", s -> s.settings().get(),
                        "{\"Catalog\":\"Sandbox\"}",
                        "{\"Catalog\":\"Sandbox\",\"ResourceSnapshotJobRoleArn\":\"arn:aws:iam::123456789012:role/Snapshots\"}",
                        (SellingSystemSettings r) -> assertThat(r.resourceSnapshotJobRoleArn())
                                .contains("arn:aws:iam::123456789012:role/Snapshots")),
                of("PutSellingSystemSettings", s -> s.settings().putSnapshotJobRole("Snapshots"),
                        "{\"Catalog\":\"Sandbox\",\"ResourceSnapshotJobRoleIdentifier\":\"Snapshots\"}",
                        "{\"Catalog\":\"Sandbox\",\"ResourceSnapshotJobRoleArn\":\"arn:aws:iam::123456789012:role/Snapshots\"}",
                        (SellingSystemSettings r) -> assertThat(r.resourceSnapshotJobRoleArn()).isPresent()),
                // opportunities()
                ofVoid("AssignOpportunity", s -> s.opportunities().assign(OPPORTUNITY, AssigneeContact.builder()
                                .email("owner@partner.example.com").firstName("Ada").lastName("Byron").businessTitle("PartnerAccountManager").build()),
                        "{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + OPPORTUNITY + "\",\"Assignee\":{\"Email\":\"owner@partner.example.com\","
                                + "\"FirstName\":\"Ada\",\"LastName\":\"Byron\",\"BusinessTitle\":\"PartnerAccountManager\"}}"),
                of("GetAwsOpportunitySummary", s -> s.opportunities().getAwsSummary(OPPORTUNITY),
                        "{\"Catalog\":\"Sandbox\",\"RelatedOpportunityIdentifier\":\"" + OPPORTUNITY + "\"}",
                        "{\"Catalog\":\"Sandbox\",\"RelatedOpportunityId\":\"" + OPPORTUNITY + "\",\"Visibility\":\"Full\"}",
                        (GetAwsOpportunitySummaryResponse r) -> assertThat(r.visibility()).contains(Visibility.FULL)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void operation_sendsItsTargetAndBody_andReadsItsResponse(Case c) {
        wireMock.resetAll();
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + c.operation()))
                .willReturn(json(c.response())));

        Object result = c.call().apply(selling);

        List<LoggedRequest> sent = wireMock.findAll(postRequestedFor(urlEqualTo("/")));
        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.getHeader("X-Amz-Target")).isEqualTo(TARGET_PREFIX + c.operation());
            ObjectNode body = body(request);
            if (Operation.ofWireName(c.operation()).hasClientToken()) {
                assertThat(UUID.fromString(body.remove("ClientToken").asText())).isNotNull();
            }
            assertThat(body).isEqualTo(tree(c.expectedBody()));
        });
        c.check().accept(result);
    }

    @Test
    void cases_andTheOpportunityAndSnapshotTests_coverEveryOperationOfTheModel() {
        Set<String> here = cases().map(Case::operation).collect(Collectors.toSet());
        Set<String> elsewhere = EnumSet.of(Operation.CREATE_OPPORTUNITY, Operation.GET_OPPORTUNITY,
                        Operation.UPDATE_OPPORTUNITY, Operation.LIST_OPPORTUNITIES, Operation.SUBMIT_OPPORTUNITY,
                        Operation.ASSOCIATE_OPPORTUNITY, Operation.DISASSOCIATE_OPPORTUNITY,
                        Operation.CREATE_RESOURCE_SNAPSHOT, Operation.GET_RESOURCE_SNAPSHOT, Operation.LIST_RESOURCE_SNAPSHOTS,
                        Operation.CREATE_RESOURCE_SNAPSHOT_JOB, Operation.GET_RESOURCE_SNAPSHOT_JOB,
                        Operation.START_RESOURCE_SNAPSHOT_JOB, Operation.STOP_RESOURCE_SNAPSHOT_JOB,
                        Operation.DELETE_RESOURCE_SNAPSHOT_JOB, Operation.LIST_RESOURCE_SNAPSHOT_JOBS)
                .stream().map(Operation::wireName).collect(Collectors.toSet());
        Set<String> all = Stream.of(Operation.values()).map(Operation::wireName).collect(Collectors.toSet());

        // Every operation with a hand-written method (named in customization.json); one a refreshed model adds
        // gets a generated method, which ModelRefreshTest (sdk-testing) calls.
        Set<String> named = new java.util.HashSet<>();
        com.fasterxml.jackson.databind.JsonNode subClients;
        try {
            subClients = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(java.nio.file.Path.of("src/main/codegen/customization.json").toFile()).at("/operations/subClients");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        subClients.forEach(sub -> sub.path("methods").fieldNames().forEachRemaining(named::add));

        assertThat(all).containsAll(named);
        assertThat(here).doesNotContainAnyElementsOf(elsewhere);
        assertThat(Stream.concat(here.stream(), elsewhere.stream()).collect(Collectors.toSet())).isEqualTo(named);
    }
}

package io.partnercentral.selling;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.partnercentral.selling.WireMockSupport.TARGET_PREFIX;
import static io.partnercentral.selling.WireMockSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.partnercentral.selling.exception.InvalidResponseException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.ResponseTooLargeException;
import io.partnercentral.selling.exception.TransportException;
import io.partnercentral.selling.model.InvolvementType;
import io.partnercentral.selling.model.Visibility;
import java.net.URI;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.SnapshotTarget;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * A service that misbehaves the way networks and services do. Every call must end in a typed
 * {@link PartnerCentralException} naming the operation, with a correct {@code isRetryable()}, after
 * the retries that fit the failure; never a raw I/O, Jackson or IllegalStateException.
 */
class HostileResponsesTest {
    private static final int ATTEMPTS = 4;
    private static final String ID = "O1234567";

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private PartnerCentralSelling selling;

    @BeforeEach
    void setUp() {
        selling = WireMockSupport.facade(wireMock);
    }

    @AfterEach
    void tearDown() {
        selling.close();
    }

    private static void stub(String operation, ResponseDefinitionBuilder response) {
        wireMock.stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation))
                .willReturn(response));
    }

    private static int sent(String operation) {
        return wireMock.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation))).size();
    }

    private static PartnerCentralException failure(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(PartnerCentralException.class);
        return (PartnerCentralException) thrown;
    }

    private PartnerCentralException getFails() {
        return failure(() -> selling.opportunities().get(ID));
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class)
    void get_whenTheConnectionMisbehaves_retriesThenThrowsARetryableTypedException(Fault fault) {
        stub("GetOpportunity", aResponse().withFault(fault));

        PartnerCentralException e = getFails();

        assertThat(e).isInstanceOfAny(TransportException.class, InvalidResponseException.class);
        assertThat(e.operation()).contains("GetOpportunity");
        assertThat(e.isRetryable()).as("%s", e).isTrue();
        if (fault == Fault.RANDOM_DATA_THEN_CLOSE) {
            // Garbage where the status line belongs: the generated client's retry policy, with the JDK's
            // HTTP client, gives up at once; the SDK still reports it as worth retrying later.
            assertThat(sent("GetOpportunity")).as("%s", e).isBetween(1, ATTEMPTS);
        } else {
            assertThat(sent("GetOpportunity")).as("%s", e).isEqualTo(ATTEMPTS);
        }
    }

    @Test
    void get_whenTheJsonIsCutOff_retriesLikeABrokenResponseThenThrowsInvalidResponse() {
        stub("GetOpportunity", json("{\"Id\":\"O1234567\",\"Customer\":{\"Account\":{\"CompanyName\":\"Ex"));

        PartnerCentralException e = getFails();

        assertThat(e).isInstanceOf(InvalidResponseException.class);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.requestId()).contains("req-ok");
        assertThat(e.operation()).contains("GetOpportunity");
        assertThat(e.getMessage()).doesNotContain("Ex\"").contains("ends before its JSON");
        assertThat(sent("GetOpportunity")).isEqualTo(ATTEMPTS);
    }

    @Test
    void get_whenTheBodyIsEmpty_throwsRetryableInvalidResponse() {
        stub("GetOpportunity", json(""));

        PartnerCentralException e = getFails();

        assertThat(e).isInstanceOf(InvalidResponseException.class);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getMessage()).contains("empty body");
    }

    @Test
    void submit_whenTheBodyIsEmpty_succeeds_becauseTheSdkDoesNotReadIt() {
        stub("SubmitOpportunity", json(""));

        selling.opportunities().submit(ID, InvolvementType.CO_SELL, Visibility.FULL);

        assertThat(sent("SubmitOpportunity")).isEqualTo(1);
    }

    @Test
    void list_whenAListIsAnObject_throwsNonRetryableInvalidResponseNamingTheMemberNotTheValues() {
        stub("ListOpportunities", json("{\"OpportunitySummaries\":{\"Customer\":{\"Account\":{\"CompanyName\":\"Secret Corp\"}}}}"));

        PartnerCentralException e = failure(() -> selling.opportunities().list().stream().count());

        assertThat(e).isInstanceOf(InvalidResponseException.class);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).contains("OpportunitySummaries").doesNotContain("Secret Corp");
        assertThat(sent("ListOpportunities")).isEqualTo(1);
    }

    @Test
    void get_whenAPicklistIsAnObject_throwsNonRetryableInvalidResponse() {
        stub("GetOpportunity", json("{\"Id\":\"O1234567\",\"LifeCycle\":{\"Stage\":{\"Name\":\"Qualified\"}}}"));

        PartnerCentralException e = getFails();

        assertThat(e).isInstanceOf(InvalidResponseException.class);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).contains("LifeCycle.Stage");
    }

    @Test
    void get_whenAPicklistIsANumber_throwsNonRetryableInvalidResponseNamingTheMember() {
        stub("GetOpportunity", json("{\"Id\":\"O1234567\",\"LifeCycle\":{\"Stage\":5}}"));

        PartnerCentralException e = getFails();

        assertThat(e).isInstanceOf(InvalidResponseException.class);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).contains("member LifeCycle.Stage");
        assertThat(e.requestId()).contains("req-ok");
        assertThat(sent("GetOpportunity")).isEqualTo(1);
    }

    @Test
    void create_whenTheAnswerIsCutOff_retriesWithTheSameClientTokenAndReturnsTheOpportunity() {
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("cut").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)).willSetStateTo("whole"));
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("cut").whenScenarioStateIs("whole")
                .willReturn(json("{\"Id\":\"O1234567\",\"LastModifiedDate\":\"2026-11-23T12:00:01.123Z\"}")));

        var created = selling.opportunities().create(io.partnercentral.selling.model.Fixtures.validOpportunity());

        assertThat(created.id()).isEqualTo(ID);
        var attempts = wireMock.findAll(postRequestedFor(urlEqualTo("/")));
        assertThat(attempts).hasSize(2);
        assertThat(attempts).extracting(r -> WireMockSupport.body(r).path("ClientToken").asText())
                .containsOnly(created.clientToken());
    }

    @Test
    void get_whenADateIsANumber_throwsNonRetryableInvalidResponse() {
        stub("GetOpportunity", json("{\"Id\":\"O1234567\",\"LifeCycle\":{\"TargetCloseDate\":[2027,3]}}"));

        PartnerCentralException e = getFails();

        assertThat(e).isInstanceOf(InvalidResponseException.class);
        assertThat(e.isRetryable()).isFalse();
    }

    @Test
    void get_whenNestingIsDeeperThanAnyResponse_throwsNonRetryableInvalidResponse() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        stub("GetOpportunity", json("{\"Id\":\"O1234567\",\"Unmodelled\":" + deep + "}"));

        PartnerCentralException e = getFails();

        assertThat(e).isInstanceOf(InvalidResponseException.class);
        assertThat(e.isRetryable()).isFalse();
        assertThat(sent("GetOpportunity")).isEqualTo(1);
    }

    @Test
    void get_whenA200CarriesAnHtmlPage_throwsNonRetryableInvalidResponse() {
        stub("GetOpportunity", aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>Welcome to the captive portal</h1></body></html>"));

        PartnerCentralException e = getFails();

        assertThat(e).isInstanceOf(InvalidResponseException.class);
        assertThat(e.isRetryable()).isFalse();
    }

    @Test
    void get_whenAProxyAnswersAnHtmlErrorPage_retriesThenThrowsRetryable() {
        stub("GetOpportunity", aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));

        PartnerCentralException e = getFails();

        assertThat(e.statusCode()).isEqualTo(502);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.operation()).contains("GetOpportunity");
        assertThat(sent("GetOpportunity")).isEqualTo(ATTEMPTS);
    }

    @Test
    void get_whenTheErrorTypeIsUnknown_keepsTheCodeAndJudgesRetryByStatus() {
        stub("GetOpportunity", WireMockSupport.error(400, "BrandNewException", "Something new."));
        PartnerCentralException client = getFails();
        assertThat(client.errorCode()).contains("BrandNewException");
        assertThat(client.isRetryable()).isFalse();
        assertThat(client.requestId()).contains("req-BrandNewException");

        wireMock.resetAll();
        stub("GetOpportunity", WireMockSupport.error(503, "BrandNewOutageException", "Down."));
        PartnerCentralException server = getFails();
        assertThat(server.errorCode()).contains("BrandNewOutageException");
        assertThat(server.isRetryable()).isTrue();
    }

    @Test
    void list_whenTheServiceRepeatsANextToken_stopsWithInvalidResponseInsteadOfPagingForever() {
        stub("ListOpportunities", json("{\"OpportunitySummaries\":[{\"Id\":\"O1\"}],\"NextToken\":\"same\"}"));

        PartnerCentralException e = failure(() -> selling.opportunities().list().stream().count());

        assertThat(e).isInstanceOf(InvalidResponseException.class);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.operation()).contains("ListOpportunities");
        assertThat(sent("ListOpportunities")).isEqualTo(2);
    }

    @Test
    void list_whenTokensCycle_stopsAtTheFirstRepeat() {
        wireMock.stubFor(post(urlEqualTo("/")).withRequestBody(com.github.tomakehurst.wiremock.client.WireMock
                        .notContaining("NextToken"))
                .willReturn(json("{\"ResourceSnapshotJobSummaries\":[],\"NextToken\":\"a\"}")));
        wireMock.stubFor(post(urlEqualTo("/")).withRequestBody(com.github.tomakehurst.wiremock.client.WireMock
                        .containing("\"NextToken\":\"a\""))
                .willReturn(json("{\"ResourceSnapshotJobSummaries\":[],\"NextToken\":\"b\"}")));
        wireMock.stubFor(post(urlEqualTo("/")).withRequestBody(com.github.tomakehurst.wiremock.client.WireMock
                        .containing("\"NextToken\":\"b\""))
                .willReturn(json("{\"ResourceSnapshotJobSummaries\":[],\"NextToken\":\"a\"}")));

        assertThatThrownBy(() -> selling.snapshotJobs().list(r -> {}).stream().count())
                .isInstanceOf(InvalidResponseException.class);
        assertThat(sent("ListResourceSnapshotJobs")).isEqualTo(3);
    }

    @Test
    void list_whenEveryPageBringsAFreshNextToken_stopsWithInvalidResponseAtTheConfiguredPageLimit() {
        wireMock.stubFor(post(urlEqualTo("/")).willReturn(json("{\"SolutionSummaries\":[],\"NextToken\":\"{{randomValue length=12 type='ALPHANUMERIC'}}\"}")
                .withTransformers("response-template")));
        try (PartnerCentralSelling capped = builder().maxPagesPerListing(5).pacing(PacingSettings.disabled()).build()) {
            PartnerCentralException e = failure(() -> capped.solutions().list().stream().count());

            assertThat(e).isInstanceOf(InvalidResponseException.class);
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage()).contains("5 pages").contains("maxPagesPerListing");
            assertThat(sent("ListSolutions")).isEqualTo(5);
        }
    }

    @Test
    void list_pagesOnlyAsFarAsTheIterationGoes() {
        wireMock.stubFor(post(urlEqualTo("/")).willReturn(json("{\"SolutionSummaries\":[{\"Id\":\"S-1\"}],\"NextToken\":\"{{randomValue length=12 type='ALPHANUMERIC'}}\"}")
                .withTransformers("response-template")));

        assertThat(selling.solutions().list().stream().limit(3).count()).isEqualTo(3);
        assertThat(sent("ListSolutions")).isEqualTo(3);
    }

    /** A referral accepted through a task whose answers parse but lack what the workflow needs. */
    @Test
    void inboxAccept_whenTheStartTaskAnswerHasNoTaskId_throwsInvalidResponseNamingTheOperation() {
        stub("StartEngagementByAcceptingInvitationTask", json("{\"TaskStatus\":\"IN_PROGRESS\"}"));

        PartnerCentralException e = failure(() -> selling.inbox().accept("engi-0123456789abc", Duration.ofSeconds(5)));

        assertThat(e).isInstanceOf(InvalidResponseException.class);
        assertThat(e.operation()).contains("StartEngagementByAcceptingInvitationTask");
        assertThat(e.isRetryable()).isFalse();
    }

    @Test
    void inboxAccept_whenTheTaskIsCompleteWithoutAnOpportunityId_throwsInvalidResponse() {
        stub("StartEngagementByAcceptingInvitationTask", json("{\"TaskId\":\"task-0123456789abc\",\"TaskStatus\":\"IN_PROGRESS\"}"));
        stub("ListEngagementByAcceptingInvitationTasks",
                json("{\"TaskSummaries\":[{\"TaskId\":\"task-0123456789abc\",\"TaskStatus\":\"COMPLETE\"}]}"));

        PartnerCentralException e = failure(() -> selling.inbox().accept("engi-0123456789abc", Duration.ofSeconds(5)));

        assertThat(e).isInstanceOf(InvalidResponseException.class);
        assertThat(e.getMessage()).contains("COMPLETE without an OpportunityId");
        assertThat(sent("GetOpportunity")).isZero();
    }

    @Test
    void inboxConvertLead_whenTheTaskIsCompleteWithoutAnOpportunityId_throwsInvalidResponse() {
        stub("GetEngagement", json("{\"Id\":\"eng-0123456789abcd\",\"Contexts\":[{\"Id\":\"1\",\"Type\":\"Lead\"}]}"));
        stub("StartOpportunityFromEngagementTask", json("{\"TaskId\":\"task-0123456789abc\"}"));
        stub("ListOpportunityFromEngagementTasks",
                json("{\"TaskSummaries\":[{\"TaskId\":\"task-0123456789abc\",\"TaskStatus\":\"COMPLETE\",\"OpportunityId\":\"\"}]}"));

        PartnerCentralException e = failure(() -> selling.inbox().convertLead("eng-0123456789abcd", Duration.ofSeconds(5)));

        assertThat(e).isInstanceOf(InvalidResponseException.class);
        assertThat(sent("GetOpportunity")).isZero();
    }

    @Test
    void inboxAcceptLead_whenTheInvitationNamesNoEngagement_throwsInvalidResponse() {
        stub("AcceptEngagementInvitation", json("{}"));
        stub("GetEngagementInvitation", json("{\"Id\":\"engi-0123456789abc\"}"));

        PartnerCentralException e = failure(() -> selling.inbox().acceptLead("engi-0123456789abc"));

        assertThat(e).isInstanceOf(InvalidResponseException.class);
        assertThat(e.operation()).contains("GetEngagementInvitation");
    }

    @Test
    void inboxQualifyLead_whenTheLeadContextHasNoPayloadOrTheEngagementNoModifiedAt_throwsInvalidResponse() {
        stub("GetEngagement", json("{\"Id\":\"eng-0123456789abcd\",\"Contexts\":[{\"Id\":\"1\",\"Type\":\"Lead\"}]}"));
        assertThat(failure(() -> selling.inbox().qualifyLead("eng-0123456789abcd", lead -> lead)))
                .isInstanceOf(InvalidResponseException.class);

        stub("GetEngagement", json("{\"Id\":\"eng-0123456789abcd\",\"Contexts\":[{\"Id\":\"1\",\"Type\":\"Lead\","
                + "\"Payload\":{\"Lead\":{\"Customer\":{\"CompanyName\":\"Example\"}}}}]}"));
        assertThat(failure(() -> selling.inbox().qualifyLead("eng-0123456789abcd", lead -> lead)))
                .isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("ModifiedAt");
        assertThat(sent("UpdateEngagementContext")).isZero();
    }

    /**
     * Wrong-shaped, cut-off and empty answers to the calls of every sub-client (reads, listings, writes
     * whose answer is read or only discarded, task starts and every waiter): each reaches the server
     * and ends normally (an empty object is a valid answer where every member is optional) or in a
     * typed exception.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"[]", "\"text\"", "{\"", "{}", "{\"TaskSummaries\":{},\"Id\":[]}", "null"})
    void everySubClient_whenTheAnswerIsHostile_endsNormallyOrTyped(String body) {
        wireMock.stubFor(post(urlEqualTo("/")).willReturn(json(body)));
        java.util.Map<String, ThrowingCallable> calls = new java.util.LinkedHashMap<>();
        calls.put("opportunities().get", () -> selling.opportunities().get(ID));
        calls.put("opportunities().list", () -> selling.opportunities().list().stream().count());
        calls.put("opportunities().getAwsSummary", () -> selling.opportunities().getAwsSummary(ID));
        calls.put("snapshots().list", () -> selling.snapshots().list(r -> r.engagementIdentifier("eng-0123456789abcd")).stream().count());
        calls.put("snapshotJobs().get", () -> selling.snapshotJobs().get("job-0123456789abc"));
        calls.put("engagements().get", () -> selling.engagements().get("eng-0123456789abcd"));
        calls.put("invitations().get", () -> selling.invitations().get("engi-0123456789abc"));
        calls.put("solutions().list", () -> selling.solutions().list().stream().count());
        calls.put("tags().list", () -> selling.tags().list("arn:aws:partnercentral:us-east-1:123456789012:catalog/Sandbox/opportunity/O1"));
        calls.put("settings().get", () -> selling.settings().get());
        calls.put("tasks().getProspectingFromEngagement", () -> selling.tasks().getProspectingFromEngagement("task-0123456789abcd"));
        calls.put("tasks().waitFor", () -> selling.tasks().waitFor(TaskKind.ENGAGEMENT_FROM_OPPORTUNITY, "task-0123456789abc",
                software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration.builder().maxAttempts(2)
                        .backoffStrategyV2(software.amazon.awssdk.retries.api.BackoffStrategy.retryImmediately()).build()));
        calls.put("inbox().pending", () -> selling.inbox().pending().forEach(i -> { }));
        // Writes, listings and waits of every sub-client too: an answer the SDK reads, or one it only discards.
        Opportunity valid = io.partnercentral.selling.model.Fixtures.validOpportunity();
        String arn = "arn:aws:partnercentral:us-east-1:123456789012:catalog/Sandbox/opportunity/O1";
        SnapshotTarget target = SnapshotTarget.opportunity("eng-0123456789abcd", ID, "OpportunitySummaryView");
        calls.put("opportunities().create", () -> selling.opportunities().create(valid));
        calls.put("opportunities().update", () -> selling.opportunities().update(ID, o -> o));
        calls.put("opportunities().replace", () -> selling.opportunities().replace(ID, java.time.Instant.parse("2026-01-01T00:00:00Z"), valid));
        calls.put("opportunities().associate", () -> selling.opportunities().associate(ID,
                io.partnercentral.selling.model.RelatedEntityType.SOLUTIONS, "S-0000001"));
        calls.put("opportunities().disassociate", () -> selling.opportunities().disassociate(ID,
                io.partnercentral.selling.model.RelatedEntityType.SOLUTIONS, "S-0000001"));
        calls.put("opportunities().submit", () -> selling.opportunities().submit(ID,
                io.partnercentral.selling.model.InvolvementType.CO_SELL, null));
        calls.put("opportunities().assign", () -> selling.opportunities().assign(ID, io.partnercentral.selling.model.AssigneeContact
                .builder().firstName("Jane").lastName("Doe").email("jane@example.com").businessTitle("PartnerAccountManager").build()));
        calls.put("opportunities().simulateReview", () -> selling.opportunities().simulateReview(ID,
                io.partnercentral.selling.model.ReviewStatus.APPROVED));
        calls.put("opportunities().changedSince", () -> selling.opportunities().changedSince(java.time.Instant.EPOCH)
                .forEach(o -> { }));
        calls.put("snapshots().create", () -> selling.snapshots().create(target));
        calls.put("snapshots().get", () -> selling.snapshots().get(target));
        calls.put("snapshotJobs().create", () -> selling.snapshotJobs().create(target));
        calls.put("snapshotJobs().start", () -> selling.snapshotJobs().start("job-0123456789abc"));
        calls.put("snapshotJobs().stop", () -> selling.snapshotJobs().stop("job-0123456789abc"));
        calls.put("snapshotJobs().delete", () -> selling.snapshotJobs().delete("job-0123456789abc"));
        calls.put("snapshotJobs().list", () -> selling.snapshotJobs().list(r -> r.maxResults(5)).stream().count());
        calls.put("snapshotJobs().waitFor", () -> selling.snapshotJobs().waitFor(
                io.partnercentral.selling.model.SnapshotJobStatus.RUNNING, "job-0123456789abc", Duration.ofMillis(300)));
        calls.put("engagements().list", () -> selling.engagements().list(r -> r.maxResults(5)).stream().count());
        calls.put("engagements().listMembers", () -> selling.engagements().listMembers(r -> r.identifier("eng-0123456789abcd"))
                .stream().count());
        calls.put("engagements().listResourceAssociations", () -> selling.engagements().listResourceAssociations(r -> r
                .engagementIdentifier("eng-0123456789abcd")).stream().count());
        calls.put("engagements().create", () -> selling.engagements().create(r -> r.title("Joint deal")
                .description("A joint deal with a partner.")));
        calls.put("invitations().list", () -> selling.invitations().list(r -> r.participantType(
                io.partnercentral.selling.model.ParticipantType.RECEIVER)).stream().count());
        calls.put("invitations().accept", () -> selling.invitations().accept("engi-0123456789abc"));
        calls.put("invitations().reject", () -> selling.invitations().reject("engi-0123456789abc", "Not our market"));
        calls.put("tags().tag", () -> selling.tags().tag(arn, java.util.List.of(io.partnercentral.selling.model.Tag.of("team", "emea"))));
        calls.put("tags().untag", () -> selling.tags().untag(arn, java.util.List.of("team")));
        calls.put("settings().putSnapshotJobRole", () -> selling.settings().putSnapshotJobRole("PartnerCentralSnapshots"));
        calls.put("tasks().startEngagementFromOpportunity", () -> selling.tasks().startEngagementFromOpportunity(r -> r
                .identifier(ID).awsSubmission(a -> a.involvementType(io.partnercentral.selling.model.InvolvementType.CO_SELL))));
        calls.put("tasks().listEngagementFromOpportunity", () -> selling.tasks().listEngagementFromOpportunity(r -> r
                .maxResults(5)).stream().count());
        for (TaskKind kind : TaskKind.values()) {
            calls.put("tasks().waitFor(" + kind + ")", () -> selling.tasks().waitFor(kind,
                    kind == TaskKind.PROSPECTING_FROM_ENGAGEMENT ? "task-0123456789abcd" : "task-0123456789abc", Duration.ofMillis(300)));
        }
        calls.put("inbox().accept", () -> selling.inbox().accept("engi-0123456789abc", Duration.ofMillis(300)));
        calls.put("inbox().acceptLead", () -> selling.inbox().acceptLead("engi-0123456789abc"));
        calls.put("inbox().qualifyLead", () -> selling.inbox().qualifyLead("eng-0123456789abcd", lead -> lead));
        calls.put("inbox().convertLead", () -> selling.inbox().convertLead("eng-0123456789abcd", Duration.ofMillis(300)));
        java.util.List<String> untyped = new java.util.ArrayList<>();
        int[] sentSomething = {0};
        calls.forEach((name, call) -> {
            wireMock.resetRequests();
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
            if (thrown != null && !(thrown instanceof PartnerCentralException)) {
                untyped.add(name + ": " + thrown);
            }
            sentSomething[0] += wireMock.getAllServeEvents().isEmpty() ? 0 : 1;
        });
        assertThat(untyped).as("answered %s", body).isEmpty();
        assertThat(sentSomething[0]).as("calls that reached the server").isEqualTo(calls.size());
    }

    @Test
    void get_whenTheBodyIsOverTheLimit_dropsItWithResponseTooLarge_withoutRetrying() {
        try (PartnerCentralSelling small = builder().maxResponseBytes(1024).build()) {
            stub("GetOpportunity", json("{\"Id\":\"O1234567\",\"PartnerOpportunityIdentifier\":\"" + "x".repeat(4096) + "\"}"));

            PartnerCentralException e = failure(() -> small.opportunities().get(ID));

            assertThat(e).isInstanceOf(ResponseTooLargeException.class);
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage()).contains("1024");
            assertThat(sent("GetOpportunity")).isEqualTo(1);
        }
    }

    @Test
    void get_whenTheServerNeverAnswers_endsWithinTheCallTimeout() {
        try (PartnerCentralSelling impatient = builder()
                .overrideConfiguration(WireMockSupport.fastRetries(ATTEMPTS).toBuilder()
                        .apiCallAttemptTimeout(Duration.ofMillis(200))
                        .apiCallTimeout(Duration.ofMillis(700))
                        .build())
                .build()) {
            stub("GetOpportunity", json("{\"Id\":\"O1234567\"}").withFixedDelay(20_000));

            PartnerCentralException e = failure(() -> impatient.opportunities().get(ID));

            // Bounded by the call timeout, not by 4 attempts of a 20 s wait.
            assertThat(e).isInstanceOf(TransportException.class);
            assertThat(e.isRetryable()).isTrue();
            assertThat(sent("GetOpportunity")).isLessThan(ATTEMPTS + 1);
        }
    }

    @Test
    void builder_setsDefaultTimeouts_andKeepsTheUsersOwn() {
        ClientOverrideConfiguration defaults = selling.generatedClient().serviceClientConfiguration().overrideConfiguration();
        assertThat(defaults.apiCallTimeout()).contains(PartnerCentralSelling.DEFAULT_API_CALL_TIMEOUT);
        assertThat(defaults.apiCallAttemptTimeout()).contains(PartnerCentralSelling.DEFAULT_API_CALL_ATTEMPT_TIMEOUT);

        try (PartnerCentralSelling custom = builder()
                .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(Duration.ofMinutes(2)).build())
                .build()) {
            ClientOverrideConfiguration own = custom.generatedClient().serviceClientConfiguration().overrideConfiguration();
            assertThat(own.apiCallTimeout()).contains(Duration.ofMinutes(2));
            assertThat(own.apiCallAttemptTimeout()).contains(PartnerCentralSelling.DEFAULT_API_CALL_ATTEMPT_TIMEOUT);
        }
    }

    private static PartnerCentralSelling.Builder builder() {
        return PartnerCentralSelling.builder()
                .endpointOverride(URI.create(wireMock.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(WireMockSupport.fastRetries(ATTEMPTS))
                .clock(WireMockSupport.CLOCK);
    }
}

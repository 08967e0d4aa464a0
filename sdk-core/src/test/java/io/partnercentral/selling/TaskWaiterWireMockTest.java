package io.partnercentral.selling;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.partnercentral.selling.WireMockSupport.TARGET_PREFIX;
import static io.partnercentral.selling.WireMockSupport.body;
import static io.partnercentral.selling.WireMockSupport.error;
import static io.partnercentral.selling.WireMockSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.partnercentral.selling.exception.AccessDeniedException;
import io.partnercentral.selling.exception.TaskFailedException;
import io.partnercentral.selling.exception.WaiterTimeoutException;
import io.partnercentral.selling.model.ProspectingTaskStatus;
import io.partnercentral.selling.model.ReasonCode;
import io.partnercentral.selling.model.TaskStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/** The task waiters against WireMock scenarios: completion, typed failure, timeout, not-yet-listed. */
class TaskWaiterWireMockTest {
    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String TASK = "task-0123456789abc";
    /** Polls without waiting long, so the scenarios run quickly; the waiter's logic is the same. */
    private static final WaiterOverrideConfiguration QUICK = WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))
            .maxAttempts(20)
            .waitTimeout(Duration.ofSeconds(30))
            .build();

    private PartnerCentralSelling selling;

    @BeforeEach
    void setUp() {
        selling = WireMockSupport.facade(wireMock);
    }

    @AfterEach
    void tearDown() {
        selling.close();
    }

    /** Answers {@code operation} with each response in turn, the last one from then on. */
    private static void sequence(String operation, ResponseDefinitionBuilder... responses) {
        String state = Scenario.STARTED;
        for (int i = 0; i < responses.length; i++) {
            String next = i == responses.length - 1 ? state : "poll-" + (i + 1);
            wireMock.stubFor(post(urlEqualTo("/")).inScenario(operation).whenScenarioStateIs(state)
                    .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation))
                    .willReturn(responses[i]).willSetStateTo(next));
            state = next;
        }
    }

    private static List<LoggedRequest> polls(String operation) {
        return wireMock.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation)));
    }

    private static ResponseDefinitionBuilder acceptingTask(String status, String extra) {
        return json("{\"TaskSummaries\":[{\"TaskId\":\"" + TASK + "\",\"TaskStatus\":\"" + status + "\"" + extra + "}]}");
    }

    @Test
    void waitFor_acceptingInvitation_pollsUntilComplete_andReturnsTheNewOpportunity() {
        sequence("ListEngagementByAcceptingInvitationTasks",
                json("{\"TaskSummaries\":[]}"), // not listed yet: eventual consistency
                acceptingTask("IN_PROGRESS", ""),
                acceptingTask("COMPLETE", ",\"OpportunityId\":\"O9876543\",\"EngagementInvitationId\":\"engi-0123456789abc\","
                        + "\"ResourceSnapshotJobId\":\"job-0123456789abc\""));

        TaskOutcome outcome = selling.tasks().waitFor(TaskKind.ENGAGEMENT_BY_ACCEPTING_INVITATION, TASK, QUICK);

        assertThat(outcome.status()).isEqualTo(TaskStatus.COMPLETE);
        assertThat(outcome.opportunityId()).contains("O9876543");
        assertThat(outcome.engagementInvitationId()).contains("engi-0123456789abc");
        assertThat(outcome.resourceSnapshotJobId()).contains("job-0123456789abc");
        List<LoggedRequest> polls = polls("ListEngagementByAcceptingInvitationTasks");
        assertThat(polls).hasSize(3);
        assertThat(body(polls.get(0)).get("TaskIdentifier").get(0).asText()).isEqualTo(TASK);
        assertThat(body(polls.get(0)).get("Catalog").asText()).isEqualTo("Sandbox");
    }

    @Test
    void waitFor_failedTask_throwsTypedFailure_withReasonCodeAndMessage() {
        sequence("ListEngagementFromOpportunityTasks",
                json("{\"TaskSummaries\":[{\"TaskId\":\"" + TASK + "\",\"TaskStatus\":\"IN_PROGRESS\"}]}"),
                json("{\"TaskSummaries\":[{\"TaskId\":\"" + TASK + "\",\"TaskStatus\":\"FAILED\","
                        + "\"ReasonCode\":\"OpportunitySubmissionFailed\",\"Message\":\"Opportunity is missing a solution\"}]}"));

        assertThatThrownBy(() -> selling.tasks().waitFor(TaskKind.ENGAGEMENT_FROM_OPPORTUNITY, TASK, QUICK))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.taskId()).isEqualTo(TASK);
                    assertThat(e.reasonCode()).contains(ReasonCode.OPPORTUNITY_SUBMISSION_FAILED);
                    assertThat(e.taskMessage()).contains("Opportunity is missing a solution");
                    assertThat(e.errorCode()).contains("OpportunitySubmissionFailed");
                    assertThat(e.isRetryable()).isFalse();
                });
        assertThat(polls("ListEngagementFromOpportunityTasks")).hasSize(2);
    }

    @Test
    void waitFor_taskThatNeverFinishes_timesOut() {
        sequence("ListOpportunityFromEngagementTasks",
                json("{\"TaskSummaries\":[{\"TaskId\":\"" + TASK + "\",\"TaskStatus\":\"IN_PROGRESS\"}]}"));
        WaiterOverrideConfiguration threeAttempts = QUICK.toBuilder().maxAttempts(3).build();

        assertThatThrownBy(() -> selling.tasks().waitFor(TaskKind.OPPORTUNITY_FROM_ENGAGEMENT, TASK, threeAttempts))
                .isInstanceOf(WaiterTimeoutException.class)
                .hasMessageContaining(TASK);
        assertThat(polls("ListOpportunityFromEngagementTasks")).hasSize(3);
    }

    @Test
    void waitFor_withDurationTimeout_givesUpOnceTheTimeoutPasses() {
        sequence("ListOpportunityFromEngagementTasks",
                json("{\"TaskSummaries\":[{\"TaskId\":\"" + TASK + "\",\"TaskStatus\":\"IN_PROGRESS\"}]}"));

        // The default backoff starts around half a second: a short timeout allows very few polls.
        assertThatThrownBy(() -> selling.tasks().waitFor(TaskKind.OPPORTUNITY_FROM_ENGAGEMENT, TASK, Duration.ofMillis(300)))
                .isInstanceOf(WaiterTimeoutException.class);
        assertThat(polls("ListOpportunityFromEngagementTasks")).hasSizeBetween(1, 3);
    }

    @Test
    void waitFor_pollsAgainAfterThrottling_butStopsOnNonRetryableErrors() {
        // No retries in the client: the throttled poll reaches the waiter, which must poll again itself.
        selling.close();
        selling = PartnerCentralSelling.builder()
                .endpointOverride(java.net.URI.create(wireMock.baseUrl()))
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder())
                .overrideConfiguration(WireMockSupport.fastRetries(1))
                .catalog(io.partnercentral.selling.model.Catalog.SANDBOX)
                // Pacing is on by default: off here, so a throttled poll is the waiter's to handle, not the pacer's.
                .pacing(PacingSettings.disabled())
                .build();
        sequence("ListOpportunityFromEngagementTasks",
                error(400, "ThrottlingException", "slow down"),
                json("{\"TaskSummaries\":[{\"TaskId\":\"" + TASK + "\",\"TaskStatus\":\"COMPLETE\","
                        + "\"OpportunityId\":\"O5\",\"EngagementId\":\"eng-0123456789abcd\",\"ContextId\":\"2\"}]}"));
        TaskOutcome outcome = selling.tasks().waitFor(TaskKind.OPPORTUNITY_FROM_ENGAGEMENT, TASK, QUICK);
        assertThat(polls("ListOpportunityFromEngagementTasks")).hasSize(2);
        assertThat(outcome.opportunityId()).contains("O5");
        assertThat(outcome.contextId()).contains("2");

        sequence("ListEngagementByAcceptingInvitationTasks", error(403, "AccessDeniedException", "no"));
        assertThatThrownBy(() -> selling.tasks().waitFor(TaskKind.ENGAGEMENT_BY_ACCEPTING_INVITATION, TASK, QUICK))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(polls("ListEngagementByAcceptingInvitationTasks")).hasSize(1);
    }

    @Test
    void waitFor_prospecting_readsTheTaskUntilItHasAnEndTime() {
        String task = "task-0123456789abcd";
        String running = "{\"TaskId\":\"" + task + "\",\"TaskArn\":\"arn:aws:partnercentral-selling:us-east-1:123456789012:catalog/Sandbox/"
                + "prospecting-from-engagement-task/" + task + "\",\"TaskName\":\"leads\",\"StartTime\":\"2026-11-23T10:00:00Z\","
                + "\"Engagements\":[{\"EngagementIdentifier\":\"eng-0123456789abcd\",\"Status\":\"IN_PROGRESS\"}]}";
        String done = running.replace("\"StartTime\":\"2026-11-23T10:00:00Z\"",
                        "\"StartTime\":\"2026-11-23T10:00:00Z\",\"EndTime\":\"2026-11-23T10:05:00Z\"")
                .replace("\"IN_PROGRESS\"", "\"COMPLETED\",\"EngagementContextId\":\"ctx-0123456789abcd\"");
        sequence("GetProspectingFromEngagementTask", json(running), json(done));

        TaskOutcome outcome = selling.tasks().waitFor(TaskKind.PROSPECTING_FROM_ENGAGEMENT, task, QUICK);

        assertThat(outcome.prospectingResults()).singleElement().satisfies(r -> {
            assertThat(r.status()).contains(ProspectingTaskStatus.COMPLETED);
            assertThat(r.engagementContextId()).contains("ctx-0123456789abcd");
        });
        assertThat(polls("GetProspectingFromEngagementTask")).hasSize(2);
    }
}

package io.partnercentral.selling;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.partnercentral.selling.WireMockSupport.TARGET_PREFIX;
import static io.partnercentral.selling.WireMockSupport.body;
import static io.partnercentral.selling.WireMockSupport.error;
import static io.partnercentral.selling.WireMockSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.partnercentral.selling.exception.InternalServerException;
import io.partnercentral.selling.exception.OutcomeUnknownException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.ThrottlingException;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.internal.WireJson;
import io.partnercentral.selling.model.AwsSubmission;
import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.Fixtures;
import io.partnercentral.selling.model.AssigneeContact;
import io.partnercentral.selling.model.InvolvementType;
import io.partnercentral.selling.model.NationalSecurity;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.RelatedEntityType;
import io.partnercentral.selling.model.ReviewStatus;
import io.partnercentral.selling.model.StartEngagementFromOpportunityTaskRequest;
import io.partnercentral.selling.model.Tag;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * After a write may have landed the caller gets success or {@link OutcomeUnknownException}, never a
 * failure it would retry into a second application: a 5xx (or a 429, which may follow work done) on
 * every attempt proves nothing about the attempts. A failure stays as it is, with its own
 * {@code isRetryable()}, where it proves nothing was applied (every attempt refused with a 4xx) or
 * where sending the same request again is safe (the caller's own {@code ClientToken}; no token and an
 * operation the model marks idempotent).
 */
class WriteOutcomesWireMockTest {
    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String OPPORTUNITY = "O1234567890";
    private static final ResponseDefinitionBuilder FAILING = error(500, "InternalServerException", "try again");

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
        WireMockSupport.stub(wireMock, operation, response);
    }

    private static List<LoggedRequest> requests(String operation) {
        return WireMockSupport.requests(wireMock, operation);
    }

    private static StartEngagementFromOpportunityTaskRequest.Builder startTask() {
        return StartEngagementFromOpportunityTaskRequest.builder().identifier(OPPORTUNITY)
                .awsSubmission(AwsSubmission.builder().involvementType(InvolvementType.CO_SELL).build());
    }

    private static Opportunity stored(ReviewStatus status) {
        Opportunity opportunity = Fixtures.maximalOpportunity();
        return opportunity.toBuilder().lastModifiedDate(Instant.parse("2026-11-23T11:00:00Z"))
                .lifeCycle(opportunity.lifeCycle().orElseThrow().toBuilder().reviewStatus(status).build()).build();
    }

    @Test
    void taskStartWithADrawnToken_failingOnEveryAttempt_isAnUnknownOutcomeNamingTheTokenSent() {
        stub("StartEngagementFromOpportunityTask", FAILING);

        Throwable thrown = catchThrowable(() -> selling.tasks().startEngagementFromOpportunity(startTask().build()));

        List<LoggedRequest> sent = requests("StartEngagementFromOpportunityTask");
        assertThat(sent).hasSize(4);
        String token = body(sent.get(0)).get("ClientToken").asText();
        assertThat(sent).allSatisfy(r -> assertThat(body(r).get("ClientToken").asText()).isEqualTo(token));
        assertThat(thrown).isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("StartEngagementFromOpportunityTask").hasMessageContaining(token)
                .hasCauseInstanceOf(InternalServerException.class);
        assertThat(((PartnerCentralException) thrown).isRetryable()).isFalse();
    }

    @Test
    void taskStartWithTheCallersToken_failingOnEveryAttempt_staysRetryable_forTheSameRequestIsSafeToSendAgain() {
        stub("StartEngagementFromOpportunityTask", FAILING);

        Throwable thrown = catchThrowable(() -> selling.tasks().startEngagementFromOpportunity(
                startTask().clientToken("crm-42-engagement").build()));

        assertThat(body(requests("StartEngagementFromOpportunityTask").get(0)).get("ClientToken").asText())
                .isEqualTo("crm-42-engagement");
        assertThat(thrown).isInstanceOf(InternalServerException.class);
        assertThat(((PartnerCentralException) thrown).isRetryable()).isTrue();
    }

    @Test
    void writeRefusedOnEveryAttempt_isTheRefusal() {
        stub("StartEngagementFromOpportunityTask", error(400, "ValidationException", "bad"));

        Throwable thrown = catchThrowable(() -> selling.tasks().startEngagementFromOpportunity(startTask().build()));

        assertThat(thrown).isInstanceOf(ValidationException.class);
        assertThat(requests("StartEngagementFromOpportunityTask")).hasSize(1);
    }

    @Test
    void throttledOnEveryAttempt_aWriteTheModelDoesNotCallIdempotent_isUnknown_anIdempotentOneStaysRetryable() {
        stub("AssignOpportunity", error(429, "ThrottlingException", "slow down"));
        stub("TagResource", error(429, "ThrottlingException", "slow down"));

        Throwable assign = catchThrowable(() -> selling.opportunities().assign(OPPORTUNITY,
                AssigneeContact.builder().email("someone@example.com").firstName("Jane").lastName("Roe")
                        .businessTitle("OpportunityOwner").build()));
        Throwable tag = catchThrowable(() -> selling.tags().tag(
                "arn:aws:partnercentral:us-east-1:123456789012:catalog/Sandbox/engagement/eng-0123456789abcd",
                List.of(Tag.of("sync", "crm"))));

        assertThat(assign).isInstanceOf(OutcomeUnknownException.class).hasCauseInstanceOf(ThrottlingException.class);
        assertThat(tag).isInstanceOf(ThrottlingException.class);
        assertThat(((PartnerCentralException) tag).isRetryable()).isTrue();
        assertThat(requests("AssignOpportunity").get(0).getHeader("X-Amz-Target")).isEqualTo(TARGET_PREFIX + "AssignOpportunity");
    }

    @Test
    void createWithoutAKey_failingOnEveryAttempt_isUnknown_afterSendingTheSameTokenAgain() {
        stub("CreateOpportunity", FAILING);

        Throwable thrown = catchThrowable(() -> selling.opportunities().create(
                CreateOpportunityRequest.builder().opportunity(Fixtures.maximalOpportunity()).build()));

        List<LoggedRequest> sent = requests("CreateOpportunity");
        String token = body(sent.get(0)).get("ClientToken").asText();
        assertThat(sent).hasSizeGreaterThan(4)
                .allSatisfy(r -> assertThat(body(r).get("ClientToken").asText()).isEqualTo(token));
        assertThat(thrown).isInstanceOf(OutcomeUnknownException.class).hasCauseInstanceOf(InternalServerException.class);
    }

    @Test
    void associateAndSubmit_failingOnEveryAttempt_andNotFoundApplied_areUnknown_notRetryable() throws Exception {
        stub("AssociateOpportunity", FAILING);
        stub("SubmitOpportunity", FAILING);
        stub("GetOpportunity", json(WireJson.mapper().writeValueAsString(stored(ReviewStatus.PENDING_SUBMISSION))));

        Throwable associate = catchThrowable(() -> selling.opportunities().associate(OPPORTUNITY,
                RelatedEntityType.SOLUTIONS, "S-0000001"));
        Throwable submit = catchThrowable(() -> selling.opportunities().submit(OPPORTUNITY, InvolvementType.CO_SELL, null));

        assertThat(associate).isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("AssociateOpportunity")
                .hasCauseInstanceOf(InternalServerException.class);
        assertThat(submit).isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("SubmitOpportunity");
        assertThat(requests("GetOpportunity")).hasSize(2);
    }

    /**
     * Round one's write fails and is not seen to land; round two's is refused. Round one's may still
     * land, so the refusal must not reach the caller as the call's outcome.
     */
    @Test
    void updateWhoseSecondRoundIsRefused_afterAFirstNotSeenToLand_isUnknown() throws Exception {
        String stored = WireJson.mapper().writeValueAsString(stored(ReviewStatus.PENDING_SUBMISSION));
        // read -> update fails (every attempt) -> read-back: unchanged -> read -> update refused
        String[] states = {STARTED, "first read", "read back", "second read"};
        for (int i = 0; i < states.length - 1; i++) {
            wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "GetOpportunity"))
                    .inScenario("rounds").whenScenarioStateIs(states[i]).willReturn(json(stored)).willSetStateTo(states[i + 1]));
        }
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "UpdateOpportunity"))
                .inScenario("rounds").whenScenarioStateIs("first read").willReturn(FAILING));
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "UpdateOpportunity"))
                .inScenario("rounds").whenScenarioStateIs("second read")
                .willReturn(error(400, "ValidationException", "refused")));

        Throwable thrown = catchThrowable(() -> selling.opportunities().update(OPPORTUNITY,
                o -> o.toBuilder().nationalSecurity(NationalSecurity.NO).build()));

        assertThat(requests("UpdateOpportunity")).hasSize(5);
        assertThat(thrown).isInstanceOf(OutcomeUnknownException.class);
        assertThat(thrown.getSuppressed()).hasAtLeastOneElementOfType(ValidationException.class);
    }

    @Test
    void asyncTaskStartWithADrawnToken_completesAsAnUnknownOutcome() {
        stub("StartEngagementFromOpportunityTask", FAILING);
        try (PartnerCentralSellingAsync async = WireMockSupport.asyncFacade(wireMock)) {
            Throwable thrown = catchThrowable(() -> async.tasks().startEngagementFromOpportunity(startTask().build()).join());

            assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(OutcomeUnknownException.class);
            assertThat(requests("StartEngagementFromOpportunityTask")).hasSize(4);
        }
    }
}

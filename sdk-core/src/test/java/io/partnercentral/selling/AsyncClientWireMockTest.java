package io.partnercentral.selling;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.partnercentral.selling.WireMockSupport.JSON_1_0;
import static io.partnercentral.selling.WireMockSupport.TARGET_PREFIX;
import static io.partnercentral.selling.WireMockSupport.body;
import static io.partnercentral.selling.WireMockSupport.error;
import static io.partnercentral.selling.WireMockSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.partnercentral.selling.exception.ThrottlingException;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.Fixtures;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.OpportunitySummary;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The async client against WireMock: the JSON and target on the wire, tokens across retries, errors as causes. */
class AsyncClientWireMockTest {
    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private PartnerCentralSellingAsync selling;

    @BeforeEach
    void setUp() {
        selling = WireMockSupport.asyncFacade(wireMock);
    }

    @AfterEach
    void tearDown() {
        selling.close();
    }

    private static List<LoggedRequest> requests(String operation) {
        return WireMockSupport.requests(wireMock, operation);
    }

    /** The exception a failed future holds, as {@code join()} reports it. */
    private static Throwable failure(CompletableFuture<?> future) {
        try {
            future.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the future completed normally");
    }

    @Test
    void create_whenFirstAttemptFails_sendsCatalogAndTheSameClientTokenOnTheRetry() {
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("retry").whenScenarioStateIs(STARTED)
                .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "CreateOpportunity"))
                .willReturn(error(500, "InternalServerException", "try again")).willSetStateTo("second"));
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("retry").whenScenarioStateIs("second")
                .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "CreateOpportunity"))
                .willReturn(json("{\"Id\":\"O1234567\",\"LastModifiedDate\":\"2026-11-23T12:00:01.123Z\"}")));

        CreatedOpportunity created = selling.opportunities().create(Fixtures.validOpportunity()).join();

        List<LoggedRequest> sent = requests("CreateOpportunity");
        assertThat(sent).hasSize(2);
        assertThat(created.id()).isEqualTo("O1234567");
        for (LoggedRequest request : sent) {
            assertThat(request.getHeader("Content-Type")).isEqualTo(JSON_1_0);
            assertThat(body(request).path("Catalog").asText()).isEqualTo("Sandbox");
            assertThat(body(request).path("ClientToken").asText()).isEqualTo(created.clientToken());
            assertThat(body(request).path("Customer").path("Account").path("CompanyName").isTextual()).isTrue();
        }
        assertThat(sent.get(0).getBodyAsString()).isEqualTo(sent.get(1).getBodyAsString());
    }

    @Test
    void create_whenServiceAnswersValidationException_failsWithItsViolationsAsTheCause() {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "CreateOpportunity"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", JSON_1_0)
                        .withHeader("x-amzn-RequestId", "req-123")
                        .withBody("{\"__type\":\"ValidationException\",\"Message\":\"Invalid input\","
                                + "\"Reason\":\"BUSINESS_VALIDATION_FAILED\",\"ErrorList\":["
                                + "{\"FieldName\":\"Customer.Account.Duns\",\"Message\":\"not found\",\"Code\":\"INVALID_VALUE\"}]}")));

        CompletableFuture<CreatedOpportunity> future = selling.opportunities().create(Fixtures.validOpportunity());

        assertThatThrownBy(future::join).isInstanceOf(CompletionException.class);
        assertThat(failure(future)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.isLocal()).isFalse();
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.reason()).contains("BUSINESS_VALIDATION_FAILED");
            assertThat(e.requestId()).contains("req-123");
            assertThat(e.violations()).containsExactly(
                    new Violation("Customer.Account.Duns", ValidationErrorCode.INVALID_VALUE, "not found"));
        });
        assertThat(requests("CreateOpportunity")).hasSize(1);
    }

    @Test
    void get_whenThrottledOnEveryAttempt_failsWithRetryableThrottlingException() {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "GetOpportunity"))
                .willReturn(error(400, "ThrottlingException", "slow down")));

        Throwable cause = failure(selling.opportunities().get("O123"));

        assertThat(cause).isInstanceOf(ThrottlingException.class);
        assertThat(((ThrottlingException) cause).isRetryable()).isTrue();
        assertThat(requests("GetOpportunity")).hasSize(4);
    }

    @Test
    void badInput_completesExceptionallyBeforeAnythingIsSent() {
        assertThat(failure(selling.opportunities().get("not-an-id"))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::fieldPath).containsExactly("Identifier"));
        assertThat(failure(selling.opportunities().create(Fixtures.validOpportunity().toBuilder()
                .customer(java.util.Optional.empty()).build()))).isInstanceOf(ValidationException.class);
        assertThat(failure(selling.snapshotJobs().get(r -> r.resourceSnapshotJobIdentifier("nope"))))
                .isInstanceOf(ValidationException.class);
        assertThat(failure(selling.engagements().get((io.partnercentral.selling.model.GetEngagementRequest) null)))
                .isInstanceOf(ValidationException.class);
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void get_readsTheOpportunityWithTheBoundCatalog() {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "GetOpportunity"))
                .willReturn(json("{\"Id\":\"O123\",\"Catalog\":\"Sandbox\",\"LastModifiedDate\":\"2026-11-23T12:00:01.123Z\"}")));

        Opportunity opportunity = selling.opportunities().get("O123").join();

        assertThat(opportunity.id()).contains("O123");
        assertThat(body(requests("GetOpportunity").get(0))).isEqualTo(WireMockSupport.tree(
                "{\"Catalog\":\"Sandbox\",\"Identifier\":\"O123\"}"));
    }

    @Test
    void list_publishesItemsAcrossPagesOnDemand() {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "ListOpportunities"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("NextToken"))
                .willReturn(json("{\"OpportunitySummaries\":[{\"Id\":\"O1\"}],\"NextToken\":\"page-2\"}")));
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "ListOpportunities"))
                .withRequestBody(matching(".*\"NextToken\":\"page-2\".*"))
                .willReturn(json("{\"OpportunitySummaries\":[{\"Id\":\"O2\"},{\"Id\":\"O3\"}]}")));

        PagePublisher<OpportunitySummary> listing = selling.opportunities().list(r -> r.maxResults(1));
        assertThat(requests("ListOpportunities")).isEmpty();
        List<String> ids = new CopyOnWriteArrayList<>();
        listing.items().subscribe(s -> ids.add(s.id().orElseThrow())).join();

        assertThat(ids).containsExactly("O1", "O2", "O3");
        List<LoggedRequest> sent = requests("ListOpportunities");
        assertThat(sent).hasSize(2);
        assertThat(body(sent.get(0)).path("Catalog").asText()).isEqualTo("Sandbox");
        assertThat(body(sent.get(0)).path("MaxResults").asInt()).isEqualTo(1);
    }
}

package io.partnercentral.selling;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.partnercentral.selling.WireMockSupport.TARGET_PREFIX;
import static io.partnercentral.selling.WireMockSupport.body;
import static io.partnercentral.selling.WireMockSupport.error;
import static io.partnercentral.selling.WireMockSupport.fixture;
import static io.partnercentral.selling.WireMockSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.ReviewStatus;
import io.partnercentral.selling.model.UpdatedOpportunity;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Sandbox review simulation: ReviewStatus sent with UpdateOpportunity in Sandbox, refused locally in AWS. */
class SandboxReviewWireMockTest {
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

    private static List<LoggedRequest> requests(String operation) {
        return wireMock.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation)));
    }

    @Test
    void simulateReview_inSandbox_sendsTheCurrentOpportunityWithTheReviewStatus() {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "GetOpportunity"))
                .willReturn(json(fixture("opportunity-maximal.json"))));
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "UpdateOpportunity"))
                .willReturn(json("{\"Id\":\"O1234567890\",\"LastModifiedDate\":\"2026-11-23T13:00:00Z\"}")));

        UpdatedOpportunity updated = selling.opportunities().simulateReview("O1234567890", ReviewStatus.ACTION_REQUIRED);

        assertThat(updated.id()).isEqualTo("O1234567890");
        ObjectNode sent = body(requests("UpdateOpportunity").get(0));
        assertThat(sent.get("Catalog").asText()).isEqualTo("Sandbox");
        assertThat(sent.get("Identifier").asText()).isEqualTo("O1234567890");
        assertThat(sent.get("LastModifiedDate").asText()).isEqualTo("2026-05-15T10:15:30Z");
        assertThat(sent.get("LifeCycle").get("ReviewStatus").asText()).isEqualTo("Action Required");
        // A full replace: what was read goes back, so nothing else changes.
        assertThat(sent.get("LifeCycle").get("TargetCloseDate").asText()).isEqualTo("2099-12-31");
        assertThat(sent.get("Customer").get("Account").get("CompanyName").asText()).isNotEmpty();
        // Other read-only members stay out, as in any update.
        assertThat(sent.get("LifeCycle").has("NextStepsHistory")).isFalse();
    }

    @Test
    void simulateReview_whoseAnswerIsLost_isSettledByReadingBack_notSentAgainAsNew() {
        // The first UpdateOpportunity lands but answers 500; its retry, with the now stale
        // LastModifiedDate, is a ConflictException. The read-back shows the review status sent.
        String original = fixture("opportunity-maximal.json");
        ObjectNode reviewed = (ObjectNode) WireMockSupport.tree(original);
        reviewed.put("LastModifiedDate", "2026-11-23T13:00:00Z");
        ((ObjectNode) reviewed.get("LifeCycle")).put("ReviewStatus", "Action Required");
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "GetOpportunity"))
                .inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(original)).willSetStateTo("read"));
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "UpdateOpportunity"))
                .inScenario("lost").whenScenarioStateIs("read")
                .willReturn(error(500, "InternalServerException", "lost")).willSetStateTo("applied"));
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "UpdateOpportunity"))
                .inScenario("lost").whenScenarioStateIs("applied")
                .willReturn(error(409, "ConflictException", "stale LastModifiedDate")));
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "GetOpportunity"))
                .inScenario("lost").whenScenarioStateIs("applied")
                .willReturn(json(reviewed.toString())));

        UpdatedOpportunity updated = selling.opportunities().simulateReview("O1234567890", ReviewStatus.ACTION_REQUIRED);

        assertThat(updated).isEqualTo(UpdatedOpportunity.of("O1234567890", Instant.parse("2026-11-23T13:00:00Z")));
        assertThat(requests("UpdateOpportunity")).hasSize(2);
        assertThat(requests("GetOpportunity")).hasSize(2);
    }

    @Test
    void simulateReview_inCatalogAws_isRefusedBeforeAnyRequest() {
        OpportunityClient production = selling.opportunities().inCatalog(Catalog.AWS);

        assertThatThrownBy(() -> production.simulateReview("O1234567890", ReviewStatus.APPROVED))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::fieldPath, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("LifeCycle.ReviewStatus",
                                ValidationErrorCode.ACTION_NOT_PERMITTED)));
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }
}

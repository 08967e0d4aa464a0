package io.partnercentral.selling;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.partnercentral.selling.exception.ResourceNotFoundException;
import io.partnercentral.selling.exception.ThrottlingException;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.model.EngagementInvitationSummary;
import io.partnercentral.selling.model.ParticipantType;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * How every operation travels, shown on the newer ones: operations the generated client lacks keep
 * its signing; the client token is drawn once per call; checks run before any request; listings are
 * lazy; failures arrive typed.
 */
class OperationCallsWireMockTest {
    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PROSPECTING_TASK = "task-0123456789abcd";

    private PartnerCentralSelling selling;

    @BeforeEach
    void setUp() {
        selling = WireMockSupport.facade(wireMock);
    }

    @AfterEach
    void tearDown() {
        selling.close();
    }

    private static List<LoggedRequest> all() {
        return wireMock.findAll(postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void operationMissingFromGeneratedClient_isSignedWithItsOwnTarget() {
        wireMock.stubFor(post(urlEqualTo("/")).willReturn(json("{\"TaskId\":\"" + PROSPECTING_TASK
                + "\",\"TaskName\":\"n\",\"StartTime\":\"2026-11-23T10:00:00Z\",\"Engagements\":[]}")));

        selling.tasks().getProspectingFromEngagement(PROSPECTING_TASK);

        LoggedRequest request = all().get(0);
        assertThat(request.getHeader("X-Amz-Target")).isEqualTo(TARGET_PREFIX + "GetProspectingFromEngagementTask");
        String authorization = request.getHeader("Authorization");
        assertThat(authorization).contains("SignedHeaders=").contains("x-amz-target");
        // Sign the request as received again: equal signatures mean the target was rewritten before signing.
        assertThat(resign(request)).isEqualTo(authorization);
    }

    private static String resign(LoggedRequest logged) {
        String authorization = logged.getHeader("Authorization");
        String signedHeaders = authorization.replaceAll(".*SignedHeaders=([^,]+),.*", "$1");
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(URI.create(wireMock.baseUrl() + "/"));
        for (String name : signedHeaders.split(";")) {
            request.putHeader(name, logged.getHeader(name));
        }
        Instant signedAt = ZonedDateTime.parse(logged.getHeader("X-Amz-Date"),
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX")).toInstant();
        byte[] payload = logged.getBodyAsString().getBytes(StandardCharsets.UTF_8);
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsBasicCredentials.create("AKIDTEST", "secret"))
                .request(request.build())
                .payload(ContentStreamProvider.fromInputStreamSupplier(() -> new ByteArrayInputStream(payload)))
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "partnercentral-selling")
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)));
        return signed.request().firstMatchingHeader("Authorization").orElseThrow();
    }

    @Test
    void clientToken_isDrawnOncePerCall_andReusedOnRetry() {
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", WireMockSupport.JSON_1_0)
                        .withBody("{\"__type\":\"InternalServerException\",\"Message\":\"try again\"}"))
                .willSetStateTo("recovered"));
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("retry").whenScenarioStateIs("recovered")
                .willReturn(json("{\"Id\":\"eng-0123456789abcd\"}")));

        selling.engagements().create(r -> r.title("Joint pursuit"));
        selling.engagements().create(r -> r.title("Joint pursuit"));

        List<String> tokens = all().stream().map(r -> body(r).get("ClientToken").asText()).toList();
        assertThat(tokens).hasSize(3);
        assertThat(tokens.get(0)).isEqualTo(tokens.get(1));
        assertThat(tokens.get(2)).isNotEqualTo(tokens.get(0));
        assertThat(UUID.fromString(tokens.get(2))).isNotNull();
    }

    @Test
    void callersClientToken_isSentUnchanged() {
        wireMock.stubFor(post(urlEqualTo("/")).willReturn(json("{\"TaskId\":\"task-0123456789abc\"}")));

        selling.tasks().startEngagementByAcceptingInvitation(r -> r.identifier("engi-0123456789abc").clientToken("crm-42"));

        assertThat(body(all().get(0)).get("ClientToken").asText()).isEqualTo("crm-42");
    }

    @Test
    void invalidRequest_listsEveryViolationByPath_andSendsNothing() {
        assertThatThrownBy(() -> selling.engagements().updateContext(r -> r.engagementIdentifier("eng-TOO-SHORT")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::fieldPath, Violation::code)
                        .contains(
                                org.assertj.core.groups.Tuple.tuple("EngagementIdentifier", ValidationErrorCode.INVALID_STRING_FORMAT),
                                org.assertj.core.groups.Tuple.tuple("ContextIdentifier", ValidationErrorCode.REQUIRED_FIELD_MISSING),
                                org.assertj.core.groups.Tuple.tuple("EngagementLastModifiedAt", ValidationErrorCode.REQUIRED_FIELD_MISSING),
                                org.assertj.core.groups.Tuple.tuple("Payload", ValidationErrorCode.REQUIRED_FIELD_MISSING)));
        assertThatThrownBy(() -> selling.invitations().list(r -> r.maxResults(5)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::fieldPath).containsExactly("ParticipantType"));
        assertThat(all()).isEmpty();
    }

    @Test
    void listing_isLazy_andFollowsNextTokenWithTheSameFilters() {
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("pages").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json("{\"EngagementInvitationSummaries\":[{\"Id\":\"engi-000000000000a\",\"Catalog\":\"Sandbox\"}],"
                        + "\"NextToken\":\"page-2\"}"))
                .willSetStateTo("second"));
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("pages").whenScenarioStateIs("second")
                .willReturn(json("{\"EngagementInvitationSummaries\":[{\"Id\":\"engi-000000000000b\",\"Catalog\":\"Sandbox\"}]}")));

        PageIterable<EngagementInvitationSummary> listing =
                selling.invitations().list(r -> r.participantType(ParticipantType.RECEIVER).maxResults(1));
        assertThat(all()).isEmpty();
        Iterator<EngagementInvitationSummary> items = listing.items().iterator();
        assertThat(items.next().id()).contains("engi-000000000000a");
        assertThat(all()).hasSize(1);
        assertThat(items.next().id()).contains("engi-000000000000b");
        assertThat(items.hasNext()).isFalse();

        List<LoggedRequest> requests = all();
        assertThat(body(requests.get(0)).has("NextToken")).isFalse();
        assertThat(body(requests.get(1)).get("NextToken").asText()).isEqualTo("page-2");
        assertThat(body(requests.get(1)).get("ParticipantType").asText()).isEqualTo("RECEIVER");
        assertThat(body(requests.get(1)).get("MaxResults").asInt()).isEqualTo(1);
    }

    @Test
    void serviceErrors_ofOperationsTheGeneratedClientLacks_arriveTyped() {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "GetProspectingFromEngagementTask"))
                .willReturn(error(404, "ResourceNotFoundException", "no such task")));
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "ListSolutions"))
                .willReturn(error(400, "ThrottlingException", "slow down")));

        assertThatThrownBy(() -> selling.tasks().getProspectingFromEngagement(PROSPECTING_TASK))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage()).startsWith("GetProspectingFromEngagementTask failed");
                    // The SDK's operation, not the generated one that carried it (GetSellingSystemSettings).
                    assertThat(e.operation()).contains("GetProspectingFromEngagementTask");
                });
        assertThatThrownBy(() -> selling.solutions().list().stream().toList())
                .isInstanceOfSatisfying(ThrottlingException.class, e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.operation()).contains("ListSolutions");
                });
    }
}

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

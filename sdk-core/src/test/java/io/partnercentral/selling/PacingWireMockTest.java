package io.partnercentral.selling;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
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
import io.partnercentral.selling.exception.ConflictException;
import io.partnercentral.selling.exception.QuotaBudgetExceededException;
import io.partnercentral.selling.exception.ThrottlingException;
import io.partnercentral.selling.internal.DefaultPartnerCentralSelling;
import io.partnercentral.selling.internal.FakeTicker;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.Fixtures;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/** Pacing and bulk writes through the facade's real transport, against WireMock, on virtual time. */
class PacingWireMockTest {
    private static final long SECOND = 1_000_000_000L;

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** The documented rates without the margin, so the expected waits are easy to read. */
    private static final PacingSettings EXACT = PacingSettings.builder().margin(0).build();

    private final FakeTicker ticker = new FakeTicker();

    private PartnerCentralSelling facade(PacingSettings pacing) {
        return DefaultPartnerCentralSelling.builder(ticker)
                .endpointOverride(URI.create(wireMock.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(WireMockSupport.fastRetries(4))
                .catalog(Catalog.SANDBOX)
                .clock(WireMockSupport.CLOCK)
                .pacing(pacing)
                .build();
    }

    private static void stub(String operation, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation))
                .willReturn(response));
    }

    private static List<LoggedRequest> requests(String operation) {
        return wireMock.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation)));
    }

    private static CreateOpportunityRequest request(String key) {
        return CreateOpportunityRequest.builder()
                .opportunity(Fixtures.validOpportunity().toBuilder().partnerOpportunityIdentifier(key).build())
                .idempotencyKey(key)
                .build();
    }

    private static final String CREATED = "{\"Id\":\"O1234567\",\"LastModifiedDate\":\"2026-11-23T12:00:01Z\"}";

    @Test
    void calls_withDefaultPacing_waitForTheirOwnBucketOnly() {
        stub("CreateOpportunity", json(CREATED));
        stub("GetOpportunity", json("{\"Id\":\"O1234567\"}"));
        try (PartnerCentralSelling selling = facade(PacingSettings.defaults())) {
            selling.opportunities().create(request("crm-1"));
            selling.opportunities().create(request("crm-2"));
            for (int i = 0; i < 3; i++) {
                selling.opportunities().get("O1234567");
            }
        }

        // Writes 1/s plus the 2% margin: the second create waits 1.02 s. Reads 10/s: the gets, 102 ms apart,
        // are not held up by writes. Each wait ends 25 ms early before signing; the last hook before
        // transmission holds the request the rest of the way to its slot.
        assertThat(ticker.sleeps()).containsExactly(995_000_000L, 25_000_000L, 77_000_000L, 25_000_000L, 77_000_000L,
                25_000_000L);
        assertThat(requests("CreateOpportunity")).hasSize(2);
        assertThat(requests("GetOpportunity")).hasSize(3);
    }

    @Test
    void operationsTheGeneratedClientLacks_arePacedByTheirOwnBucket_notByTheOperationCarryingThem() {
        String task = "task-0123456789abcd";
        String engagement = "eng-0123456789abcd";
        stub("StartProspectingFromEngagementTask", json("{\"TaskId\":\"" + task + "\"}"));
        stub("GetProspectingFromEngagementTask", json("{\"TaskId\":\"" + task + "\",\"Engagements\":[]}"));
        stub("GetSellingSystemSettings", json("{\"Catalog\":\"Sandbox\"}"));
        try (PartnerCentralSelling selling = facade(EXACT)) {
            for (int i = 0; i < 2; i++) {
                selling.tasks().startProspectingFromEngagement(r -> r.addIdentifier(engagement).taskName("November leads"));
            }
            for (int i = 0; i < 2; i++) {
                selling.tasks().getProspectingFromEngagement(task);
            }
            // The carrier (GetSellingSystemSettings) has no documented quota: not paced, and not slowed by the above.
            for (int i = 0; i < 2; i++) {
                selling.settings().get();
            }
        }

        // StartProspectingFromEngagementTask 2/s, GetProspectingFromEngagementTask 100/s, each in its own bucket
        // (each wait split before and after signing; the lead is at most a quarter of the interval).
        assertThat(ticker.sleeps()).containsExactly(SECOND / 2 - 25_000_000L, 25_000_000L, 7_500_000L, 2_500_000L);
        assertThat(requests("StartProspectingFromEngagementTask")).hasSize(2);
        assertThat(requests("GetProspectingFromEngagementTask")).hasSize(2);
        assertThat(requests("GetSellingSystemSettings")).hasSize(2);
    }

    @Test
    void operationTheGeneratedClientLacks_whenThrottledAgainAndAgain_slowsItsOwnBucket_andItsFailureNamesIt() {
        stub("StartProspectingFromEngagementTask", error(400, "ThrottlingException", "Rate exceeded"));
        try (PartnerCentralSelling selling = facade(EXACT)) {
            assertThatThrownBy(() -> selling.tasks().startProspectingFromEngagement(
                    r -> r.addIdentifier("eng-0123456789abcd").taskName("November leads")))
                    .isInstanceOfSatisfying(ThrottlingException.class, e -> {
                        assertThat(e.operation()).contains("StartProspectingFromEngagementTask");
                        assertThat(e.isRetryable()).isTrue();
                    });
        }

        // 4 attempts, the client's budget, though each retry left the client to wait for its slot. The first
        // throttle's retry goes in its slot, a fiftieth of the 0.5 s interval after it (this pacing has no
        // margin); the repeats halve the bucket: 1 s, then 2 s.
        assertThat(requests("StartProspectingFromEngagementTask")).hasSize(4);
        assertThat(ticker.sleeps()).containsExactly(10_000_000L, SECOND, 2 * SECOND);
    }

    @Test
    void create_whenThrottledOnce_retriesAtOnceInItsOwnSlot_andTheRateStays() {
        // The code decides, not the status: this ThrottlingException comes with HTTP 400.
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(error(400, "ThrottlingException", "Rate exceeded")).willSetStateTo("open"));
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("throttle").whenScenarioStateIs("open")
                .willReturn(json(CREATED)));
        try (PartnerCentralSelling selling = facade(EXACT)) {
            CreatedOpportunity created = selling.opportunities().create(request("crm-1"));
            assertThat(created.id()).isEqualTo("O1234567");
            selling.opportunities().create(request("crm-2"));
            selling.opportunities().create(request("crm-3"));
        }

        List<LoggedRequest> sent = requests("CreateOpportunity");
        assertThat(sent).hasSize(4);
        assertThat(body(sent.get(1)).get("ClientToken")).isEqualTo(body(sent.get(0)).get("ClientToken"));
        // The service did not count the refused attempt: its retry went in the same slot, 20 ms after it (a
        // fiftieth of the interval, as this pacing has no margin), not one interval later at the end of the
        // queue; the creates after it kept the full rate, each held 20 ms past its slot to stay an interval
        // after the retry (each wait split before and after signing).
        assertThat(ticker.sleeps()).containsExactly(20_000_000L, 955_000_000L, 25_000_000L, 20_000_000L, 955_000_000L,
                25_000_000L, 20_000_000L);
    }

    @Test
    void create_whenTheRetryWaitsLongerThanTheCallTimeout_stillSucceeds_theWaitIsNotPartOfTheCall() {
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(error(400, "ThrottlingException", "Rate exceeded")).willSetStateTo("open"));
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("slow").whenScenarioStateIs("open")
                .willReturn(json(CREATED)));
        // Real time: a write every 1.5 s, and a call timeout of 1 s, so the retry's slot is beyond it.
        try (PartnerCentralSelling selling = DefaultPartnerCentralSelling.builder()
                .endpointOverride(URI.create(wireMock.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(WireMockSupport.fastRetries(4).toBuilder().apiCallTimeout(Duration.ofSeconds(1)).build())
                .catalog(Catalog.SANDBOX)
                .clock(WireMockSupport.CLOCK)
                .pacing(PacingSettings.builder().rate(QuotaBucket.WRITES, 1, Duration.ofMillis(1500)).build())
                .build()) {
            assertThat(selling.opportunities().create(request("crm-1")).id()).isEqualTo("O1234567");
        }
        assertThat(requests("CreateOpportunity")).hasSize(2);
    }

    @Test
    void create_whenTheDailyBudgetIsSpent_failsFastBeforeSending_notRetryable() {
        stub("CreateOpportunity", json(CREATED));
        try (PartnerCentralSelling selling = facade(PacingSettings.builder().margin(0).dailyBudget(QuotaBucket.WRITES, 2).build())) {
            selling.opportunities().create(request("crm-1"));
            selling.opportunities().create(request("crm-2"));

            assertThatThrownBy(() -> selling.opportunities().create(request("crm-3")))
                    .isInstanceOfSatisfying(QuotaBudgetExceededException.class, e -> {
                        assertThat(e.isRetryable()).isFalse();
                        assertThat(e.bucket()).isEqualTo(QuotaBucket.WRITES);
                        assertThat(e.retryAfter()).isEqualTo(Duration.ofDays(1).minusSeconds(1));
                    });
        }
        assertThat(requests("CreateOpportunity")).hasSize(2);
    }

    @Test
    void create_whenTheRetryWouldExceedTheBudget_failsWithTheBudgetError_notATransportError() {
        stub("CreateOpportunity", error(429, "ThrottlingException", "Rate exceeded"));
        try (PartnerCentralSelling selling = facade(PacingSettings.builder().margin(0).dailyBudget(QuotaBucket.WRITES, 1).build())) {
            assertThatThrownBy(() -> selling.opportunities().create(request("crm-1")))
                    .isInstanceOfSatisfying(QuotaBudgetExceededException.class,
                            e -> assertThat(e.getMessage()).startsWith("CreateOpportunity not sent"));
        }
        // The first attempt spent the budget; the retry was refused before it was sent.
        assertThat(requests("CreateOpportunity")).hasSize(1);
    }

    @Test
    void createAll_reportsEachRecord_andProgressWithRateEtaAndPacing() {
        stub("CreateOpportunity", json(CREATED));
        wireMock.stubFor(post(urlEqualTo("/")).atPriority(1)
                .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "CreateOpportunity"))
                .withRequestBody(matchingJsonPath("$.PartnerOpportunityIdentifier", equalTo("crm-conflict")))
                .willReturn(error(409, "ConflictException", "Conflicting client token submitted for a new request body.")));
        CreateOpportunityRequest withoutKey = CreateOpportunityRequest.builder().opportunity(Fixtures.validOpportunity()).build();
        List<BulkProgress> progress = new ArrayList<>();
        List<BulkResult<CreatedOpportunity>> streamed = new ArrayList<>();

        BulkReport<CreatedOpportunity> report;
        try (PartnerCentralSelling selling = facade(EXACT)) {
            report = selling.opportunities().createAll(
                    Stream.of(request("crm-1"), withoutKey, request("crm-conflict"), request("crm-4")),
                    // One call at a time: the fake ticker's timelines are per thread.
                    BulkOptions.builder().total(4).concurrency(1).onProgress(progress::add).build(), streamed::add);
        }

        assertThat(report.results()).isEqualTo(streamed);
        assertThat(report.isComplete()).isTrue();
        assertThat(report.succeeded()).extracting(BulkResult::index, BulkResult::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "crm-1"), org.assertj.core.groups.Tuple.tuple(3, "crm-4"));
        assertThat(report.succeeded().get(0).value().id()).isEqualTo("O1234567");
        assertThat(report.invalid()).singleElement().satisfies(invalid -> {
            assertThat(invalid.index()).isEqualTo(1);
            assertThat(invalid.key()).isNull();
            assertThat(invalid.violations()).containsExactly(new Violation("ClientToken",
                    ValidationErrorCode.REQUIRED_FIELD_MISSING,
                    "a bulk create needs an idempotency key or client token, so that a re-run cannot duplicate it"));
        });
        assertThat(report.failed()).singleElement().satisfies(failed -> {
            assertThat(failed.key()).isEqualTo("crm-conflict");
            assertThat(failed.error()).isInstanceOf(ConflictException.class);
            assertThat(failed.error().isRetryable()).isFalse();
        });
        // The record without a key was never sent.
        assertThat(requests("CreateOpportunity")).hasSize(3);

        // Sends at 0, 1 and 2 s (1 write/s); the invalid record costs no time.
        assertThat(progress).extracting(BulkProgress::done, BulkProgress::elapsed).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, Duration.ZERO),
                org.assertj.core.groups.Tuple.tuple(2L, Duration.ZERO),
                org.assertj.core.groups.Tuple.tuple(3L, Duration.ofSeconds(1)),
                org.assertj.core.groups.Tuple.tuple(4L, Duration.ofSeconds(2)));
        BulkProgress third = progress.get(2);
        assertThat(third.perSecond()).isEqualTo(3.0);
        assertThat(third.eta()).contains(Duration.ofNanos(Math.round(SECOND / 3.0)));
        assertThat(third.fraction()).contains(0.75);
        assertThat(third.throttles()).isZero();
        assertThat(third.pacedPermitsPerSecond()).isEqualTo(1.0);
        assertThat(progress.get(0).eta()).isEmpty();
        assertThat(progress.get(3)).extracting(BulkProgress::succeeded, BulkProgress::invalid, BulkProgress::failed)
                .containsExactly(2L, 1L, 1L);
        assertThat(progress.get(3).eta()).contains(Duration.ZERO);
    }

    @Test
    void createAll_whenTheBudgetRunsOut_stopsAndSaysWhy() {
        stub("CreateOpportunity", json(CREATED));
        BulkReport<CreatedOpportunity> report;
        try (PartnerCentralSelling selling = facade(PacingSettings.builder().margin(0).dailyBudget(QuotaBucket.WRITES, 2).build())) {
            report = selling.opportunities().createAll(
                    Stream.of("a", "b", "c", "d").map(PacingWireMockTest::request),
                    BulkOptions.builder().concurrency(1).build());
        }

        assertThat(report.succeeded()).extracting(BulkResult::key).containsExactly("a", "b");
        assertThat(report.results()).hasSize(2);
        assertThat(report.isComplete()).isFalse();
        assertThat(report.stoppedBy()).containsInstanceOf(QuotaBudgetExceededException.class);
        assertThat(requests("CreateOpportunity")).hasSize(2);
    }

    @Test
    void createAll_withCallsInFlight_reportsInInputOrder_andStopsAtTheBudgetAfterDrainingWhatWasSent() {
        stub("CreateOpportunity", json(CREATED));
        List<Integer> order = new ArrayList<>();
        BulkReport<CreatedOpportunity> report;
        try (PartnerCentralSelling selling = facade(PacingSettings.builder().margin(0).dailyBudget(QuotaBucket.WRITES, 5).build())) {
            report = selling.opportunities().createAll(
                    Stream.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j").map(PacingWireMockTest::request),
                    BulkOptions.builder().concurrency(4).build(), result -> order.add(result.index()));
        }

        // Which five records won the budget depends on the race; that exactly five were sent, and
        // reported in input order, does not.
        assertThat(report.succeeded()).hasSize(5);
        assertThat(report.results()).isEqualTo(report.succeeded());
        assertThat(order).isSorted().hasSize(5);
        assertThat(report.stoppedBy()).containsInstanceOf(QuotaBudgetExceededException.class);
        assertThat(requests("CreateOpportunity")).hasSize(5);
    }
}

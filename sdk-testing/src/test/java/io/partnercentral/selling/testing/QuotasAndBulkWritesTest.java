package io.partnercentral.selling.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercentral.selling.BulkOptions;
import io.partnercentral.selling.BulkReport;
import io.partnercentral.selling.BulkResult;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.Opportunity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.model.ThrottlingException;

/** The emulator's quota enforcement, the facade's pacing against it, and bulk writes that survive a crash. */
class QuotasAndBulkWritesTest {
    private static PartnerCentralEmulator.Options quotas(QuotaEnforcement enforcement) {
        return PartnerCentralEmulator.Options.builder().quotas(enforcement).build();
    }

    private static CreateOpportunityRequest request(String crmId) {
        return CreateOpportunityRequest.builder().opportunity(FacadeAgainstEmulatorTest.deal(crmId)).idempotencyKey(crmId).build();
    }

    @Test
    void emulator_whenQuotasAreEnforced_throttlesLikeTheService_perBucket_withoutApplyingTheCall() {
        // One write an hour: the second write of the test is always over quota.
        QuotaEnforcement oneWriteAnHour = QuotaEnforcement.documented().toBuilder()
                .rate(QuotaBucket.WRITES, 1, Duration.ofHours(1)).build();
        try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start(quotas(oneWriteAnHour));
             PartnerCentralSellingClient client = emulator.clientBuilder()
                     .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
            String id = client.createOpportunity(Fixtures.validCreate("CRM-1").build()).id();

            assertThatThrownBy(() -> client.createOpportunity(Fixtures.validCreate("CRM-2").build()))
                    .isInstanceOfSatisfying(ThrottlingException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(429);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
                        assertThat(e.isThrottlingException()).isTrue();
                    });
            // Reads draw on their own bucket.
            assertThat(client.getOpportunity(r -> r.catalog(Fixtures.CATALOG).identifier(id)).id()).isEqualTo(id);

            assertThat(emulator.opportunityCount()).isEqualTo(1);
            assertThat(emulator.quotaThrottleCount()).isEqualTo(1);
            emulator.reset();
            assertThat(emulator.quotaThrottleCount()).isZero();
            client.createOpportunity(Fixtures.validCreate("CRM-3").build());
        }
    }

    @Test
    void emulator_refusesAnUnsignedRequest_beforeItCountsAgainstTheQuota() throws Exception {
        // One read an hour: had the unsigned request taken it, the signed one would be throttled.
        QuotaEnforcement oneReadAnHour = QuotaEnforcement.documented().toBuilder()
                .rate(QuotaBucket.READS, 1, Duration.ofHours(1)).build();
        try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start(quotas(oneReadAnHour));
             PartnerCentralSellingClient client = emulator.clientBuilder()
                     .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
            HttpResponse<String> unsigned = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/"))
                            .header("Content-Type", "application/x-amz-json-1.0")
                            .header("X-Amz-Target", "AWSPartnerCentralSelling.ListOpportunities")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"Catalog\":\"Sandbox\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(unsigned.statusCode()).isEqualTo(403);
            assertThat(Fixtures.json(unsigned.body()).path("__type").asText())
                    .isEqualTo("MissingAuthenticationTokenException");
            assertThat(client.listOpportunities(r -> r.catalog(Fixtures.CATALOG)).opportunitySummaries()).isEmpty();
            assertThat(emulator.quotaThrottleCount()).isZero();
        }
    }

    /** Two threads, one facade, 8 creates each, against writes at 5/s holding 3 calls of burst. */
    private static long createFromTwoThreads(PartnerCentralEmulator emulator, PartnerCentralSelling selling) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    start.await();
                    long failures = 0;
                    for (int i = 0; i < 8; i++) {
                        try {
                            selling.opportunities().create(request("CRM-" + thread + "-" + i));
                        } catch (PartnerCentralException e) {
                            failures++;
                        }
                    }
                    return failures;
                }));
            }
            start.countDown();
            long failures = 0;
            for (Future<Long> f : done) {
                failures += f.get(60, TimeUnit.SECONDS);
            }
            return failures;
        } finally {
            threads.shutdownNow();
        }
    }

    private static final QuotaEnforcement FIVE_WRITES_A_SECOND = QuotaEnforcement.documented().toBuilder()
            .timeScale(5).burst(Duration.ofMillis(600)).build();

    @Test
    void twoThreadsSharingOneFacade_togetherStayWithinTheWriteQuota() throws Exception {
        try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start(quotas(FIVE_WRITES_A_SECOND));
             PartnerCentralSelling selling = emulator.sellingBuilder().build()) {
            assertThat(selling.pacing().permitsPerSecond(QuotaBucket.WRITES)).isEqualTo(5.0);

            long failures = createFromTwoThreads(emulator, selling);

            assertThat(emulator.quotaThrottleCount()).as("calls the emulator throttled").isZero();
            assertThat(failures).isZero();
            assertThat(emulator.opportunityCount()).isEqualTo(16);
        }
    }

    @Test
    void twoThreadsSharingOneFacade_withoutPacing_areThrottled() throws Exception {
        // The control for the test above: the same load unpaced exceeds the quota.
        try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start(quotas(FIVE_WRITES_A_SECOND));
             PartnerCentralSelling selling = emulator.sellingBuilder().pacing(PacingSettings.disabled()).build()) {
            createFromTwoThreads(emulator, selling);

            assertThat(emulator.quotaThrottleCount()).isPositive();
        }
    }

    @Test
    void createAll_crashedMidwayAndResumed_endsWithExactlyOneOpportunityPerRecord() {
        int n = 30;
        int crashAt = 17;
        List<String> crmIds = IntStream.range(0, n).mapToObj(i -> String.format("CRM-%03d", i)).toList();
        // What a real import persists as it goes: CRM id -> opportunity id.
        Map<String, String> store = new LinkedHashMap<>();
        try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start();
             PartnerCentralSelling selling = emulator.sellingBuilder().build()) {
            // Run 1 dies after the service created record 17 but before the import stored it; calls for
            // the records after it may be in flight.
            assertThatThrownBy(() -> selling.opportunities().createAll(
                    crmIds.stream().map(QuotasAndBulkWritesTest::request), BulkOptions.builder().total(n).build(),
                    result -> {
                        if (result.index() == crashAt) {
                            throw new IllegalStateException("simulated crash");
                        }
                        store.put(result.key(), ((BulkResult.Succeeded<CreatedOpportunity>) result).value().id());
                    }))
                    .hasMessage("simulated crash");
            assertThat(store).hasSize(crashAt);
            // Record 17 was created, and so may be up to three after it that were in flight (4 by default).
            assertThat(emulator.opportunityCount()).isBetween(crashAt + 1, crashAt + BulkOptions.DEFAULT_CONCURRENCY);

            // Run 2 skips what was stored; the records in flight at the crash are sent again with their keys.
            Stream<CreateOpportunityRequest> rest = crmIds.stream().filter(id -> !store.containsKey(id))
                    .map(QuotasAndBulkWritesTest::request);
            BulkReport<CreatedOpportunity> resumed = selling.opportunities().createAll(rest,
                    BulkOptions.builder().total(n - store.size()).build(),
                    result -> store.put(result.key(), ((BulkResult.Succeeded<CreatedOpportunity>) result).value().id()));

            assertThat(resumed.succeeded()).hasSize(n - crashAt);
            assertThat(resumed.isComplete()).isTrue();
            assertThat(emulator.opportunityCount()).isEqualTo(n);
            Map<String, String> inEmulator = emulator.opportunities().stream().collect(Collectors.toMap(
                    o -> o.partnerOpportunityIdentifier().orElseThrow(), o -> o.id().orElseThrow()));
            assertThat(store).isEqualTo(inEmulator);

            // Even re-running everything makes nothing new: every record comes back with its first id.
            BulkReport<CreatedOpportunity> again = selling.opportunities().createAll(
                    crmIds.stream().map(QuotasAndBulkWritesTest::request).toList());
            assertThat(again.succeeded()).hasSize(n)
                    .allSatisfy(ok -> assertThat(ok.value().id()).isEqualTo(store.get(ok.key())));
            assertThat(emulator.opportunityCount()).isEqualTo(n);
        }
    }

    @Test
    void updateAll_appliesEachChangeByReadModifyWrite_andReportsAMissingOpportunity() {
        try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start();
             PartnerCentralSelling selling = emulator.sellingBuilder().build()) {
            String a = selling.opportunities().create(request("CRM-A")).id();
            String b = selling.opportunities().create(request("CRM-B")).id();

            BulkReport<io.partnercentral.selling.model.UpdatedOpportunity> report = selling.opportunities().updateAll(
                    Stream.of(a, "O999999999", b).map(id -> io.partnercentral.selling.OpportunityUpdate.of(id,
                            o -> o.toBuilder().lifeCycle(o.lifeCycle().orElseThrow().toBuilder()
                                    .nextSteps("Pricing call").build()).build())),
                    BulkOptions.builder().total(3).build());

            assertThat(report.succeeded()).extracting(BulkResult::key).containsExactly(a, b);
            assertThat(report.failed()).singleElement().satisfies(f -> {
                assertThat(f.key()).isEqualTo("O999999999");
                assertThat(f.error()).isInstanceOf(io.partnercentral.selling.exception.ResourceNotFoundException.class);
            });
            assertThat(emulator.opportunities()).extracting(o -> o.lifeCycle().flatMap(l -> l.nextSteps()).orElse(null))
                    .containsOnly("Pricing call");
        }
    }
}

package io.partnercentral.selling.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.partnercentral.selling.BulkOptions;
import io.partnercentral.selling.BulkReport;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.TaskKind;
import io.partnercentral.selling.TaskOutcome;
import io.partnercentral.selling.exception.WaiterTimeoutException;
import io.partnercentral.selling.internal.Operation;
import io.partnercentral.selling.metrics.BulkOutcome;
import io.partnercentral.selling.metrics.CallOutcome;
import io.partnercentral.selling.metrics.MeterNames;
import io.partnercentral.selling.metrics.Settlement;
import io.partnercentral.selling.metrics.WaitOutcome;
import io.partnercentral.selling.model.AwsSubmission;
import io.partnercentral.selling.model.CountryCode;
import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.CurrencyCode;
import io.partnercentral.selling.model.ExpectedCustomerSpend;
import io.partnercentral.selling.model.Industry;
import io.partnercentral.selling.model.InvolvementType;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.Origin;
import io.partnercentral.selling.model.PaymentFrequency;
import io.partnercentral.selling.model.RelatedEntityType;
import io.partnercentral.selling.model.Stage;
import io.partnercentral.selling.model.Visibility;
import io.partnercentral.selling.testing.FaultKind;
import io.partnercentral.selling.testing.FaultPlan;
import io.partnercentral.selling.testing.FaultTiming;
import io.partnercentral.selling.testing.PartnerCentralEmulator;
import io.partnercentral.selling.testing.QuotaEnforcement;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One run against the emulator with its quotas on, the facade paced four times faster than they
 * allow (so the emulator throttles), and faults injected; then every meter is checked against what
 * the emulator saw: its request journal, its throttle count and its record of injected faults.
 */
class MeteredRunAgainstEmulatorTest {
    private static final int RECORDS = 12;
    private static final String COMPANY = "Zyxwvut Personal Holdings";
    private static final QuotaEnforcement QUOTAS = QuotaEnforcement.documented().toBuilder()
            .timeScale(2).burst(Duration.ofMillis(200)).build();

    private static PartnerCentralEmulator emulator;
    private static MeterRegistry registry;
    private static BulkReport<CreatedOpportunity> bulk;
    private static List<ServeEvent> served;
    private static String updatedId;

    @BeforeAll
    static void run() {
        emulator = PartnerCentralEmulator.start(PartnerCentralEmulator.Options.builder().quotas(QUOTAS).build());
        registry = new SimpleMeterRegistry();
        PacingSettings tooFast = QUOTAS.matchingPacing().toBuilder().scaleRates(4).documentedDailyBudgets().build();
        try (PartnerCentralSelling selling = emulator.sellingBuilder()
                .pacing(tooFast)
                .metrics(MicrometerSellingMetrics.builder(registry).sdkMetrics(true).build())
                .build()) {
            // A create whose answer is lost after it landed: the generated client sends it again, same token.
            emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.TRUNCATED_RESPONSE)
                    .timings(FaultTiming.AFTER_STATE_CHANGE).onlyFor("CreateOpportunity").build());
            // One throttle the quotas did not cause.
            emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.THROTTLING).onlyFor("GetOpportunity").build());
            Stream<CreateOpportunityRequest> records = Stream.concat(
                    IntStream.range(0, RECORDS).mapToObj(i -> CreateOpportunityRequest.builder()
                            .opportunity(deal("CRM-" + i)).idempotencyKey("CRM-" + i).build()),
                    // Without a key a bulk create refuses the record before sending it.
                    Stream.of(CreateOpportunityRequest.builder().opportunity(deal("CRM-nokey")).build()));
            bulk = selling.opportunities().createAll(records, BulkOptions.builder().concurrency(4).build(), r -> {});
            updatedId = bulk.succeeded().get(0).value().id();

            // An update whose answer is lost after it landed: its retry conflicts, and a read settles it.
            emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.TRUNCATED_RESPONSE)
                    .timings(FaultTiming.AFTER_STATE_CHANGE).onlyFor("UpdateOpportunity").build());
            selling.opportunities().update(updatedId, o -> o.toBuilder()
                    .project(o.project().orElseThrow().toBuilder().title("Data platform, phase 2").build()).build());

            // A task waited for until it finished, and one that never appears.
            String solution = selling.solutions().list().stream().findFirst().orElseThrow().id().orElseThrow();
            selling.opportunities().associate(updatedId, RelatedEntityType.SOLUTIONS, solution);
            selling.settings().putSnapshotJobRole("PartnerCentralSnapshots");
            String task = selling.tasks().startEngagementFromOpportunity(r -> r.identifier(updatedId)
                    .awsSubmission(AwsSubmission.builder().involvementType(InvolvementType.CO_SELL)
                            .visibility(Visibility.FULL).build())).taskId().orElseThrow();
            TaskOutcome outcome = selling.tasks().waitFor(TaskKind.ENGAGEMENT_FROM_OPPORTUNITY, task, Duration.ofSeconds(30));
            assertThat(outcome.engagementId()).isPresent();
            assertThatThrownBy(() -> selling.tasks().waitFor(TaskKind.ENGAGEMENT_FROM_OPPORTUNITY, "task-0000000000000",
                    Duration.ofMillis(300))).isInstanceOf(WaiterTimeoutException.class);
        }
        served = emulator.wireMock().getAllServeEvents();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static Opportunity deal(String crmId) {
        return Opportunity.builder()
                .origin(Origin.PARTNER_REFERRAL)
                .partnerOpportunityIdentifier(crmId)
                .customer(c -> c.account(a -> a.companyName(COMPANY).industry(Industry.RETAIL)
                        .websiteUrl("https://zyxwvut.example.com").address(ad -> ad.countryCode(CountryCode.DE))))
                .project(p -> p.title("Data platform " + crmId)
                        .customerBusinessProblem("Nightly batch jobs miss their window every Monday.")
                        .addExpectedCustomerSpend(s -> s.amount(new BigDecimal("1200.00")).currencyCode(CurrencyCode.USD)
                                .frequency(PaymentFrequency.MONTHLY).targetCompany(ExpectedCustomerSpend.TARGET_AWS)))
                .lifeCycle(l -> l.stage(Stage.QUALIFIED).targetCloseDate(LocalDate.of(2099, 3, 31)))
                .build();
    }

    /** The operation of a request the emulator received, by its target header. */
    private static String operation(ServeEvent event) {
        return event.getRequest().getHeader("X-Amz-Target").substring("AWSPartnerCentralSelling.".length());
    }

    private static long received(Predicate<String> operation) {
        return served.stream().map(MeteredRunAgainstEmulatorTest::operation).filter(operation).count();
    }

    private static double count(String name, String... tags) {
        return registry.find(name).tags(tags).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static long timed(String name, String... tags) {
        return registry.find(name).tags(tags).timers().stream().mapToLong(t -> t.count()).sum();
    }

    @Test
    void throttles_equalWhatTheEmulatorRefused_quotaAndInjected() {
        long injected = emulator.injectedFaults().stream().filter(f -> f.kind() == FaultKind.THROTTLING).count();
        assertThat(emulator.quotaThrottleCount()).as("the pacing was too fast for the quotas").isPositive();
        assertThat(injected).isEqualTo(1);

        assertThat(count(MeterNames.THROTTLES)).isEqualTo(emulator.quotaThrottleCount() + injected);
        assertThat(count(MeterNames.THROTTLES, MeterNames.OPERATION, "GetOpportunity",
                MeterNames.BUCKET, "reads")).isPositive();
    }

    @Test
    void bulkItems_equalTheRecords_byOutcome_andNoneLeftInFlight() {
        assertThat(bulk.results()).hasSize(RECORDS + 1);
        String op = "CreateOpportunity";
        assertThat(count(MeterNames.BULK_ITEMS, MeterNames.OPERATION, op)).isEqualTo(RECORDS + 1);
        assertThat(count(MeterNames.BULK_ITEMS, MeterNames.OUTCOME, BulkOutcome.SUCCEEDED.tag()))
                .isEqualTo(bulk.succeeded().size());
        assertThat(count(MeterNames.BULK_ITEMS, MeterNames.OUTCOME, BulkOutcome.INVALID.tag())).isEqualTo(1);
        assertThat(registry.get(MeterNames.BULK_IN_FLIGHT).tag(MeterNames.OPERATION, op).gauge().value()).isZero();
    }

    @Test
    void calls_countEachLogicalCall_andRetries_equalTheExtraRequestsTheEmulatorSaw() {
        long creates = received("CreateOpportunity"::equals);
        int createCalls = RECORDS;
        assertThat(timed(MeterNames.CALLS, MeterNames.OPERATION, "CreateOpportunity")).isEqualTo(createCalls);
        assertThat(timed(MeterNames.CALLS, MeterNames.OPERATION, "CreateOpportunity",
                MeterNames.CATALOG, "Sandbox", MeterNames.OUTCOME, CallOutcome.SUCCESS.tag()))
                .isEqualTo(bulk.succeeded().size());
        assertThat(creates).as("the lost answer and the throttles made retries").isGreaterThan(createCalls);
        assertThat(count(MeterNames.RETRIES, MeterNames.OPERATION, "CreateOpportunity")).isEqualTo(creates - createCalls);
        // Every retry of a create carries the same client token: each is an idempotent replay.
        assertThat(count(MeterNames.IDEMPOTENCY_REPLAYS, MeterNames.OPERATION, "CreateOpportunity"))
                .isEqualTo(creates - createCalls);
        // Every request the emulator received was one attempt of one counted call.
        assertThat(timed(MeterNames.CALLS) + count(MeterNames.RETRIES)).isEqualTo(served.size());
    }

    @Test
    void generatedClientMetrics_arePublishedToo_andAgreeOnRetries() {
        double sdkRetries = count(MicrometerMetricPublisher.RETRIES, MicrometerMetricPublisher.OPERATION, "CreateOpportunity");
        assertThat(sdkRetries).isEqualTo(count(MeterNames.RETRIES, MeterNames.OPERATION, "CreateOpportunity"));
        assertThat(timed(MicrometerMetricPublisher.API_CALLS, MicrometerMetricPublisher.OPERATION, "CreateOpportunity"))
                .isEqualTo(RECORDS);
        assertThat(timed("aws.sdk.service.call.duration", MicrometerMetricPublisher.OPERATION, "CreateOpportunity"))
                .isEqualTo(received("CreateOpportunity"::equals));
        assertThat(count(MicrometerMetricPublisher.ERRORS, "error_type", "Throttling"))
                .isEqualTo(count(MeterNames.THROTTLES));
    }

    @Test
    void pacing_waitsOncePerPacedRequest_andTheBudgetsShrinkByThem() {
        Set<String> reads = QuotaBucket.READS.operations();
        Set<String> writes = QuotaBucket.WRITES.operations();
        long pacedRequests = received(op -> QuotaBucket.forOperation(op).isPresent());
        assertThat(timed(MeterNames.PACING_WAIT)).isEqualTo(pacedRequests);
        assertThat(registry.get(MeterNames.BUDGET_REMAINING).tag(MeterNames.BUCKET, "writes").gauge().value())
                .isEqualTo(10_000 - received(writes::contains));
        assertThat(registry.get(MeterNames.BUDGET_REMAINING).tag(MeterNames.BUCKET, "reads").gauge().value())
                .isEqualTo(100_000 - received(reads::contains));
        assertThat(registry.find(MeterNames.BUDGET_REMAINING).tag(MeterNames.BUCKET, "create_engagement").gauge())
                .as("no budget, no gauge").isNull();
        double configured = QUOTAS.permitsPerSecond(QuotaBucket.WRITES) * QUOTAS.timeScale() * 4;
        assertThat(registry.get(MeterNames.PACING_RATE).tag(MeterNames.BUCKET, "writes").gauge().value())
                .isPositive().isLessThanOrEqualTo(configured);
    }

    @Test
    void lostUpdate_isSettledAsLanded_andWaits_areTimedByOutcome() {
        assertThat(count(MeterNames.SETTLEMENTS, MeterNames.OPERATION, "UpdateOpportunity",
                MeterNames.OUTCOME, Settlement.LANDED.tag())).isEqualTo(1);
        assertThat(count(MeterNames.SETTLEMENTS)).isEqualTo(1);
        assertThat(emulator.opportunity(updatedId).orElseThrow().project().orElseThrow().title())
                .contains("Data platform, phase 2");
        assertThat(timed(MeterNames.WAITS, MeterNames.OPERATION, "StartEngagementFromOpportunityTask",
                MeterNames.OUTCOME, WaitOutcome.SUCCEEDED.tag())).isEqualTo(1);
        assertThat(timed(MeterNames.WAITS, MeterNames.OUTCOME, WaitOutcome.TIMED_OUT.tag())).isEqualTo(1);
    }

    @Test
    void everyTag_comesFromAClosedSet_andNothingPersonalIsInANameOrTag() {
        Set<String> operations = Arrays.stream(Operation.values()).map(Operation::wireName).collect(Collectors.toSet());
        Set<String> buckets = new HashSet<>(Set.of(MeterNames.NO_BUCKET));
        Arrays.stream(QuotaBucket.values()).map(MeterNames::bucket).forEach(buckets::add);
        Set<String> outcomes = new HashSet<>(Set.of("success", "failure"));
        Arrays.stream(CallOutcome.values()).map(CallOutcome::tag).forEach(outcomes::add);
        Arrays.stream(BulkOutcome.values()).map(BulkOutcome::tag).forEach(outcomes::add);
        Arrays.stream(Settlement.values()).map(Settlement::tag).forEach(outcomes::add);
        Arrays.stream(WaitOutcome.values()).map(WaitOutcome::tag).forEach(outcomes::add);
        Map<String, Set<String>> closed = Map.of(
                MeterNames.OPERATION, operations,
                MeterNames.BUCKET, buckets,
                MeterNames.CATALOG, Set.of("AWS", "Sandbox", MeterNames.OTHER_CATALOG),
                MeterNames.OUTCOME, outcomes,
                MicrometerMetricPublisher.SERVICE, Set.of("PartnerCentral Selling"),
                "status", Set.of("2xx", "3xx", "4xx", "5xx", "none"),
                "error_type", Set.of("Throttling", "ServerError", "ConfiguredTimeout", "IO", "Other"));

        List<Meter> meters = registry.getMeters();
        assertThat(meters).hasSizeGreaterThan(20);
        for (Meter meter : meters) {
            String name = meter.getId().getName();
            assertThat(name).matches("(partnercentral\\.selling|aws\\.sdk)(\\.[a-z]+)+");
            for (Tag tag : meter.getId().getTags()) {
                assertThat(closed).as("tag key of %s", name).containsKey(tag.getKey());
                assertThat(closed.get(tag.getKey())).as("%s of %s", tag.getKey(), name).contains(tag.getValue());
            }
        }
        String everything = meters.stream().map(m -> m.getId().toString()).collect(Collectors.joining("\n"));
        assertThat(everything).doesNotContain("Zyxwvut", "zyxwvut", "CRM-", updatedId, "Data platform");
    }
}

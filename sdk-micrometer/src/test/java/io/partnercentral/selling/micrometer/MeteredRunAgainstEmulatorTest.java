package io.partnercentral.selling.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.partnercentral.selling.BulkOptions;
import io.partnercentral.selling.BulkReport;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.TaskKind;
import io.partnercentral.selling.TaskOutcome;
import io.partnercentral.selling.events.DetailType;
import io.partnercentral.selling.events.InMemoryReconcilerStore;
import io.partnercentral.selling.events.Reconciler;
import io.partnercentral.selling.events.SqsBatchResult;
import io.partnercentral.selling.exception.MalformedEventException;
import io.partnercentral.selling.exception.WaiterTimeoutException;
import io.partnercentral.selling.internal.Operation;
import io.partnercentral.selling.metrics.BulkOutcome;
import io.partnercentral.selling.metrics.CallOutcome;
import io.partnercentral.selling.metrics.EventDuplicate;
import io.partnercentral.selling.metrics.EventProblem;
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
import io.partnercentral.selling.testing.EventDelivery;
import io.partnercentral.selling.testing.EventStats;
import io.partnercentral.selling.testing.FaultKind;
import io.partnercentral.selling.testing.FaultPlan;
import io.partnercentral.selling.testing.FaultTiming;
import io.partnercentral.selling.testing.PartnerCentralEmulator;
import io.partnercentral.selling.testing.QuotaEnforcement;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One run against the emulator with its quotas on, the facade paced four times faster than they
 * allow (so the emulator throttles), faults injected, and its events delivered best effort (some
 * dropped, some twice) to a {@link Reconciler} on the same facade; then every meter is checked against
 * what the emulator saw: its request journal, its throttle count, its record of injected faults and
 * the events it delivered.
 */
class MeteredRunAgainstEmulatorTest {
    private static final int RECORDS = 12;
    private static final String COMPANY = "Zyxwvut Personal Holdings";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final QuotaEnforcement QUOTAS = QuotaEnforcement.documented().toBuilder()
            .timeScale(2).burst(Duration.ofMillis(200)).build();

    private static PartnerCentralEmulator emulator;
    private static MeterRegistry registry;
    private static BulkReport<CreatedOpportunity> bulk;
    private static List<ServeEvent> served;
    private static String updatedId;
    private static Reconciler reconciler;
    private static SqsBatchResult eventBatch;
    private static EventStats eventStats;
    private static List<String> deliveredEvents;
    private static Duration runTime;

    @BeforeAll
    static void run() {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        emulator = PartnerCentralEmulator.start(PartnerCentralEmulator.Options.builder().quotas(QUOTAS).build());
        emulator.eventDelivery(EventDelivery.bestEffort(0.30, 0.20, 7));
        Queue<String> queue = new ConcurrentLinkedQueue<>();
        emulator.addEventListener(queue::add);
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

            // The events, as an SQS queue would hold them, with three the SDK cannot use appended.
            deliveredEvents = emulator.deliveredEvents();
            eventStats = emulator.eventStats();
            List<String> bodies = new ArrayList<>(queue);
            bodies.add(rewritten(deliveredEvents.get(0), "detail-type", "Opportunity Teleported")); // unknown
            bodies.add(rewritten(deliveredEvents.get(0), "source", "aws.ec2")); // malformed: another source
            bodies.add("{\"detail-type\": "); // malformed: not JSON
            reconciler = Reconciler.builder().selling(selling).store(InMemoryReconcilerStore.create())
                    .handler(change -> { }).build();
            List<String[]> messages = IntStream.range(0, bodies.size())
                    .mapToObj(i -> new String[] {"msg-" + i, bodies.get(i)}).toList();
            eventBatch = reconciler.handleSqsBatch(messages, m -> m[0], m -> m[1]);
            // Finds what the dropped events announced and no later event did.
            reconciler.poll();
        }
        runTime = Duration.between(started, Instant.now());
        served = emulator.wireMock().getAllServeEvents();
    }

    /** An emulated event with one top-level member changed and a fresh envelope id. */
    private static String rewritten(String event, String member, String value) {
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(event);
            tree.put(member, value);
            tree.put("id", UUID.randomUUID().toString());
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String detailType(String event) {
        try {
            return JSON.readTree(event).path("detail-type").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
        // One call per record, plus one per round a create sent again with its ClientToken after the
        // emulator's quotas throttled every attempt of a round: the generated client counts those too.
        long createCalls = timed(MeterNames.CALLS, MeterNames.OPERATION, "CreateOpportunity");
        assertThat(createCalls).isGreaterThanOrEqualTo(RECORDS)
                .isEqualTo(timed(MicrometerMetricPublisher.API_CALLS, MicrometerMetricPublisher.OPERATION,
                        "CreateOpportunity"));
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
                .isEqualTo(timed(MeterNames.CALLS, MeterNames.OPERATION, "CreateOpportunity"))
                .isGreaterThanOrEqualTo(RECORDS);
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
    void eventsReceived_equalWhatTheEmulatorDelivered_byDetailType_duplicatesIncluded() {
        assertThat(eventStats.dropped()).as("best effort dropped some").isPositive();
        assertThat(eventStats.duplicated()).as("best effort repeated some").isPositive();
        assertThat(deliveredEvents).hasSize(eventStats.delivered());
        Map<String, Long> byType = deliveredEvents.stream()
                .collect(Collectors.groupingBy(MeteredRunAgainstEmulatorTest::detailType, Collectors.counting()));
        assertThat(byType.keySet()).as("the task fired engagement events too").hasSizeGreaterThan(3);
        for (DetailType type : DetailType.values()) {
            assertThat(count(MeterNames.EVENTS_RECEIVED, MeterNames.DETAIL_TYPE, type.value()))
                    .as(type.value()).isEqualTo((double) byType.getOrDefault(type.value(), 0L));
        }
        assertThat(count(MeterNames.EVENTS_RECEIVED, MeterNames.DETAIL_TYPE, MeterNames.UNKNOWN_DETAIL_TYPE)).isEqualTo(1);
        assertThat(count(MeterNames.EVENTS_RECEIVED)).isEqualTo(eventStats.delivered() + 1);
        assertThat(reconciler.stats().eventsAccepted()).isEqualTo(eventStats.delivered() + 1);
    }

    @Test
    void eventDuplicates_equalWhatTheEmulatorRepeated_andStatesAlreadyDelivered() {
        assertThat(count(MeterNames.EVENT_DUPLICATES, MeterNames.REASON, EventDuplicate.EVENT.tag()))
                .isEqualTo(eventStats.duplicated());
        // Several events of one opportunity read its newest state each time: the repeats are dropped.
        assertThat(reconciler.stats().alreadyDelivered()).isPositive();
        assertThat(count(MeterNames.EVENT_DUPLICATES, MeterNames.REASON, EventDuplicate.STATE.tag()))
                .isEqualTo(reconciler.stats().alreadyDelivered());
    }

    @Test
    void unreadableAndUnknownEvents_areCounted_andFailOnlyTheirOwnMessages() {
        assertThat(count(MeterNames.EVENTS_UNRECOGNIZED, MeterNames.REASON, EventProblem.MALFORMED.tag())).isEqualTo(2);
        assertThat(count(MeterNames.EVENTS_UNRECOGNIZED, MeterNames.REASON, EventProblem.UNKNOWN.tag())).isEqualTo(1);
        assertThat(eventBatch.failures()).hasSize(2)
                .allSatisfy(f -> assertThat(f.cause()).containsInstanceOf(MalformedEventException.class));
    }

    @Test
    void reconcilerLag_timesEveryDeliveredChange_byHowItWasFound_withinTheRun() {
        Reconciler.Stats stats = reconciler.stats();
        assertThat(stats.deliveredByPoll()).as("the poll found what dropped events announced").isPositive();
        assertThat(timed(MeterNames.RECONCILER_LAG, MeterNames.FOUND_BY, "event"))
                .isEqualTo(stats.delivered() - stats.deliveredByPoll());
        assertThat(timed(MeterNames.RECONCILER_LAG, MeterNames.FOUND_BY, "poll")).isEqualTo(stats.deliveredByPoll());
        for (Timer lag : registry.find(MeterNames.RECONCILER_LAG).timers()) {
            // From the service's dates, not from the epoch or the facade's start: positive, within the run.
            assertThat(lag.totalTime(TimeUnit.NANOSECONDS)).isPositive();
            assertThat(lag.max(TimeUnit.NANOSECONDS)).isLessThanOrEqualTo(runTime.toNanos());
        }
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
        Set<String> detailTypes = new HashSet<>(Set.of(MeterNames.UNKNOWN_DETAIL_TYPE));
        Arrays.stream(DetailType.values()).map(DetailType::value).forEach(detailTypes::add);
        Set<String> reasons = new HashSet<>();
        Arrays.stream(EventDuplicate.values()).map(EventDuplicate::tag).forEach(reasons::add);
        Arrays.stream(EventProblem.values()).map(EventProblem::tag).forEach(reasons::add);
        Map<String, Set<String>> closed = Map.ofEntries(
                Map.entry(MeterNames.DETAIL_TYPE, detailTypes),
                Map.entry(MeterNames.REASON, reasons),
                Map.entry(MeterNames.FOUND_BY, Set.of("event", "poll")),
                Map.entry(MeterNames.OPERATION, operations),
                Map.entry(MeterNames.BUCKET, buckets),
                Map.entry(MeterNames.CATALOG, Set.of("AWS", "Sandbox", MeterNames.OTHER_CATALOG)),
                Map.entry(MeterNames.OUTCOME, outcomes),
                Map.entry(MicrometerMetricPublisher.SERVICE, Set.of("PartnerCentral Selling")),
                Map.entry("status", Set.of("2xx", "3xx", "4xx", "5xx", "none")),
                Map.entry("error_type", Set.of("Throttling", "ServerError", "ConfiguredTimeout", "IO", "Other")));

        List<Meter> meters = registry.getMeters();
        assertThat(meters).hasSizeGreaterThan(30);
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

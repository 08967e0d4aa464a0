package io.partnercentral.selling.benchmarks;

import io.partnercentral.selling.BulkOptions;
import io.partnercentral.selling.BulkReport;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.exception.ThrottlingException;
import io.partnercentral.selling.model.CountryCode;
import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.CurrencyCode;
import io.partnercentral.selling.model.ExpectedCustomerSpend;
import io.partnercentral.selling.model.Industry;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.Origin;
import io.partnercentral.selling.model.PaymentFrequency;
import io.partnercentral.selling.model.Stage;
import io.partnercentral.selling.testing.PartnerCentralEmulator;
import io.partnercentral.selling.testing.QuotaEnforcement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.model.Account;
import software.amazon.awssdk.services.partnercentralselling.model.Customer;
import software.amazon.awssdk.services.partnercentralselling.model.LifeCycle;
import software.amazon.awssdk.services.partnercentralselling.model.Project;

/**
 * A first CRM import against the quota-enforcing emulator: N creates through the SDK's bulk API
 * (paced at the write quota), then the same N creates through the raw generated client with the
 * AWS SDK's standard retry strategy, from one thread and from as many threads as the bulk API had
 * calls in flight, each run against a fresh emulator. The emulator runs the documented
 * quotas on a clock {@code rate} times faster than real time, so writes are limited to {@code rate}
 * per second (one second of burst). Prints wall time against N / rate, throttled attempts (counted
 * by the emulator), ThrottlingExceptions and other failures that reached the caller, and duplicates.
 *
 * <p>Not a JMH benchmark and not run by CI: one long run, whose figures are wall-clock.
 *
 * <pre>{@code java -cp sdk-benchmarks/target/benchmarks.jar io.partnercentral.selling.benchmarks.BulkImportBenchmark [n] [writesPerSecond] [concurrency]}</pre>
 */
public final class BulkImportBenchmark {
    private BulkImportBenchmark() {}

    record Row(String name, int n, double seconds, long throttledAttempts, long throttlingReachingCaller,
            long otherFailures, int opportunities, int duplicates) {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 50;
        // Calls in flight only hide latency (the pacer sets the rate); on a loaded machine 8 keep every
        // 20 ms slot used through latency spikes of up to 160 ms.
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        QuotaEnforcement quotas = QuotaEnforcement.documented().toBuilder()
                .timeScale(rate / QuotaBucket.WRITES.documentedPermitsPerSecond()).build();
        List<String> crmIds = IntStream.range(0, n).mapToObj(i -> String.format("CRM-%05d", i)).toList();

        warmUp(Math.min(n, 500));
        Row bulk = facadeBulk(quotas, crmIds, concurrency);
        Row raw = rawClient(quotas, crmIds, 1);
        Row rawThreads = rawClient(quotas, crmIds, concurrency);

        double ideal = n / rate;
        System.out.printf("%n%d creates, writes limited to %.0f/s by the emulator: N / rate = %.1f s%n%n", n, rate, ideal);
        System.out.println("| client | wall time | vs N / rate | throttled attempts | ThrottlingException reaching the caller"
                + " | other failures | opportunities created | duplicates |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Row row : List.of(bulk, raw, rawThreads)) {
            System.out.printf("| %s | %.2f s | %+.1f%% | %d | %d | %d | %d of %d | %d |%n", row.name, row.seconds,
                    (row.seconds / ideal - 1) * 100, row.throttledAttempts, row.throttlingReachingCaller,
                    row.otherFailures, row.opportunities, row.n, row.duplicates);
        }
    }

    private static PartnerCentralEmulator start(QuotaEnforcement quotas) {
        return PartnerCentralEmulator.start(PartnerCentralEmulator.Options.builder().quotas(quotas).build());
    }

    private static Row facadeBulk(QuotaEnforcement quotas, List<String> crmIds, int concurrency) {
        try (PartnerCentralEmulator emulator = start(quotas);
             PartnerCentralSelling selling = emulator.sellingBuilder().build()) {
            int n = crmIds.size();
            long start = System.nanoTime();
            BulkReport<CreatedOpportunity> report = selling.opportunities().createAll(
                    crmIds.stream().map(id -> CreateOpportunityRequest.builder().opportunity(deal(id)).idempotencyKey(id).build()),
                    BulkOptions.builder().total(n).concurrency(concurrency).onProgress(p -> {
                        if (p.done() % Math.max(1, n / 10) == 0) {
                            System.err.printf("facade bulk: %d/%d, %.1f/s, ETA %s%n", p.done(), n, p.perSecond(),
                                    p.eta().map(d -> d.toSeconds() + " s").orElse("?"));
                        }
                    }).build());
            double seconds = (System.nanoTime() - start) / 1e9;
            long throttling = report.failed().stream().filter(f -> f.error() instanceof ThrottlingException).count();
            long other = report.failed().size() - throttling + report.invalid().size();
            return new Row("SDK bulk API, paced, " + concurrency + " in flight", n, seconds, emulator.quotaThrottleCount(), throttling, other,
                    emulator.opportunityCount(), duplicates(emulator));
        }
    }

    /** The same creates through the generated client, from {@code threads} threads sharing it, no pacing. */
    private static Row rawClient(QuotaEnforcement quotas, List<String> crmIds, int threads) {
        try (PartnerCentralEmulator emulator = start(quotas);
             PartnerCentralSellingClient client = emulator.clientBuilder()
                     .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy()))
                     .build()) {
            int n = crmIds.size();
            AtomicLong throttling = new AtomicLong();
            AtomicLong other = new AtomicLong();
            AtomicInteger next = new AtomicInteger();
            Runnable worker = () -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    try {
                        client.createOpportunity(rawCreate(crmIds.get(i)));
                    } catch (AwsServiceException e) {
                        (e.isThrottlingException() ? throttling : other).incrementAndGet();
                    } catch (SdkException e) {
                        other.incrementAndGet();
                    }
                    if ((i + 1) % Math.max(1, n / 10) == 0) {
                        System.err.printf("raw client, %d thread(s): %d/%d, %d throttled so far%n", threads, i + 1, n,
                                emulator.quotaThrottleCount());
                    }
                }
            };
            long start = System.nanoTime();
            List<Thread> workers = IntStream.range(0, threads).mapToObj(t -> new Thread(worker, "raw-" + t)).toList();
            workers.forEach(Thread::start);
            for (Thread t : workers) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Row("generated client, standard retry strategy, " + threads + " thread(s)", n, seconds,
                    emulator.quotaThrottleCount(), throttling.get(), other.get(), emulator.opportunityCount(),
                    duplicates(emulator));
        }
    }

    /**
     * JIT-compiles the request paths of both clients against an emulator without quotas, so neither
     * measured run pays for a cold JVM.
     */
    private static void warmUp(int calls) {
        try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start();
             PartnerCentralSelling selling = emulator.sellingBuilder().build();
             PartnerCentralSellingClient client = emulator.clientBuilder().build()) {
            selling.opportunities().createAll(IntStream.range(0, calls).mapToObj(i -> "WARM-" + i)
                    .map(id -> CreateOpportunityRequest.builder().opportunity(deal(id)).idempotencyKey(id).build()),
                    BulkOptions.defaults());
            for (int i = 0; i < calls; i++) {
                client.createOpportunity(rawCreate("WARM-RAW-" + i));
            }
        }
    }

    private static int duplicates(PartnerCentralEmulator emulator) {
        Set<String> distinct = emulator.opportunities().stream()
                .map(o -> o.partnerOpportunityIdentifier().orElseThrow()).collect(Collectors.toSet());
        return emulator.opportunityCount() - distinct.size();
    }

    static Opportunity deal(String crmId) {
        return Opportunity.builder()
                .origin(Origin.PARTNER_REFERRAL)
                .partnerOpportunityIdentifier(crmId)
                .customer(c -> c.account(a -> a.companyName("Customer " + crmId).industry(Industry.RETAIL)
                        .websiteUrl("https://customer.example.com").address(ad -> ad.countryCode(CountryCode.DE))))
                .project(p -> p.title("Migration " + crmId)
                        .customerBusinessProblem("Nightly batch jobs miss their window every Monday.")
                        .addExpectedCustomerSpend(s -> s.amount(new BigDecimal("1200.00")).currencyCode(CurrencyCode.USD)
                                .frequency(PaymentFrequency.MONTHLY).targetCompany(ExpectedCustomerSpend.TARGET_AWS)))
                .lifeCycle(l -> l.stage(Stage.QUALIFIED).targetCloseDate(LocalDate.of(2099, 3, 31)))
                .build();
    }

    /** The same deal through the generated model, with a CRM-derived client token as a careful integration would send. */
    static software.amazon.awssdk.services.partnercentralselling.model.CreateOpportunityRequest rawCreate(String crmId) {
        return software.amazon.awssdk.services.partnercentralselling.model.CreateOpportunityRequest.builder()
                .catalog("Sandbox")
                .clientToken(UUID.nameUUIDFromBytes(crmId.getBytes(StandardCharsets.UTF_8)).toString())
                .origin("Partner Referral")
                .partnerOpportunityIdentifier(crmId)
                .customer(Customer.builder().account(Account.builder().companyName("Customer " + crmId).industry("Retail")
                        .websiteUrl("https://customer.example.com").address(a -> a.countryCode("DE")).build()).build())
                .project(Project.builder().title("Migration " + crmId)
                        .customerBusinessProblem("Nightly batch jobs miss their window every Monday.")
                        .expectedCustomerSpend(s -> s.amount("1200.00").currencyCode("USD").frequency("Monthly")
                                .targetCompany("AWS")).build())
                .lifeCycle(LifeCycle.builder().stage("Qualified").targetCloseDate("2099-03-31").build())
                .build();
    }
}

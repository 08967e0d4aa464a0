package io.partnercentral.selling.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.internal.WireJson;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.OpportunitySummary;
import io.partnercentral.selling.Page;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.model.CreateOpportunityResponse;
import software.amazon.awssdk.services.partnercentralselling.model.GetOpportunityResponse;
import software.amazon.awssdk.services.partnercentralselling.model.ListOpportunitiesResponse;

/**
 * What the facade adds to a call: the same create, get and list-page calls through the facade and
 * through the raw generated client, against the same local WireMock stub (same responses, same
 * HTTP client, same signing). Compare each {@code facade*} score with its {@code raw*} twin; the
 * target is under 5% on the median ({@code -bm sample} reports percentiles).
 *
 * <p>Both creates send the same members (those 2.40.2 can model); both gets read the same maximal
 * opportunity; both list calls read the same page of 20 summaries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ClientOverheadBenchmark {
    private WireMockServer server;
    private PartnerCentralSellingClient raw;
    private PartnerCentralSelling facade;
    private Opportunity opportunity;
    private Opportunity createPayload;
    private software.amazon.awssdk.services.partnercentralselling.model.CreateOpportunityRequest rawCreate;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        server = new WireMockServer(wireMockConfig().dynamicPort().disableRequestJournal()
                .containerThreads(16).jettyAcceptors(1));
        server.start();
        opportunity = ValidationBenchmark.maximalOpportunity();
        String getBody = WireJson.mapper().writeValueAsString(opportunity);
        String listBody = "{\"OpportunitySummaries\":[" + String.join(",", java.util.Collections.nCopies(20,
                WireJson.mapper().writeValueAsString(OpportunitySummary.builder().id("O1234567890")
                        .lastModifiedDate(Instant.parse("2026-11-23T10:15:30.123Z"))
                        .createdDate(Instant.parse("2026-11-01T08:00:00Z"))
                        .lifeCycle(opportunity.lifeCycle().orElseThrow())
                        .customer(opportunity.customer().orElseThrow())
                        .project(opportunity.project().orElseThrow()).build()))) + "]}";
        stub("CreateOpportunity", "{\"Id\":\"O1234567890\",\"LastModifiedDate\":\"2026-11-23T10:15:30.123Z\"}");
        stub("GetOpportunity", getBody);
        stub("ListOpportunities", listBody);

        URI endpoint = URI.create(server.baseUrl());
        StaticCredentialsProvider credentials =
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDBENCH", "secret"));
        raw = PartnerCentralSellingClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        facade = PartnerCentralSelling.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder())
                .catalog(Catalog.SANDBOX)
                // The stub has no quotas, and this measures the facade's own cost, not the pacing.
                .pacing(PacingSettings.disabled()).build();
        rawCreate = rawCreateRequest();
        createPayload = createPayload();
    }

    private void stub(String operation, String body) {
        server.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSPartnerCentralSelling." + operation))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.0")
                        .withBody(body)));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        facade.close();
        raw.close();
        server.stop();
    }

    @Benchmark
    public CreatedOpportunity facadeCreate() {
        return facade.opportunities().create(createPayload);
    }

    @Benchmark
    public CreateOpportunityResponse rawCreate() {
        return raw.createOpportunity(rawCreate);
    }

    @Benchmark
    public Opportunity facadeGet() {
        return facade.opportunities().get("O1234567890");
    }

    @Benchmark
    public GetOpportunityResponse rawGet() {
        return raw.getOpportunity(r -> r.catalog("Sandbox").identifier("O1234567890"));
    }

    @Benchmark
    public Page<OpportunitySummary> facadeListPage() {
        return facade.opportunities().list(r -> r.maxResults(20)).pages().iterator().next();
    }

    @Benchmark
    public ListOpportunitiesResponse rawListPage() {
        return raw.listOpportunities(r -> r.catalog("Sandbox").maxResults(20));
    }

    /** The facade's create payload: member for member what {@link #rawCreateRequest()} sends. */
    private static Opportunity createPayload() {
        return Opportunity.builder()
                .origin(io.partnercentral.selling.model.Origin.PARTNER_REFERRAL)
                .opportunityType(io.partnercentral.selling.model.OpportunityType.NET_NEW_BUSINESS)
                .nationalSecurity(io.partnercentral.selling.model.NationalSecurity.NO)
                .partnerOpportunityIdentifier("crm-000042")
                .addPrimaryNeedsFromAws(io.partnercentral.selling.model.PrimaryNeedFromAws.CO_SELL_ARCHITECTURAL_VALIDATION,
                        io.partnercentral.selling.model.PrimaryNeedFromAws.CO_SELL_DEAL_SUPPORT)
                .customer(c -> c
                        .account(a -> a.companyName("Zephyrine Freight Systems")
                                .industry(io.partnercentral.selling.model.Industry.TRANSPORTATION_AND_LOGISTICS)
                                .websiteUrl("https://zephyrine-freight.example.com").awsAccountId("123456789012")
                                .duns("123456789")
                                .address(ad -> ad.city("Seattle").postalCode("98101")
                                        .stateOrRegion(io.partnercentral.selling.model.StateOrRegion.WASHINGTON)
                                        .countryCode(io.partnercentral.selling.model.CountryCode.US)
                                        .streetAddress("1200 Harbor Way")))
                        .addContact(ct -> ct.email("henrietta.vasquez@zephyrine-freight.example.com").firstName("Henrietta")
                                .lastName("Vasquez").businessTitle("CTO").phone("+14155550100")))
                .project(p -> p
                        .title("Freight telemetry data lake")
                        .customerBusinessProblem("Nightly batch jobs miss their window; move the warehouse to AWS.")
                        .customerUseCase(io.partnercentral.selling.model.CustomerUseCase.MIGRATION_DATABASE_MIGRATION)
                        .addDeliveryModels(io.partnercentral.selling.model.DeliveryModel.PROFESSIONAL_SERVICES,
                                io.partnercentral.selling.model.DeliveryModel.MANAGED_SERVICES)
                        .addExpectedCustomerSpend(s -> s.amount("25000.00")
                                .currencyCode(io.partnercentral.selling.model.CurrencyCode.EUR)
                                .frequency(io.partnercentral.selling.model.PaymentFrequency.MONTHLY)
                                .targetCompany("AWS")
                                .estimationUrl("https://calculator.aws/#/estimate?id=0123456789abcdef0123456789abcdef"))
                        .addSalesActivities(io.partnercentral.selling.model.SalesActivity.INITIALIZED_DISCUSSIONS_WITH_CUSTOMER,
                                io.partnercentral.selling.model.SalesActivity.CONDUCTED_POC_DEMO)
                        .competitorName(io.partnercentral.selling.model.CompetitorName.OTHER_UNLISTED)
                        .otherCompetitorNames("Regional hosting provider")
                        .additionalComments("Expansion expected in 2027."))
                .marketing(m -> m.campaignName("2026-Q4-freight")
                        .source(io.partnercentral.selling.model.MarketingSource.MARKETING_ACTIVITY)
                        .addUseCases(io.partnercentral.selling.model.MarketingUseCase.ANALYTICS)
                        .addChannels(io.partnercentral.selling.model.MarketingChannel.EMAIL)
                        .awsFundingUsed(io.partnercentral.selling.model.AwsFundingUsed.YES))
                .softwareRevenue(r -> r.deliveryModel(io.partnercentral.selling.model.RevenueModel.SUBSCRIPTION)
                        .value(v -> v.amount("120000.00").currencyCode(io.partnercentral.selling.model.CurrencyCode.EUR))
                        .effectiveDate(java.time.LocalDate.of(2027, 1, 1))
                        .expirationDate(java.time.LocalDate.of(2029, 12, 31)))
                .lifeCycle(l -> l.stage(io.partnercentral.selling.model.Stage.QUALIFIED).nextSteps("Architecture review")
                        .targetCloseDate(java.time.LocalDate.of(2099, 12, 31)))
                .addOpportunityTeam(t -> t.email("b.lindqvist@partner.example.net").firstName("Bartholomew")
                        .lastName("Lindqvist").businessTitle("OpportunityOwner").phone("+442079460000"))
                .build();
    }

    /** The same opportunity in the generated model, as far as 2.40.2 can express it. */
    private static software.amazon.awssdk.services.partnercentralselling.model.CreateOpportunityRequest rawCreateRequest() {
        return software.amazon.awssdk.services.partnercentralselling.model.CreateOpportunityRequest.builder()
                .catalog("Sandbox")
                .clientToken(java.util.UUID.randomUUID().toString())
                .origin("Partner Referral")
                .opportunityType("Net New Business")
                .nationalSecurity("No")
                .partnerOpportunityIdentifier("crm-000042")
                .primaryNeedsFromAwsWithStrings("Co-Sell - Architectural Validation", "Co-Sell - Deal Support")
                .customer(c -> c
                        .account(a -> a.companyName("Zephyrine Freight Systems").industry("Transportation and Logistics")
                                .websiteUrl("https://zephyrine-freight.example.com").awsAccountId("123456789012")
                                .duns("123456789")
                                .address(ad -> ad.city("Seattle").postalCode("98101").stateOrRegion("Washington")
                                        .countryCode("US").streetAddress("1200 Harbor Way")))
                        .contacts(ct -> ct.email("henrietta.vasquez@zephyrine-freight.example.com").firstName("Henrietta")
                                .lastName("Vasquez").businessTitle("CTO").phone("+14155550100")))
                .project(p -> p
                        .title("Freight telemetry data lake")
                        .customerBusinessProblem("Nightly batch jobs miss their window; move the warehouse to AWS.")
                        .customerUseCase("Migration/Database Migration")
                        .deliveryModelsWithStrings("Professional Services", "Managed Services")
                        .expectedCustomerSpend(s -> s.amount("25000.00").currencyCode("EUR").frequency("Monthly")
                                .targetCompany("AWS").estimationUrl(
                                        "https://calculator.aws/#/estimate?id=0123456789abcdef0123456789abcdef"))
                        .salesActivitiesWithStrings("Initialized discussions with customer", "Conducted POC / Demo")
                        .competitorName("*Other").otherCompetitorNames("Regional hosting provider")
                        .additionalComments("Expansion expected in 2027."))
                .marketing(m -> m.campaignName("2026-Q4-freight").source("Marketing Activity")
                        .useCases("Analytics").channelsWithStrings("Email").awsFundingUsed("Yes"))
                .softwareRevenue(r -> r.deliveryModel("Subscription")
                        .value(v -> v.amount("120000.00").currencyCode("EUR"))
                        .effectiveDate("2027-01-01").expirationDate("2029-12-31"))
                .lifeCycle(l -> l.stage("Qualified").nextSteps("Architecture review").targetCloseDate("2099-12-31"))
                .opportunityTeam(t -> t.email("b.lindqvist@partner.example.net").firstName("Bartholomew")
                        .lastName("Lindqvist").businessTitle("OpportunityOwner").phone("+442079460000"))
                .build();
    }
}

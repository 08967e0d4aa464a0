package io.partnercentral.selling.benchmarks;

import io.partnercentral.selling.model.ApnProgram;
import io.partnercentral.selling.model.AwsFundingUsed;
import io.partnercentral.selling.model.AwsPartition;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.ClosedLostReason;
import io.partnercentral.selling.model.CompetitorName;
import io.partnercentral.selling.model.Contact;
import io.partnercentral.selling.model.CountryCode;
import io.partnercentral.selling.model.CurrencyCode;
import io.partnercentral.selling.model.CustomerUseCase;
import io.partnercentral.selling.model.DeliveryModel;
import io.partnercentral.selling.model.ExpectedContractDuration;
import io.partnercentral.selling.model.ExpectedCustomerSpend;
import io.partnercentral.selling.model.Industry;
import io.partnercentral.selling.model.MarketingChannel;
import io.partnercentral.selling.model.MarketingSource;
import io.partnercentral.selling.model.MarketingUseCase;
import io.partnercentral.selling.model.NationalSecurity;
import io.partnercentral.selling.model.NextStepsHistoryEntry;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.OpportunityType;
import io.partnercentral.selling.validation.OpportunityValidator;
import io.partnercentral.selling.model.Origin;
import io.partnercentral.selling.model.PaymentFrequency;
import io.partnercentral.selling.model.PrimaryNeedFromAws;
import io.partnercentral.selling.model.RelatedEntityIdentifiers;
import io.partnercentral.selling.model.RevenueModel;
import io.partnercentral.selling.model.ReviewStatus;
import io.partnercentral.selling.model.SalesActivity;
import io.partnercentral.selling.model.Stage;
import io.partnercentral.selling.model.StateOrRegion;
import io.partnercentral.selling.model.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long {@link OpportunityValidator} takes on an opportunity with every member filled (the
 * budget is 5 µs), and on one with several mistakes, where violations and paths are built.
 *
 * <pre>{@code
 * mvn -B -q -pl sdk-benchmarks -am package -DskipTests
 * java -jar sdk-benchmarks/target/benchmarks.jar ValidationBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * java -jar sdk-benchmarks/target/benchmarks.jar ValidationBenchmark -prof gc   # bytes allocated per call
 * }</pre>
 *
 * <p>The opportunity mirrors the test fixture {@code Fixtures.maximalOpportunity()}, which this
 * module cannot see: two contacts, two spend entries, a team member and a tag.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidationBenchmark {
    private final OpportunityValidator validator = OpportunityValidator.defaultValidator();
    private Opportunity maximal;
    private Opportunity invalid;

    @Setup
    public void setUp() {
        maximal = maximalOpportunity();
        List<Violation> violations = validator.validateForCreate(maximal, Catalog.AWS);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the benchmark's maximal opportunity must be valid: " + violations);
        }
        invalid = maximal.toBuilder()
                .nationalSecurity(NationalSecurity.YES)
                .partnerOpportunityIdentifier("p".repeat(65))
                .addOpportunityTeam(c -> c.email("Not@Lowercase.Example").phone("0044"))
                .addTag("bad#key", "value")
                .build();
        if (validator.validateForCreate(invalid, Catalog.AWS).size() != 5) {
            throw new IllegalStateException("the benchmark's invalid opportunity must have 5 violations");
        }
    }

    @Benchmark
    public List<Violation> validateForCreate_maximal() {
        return validator.validateForCreate(maximal, Catalog.AWS);
    }

    @Benchmark
    public List<Violation> validateForUpdate_maximal() {
        return validator.validateForUpdate(maximal, Catalog.AWS);
    }

    @Benchmark
    public List<Violation> validateForCreate_fiveViolations() {
        return validator.validateForCreate(invalid, Catalog.AWS);
    }

    static Opportunity maximalOpportunity() {
        return Opportunity.builder()
                .catalog(Catalog.AWS).id("O1234567890").arn("arn:aws:partnercentral:us-east-1::catalog/AWS/opportunity/O1234567890")
                .addPrimaryNeedsFromAws(PrimaryNeedFromAws.CO_SELL_ARCHITECTURAL_VALIDATION, PrimaryNeedFromAws.CO_SELL_DEAL_SUPPORT)
                .nationalSecurity(NationalSecurity.NO)
                .partnerOpportunityIdentifier("CRM-OPP-000042")
                .customer(c -> c
                        .account(a -> a.industry(Industry.OTHER).otherIndustry("Commercial spaceflight logistics")
                                .companyName("Zephyrine Orbital Freight GmbH").websiteUrl("https://zephyrine-freight.example.com")
                                .awsAccountId("123456789012").duns("804735132")
                                .address(ad -> ad.city("Bellingham").postalCode("98225").stateOrRegion(StateOrRegion.WASHINGTON)
                                        .countryCode(CountryCode.US).streetAddress("1742 Quillfeather Boulevard")))
                        .addContact(ct -> ct.email("henrietta.vasquez@zephyrine-freight.example.com").firstName("Henrietta")
                                .lastName("Vasquez-Okonkwo").businessTitle("Chief Technology Officer").phone("+12065550143"))
                        .addContact(ct -> ct.email("ops@zephyrine-freight.example.com").firstName("Ops").lastName("Desk")
                                .businessTitle("Operations").phone("+12065550199")))
                .project(p -> p
                        .addDeliveryModels(DeliveryModel.SAAS_OR_PAAS, DeliveryModel.PROFESSIONAL_SERVICES)
                        .addExpectedCustomerSpend(s -> s.amount("2500.00").currencyCode(CurrencyCode.EUR)
                                .frequency(PaymentFrequency.MONTHLY).targetCompany(ExpectedCustomerSpend.TARGET_AWS)
                                .estimationUrl("https://pricing.calculator.aws.eu/#/estimate?id=0123456789abcdef0123456789abcdef01234567"))
                        .addExpectedCustomerSpend(s -> s.amount("1200.5").currencyCode(CurrencyCode.EUR)
                                .frequency(PaymentFrequency.MONTHLY).targetCompany(ExpectedCustomerSpend.TARGET_SELF)
                                .estimationUrl("https://calculator.aws/#/estimate?id=fedcba9876543210fedcba9876543210"))
                        .expectedContractDuration(ExpectedContractDuration.months(36))
                        .title("Sovereign telemetry platform migration")
                        .addApnPrograms(ApnProgram.MIGRATION_ACCELERATION_PROGRAM)
                        .customerBusinessProblem("Launch telemetry is processed on ageing on-premises clusters that miss the "
                                + "regulator's reporting window; the partner migrates it to a managed streaming pipeline.")
                        .customerUseCase(CustomerUseCase.MIGRATION_DATABASE_MIGRATION)
                        .relatedOpportunityIdentifier("O9876543210")
                        .addSalesActivities(SalesActivity.INITIALIZED_DISCUSSIONS_WITH_CUSTOMER, SalesActivity.CONDUCTED_POC_DEMO)
                        .competitorName(CompetitorName.OTHER_UNLISTED).otherCompetitorNames("Regional sovereign hosting provider")
                        .otherSolutionDescription("Managed streaming pipeline with sovereign key management")
                        .additionalComments("Customer requires data residency in the EU.")
                        .awsPartition(AwsPartition.AWS_EUSC))
                .opportunityType(OpportunityType.NET_NEW_BUSINESS)
                .marketing(m -> m.campaignName("FY26-EU-SOVEREIGN-LAUNCH").source(MarketingSource.MARKETING_ACTIVITY)
                        .addUseCases(MarketingUseCase.MIGRATION_AND_TRANSFER).addChannels(MarketingChannel.LIVE_EVENT)
                        .awsFundingUsed(AwsFundingUsed.YES))
                .softwareRevenue(r -> r.deliveryModel(RevenueModel.SUBSCRIPTION)
                        .value(v -> v.amount("120000.00").currencyCode(CurrencyCode.EUR))
                        .effectiveDate(LocalDate.of(2027, 1, 1)).expirationDate(LocalDate.of(2029, 12, 31)))
                .lifeCycle(l -> l.stage(Stage.CLOSED_LOST).closedLostReason(ClosedLostReason.FINANCIAL_COMMERCIAL)
                        .nextSteps("Revisit after the customer's budget cycle").targetCloseDate(LocalDate.of(2099, 12, 31))
                        .reviewStatus(ReviewStatus.APPROVED).reviewComments("Validated against the customer's account plan.")
                        .reviewStatusReason("Validated")
                        .addNextStepsHistory(NextStepsHistoryEntry.builder().value("Schedule an architecture review")
                                .time(Instant.parse("2026-05-10T09:00:00Z")).build()))
                .origin(Origin.PARTNER_REFERRAL)
                .addOpportunityTeam(t -> t.email("b.lindqvist@partner.example.net").firstName("Bartholomew").lastName("Lindqvist")
                        .businessTitle(Contact.OPPORTUNITY_OWNER).phone("+447700900461"))
                .addTag("crm-source", "salesforce")
                .relatedEntityIdentifiers(RelatedEntityIdentifiers.builder()
                        .addAwsMarketplaceOffers("arn:aws:aws-marketplace:us-east-1:999988887777:AWSMarketplace/Offer/offer-abcdefghijklm")
                        .addSolutions("S-0000123").addAwsProducts("prod-abcdefghijklm").build())
                .createdDate(Instant.parse("2026-05-01T08:30:00Z"))
                .lastModifiedDate(Instant.parse("2026-05-15T10:15:30Z"))
                .build();
    }
}

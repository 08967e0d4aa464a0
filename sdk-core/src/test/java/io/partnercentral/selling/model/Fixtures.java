package io.partnercentral.selling.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Opportunities shared by the tests of every module: keep them stable, other suites compare
 * against them.
 *
 * <ul>
 *   <li>{@link #maximalOpportunity()}: every member of the 2026-05-15 CreateOpportunity request and
 *       GetOpportunity response set, every list non-empty, all values valid for create in the AWS
 *       catalog. It equals what {@code fixtures/opportunity-maximal.json} reads as.</li>
 *   <li>{@link #validOpportunity()}: a small valid create payload.</li>
 *   <li>{@link #CLOCK}: the fixed clock tests validate with; both opportunities close on
 *       {@link #TARGET_CLOSE_DATE}, far after it (and after any real today).</li>
 * </ul>
 *
 * <pre>{@code
 * Opportunity opportunity = Fixtures.maximalOpportunity().toBuilder().nationalSecurity(NationalSecurity.YES).build();
 * List<Violation> violations = OpportunityValidator.create(Fixtures.CLOCK).validateForCreate(opportunity, Catalog.AWS);
 * }</pre>
 *
 * <p>The maximal opportunity's personal data (names, emails, phones, company, street) is distinct
 * from any other text in it, so tests can search for it in logs and {@code toString} output.
 */
public final class Fixtures {
    /** 2026-05-15T10:15:30Z, the moment the fixtures are "now"; zone UTC. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-15T10:15:30Z"), ZoneOffset.UTC);

    /** The target close date of both fixture opportunities. */
    public static final LocalDate TARGET_CLOSE_DATE = LocalDate.of(2099, 12, 31);

    /** Classpath resource of the maximal opportunity's wire JSON. */
    public static final String MAXIMAL_JSON = "/fixtures/opportunity-maximal.json";

    /** Personal data in {@link #maximalOpportunity()}, none of which may leak into logs. */
    public static final String CUSTOMER_COMPANY_NAME = "Zephyrine Orbital Freight GmbH";
    public static final String CUSTOMER_WEBSITE_URL = "https://zephyrine-freight.example.com";
    public static final String CUSTOMER_STREET_ADDRESS = "1742 Quillfeather Boulevard";
    public static final String CUSTOMER_CITY = "Bellingham";
    public static final String CUSTOMER_POSTAL_CODE = "98225";
    public static final String CUSTOMER_DUNS = "804735132";
    public static final String CONTACT_FIRST_NAME = "Henrietta";
    public static final String CONTACT_LAST_NAME = "Vasquez-Okonkwo";
    public static final String CONTACT_EMAIL = "henrietta.vasquez@zephyrine-freight.example.com";
    public static final String CONTACT_PHONE = "+12065550143";
    public static final String TEAM_FIRST_NAME = "Bartholomew";
    public static final String TEAM_LAST_NAME = "Lindqvist";
    public static final String TEAM_EMAIL = "b.lindqvist@partner.example.net";
    public static final String TEAM_PHONE = "+447700900461";

    private Fixtures() {}

    /**
     * Every member set, every list with at least one entry. Project in the {@code aws-eusc}
     * partition (so amounts are in EUR) with a 36-month contract duration and a second spend
     * entry targeting {@code Self}; stage Closed Lost with its reason, review status Approved.
     */
    public static Opportunity maximalOpportunity() {
        return Opportunity.builder()
                .catalog(Catalog.AWS)
                .id("O1234567890")
                .arn("arn:aws:partnercentral:us-east-1::catalog/AWS/opportunity/O1234567890")
                .addPrimaryNeedsFromAws(PrimaryNeedFromAws.CO_SELL_ARCHITECTURAL_VALIDATION, PrimaryNeedFromAws.CO_SELL_DEAL_SUPPORT)
                .nationalSecurity(NationalSecurity.NO)
                .partnerOpportunityIdentifier("CRM-OPP-000042")
                .customer(c -> c
                        .account(a -> a
                                .industry(Industry.OTHER)
                                .otherIndustry("Commercial spaceflight logistics")
                                .companyName(CUSTOMER_COMPANY_NAME)
                                .websiteUrl(CUSTOMER_WEBSITE_URL)
                                .awsAccountId("123456789012")
                                .address(ad -> ad
                                        .city(CUSTOMER_CITY)
                                        .postalCode(CUSTOMER_POSTAL_CODE)
                                        .stateOrRegion(StateOrRegion.WASHINGTON)
                                        .countryCode(CountryCode.US)
                                        .streetAddress(CUSTOMER_STREET_ADDRESS))
                                .duns(CUSTOMER_DUNS))
                        .addContact(ct -> ct
                                .email(CONTACT_EMAIL)
                                .firstName(CONTACT_FIRST_NAME)
                                .lastName(CONTACT_LAST_NAME)
                                .businessTitle("Chief Technology Officer")
                                .phone(CONTACT_PHONE)))
                .project(p -> p
                        .addDeliveryModels(DeliveryModel.SAAS_OR_PAAS, DeliveryModel.PROFESSIONAL_SERVICES)
                        .addExpectedCustomerSpend(s -> s
                                .amount("2500.00")
                                .currencyCode(CurrencyCode.EUR)
                                .frequency(PaymentFrequency.MONTHLY)
                                .targetCompany(ExpectedCustomerSpend.TARGET_AWS)
                                .estimationUrl("https://pricing.calculator.aws.eu/#/estimate?id=0123456789abcdef0123456789abcdef01234567"))
                        .addExpectedCustomerSpend(s -> s
                                .amount("1200.5")
                                .currencyCode(CurrencyCode.EUR)
                                .frequency(PaymentFrequency.MONTHLY)
                                .targetCompany(ExpectedCustomerSpend.TARGET_SELF)
                                .estimationUrl("https://calculator.aws/#/estimate?id=fedcba9876543210fedcba9876543210"))
                        .expectedContractDuration(ExpectedContractDuration.months(36))
                        .title("Sovereign telemetry platform migration")
                        .addApnPrograms(ApnProgram.MIGRATION_ACCELERATION_PROGRAM)
                        .customerBusinessProblem("Launch telemetry is processed on ageing on-premises clusters that miss the "
                                + "regulator's reporting window; the partner migrates it to a managed streaming pipeline.")
                        .customerUseCase(CustomerUseCase.MIGRATION_DATABASE_MIGRATION)
                        .relatedOpportunityIdentifier("O9876543210")
                        .addSalesActivities(SalesActivity.INITIALIZED_DISCUSSIONS_WITH_CUSTOMER, SalesActivity.CONDUCTED_POC_DEMO)
                        .competitorName(CompetitorName.OTHER_UNLISTED)
                        .otherCompetitorNames("Regional sovereign hosting provider")
                        .otherSolutionDescription("Managed streaming pipeline with sovereign key management")
                        .additionalComments("Customer requires data residency in the EU.")
                        .awsPartition(AwsPartition.AWS_EUSC))
                .opportunityType(OpportunityType.NET_NEW_BUSINESS)
                .marketing(m -> m
                        .campaignName("FY26-EU-SOVEREIGN-LAUNCH")
                        .source(MarketingSource.MARKETING_ACTIVITY)
                        .addUseCases(MarketingUseCase.MIGRATION_AND_TRANSFER)
                        .addChannels(MarketingChannel.LIVE_EVENT)
                        .awsFundingUsed(AwsFundingUsed.YES))
                .softwareRevenue(r -> r
                        .deliveryModel(RevenueModel.SUBSCRIPTION)
                        .value(v -> v.amount("120000.00").currencyCode(CurrencyCode.EUR))
                        .effectiveDate(LocalDate.of(2027, 1, 1))
                        .expirationDate(LocalDate.of(2029, 12, 31)))
                .lifeCycle(l -> l
                        .stage(Stage.CLOSED_LOST)
                        .closedLostReason(ClosedLostReason.FINANCIAL_COMMERCIAL)
                        .nextSteps("Revisit after the customer's budget cycle")
                        .targetCloseDate(TARGET_CLOSE_DATE)
                        .reviewStatus(ReviewStatus.APPROVED)
                        .reviewComments("Validated against the customer's account plan.")
                        .reviewStatusReason("Validated")
                        .addNextStepsHistory(NextStepsHistoryEntry.builder()
                                .value("Schedule an architecture review")
                                .time(Instant.parse("2026-05-10T09:00:00Z"))
                                .build()))
                .origin(Origin.PARTNER_REFERRAL)
                .addOpportunityTeam(t -> t
                        .email(TEAM_EMAIL)
                        .firstName(TEAM_FIRST_NAME)
                        .lastName(TEAM_LAST_NAME)
                        .businessTitle(Contact.OPPORTUNITY_OWNER)
                        .phone(TEAM_PHONE))
                .addTag("crm-source", "salesforce")
                .relatedEntityIdentifiers(RelatedEntityIdentifiers.builder()
                        .addAwsMarketplaceOffers("arn:aws:aws-marketplace:us-east-1:999988887777:AWSMarketplace/Offer/offer-abcdefghijklm")
                        .addAwsMarketplaceOfferSets("arn:aws:aws-marketplace:us-east-1:999988887777:AWSMarketplace/OfferSet/offerset-abcdefghijklm")
                        .addSolutions("S-0000123")
                        .addAwsProducts("prod-abcdefghijklm")
                        .build())
                .createdDate(Instant.parse("2026-05-01T08:30:00Z"))
                .lastModifiedDate(Instant.parse("2026-05-15T10:15:30Z"))
                .build();
    }

    /** A small valid CreateOpportunity payload: what most integrations send. */
    public static Opportunity validOpportunity() {
        return Opportunity.builder()
                .origin(Origin.PARTNER_REFERRAL)
                .opportunityType(OpportunityType.NET_NEW_BUSINESS)
                .addPrimaryNeedsFromAws(PrimaryNeedFromAws.CO_SELL_TECHNICAL_CONSULTATION)
                .customer(c -> c.account(a -> a
                        .companyName("Example Corp")
                        .industry(Industry.RETAIL)
                        .websiteUrl("https://example.com")
                        .address(ad -> ad.countryCode(CountryCode.US).stateOrRegion(StateOrRegion.OREGON))))
                .project(p -> p
                        .title("Data lake")
                        .customerBusinessProblem("Nightly batch jobs miss their window; move the warehouse to AWS.")
                        .addDeliveryModels(DeliveryModel.PROFESSIONAL_SERVICES)
                        .addExpectedCustomerSpend(s -> s
                                .amount("5000")
                                .currencyCode(CurrencyCode.USD)
                                .frequency(PaymentFrequency.MONTHLY)
                                .targetCompany(ExpectedCustomerSpend.TARGET_AWS)))
                .lifeCycle(l -> l.stage(Stage.PROSPECT).targetCloseDate(TARGET_CLOSE_DATE))
                .build();
    }
}

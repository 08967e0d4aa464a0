package io.partnercentral.selling.model;

import io.partnercentral.selling.validation.OpportunityValidator;

import static io.partnercentral.selling.model.ValidationErrorCode.INVALID_ENUM_VALUE;
import static io.partnercentral.selling.model.ValidationErrorCode.INVALID_STRING_FORMAT;
import static io.partnercentral.selling.model.ValidationErrorCode.INVALID_VALUE;
import static io.partnercentral.selling.model.ValidationErrorCode.REQUIRED_FIELD_MISSING;
import static io.partnercentral.selling.model.ValidationErrorCode.TOO_MANY_VALUES;
import static io.partnercentral.selling.model.ValidationErrorCode.VALUE_OUT_OF_RANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OpportunityValidatorTest {
    private static final OpportunityValidator VALIDATOR = OpportunityValidator.create(Fixtures.CLOCK);
    private static final LocalDate TODAY = LocalDate.now(Fixtures.CLOCK);
    /** 120 code points in 240 chars: length limits count code points, as the service does. */
    private static final String ROCKETS_120 = "\uD83D\uDE80".repeat(120);

    // ---- fixtures themselves ------------------------------------------------------------------

    @Test
    void validateForCreate_whenMaximalOpportunityInAwsCatalog_reportsNothing() {
        List<Violation> violations = VALIDATOR.validateForCreate(Fixtures.maximalOpportunity(), Catalog.AWS);

        assertThat(violations).isEmpty();
        assertThat(violations).isSameAs(List.of());
    }

    @Test
    void validateForUpdate_whenMaximalOpportunity_reportsNothing() {
        assertThat(VALIDATOR.validateForUpdate(Fixtures.maximalOpportunity(), Catalog.AWS)).isEmpty();
    }

    @Test
    void validate_whenValidOpportunityOnSystemClock_reportsNothing() {
        assertThat(OpportunityValidator.defaultValidator().validateForCreate(Fixtures.validOpportunity())).isEmpty();
        assertThat(OpportunityValidator.defaultValidator().validateForCreate(Fixtures.validOpportunity(), Catalog.AWS)).isEmpty();
    }

    // ---- every rule, broken one at a time -----------------------------------------------------

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("no customer", with(o -> o.customer(Optional.empty())),
                        "Customer.Account", REQUIRED_FIELD_MISSING, null),
                broken("customer without account", with(o -> o.customer(Customer.builder().build())),
                        "Customer.Account", REQUIRED_FIELD_MISSING, null),
                broken("company name missing", withAccount(a -> a.companyName(Optional.empty())),
                        "Customer.Account.CompanyName", REQUIRED_FIELD_MISSING, null),
                broken("company name of 121", withAccount(a -> a.companyName("c".repeat(121))),
                        "Customer.Account.CompanyName", INVALID_STRING_FORMAT, "c".repeat(121)),
                broken("other industry missing with Industry Other", withAccount(a -> a.otherIndustry(Optional.empty())),
                        "Customer.Account.OtherIndustry", REQUIRED_FIELD_MISSING, null),
                broken("other industry of 256", withAccount(a -> a.otherIndustry("i".repeat(256))),
                        "Customer.Account.OtherIndustry", INVALID_STRING_FORMAT, "i".repeat(256)),
                broken("website missing", withAccount(a -> a.websiteUrl(Optional.empty())),
                        "Customer.Account.WebsiteUrl", REQUIRED_FIELD_MISSING, null),
                broken("website of 3", withAccount(a -> a.websiteUrl("a.b")),
                        "Customer.Account.WebsiteUrl", INVALID_STRING_FORMAT, "a.b"),
                broken("website of 256", withAccount(a -> a.websiteUrl("https://" + "w".repeat(248))),
                        "Customer.Account.WebsiteUrl", INVALID_STRING_FORMAT, "https://" + "w".repeat(248)),
                broken("account id of 13 digits", withAccount(a -> a.awsAccountId("1234567890123")),
                        "Customer.Account.AwsAccountId", INVALID_STRING_FORMAT, "1234567890123"),
                broken("account id with a dash", withAccount(a -> a.awsAccountId("acct-42")),
                        "Customer.Account.AwsAccountId", INVALID_STRING_FORMAT, "acct-42"),
                broken("account id empty", withAccount(a -> a.awsAccountId("")),
                        "Customer.Account.AwsAccountId", INVALID_STRING_FORMAT, null),
                broken("DUNS of 8 digits", withAccount(a -> a.duns("80473513")),
                        "Customer.Account.Duns", INVALID_STRING_FORMAT, "80473513"),
                broken("DUNS with a letter", withAccount(a -> a.duns("80473513X")),
                        "Customer.Account.Duns", INVALID_STRING_FORMAT, "80473513X"),
                broken("city of 256", withAddress(a -> a.city("y".repeat(256))),
                        "Customer.Account.Address.City", INVALID_STRING_FORMAT, "y".repeat(256)),
                broken("street of 256", withAddress(a -> a.streetAddress("s".repeat(256))),
                        "Customer.Account.Address.StreetAddress", INVALID_STRING_FORMAT, "s".repeat(256)),
                broken("postal code of 21", withAddress(a -> a.postalCode("9".repeat(21))),
                        "Customer.Account.Address.PostalCode", INVALID_STRING_FORMAT, "9".repeat(21)),
                broken("non-US region in a US address", withAddress(a -> a.stateOrRegion(StateOrRegion.of("Bavaria"))),
                        "Customer.Account.Address.StateOrRegion", INVALID_ENUM_VALUE, "Bavaria"),
                broken("contact email without an at sign", withContact(c -> c.email("henrietta.example.com")),
                        "Customer.Contacts[0].Email", INVALID_STRING_FORMAT, "henrietta.example.com"),
                broken("contact email of 81", withContact(c -> c.email("e".repeat(69) + "@example.com")),
                        "Customer.Contacts[0].Email", INVALID_STRING_FORMAT, "e".repeat(69) + "@example.com"),
                broken("contact first name of 81", withContact(c -> c.firstName("f".repeat(81))),
                        "Customer.Contacts[0].FirstName", INVALID_STRING_FORMAT, "f".repeat(81)),
                broken("contact last name of 81", withContact(c -> c.lastName("l".repeat(81))),
                        "Customer.Contacts[0].LastName", INVALID_STRING_FORMAT, "l".repeat(81)),
                broken("contact title of 81", withContact(c -> c.businessTitle("t".repeat(81))),
                        "Customer.Contacts[0].BusinessTitle", INVALID_STRING_FORMAT, "t".repeat(81)),
                broken("contact phone without plus", withContact(c -> c.phone("12065550143")),
                        "Customer.Contacts[0].Phone", INVALID_STRING_FORMAT, "12065550143"),
                broken("second contact's email", withSecondContact(c -> c.email("not-an-email")),
                        "Customer.Contacts[1].Email", INVALID_STRING_FORMAT, "not-an-email"),
                broken("11 team members", with(o -> o.opportunityTeam(teamOf(11))),
                        "OpportunityTeam", TOO_MANY_VALUES, null),
                broken("fourth team member's phone", withFourthTeamMember(c -> c.phone("+0123456")),
                        "OpportunityTeam[3].Phone", INVALID_STRING_FORMAT, "+0123456"),
                broken("team member email", withTeamMember(c -> c.email("b.lindqvist@partner")),
                        "OpportunityTeam[0].Email", INVALID_STRING_FORMAT, "b.lindqvist@partner"),
                broken("team member last name of 81", withTeamMember(c -> c.lastName("n".repeat(81))),
                        "OpportunityTeam[0].LastName", INVALID_STRING_FORMAT, "n".repeat(81)),
                broken("partner opportunity id of 65", with(o -> o.partnerOpportunityIdentifier("p".repeat(65))),
                        "PartnerOpportunityIdentifier", INVALID_STRING_FORMAT, "p".repeat(65)),
                broken("national security outside government", with(o -> o.nationalSecurity(NationalSecurity.YES)),
                        "NationalSecurity", INVALID_VALUE, null),
                broken("AWS Referral in the AWS catalog", with(o -> o.origin(Origin.AWS_REFERRAL)),
                        "Origin", INVALID_VALUE, "AWS Referral"),
                broken("title of 256", withProject(p -> p.title("T".repeat(256))),
                        "Project.Title", INVALID_STRING_FORMAT, "T".repeat(256)),
                broken("business problem of 19", withProject(p -> p.customerBusinessProblem("b".repeat(19))),
                        "Project.CustomerBusinessProblem", INVALID_STRING_FORMAT, "b".repeat(19)),
                broken("business problem of 2001", withProject(p -> p.customerBusinessProblem("b".repeat(2001))),
                        "Project.CustomerBusinessProblem", INVALID_STRING_FORMAT, "b".repeat(2001)),
                broken("empty additional comments", withProject(p -> p.additionalComments("")),
                        "Project.AdditionalComments", INVALID_STRING_FORMAT, null),
                broken("additional comments of 256", withProject(p -> p.additionalComments("a".repeat(256))),
                        "Project.AdditionalComments", INVALID_STRING_FORMAT, "a".repeat(256)),
                broken("other competitors of 256", withProject(p -> p.otherCompetitorNames("o".repeat(256))),
                        "Project.OtherCompetitorNames", INVALID_STRING_FORMAT, "o".repeat(256)),
                broken("other competitors with a listed competitor",
                        withProject(p -> p.competitorName(CompetitorName.MICROSOFT_AZURE)),
                        "Project.OtherCompetitorNames", INVALID_VALUE, "Regional sovereign hosting provider"),
                broken("other competitors without competitor", withProject(p -> p.competitorName(Optional.empty())),
                        "Project.OtherCompetitorNames", INVALID_VALUE, "Regional sovereign hosting provider"),
                broken("other solution of 256", withProject(p -> p.otherSolutionDescription("d".repeat(256))),
                        "Project.OtherSolutionDescription", INVALID_STRING_FORMAT, "d".repeat(256)),
                broken("related opportunity in lowercase", withProject(p -> p.relatedOpportunityIdentifier("o9876543210")),
                        "Project.RelatedOpportunityIdentifier", INVALID_STRING_FORMAT, "o9876543210"),
                broken("related opportunity of 20 digits", withProject(p -> p.relatedOpportunityIdentifier("O" + "1".repeat(20))),
                        "Project.RelatedOpportunityIdentifier", INVALID_STRING_FORMAT, "O" + "1".repeat(20)),
                broken("duration without term", withDuration(d -> d.term(Optional.empty())),
                        "Project.ExpectedContractDuration.Term", REQUIRED_FIELD_MISSING, null),
                broken("duration in years", withDuration(d -> d.term(ContractDurationTerm.of("Years"))),
                        "Project.ExpectedContractDuration.Term", INVALID_ENUM_VALUE, "Years"),
                broken("duration without value", withDuration(d -> d.value(Optional.empty())),
                        "Project.ExpectedContractDuration.Value", REQUIRED_FIELD_MISSING, null),
                broken("duration of 0", withDuration(d -> d.value("0")),
                        "Project.ExpectedContractDuration.Value", VALUE_OUT_OF_RANGE, "0"),
                broken("duration of 145", withDuration(d -> d.value("145")),
                        "Project.ExpectedContractDuration.Value", VALUE_OUT_OF_RANGE, "145"),
                broken("duration beyond int", withDuration(d -> d.value("99999999999")),
                        "Project.ExpectedContractDuration.Value", VALUE_OUT_OF_RANGE, "99999999999"),
                broken("duration with leading zero", withDuration(d -> d.value("036")),
                        "Project.ExpectedContractDuration.Value", INVALID_STRING_FORMAT, "036"),
                broken("negative duration", withDuration(d -> d.value("-3")),
                        "Project.ExpectedContractDuration.Value", INVALID_STRING_FORMAT, "-3"),
                broken("fractional duration", withDuration(d -> d.value("1.5")),
                        "Project.ExpectedContractDuration.Value", INVALID_STRING_FORMAT, "1.5"),
                broken("unknown partition", withProject(p -> p.awsPartition(AwsPartition.of("aws-cn"))),
                        "Project.AwsPartition", INVALID_ENUM_VALUE, "aws-cn"),
                broken("11 spend entries", withProject(p -> p.expectedCustomerSpend(spendsOf(11))),
                        "Project.ExpectedCustomerSpend", TOO_MANY_VALUES, null),
                broken("spend amount with three decimals", withSpend(0, s -> s.amount("2500.001")),
                        "Project.ExpectedCustomerSpend[0].Amount", INVALID_STRING_FORMAT, "2500.001"),
                broken("spend amount with leading zero", withSpend(0, s -> s.amount("02500")),
                        "Project.ExpectedCustomerSpend[0].Amount", INVALID_STRING_FORMAT, "02500"),
                broken("negative spend amount", withSpend(0, s -> s.amount("-1")),
                        "Project.ExpectedCustomerSpend[0].Amount", INVALID_STRING_FORMAT, "-1"),
                broken("spend without currency", withSpend(0, s -> s.currencyCode(Optional.empty())),
                        "Project.ExpectedCustomerSpend[0].CurrencyCode", REQUIRED_FIELD_MISSING, null),
                broken("spend in USD under aws-eusc", withSpend(1, s -> s.currencyCode(CurrencyCode.USD)),
                        "Project.ExpectedCustomerSpend[1].CurrencyCode", INVALID_VALUE, "USD"),
                broken("spend in GBP", withoutPartition(withSpend(0, s -> s.currencyCode(CurrencyCode.GBP))),
                        "Project.ExpectedCustomerSpend[0].CurrencyCode", INVALID_ENUM_VALUE, "GBP"),
                broken("spend in an unknown currency", withoutPartition(withSpend(0, s -> s.currencyCode(CurrencyCode.of("XBT")))),
                        "Project.ExpectedCustomerSpend[0].CurrencyCode", INVALID_ENUM_VALUE, "XBT"),
                broken("spend without frequency", withSpend(0, s -> s.frequency(Optional.empty())),
                        "Project.ExpectedCustomerSpend[0].Frequency", REQUIRED_FIELD_MISSING, null),
                broken("weekly spend", withSpend(0, s -> s.frequency(PaymentFrequency.of("Weekly"))),
                        "Project.ExpectedCustomerSpend[0].Frequency", INVALID_ENUM_VALUE, "Weekly"),
                broken("spend without target company", withSpend(0, s -> s.targetCompany(Optional.empty())),
                        "Project.ExpectedCustomerSpend[0].TargetCompany", REQUIRED_FIELD_MISSING, null),
                broken("empty target company", withSpend(0, s -> s.targetCompany("")),
                        "Project.ExpectedCustomerSpend[0].TargetCompany", INVALID_STRING_FORMAT, null),
                broken("target company of 81", withSpend(0, s -> s.targetCompany("A".repeat(81))),
                        "Project.ExpectedCustomerSpend[0].TargetCompany", INVALID_STRING_FORMAT, "A".repeat(81)),
                broken("target company Self without duration",
                        withProject(p -> p.expectedContractDuration(Optional.empty())),
                        "Project.ExpectedCustomerSpend[1].TargetCompany", INVALID_VALUE, "Self"),
                broken("target company neither AWS nor Self", withSpend(1, s -> s.targetCompany("Partner")),
                        "Project.ExpectedCustomerSpend[1].TargetCompany", INVALID_VALUE, "Partner"),
                broken("target company in lowercase", withSpend(0, s -> s.targetCompany("aws")),
                        "Project.ExpectedCustomerSpend[0].TargetCompany", INVALID_VALUE, null),
                broken("estimation URL on another host", withSpend(0, s -> s.estimationUrl("https://calculator.example/#/estimate?id=" + "a".repeat(32))),
                        "Project.ExpectedCustomerSpend[0].EstimationUrl", INVALID_STRING_FORMAT, "calculator.example"),
                broken("estimation URL with short id", withSpend(0, s -> s.estimationUrl("https://calculator.aws/#/estimate?id=" + "a".repeat(31))),
                        "Project.ExpectedCustomerSpend[0].EstimationUrl", INVALID_STRING_FORMAT, "a".repeat(31)),
                broken("software revenue without amount", withRevenueValue(v -> v.amount(Optional.empty())),
                        "SoftwareRevenue.Value.Amount", REQUIRED_FIELD_MISSING, null),
                broken("software revenue with empty amount", withRevenueValue(v -> v.amount("")),
                        "SoftwareRevenue.Value.Amount", INVALID_STRING_FORMAT, null),
                broken("software revenue with exponent", withRevenueValue(v -> v.amount("1.2E5")),
                        "SoftwareRevenue.Value.Amount", INVALID_STRING_FORMAT, "1.2E5"),
                broken("software revenue without currency", withRevenueValue(v -> v.currencyCode(Optional.empty())),
                        "SoftwareRevenue.Value.CurrencyCode", REQUIRED_FIELD_MISSING, null),
                broken("software revenue in USD under aws-eusc", withRevenueValue(v -> v.currencyCode(CurrencyCode.USD)),
                        "SoftwareRevenue.Value.CurrencyCode", INVALID_VALUE, "USD"),
                broken("software revenue in JPY", withoutPartition(withRevenueValue(v -> v.currencyCode(CurrencyCode.JPY))),
                        "SoftwareRevenue.Value.CurrencyCode", INVALID_ENUM_VALUE, "JPY"),
                broken("next steps of 256", withLifeCycle(l -> l.nextSteps("n".repeat(256))),
                        "LifeCycle.NextSteps", INVALID_STRING_FORMAT, "n".repeat(256)),
                broken("closed lost without reason", withLifeCycle(l -> l.closedLostReason(Optional.empty())),
                        "LifeCycle.ClosedLostReason", REQUIRED_FIELD_MISSING, null),
                broken("target close date yesterday", withLifeCycle(l -> l.targetCloseDate(TODAY.minusDays(1))),
                        "LifeCycle.TargetCloseDate", VALUE_OUT_OF_RANGE, TODAY.minusDays(1).toString()),
                broken("marketing use cases without funding", withMarketing(m -> m.awsFundingUsed(AwsFundingUsed.NO)),
                        "Marketing.UseCases", INVALID_VALUE, "Migration & Transfer"),
                broken("201 tags", with(o -> o.tags(tagsOf(201))),
                        "Tags", TOO_MANY_VALUES, null),
                broken("empty tag key", with(o -> o.tags(List.of(Tag.of("", "v")))),
                        "Tags[0].Key", INVALID_STRING_FORMAT, null),
                broken("tag key of 129", with(o -> o.tags(List.of(Tag.of("k".repeat(129), "v")))),
                        "Tags[0].Key", INVALID_STRING_FORMAT, "k".repeat(129)),
                broken("tag key with #", with(o -> o.tags(List.of(Tag.of("cost#center", "v")))),
                        "Tags[0].Key", INVALID_STRING_FORMAT, "cost#center"),
                broken("tag value of 257", with(o -> o.tags(List.of(Tag.of("k", "v".repeat(257))))),
                        "Tags[0].Value", INVALID_STRING_FORMAT, "v".repeat(257)),
                broken("tag value with a tab", with(o -> o.tags(List.of(Tag.of("k", "one\ttwo")))),
                        "Tags[0].Value", INVALID_STRING_FORMAT, "one\ttwo"),
                broken("second tag's value with a quote", with(o -> o.tags(List.of(Tag.of("k", "v"), Tag.of("k2", "it's")))),
                        "Tags[1].Value", INVALID_STRING_FORMAT, "it's"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void validateForCreate_whenOneRuleIsBroken_reportsExactlyThatViolation(
            String rule, Opportunity opportunity, String path, ValidationErrorCode code, String offendingValue) {
        List<Violation> violations = VALIDATOR.validateForCreate(opportunity, Catalog.AWS);

        assertThat(violations).extracting(Violation::fieldPath, Violation::code).containsExactly(tuple(path, code));
        assertThat(violations.get(0).message()).isNotBlank();
        if (offendingValue != null) {
            assertThat(violations.get(0).message()).doesNotContain(offendingValue);
            assertThat(violations.get(0).toString()).doesNotContain(offendingValue);
        }
    }

    /**
     * Capitals in an email: the checked-in model's pattern rejects them; a release that relaxes it must
     * be followed, not overridden by a hand-written check, so the expectation comes from the model.
     */
    @Test
    void validateForCreate_contactEmailWithCapitals_followsTheModelsEmailPattern() throws java.io.IOException {
        String pattern = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Path.of("../model/service-2.json").toFile()).at("/shapes/Email/pattern").asText();
        String email = "Henrietta@Example.com";
        boolean allowed = java.util.regex.Pattern.compile(pattern).matcher(email).matches();

        List<Violation> violations = VALIDATOR.validateForCreate(withContact(c -> c.email(email)), Catalog.AWS);

        assertThat(violations).extracting(Violation::fieldPath, Violation::code).isEqualTo(allowed ? List.of()
                : List.of(tuple("Customer.Contacts[0].Email", INVALID_STRING_FORMAT)));
    }

    // ---- every rule, satisfied at its edges -----------------------------------------------------

    static Stream<Arguments> acceptedEdges() {
        return Stream.of(
                accepted("company name of 120", withAccount(a -> a.companyName("c".repeat(120)))),
                accepted("company name of 120 code points in 240 chars", withAccount(a -> a.companyName(ROCKETS_120))),
                accepted("empty company name", withAccount(a -> a.companyName(""))),
                accepted("no other industry outside Industry Other",
                        withAccount(a -> a.industry(Industry.RETAIL).otherIndustry(Optional.empty()))),
                accepted("other industry of 255", withAccount(a -> a.otherIndustry("i".repeat(255)))),
                accepted("website of 4", withAccount(a -> a.websiteUrl("a.io"))),
                accepted("website of 255", withAccount(a -> a.websiteUrl("https://" + "w".repeat(247)))),
                accepted("no website on a national security project",
                        with(o -> o.nationalSecurity(NationalSecurity.YES).customer(account(a -> a
                                .industry(Industry.GOVERNMENT).websiteUrl(Optional.empty()))))),
                accepted("account id of 12 digits", withAccount(a -> a.awsAccountId("000000000000"))),
                accepted("account id of 1 word char", withAccount(a -> a.awsAccountId("_"))),
                accepted("account id of 12 word chars", withAccount(a -> a.awsAccountId("Acct_42_test"))),
                accepted("no account id", withAccount(a -> a.awsAccountId(Optional.empty()))),
                accepted("DUNS of 9 digits", withAccount(a -> a.duns("000000000"))),
                accepted("city of 255", withAddress(a -> a.city("y".repeat(255)))),
                accepted("street of 255", withAddress(a -> a.streetAddress("s".repeat(255)))),
                accepted("postal code of 20", withAddress(a -> a.postalCode("9".repeat(20)))),
                accepted("the last US state value", withAddress(a -> a.stateOrRegion(StateOrRegion.FPO_AP))),
                accepted("region outside the US", withAddress(a -> a.countryCode(CountryCode.DE).stateOrRegion(StateOrRegion.of("Bavaria")))),
                accepted("region without country", withAddress(a -> a.countryCode(Optional.empty()).stateOrRegion(StateOrRegion.of("Bavaria")))),
                accepted("region in an unknown country", withAddress(a -> a.countryCode(CountryCode.unchecked("XK")).stateOrRegion(StateOrRegion.of("Prishtina")))),
                accepted("contact email of 80", withContact(c -> c.email("e".repeat(68) + "@example.com"))),
                accepted("contact email with every allowed local char",
                        withContact(c -> c.email("a.b!#$%&'*+/=?^_`{|}~-9@mail-1.example.co"))),
                accepted("contact names of 80", withContact(c -> c.firstName("f".repeat(80)).lastName("l".repeat(80)).businessTitle("t".repeat(80)))),
                accepted("contact with empty names", withContact(c -> c.firstName("").lastName("").businessTitle(""))),
                accepted("shortest phone", withContact(c -> c.phone("+12"))),
                accepted("longest phone", withContact(c -> c.phone("+123456789012345"))),
                accepted("contact with no member", with(o -> o.customer(Fixtures.maximalOpportunity().customer().orElseThrow().toBuilder()
                        .contacts(List.of(Contact.builder().build())).build()))),
                accepted("10 team members", with(o -> o.opportunityTeam(teamOf(10)))),
                accepted("no team", with(o -> o.opportunityTeam(List.of()))),
                accepted("partner opportunity id of 64", with(o -> o.partnerOpportunityIdentifier("p".repeat(64)))),
                accepted("national security in government",
                        with(o -> o.nationalSecurity(NationalSecurity.YES).customer(account(a -> a.industry(Industry.GOVERNMENT))))),
                accepted("national security No outside government", with(o -> o.nationalSecurity(NationalSecurity.NO))),
                accepted("no origin", with(o -> o.origin(Optional.empty()))),
                accepted("title of 255", withProject(p -> p.title("T".repeat(255)))),
                accepted("business problem of 20", withProject(p -> p.customerBusinessProblem("b".repeat(20)))),
                accepted("business problem of 2000", withProject(p -> p.customerBusinessProblem("b".repeat(2000)))),
                accepted("additional comments of 1", withProject(p -> p.additionalComments("a"))),
                accepted("additional comments of 255", withProject(p -> p.additionalComments("a".repeat(255)))),
                accepted("other competitors of 255", withProject(p -> p.otherCompetitorNames("o".repeat(255)))),
                accepted("listed competitor without other names",
                        withProject(p -> p.competitorName(CompetitorName.MICROSOFT_AZURE).otherCompetitorNames(Optional.empty()))),
                accepted("other solution of 255", withProject(p -> p.otherSolutionDescription("d".repeat(255)))),
                accepted("related opportunity of 1 digit", withProject(p -> p.relatedOpportunityIdentifier("O1"))),
                accepted("related opportunity of 19 digits", withProject(p -> p.relatedOpportunityIdentifier("O" + "9".repeat(19)))),
                accepted("duration of 1 month", withDuration(d -> d.value("1"))),
                accepted("duration of 144 months", withDuration(d -> d.value("144"))),
                accepted("no partition, spend in USD",
                        withoutPartition(withSpend(0, s -> s.currencyCode(CurrencyCode.USD)))),
                accepted("no partition, revenue in USD",
                        withoutPartition(withRevenueValue(v -> v.currencyCode(CurrencyCode.USD)))),
                accepted("10 spend entries", withProject(p -> p.expectedCustomerSpend(spendsOf(10)))),
                accepted("no spend", withProject(p -> p.expectedCustomerSpend(List.of()))),
                accepted("empty spend amount", withSpend(0, s -> s.amount(""))),
                accepted("no spend amount", withSpend(0, s -> s.amount(Optional.empty()))),
                accepted("spend amount 0", withSpend(0, s -> s.amount("0"))),
                accepted("spend amount with a trailing point", withSpend(0, s -> s.amount("0."))),
                accepted("spend amount of 31 digits and 2 decimals", withSpend(0, s -> s.amount("9".repeat(31) + ".99"))),
                accepted("spend for AWS with duration", withSpend(1, s -> s.targetCompany("AWS"))),
                accepted("spend without estimation URL", withSpend(0, s -> s.estimationUrl(Optional.empty()))),
                accepted("estimation URL with 64-digit id", withSpend(0, s -> s.estimationUrl("https://calculator.aws/#/estimate?id=" + "0f".repeat(32)))),
                accepted("revenue amount 0.5", withRevenueValue(v -> v.amount("0.5"))),
                accepted("no software revenue value", with(o -> o.softwareRevenue(SoftwareRevenue.builder().build()))),
                accepted("next steps of 255", withLifeCycle(l -> l.nextSteps("n".repeat(255)))),
                accepted("open stage without lost reason",
                        withLifeCycle(l -> l.stage(Stage.QUALIFIED).closedLostReason(Optional.empty()))),
                accepted("target close date today", withLifeCycle(l -> l.targetCloseDate(TODAY))),
                accepted("no target close date", withLifeCycle(l -> l.targetCloseDate(Optional.empty()))),
                accepted("no funding and no use cases",
                        withMarketing(m -> m.awsFundingUsed(AwsFundingUsed.NO).useCases(List.of()))),
                accepted("200 tags", with(o -> o.tags(tagsOf(200)))),
                accepted("no tags", with(o -> o.tags(List.of()))),
                accepted("tag key of 128 and value of 256", with(o -> o.tags(List.of(Tag.of("k".repeat(128), "v".repeat(256)))))),
                accepted("empty tag value", with(o -> o.tags(List.of(Tag.of("k", ""))))),
                accepted("tag with every allowed symbol, space, accents and CJK",
                        with(o -> o.tags(List.of(Tag.of("a_b.c:d/e=f+g-h@i j", "Résumé 東京 ٣")))))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedEdges")
    void validateForCreate_whenRuleIsSatisfiedAtItsEdge_reportsNothing(String rule, Opportunity opportunity) {
        assertThat(VALIDATOR.validateForCreate(opportunity, Catalog.AWS)).isEmpty();
    }

    // ---- the cross-member rules, by name --------------------------------------------------------

    @Test
    void validateForCreate_whenCurrencyIsUsdUnderEusc_reportsEurRequired() {
        Opportunity opportunity = withSpend(0, s -> s.currencyCode(CurrencyCode.USD));

        assertThat(VALIDATOR.validateForCreate(opportunity, Catalog.AWS)).containsExactly(new Violation(
                "Project.ExpectedCustomerSpend[0].CurrencyCode", INVALID_VALUE, "must be EUR when Project.AwsPartition is aws-eusc"));
    }

    @Test
    void validateForCreate_whenTargetCompanyIsSelfWithoutContractDuration_reportsAwsRequired() {
        Opportunity opportunity = withProject(p -> p.expectedContractDuration(Optional.empty()));

        assertThat(VALIDATOR.validateForCreate(opportunity, Catalog.AWS)).containsExactly(new Violation(
                "Project.ExpectedCustomerSpend[1].TargetCompany", INVALID_VALUE,
                "must be AWS unless Project.ExpectedContractDuration is set"));
    }

    @Test
    void validateForCreate_whenNationalSecurityWithUnknownIndustry_reportsGovernmentRequired() {
        Opportunity opportunity = with(o -> o.nationalSecurity(NationalSecurity.YES)
                .customer(account(a -> a.industry(Industry.unchecked("Quantum Farming")))));

        assertThat(VALIDATOR.validateForCreate(opportunity, Catalog.AWS))
                .extracting(Violation::fieldPath, Violation::code)
                .containsExactly(tuple("NationalSecurity", INVALID_VALUE));
    }

    @Test
    void validateForCreate_whenAwsReferralOutsideTheAwsCatalog_reportsNothing() {
        Opportunity opportunity = with(o -> o.origin(Origin.AWS_REFERRAL));

        assertThat(VALIDATOR.validateForCreate(opportunity, Catalog.SANDBOX)).isEmpty();
        assertThat(VALIDATOR.validateForCreate(opportunity)).isEmpty();
        assertThat(VALIDATOR.validateForCreate(opportunity, Catalog.of("Staging"))).isEmpty();
    }

    @Test
    void validateForCreate_whenUnknownOriginInTheAwsCatalog_reportsPartnerReferralRequired() {
        Opportunity opportunity = with(o -> o.origin(Origin.unchecked("Marketplace Referral")));

        assertThat(VALIDATOR.validateForCreate(opportunity, Catalog.AWS))
                .extracting(Violation::fieldPath, Violation::code)
                .containsExactly(tuple("Origin", INVALID_VALUE));
    }

    @Test
    void validateForCreate_whenUnknownFundingWithUseCases_reportsNothing() {
        Opportunity opportunity = withMarketing(m -> m.awsFundingUsed(AwsFundingUsed.unchecked("Partially")));

        assertThat(VALIDATOR.validateForCreate(opportunity, Catalog.AWS)).isEmpty();
    }

    @Test
    void validateForCreate_whenUnknownPicklistValuesWithoutNarrowingRule_reportsNothing() {
        Opportunity opportunity = Fixtures.validOpportunity().toBuilder()
                .opportunityType(OpportunityType.unchecked("Co-Innovation"))
                .addPrimaryNeedsFromAws(PrimaryNeedFromAws.unchecked("Co-Sell - Something New"))
                .nationalSecurity(NationalSecurity.unchecked("Classified"))
                .customer(c -> c.account(a -> a.companyName("Example Corp").industry(Industry.unchecked("Quantum Farming"))
                        .websiteUrl("https://example.com")
                        .address(ad -> ad.countryCode(CountryCode.unchecked("XK")).stateOrRegion(StateOrRegion.of("Prishtina")))))
                .project(Fixtures.validOpportunity().project().orElseThrow().toBuilder()
                        .addDeliveryModel(DeliveryModel.unchecked("Edge Appliance"))
                        .addApnProgram(ApnProgram.of("Future Program"))
                        .addSalesActivity(SalesActivity.unchecked("Signed MoU"))
                        .customerUseCase(CustomerUseCase.of("Quantum Computing"))
                        .competitorName(CompetitorName.unchecked("New Cloud"))
                        .build())
                .marketing(m -> m.source(MarketingSource.unchecked("Podcast")).addChannel(MarketingChannel.unchecked("Podcast"))
                        .addUseCase(MarketingUseCase.of("Space")).awsFundingUsed(AwsFundingUsed.YES))
                .softwareRevenue(r -> r.deliveryModel(RevenueModel.unchecked("Usage Tiered")))
                .lifeCycle(l -> l.stage(Stage.unchecked("Negotiation")).closedLostReason(ClosedLostReason.unchecked("Merger"))
                        .targetCloseDate(Fixtures.TARGET_CLOSE_DATE))
                .build();

        assertThat(VALIDATOR.validateForCreate(opportunity, Catalog.AWS)).isEmpty();
    }

    @Test
    void validateForCreate_whenCallerTypesUnknownModelEnumValues_reportsEachAsInvalidEnumValue() {
        Opportunity opportunity = Fixtures.validOpportunity().toBuilder()
                .nationalSecurity(NationalSecurity.of("yes"))
                .customer(c -> c.account(a -> a.companyName("Example Corp").industry(Industry.of("Banking"))
                        .websiteUrl("https://example.com").address(ad -> ad.countryCode(CountryCode.of("USA")))))
                .lifeCycle(l -> l.stage(Stage.of("Won")).targetCloseDate(Fixtures.TARGET_CLOSE_DATE))
                .build();

        List<Violation> violations = VALIDATOR.validateForCreate(opportunity, Catalog.AWS);

        assertThat(violations).extracting(Violation::fieldPath, Violation::code).containsExactlyInAnyOrder(
                tuple("NationalSecurity", INVALID_ENUM_VALUE),
                tuple("Customer.Account.Industry", INVALID_ENUM_VALUE),
                tuple("Customer.Account.Address.CountryCode", INVALID_ENUM_VALUE),
                tuple("LifeCycle.Stage", INVALID_ENUM_VALUE));
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).doesNotContain("Banking", "USA", "Won"));
    }

    @Test
    void validateForCreate_whenUnknownValuesCameFromTheService_reportsNothing() throws Exception {
        String json = "{\"Customer\":{\"Account\":{\"CompanyName\":\"Example Corp\",\"Industry\":\"Space Mining\","
                + "\"WebsiteUrl\":\"https://example.com\",\"Address\":{\"CountryCode\":\"XK\"}}},"
                + "\"LifeCycle\":{\"Stage\":\"Negotiation\",\"TargetCloseDate\":\"" + Fixtures.TARGET_CLOSE_DATE + "\"}}";

        Opportunity read = io.partnercentral.selling.internal.WireJson.mapper().readValue(json, Opportunity.class);

        assertThat(read.customer().flatMap(Customer::account).flatMap(Account::industry).orElseThrow().isKnown()).isFalse();
        assertThat(VALIDATOR.validateForCreate(read, Catalog.AWS)).isEmpty();
    }

    @Test
    void validateForCreate_whenLocalDateOutsideFourDigitYears_reportsInvalidStringFormat() {
        Opportunity opportunity = withLifeCycle(l -> l.targetCloseDate(LocalDate.of(10000, 1, 1)));

        assertThat(OpportunityValidator.create(Fixtures.CLOCK).validateForCreate(opportunity, Catalog.AWS))
                .extracting(Violation::fieldPath, Violation::code)
                .containsExactly(tuple("LifeCycle.TargetCloseDate", INVALID_STRING_FORMAT));
    }

    @Test
    void validateForCreate_whenTargetCloseDateIsTodayInUtcButPastInClockZone_reportsPast() {
        // 23:30 UTC is already the next day at UTC+2: "today" follows the clock's zone.
        Clock lateEvening = Clock.fixed(Instant.parse("2026-05-15T23:30:00Z"), ZoneOffset.ofHours(2));
        Opportunity opportunity = withLifeCycle(l -> l.targetCloseDate(LocalDate.of(2026, 5, 15)));

        assertThat(OpportunityValidator.create(lateEvening).validateForCreate(opportunity, Catalog.AWS))
                .extracting(Violation::fieldPath, Violation::code)
                .containsExactly(tuple("LifeCycle.TargetCloseDate", VALUE_OUT_OF_RANGE));
        assertThat(OpportunityValidator.create(Clock.fixed(Instant.parse("2026-05-15T23:30:00Z"), ZoneOffset.UTC))
                .validateForCreate(opportunity, Catalog.AWS)).isEmpty();
    }

    /** Fixed-offset clocks take the validator's arithmetic path, region zones {@code LocalDate.now}. */
    static Stream<Clock> clocks() {
        return Stream.of(
                Fixtures.CLOCK,
                Clock.fixed(Instant.parse("2026-05-15T23:59:59.999Z"), ZoneOffset.UTC),
                Clock.fixed(Instant.parse("2026-05-15T00:00:00Z"), ZoneOffset.ofHours(-10)),
                Clock.fixed(Instant.parse("2026-05-15T11:30:00Z"), ZoneOffset.ofHoursMinutes(12, 45)),
                Clock.fixed(Instant.parse("1969-12-31T23:59:59.500Z"), ZoneOffset.UTC),
                Clock.fixed(Instant.parse("1969-12-31T22:00:00Z"), ZoneOffset.ofHours(3)),
                Clock.fixed(Instant.parse("2026-05-15T11:30:00Z"), ZoneId.of("Pacific/Auckland")),
                Clock.fixed(Instant.parse("2026-03-08T07:30:00Z"), ZoneId.of("America/Los_Angeles")));
    }

    @ParameterizedTest
    @MethodSource("clocks")
    void validateForCreate_whenTargetCloseDateIsTodayOnAnyClock_acceptsItAndRejectsYesterday(Clock clock) {
        OpportunityValidator validator = OpportunityValidator.create(clock);
        LocalDate today = LocalDate.now(clock);

        assertThat(validator.validateForCreate(withLifeCycle(l -> l.targetCloseDate(today)), Catalog.AWS)).isEmpty();
        assertThat(validator.validateForCreate(withLifeCycle(l -> l.targetCloseDate(today.minusDays(1))), Catalog.AWS))
                .extracting(Violation::fieldPath)
                .containsExactly("LifeCycle.TargetCloseDate");
    }

    // ---- create and update --------------------------------------------------------------------

    @Test
    void validateForUpdate_whenCreateOnlyMembersAreInvalid_reportsNothing() {
        Opportunity opportunity = with(o -> o.origin(Origin.AWS_REFERRAL)
                .opportunityTeam(teamOf(11))
                .tags(List.of(Tag.of("", "bad\tvalue"))));

        assertThat(VALIDATOR.validateForUpdate(opportunity, Catalog.AWS)).isEmpty();
        assertThat(VALIDATOR.validateForCreate(opportunity, Catalog.AWS))
                .extracting(Violation::fieldPath)
                .containsExactlyInAnyOrder("Origin", "OpportunityTeam", "Tags[0].Key", "Tags[0].Value");
    }

    @Test
    void validateForUpdate_whenSharedRuleIsBroken_reportsIt() {
        Opportunity opportunity = withSpend(0, s -> s.currencyCode(CurrencyCode.USD));

        assertThat(VALIDATOR.validateForUpdate(opportunity, Catalog.AWS))
                .extracting(Violation::fieldPath, Violation::code)
                .containsExactly(tuple("Project.ExpectedCustomerSpend[0].CurrencyCode", INVALID_VALUE));
        assertThat(VALIDATOR.validateForUpdate(withAccount(a -> a.companyName(Optional.empty()))))
                .extracting(Violation::fieldPath)
                .containsExactly("Customer.Account.CompanyName");
    }

    @Test
    void validateForCreateAndUpdate_whenReadOnlyMembersHoldAnything_reportNothing() {
        Opportunity opportunity = with(o -> o
                .id("not an id")
                .arn("")
                .catalog(Catalog.of("Nowhere"))
                .createdDate(Instant.EPOCH)
                .lastModifiedDate(Instant.EPOCH)
                .relatedEntityIdentifiers(RelatedEntityIdentifiers.builder().addSolutions("x".repeat(5000)).build())
                .lifeCycle(Fixtures.maximalOpportunity().lifeCycle().orElseThrow().toBuilder()
                        .reviewStatus(ReviewStatus.of("Frozen"))
                        .reviewComments("c".repeat(10_000))
                        .reviewStatusReason("r".repeat(10_000))
                        .nextStepsHistory(List.of(NextStepsHistoryEntry.builder().value("h".repeat(10_000)).time(Instant.EPOCH).build()))
                        .build()));

        assertThat(VALIDATOR.validateForCreate(opportunity, Catalog.AWS)).isEmpty();
        assertThat(VALIDATOR.validateForUpdate(opportunity, Catalog.AWS)).isEmpty();
    }

    // ---- several mistakes at once -------------------------------------------------------------

    @Test
    void validateForCreate_whenPayloadHasSeveralMistakes_reportsAllOfThem() {
        Opportunity base = Fixtures.maximalOpportunity();
        Project project = base.project().orElseThrow();
        Opportunity opportunity = base.toBuilder()
                .customer(account(a -> a.companyName(Optional.empty()).duns("123")))
                .project(project.toBuilder()
                        .customerBusinessProblem("too short")
                        .expectedContractDuration(ExpectedContractDuration.months(999))
                        .expectedCustomerSpend(List.of(
                                project.expectedCustomerSpend().get(0).toBuilder().currencyCode(CurrencyCode.USD).build(),
                                project.expectedCustomerSpend().get(1).toBuilder().frequency(Optional.empty()).build()))
                        .build())
                .lifeCycle(base.lifeCycle().orElseThrow().toBuilder().targetCloseDate(TODAY.minusYears(1)).build())
                .addOpportunityTeam(c -> c.email("Shouting.example.com"))
                .addTag("bad#key", "fine")
                .build();

        List<Violation> violations = VALIDATOR.validateForCreate(opportunity, Catalog.AWS);

        assertThat(violations).extracting(Violation::fieldPath, Violation::code).containsExactlyInAnyOrder(
                tuple("Customer.Account.CompanyName", REQUIRED_FIELD_MISSING),
                tuple("Customer.Account.Duns", INVALID_STRING_FORMAT),
                tuple("Project.CustomerBusinessProblem", INVALID_STRING_FORMAT),
                tuple("Project.ExpectedContractDuration.Value", VALUE_OUT_OF_RANGE),
                tuple("Project.ExpectedCustomerSpend[0].CurrencyCode", INVALID_VALUE),
                tuple("Project.ExpectedCustomerSpend[1].Frequency", REQUIRED_FIELD_MISSING),
                tuple("LifeCycle.TargetCloseDate", VALUE_OUT_OF_RANGE),
                tuple("OpportunityTeam[1].Email", INVALID_STRING_FORMAT),
                tuple("Tags[1].Key", INVALID_STRING_FORMAT));
        assertThat(violations).allSatisfy(v -> assertThat(v.message())
                .doesNotContain("too short", "123", "Shouting", "bad#key", "999"));
    }

    @Test
    void validateForCreate_whenViolationsFound_returnsUnmodifiableList() {
        List<Violation> violations = VALIDATOR.validateForCreate(withAccount(a -> a.duns("1")), Catalog.AWS);
        Violation extra = new Violation("X", INVALID_VALUE, "m");

        assertThat(violations).hasSize(1);
        assertThatThrownBy(() -> violations.add(extra)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> VALIDATOR.validateForCreate(Fixtures.maximalOpportunity()).add(extra))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void validateForCreate_whenOpportunityIsEmpty_reportsOnlyTheMissingAccount() {
        assertThat(VALIDATOR.validateForCreate(Opportunity.builder().build(), Catalog.AWS))
                .containsExactly(new Violation("Customer.Account", REQUIRED_FIELD_MISSING, "is required"));
    }

    @Test
    void create_whenClockIsNull_throws() {
        assertThatThrownBy(() -> OpportunityValidator.create(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> VALIDATOR.validateForCreate(null, Catalog.AWS)).isInstanceOf(NullPointerException.class);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static Arguments broken(String rule, Opportunity opportunity, String path, ValidationErrorCode code, String offendingValue) {
        return arguments(rule, opportunity, path, code, offendingValue);
    }

    private static Arguments accepted(String rule, Opportunity opportunity) {
        return arguments(rule, opportunity);
    }

    /** The maximal opportunity, changed. */
    static Opportunity with(UnaryOperator<Opportunity.Builder> change) {
        return change.apply(Fixtures.maximalOpportunity().toBuilder()).build();
    }

    /** The maximal opportunity's customer with its account changed. */
    static Customer account(UnaryOperator<Account.Builder> change) {
        Customer customer = Fixtures.maximalOpportunity().customer().orElseThrow();
        return customer.toBuilder().account(change.apply(customer.account().orElseThrow().toBuilder()).build()).build();
    }

    static Opportunity withAccount(UnaryOperator<Account.Builder> change) {
        return with(o -> o.customer(account(change)));
    }

    static Opportunity withAddress(UnaryOperator<Address.Builder> change) {
        Address address = Fixtures.maximalOpportunity().customer().orElseThrow().account().orElseThrow().address().orElseThrow();
        return withAccount(a -> a.address(change.apply(address.toBuilder()).build()));
    }

    static Opportunity withContact(UnaryOperator<Contact.Builder> change) {
        Customer customer = Fixtures.maximalOpportunity().customer().orElseThrow();
        Contact changed = change.apply(customer.contacts().get(0).toBuilder()).build();
        return with(o -> o.customer(customer.toBuilder().contacts(List.of(changed)).build()));
    }

    static Opportunity withSecondContact(UnaryOperator<Contact.Builder> change) {
        Customer customer = Fixtures.maximalOpportunity().customer().orElseThrow();
        Contact first = customer.contacts().get(0);
        return with(o -> o.customer(customer.toBuilder().contacts(List.of(first, change.apply(first.toBuilder()).build())).build()));
    }

    static Opportunity withTeamMember(UnaryOperator<Contact.Builder> change) {
        Contact member = Fixtures.maximalOpportunity().opportunityTeam().get(0);
        return with(o -> o.opportunityTeam(List.of(change.apply(member.toBuilder()).build())));
    }

    static Opportunity withFourthTeamMember(UnaryOperator<Contact.Builder> change) {
        List<Contact> team = new ArrayList<>(teamOf(4));
        team.set(3, change.apply(team.get(3).toBuilder()).build());
        return with(o -> o.opportunityTeam(team));
    }

    static Opportunity withProject(UnaryOperator<Project.Builder> change) {
        Project project = Fixtures.maximalOpportunity().project().orElseThrow();
        return with(o -> o.project(change.apply(project.toBuilder()).build()));
    }

    static Opportunity withDuration(UnaryOperator<ExpectedContractDuration.Builder> change) {
        ExpectedContractDuration duration = Fixtures.maximalOpportunity().project().orElseThrow().expectedContractDuration().orElseThrow();
        return withProject(p -> p.expectedContractDuration(change.apply(duration.toBuilder()).build()));
    }

    static Opportunity withSpend(int index, UnaryOperator<ExpectedCustomerSpend.Builder> change) {
        List<ExpectedCustomerSpend> spends = new ArrayList<>(Fixtures.maximalOpportunity().project().orElseThrow().expectedCustomerSpend());
        spends.set(index, change.apply(spends.get(index).toBuilder()).build());
        return withProject(p -> p.expectedCustomerSpend(spends));
    }

    /** {@code opportunity} outside the aws-eusc partition (where USD is accepted). */
    static Opportunity withoutPartition(Opportunity opportunity) {
        Project project = opportunity.project().orElseThrow();
        return opportunity.toBuilder().project(project.toBuilder().awsPartition(Optional.empty()).build()).build();
    }

    static Opportunity withRevenueValue(UnaryOperator<MonetaryValue.Builder> change) {
        SoftwareRevenue revenue = Fixtures.maximalOpportunity().softwareRevenue().orElseThrow();
        MonetaryValue value = revenue.value().orElseThrow();
        return with(o -> o.softwareRevenue(revenue.toBuilder().value(change.apply(value.toBuilder()).build()).build()));
    }

    static Opportunity withLifeCycle(UnaryOperator<LifeCycle.Builder> change) {
        LifeCycle lifeCycle = Fixtures.maximalOpportunity().lifeCycle().orElseThrow();
        return with(o -> o.lifeCycle(change.apply(lifeCycle.toBuilder()).build()));
    }

    static Opportunity withMarketing(UnaryOperator<Marketing.Builder> change) {
        Marketing marketing = Fixtures.maximalOpportunity().marketing().orElseThrow();
        return with(o -> o.marketing(change.apply(marketing.toBuilder()).build()));
    }

    static List<Contact> teamOf(int size) {
        Contact member = Fixtures.maximalOpportunity().opportunityTeam().get(0);
        return Collections.nCopies(size, member);
    }

    static List<ExpectedCustomerSpend> spendsOf(int size) {
        ExpectedCustomerSpend spend = Fixtures.maximalOpportunity().project().orElseThrow().expectedCustomerSpend().get(0);
        return Collections.nCopies(size, spend);
    }

    static List<Tag> tagsOf(int size) {
        return IntStream.range(0, size).mapToObj(i -> Tag.of("key-" + i, "value")).toList();
    }
}

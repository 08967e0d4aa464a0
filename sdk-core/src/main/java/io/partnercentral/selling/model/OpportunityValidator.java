package io.partnercentral.selling.model;

import static io.partnercentral.selling.internal.validation.ViolationCollector.NO_INDEX;
import static io.partnercentral.selling.model.ValidationErrorCode.INVALID_ENUM_VALUE;
import static io.partnercentral.selling.model.ValidationErrorCode.INVALID_STRING_FORMAT;
import static io.partnercentral.selling.model.ValidationErrorCode.INVALID_VALUE;
import static io.partnercentral.selling.model.ValidationErrorCode.REQUIRED_FIELD_MISSING;
import static io.partnercentral.selling.model.ValidationErrorCode.TOO_MANY_VALUES;
import static io.partnercentral.selling.model.ValidationErrorCode.VALUE_OUT_OF_RANGE;

import io.partnercentral.selling.internal.validation.TextRules;
import io.partnercentral.selling.internal.validation.ViolationCollector;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Checks an {@link Opportunity} against every constraint the API reference documents, before a
 * request leaves the JVM, and reports all violations at once.
 *
 * <p>Thread-safe and cheap to share. The clock decides what "in the past" means for
 * {@code LifeCycle.TargetCloseDate}; tests inject a fixed one.
 *
 * <pre>{@code
 * OpportunityValidator validator = OpportunityValidator.create(Clock.systemUTC());
 * List<Violation> violations = validator.validateForCreate(opportunity, Catalog.AWS);
 * if (!violations.isEmpty()) {
 *     violations.forEach(v -> log.warn("{}", v));   // safe to log: messages never hold values
 * }
 * }</pre>
 *
 * <h2>What is checked</h2>
 * Field paths use the service's member names and list indexes, e.g.
 * {@code Customer.Contacts[1].Email}. Codes follow the service's {@code ValidationException}:
 * <ul>
 *   <li>{@code REQUIRED_FIELD_MISSING}: {@code Customer.Account} and its {@code CompanyName};
 *       {@code WebsiteUrl} unless {@code NationalSecurity} is Yes; {@code OtherIndustry} when
 *       {@code Industry} is Other; {@code ClosedLostReason} when {@code Stage} is Closed Lost; the
 *       members of {@code ExpectedContractDuration}, {@code ExpectedCustomerSpend} and
 *       {@code SoftwareRevenue.Value} the reference marks required.</li>
 *   <li>{@code INVALID_STRING_FORMAT}: string lengths (in code points) and patterns.</li>
 *   <li>{@code INVALID_ENUM_VALUE}: a picklist value outside the few the service accepts for that
 *       member (currency USD or EUR, term Months, frequency Monthly, partition aws-eusc, a US state
 *       when the country is US).</li>
 *   <li>{@code INVALID_VALUE}: rules between members (EUR under aws-eusc, NationalSecurity only for
 *       Government, Origin in the AWS catalog, OtherCompetitorNames only with {@code *Other},
 *       TargetCompany Self only with a contract duration, no marketing use cases without funding).</li>
 *   <li>{@code VALUE_OUT_OF_RANGE}: the contract duration outside 1..144 months, a target close date
 *       before today.</li>
 *   <li>{@code TOO_MANY_VALUES}: more than 10 team members, 10 spend entries or 200 tags.</li>
 * </ul>
 * Picklist values this SDK does not know are accepted, so values newer than the SDK still travel,
 * unless the member only accepts specific values. Members the service sets (ids, dates, review
 * status, next steps history) are never checked; update rules also skip {@code Origin},
 * {@code OpportunityTeam} and {@code Tags}, which UpdateOpportunity does not send.
 */
public final class OpportunityValidator {
    private static final OpportunityValidator DEFAULT = new OpportunityValidator(Clock.systemUTC());

    private static final String REQUIRED = "is required";
    private static final String AMOUNT_FORMAT =
            "must be a decimal number without sign or leading zeros, at most 31 integer digits and 2 decimals";
    private static final String TAG_CHARACTERS = "may contain only letters, numbers, spaces and _ . : / = + - @";
    private static final int MAX_TEAM_MEMBERS = 10;
    private static final int MAX_SPEND_ENTRIES = 10;
    private static final int MAX_TAGS = 200;
    private static final int MIN_CONTRACT_MONTHS = 1;
    private static final int MAX_CONTRACT_MONTHS = 144;

    private final Clock clock;

    private OpportunityValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A validator that judges dates against {@code clock}. */
    public static OpportunityValidator create(Clock clock) {
        return new OpportunityValidator(clock);
    }

    /** The validator on the system UTC clock. */
    public static OpportunityValidator defaultValidator() {
        return DEFAULT;
    }

    /** The clock dates are judged against. */
    public Clock clock() {
        return clock;
    }

    /** Rules for a CreateOpportunity payload, catalog unknown (catalog-specific rules skipped). */
    public List<Violation> validateForCreate(Opportunity opportunity) {
        return validateForCreate(opportunity, null);
    }

    /**
     * Rules for a CreateOpportunity payload in {@code catalog}; a {@code null} or unknown catalog
     * skips the catalog-specific rules.
     *
     * @return every violation found, {@code List.of()} when there is none; unmodifiable
     */
    public List<Violation> validateForCreate(Opportunity opportunity, Catalog catalog) {
        Objects.requireNonNull(opportunity, "opportunity");
        ViolationCollector out = new ViolationCollector();
        checkSentByBoth(opportunity, out);
        checkOrigin(opportunity.origin().orElse(null), catalog, out);
        checkContacts("OpportunityTeam", opportunity.opportunityTeam(), MAX_TEAM_MEMBERS, out);
        checkTags(opportunity.tags(), out);
        return out.toList();
    }

    /** Rules for an UpdateOpportunity payload, catalog unknown. */
    public List<Violation> validateForUpdate(Opportunity opportunity) {
        return validateForUpdate(opportunity, null);
    }

    /**
     * Rules for an UpdateOpportunity payload in {@code catalog}: those of create, less the members
     * UpdateOpportunity does not send ({@code Origin}, {@code OpportunityTeam}, {@code Tags}).
     *
     * @return every violation found, {@code List.of()} when there is none; unmodifiable
     */
    public List<Violation> validateForUpdate(Opportunity opportunity, Catalog catalog) {
        Objects.requireNonNull(opportunity, "opportunity");
        // No update rule depends on the catalog today; the parameter keeps the call shape of create.
        ViolationCollector out = new ViolationCollector();
        checkSentByBoth(opportunity, out);
        return out.toList();
    }

    private void checkSentByBoth(Opportunity opportunity, ViolationCollector out) {
        boolean nationalSecurity = NationalSecurity.YES.equals(opportunity.nationalSecurity().orElse(null));
        Customer customer = opportunity.customer().orElse(null);
        Account account = customer == null ? null : customer.account().orElse(null);
        Industry industry = account == null ? null : account.industry().orElse(null);

        if (account == null) {
            out.add("Customer.Account", REQUIRED_FIELD_MISSING, REQUIRED);
        } else {
            checkAccount(account, industry, nationalSecurity, out);
        }
        if (customer != null) {
            // The reference documents no limit on the number of customer contacts.
            checkContacts("Customer.Contacts", customer.contacts(), Integer.MAX_VALUE, out);
        }
        if (nationalSecurity && !Industry.GOVERNMENT.equals(industry)) {
            out.add("NationalSecurity", INVALID_VALUE, "must be No unless Customer.Account.Industry is Government");
        }
        maxLength(opportunity.partnerOpportunityIdentifier().orElse(null), 64, "", NO_INDEX, "PartnerOpportunityIdentifier", out);

        Project project = opportunity.project().orElse(null);
        boolean eusc = project != null && AwsPartition.AWS_EUSC.equals(project.awsPartition().orElse(null));
        if (project != null) {
            checkProject(project, eusc, out);
        }
        SoftwareRevenue softwareRevenue = opportunity.softwareRevenue().orElse(null);
        MonetaryValue value = softwareRevenue == null ? null : softwareRevenue.value().orElse(null);
        if (value != null) {
            checkMonetaryValue(value, eusc, out);
        }
        LifeCycle lifeCycle = opportunity.lifeCycle().orElse(null);
        if (lifeCycle != null) {
            checkLifeCycle(lifeCycle, out);
        }
        Marketing marketing = opportunity.marketing().orElse(null);
        if (marketing != null
                && AwsFundingUsed.NO.equals(marketing.awsFundingUsed().orElse(null))
                && !marketing.useCases().isEmpty()) {
            out.add("Marketing.UseCases", INVALID_VALUE, "must be empty when Marketing.AwsFundingUsed is No");
        }
    }

    private static void checkAccount(Account account, Industry industry, boolean nationalSecurity, ViolationCollector out) {
        String parent = "Customer.Account";
        String companyName = account.companyName().orElse(null);
        if (companyName == null) {
            out.add("Customer.Account.CompanyName", REQUIRED_FIELD_MISSING, REQUIRED);
        } else {
            maxLength(companyName, 120, parent, NO_INDEX, "CompanyName", out);
        }

        String otherIndustry = account.otherIndustry().orElse(null);
        if (otherIndustry == null) {
            if (Industry.OTHER.equals(industry)) {
                out.add("Customer.Account.OtherIndustry", REQUIRED_FIELD_MISSING, "is required when Industry is Other");
            }
        } else {
            maxLength(otherIndustry, 255, parent, NO_INDEX, "OtherIndustry", out);
        }

        String websiteUrl = account.websiteUrl().orElse(null);
        if (websiteUrl == null) {
            if (!nationalSecurity) {
                out.add("Customer.Account.WebsiteUrl", REQUIRED_FIELD_MISSING, "is required unless NationalSecurity is Yes");
            }
        } else {
            lengthBetween(websiteUrl, 4, 255, parent, NO_INDEX, "WebsiteUrl", out);
        }

        String awsAccountId = account.awsAccountId().orElse(null);
        if (awsAccountId != null && !TextRules.isAwsAccountId(awsAccountId)) {
            out.add("Customer.Account.AwsAccountId", INVALID_STRING_FORMAT,
                    "must be 1 to 12 letters, digits or underscores (an AWS account ID is 12 digits)");
        }
        String duns = account.duns().orElse(null);
        if (duns != null && !TextRules.isDuns(duns)) {
            out.add("Customer.Account.Duns", INVALID_STRING_FORMAT, "must be exactly 9 digits");
        }

        Address address = account.address().orElse(null);
        if (address != null) {
            checkAddress(address, out);
        }
    }

    private static void checkAddress(Address address, ViolationCollector out) {
        String parent = "Customer.Account.Address";
        maxLength(address.city().orElse(null), 255, parent, NO_INDEX, "City", out);
        maxLength(address.streetAddress().orElse(null), 255, parent, NO_INDEX, "StreetAddress", out);
        maxLength(address.postalCode().orElse(null), 20, parent, NO_INDEX, "PostalCode", out);
        // The reference's StateOrRegion list is of US states and territories: it binds US addresses
        // only. Elsewhere the member is the region's name, which the service does not list, so an
        // unknown value there is accepted like any other unknown picklist value.
        StateOrRegion state = address.stateOrRegion().orElse(null);
        if (state != null && !state.isKnown() && CountryCode.US.equals(address.countryCode().orElse(null))) {
            out.add("Customer.Account.Address.StateOrRegion", INVALID_ENUM_VALUE,
                    "must be a US state or territory from the API reference's list when CountryCode is US");
        }
    }

    private static void checkContacts(String listPath, List<Contact> contacts, int maxSize, ViolationCollector out) {
        int size = contacts.size();
        if (size > maxSize) {
            out.add(listPath, TOO_MANY_VALUES, "must have at most " + maxSize + " members");
        }
        for (int i = 0; i < size; i++) {
            checkContact(contacts.get(i), listPath, i, out);
        }
    }

    private static void checkContact(Contact contact, String listPath, int index, ViolationCollector out) {
        String email = contact.email().orElse(null);
        if (email != null) {
            maxLength(email, 80, listPath, index, "Email", out);
            if (!TextRules.isEmail(email)) {
                out.add(listPath, index, "Email", INVALID_STRING_FORMAT, "must be a lowercase email address of the form local@domain");
            }
        }
        maxLength(contact.firstName().orElse(null), 80, listPath, index, "FirstName", out);
        maxLength(contact.lastName().orElse(null), 80, listPath, index, "LastName", out);
        maxLength(contact.businessTitle().orElse(null), 80, listPath, index, "BusinessTitle", out);
        String phone = contact.phone().orElse(null);
        if (phone != null && !TextRules.isE164Phone(phone)) {
            out.add(listPath, index, "Phone", INVALID_STRING_FORMAT,
                    "must be in E.164 format: + and 2 to 15 digits, the first not 0");
        }
    }

    private static void checkProject(Project project, boolean eusc, ViolationCollector out) {
        String parent = "Project";
        maxLength(project.title().orElse(null), 255, parent, NO_INDEX, "Title", out);
        lengthBetween(project.customerBusinessProblem().orElse(null), 20, 2000, parent, NO_INDEX, "CustomerBusinessProblem", out);
        lengthBetween(project.additionalComments().orElse(null), 1, 255, parent, NO_INDEX, "AdditionalComments", out);
        maxLength(project.otherSolutionDescription().orElse(null), 255, parent, NO_INDEX, "OtherSolutionDescription", out);

        String otherCompetitorNames = project.otherCompetitorNames().orElse(null);
        if (otherCompetitorNames != null) {
            maxLength(otherCompetitorNames, 255, parent, NO_INDEX, "OtherCompetitorNames", out);
            if (!CompetitorName.OTHER_UNLISTED.equals(project.competitorName().orElse(null))) {
                out.add("Project.OtherCompetitorNames", INVALID_VALUE, "may be set only when Project.CompetitorName is *Other");
            }
        }

        String related = project.relatedOpportunityIdentifier().orElse(null);
        if (related != null && !TextRules.isOpportunityId(related)) {
            out.add("Project.RelatedOpportunityIdentifier", INVALID_STRING_FORMAT, "must be O followed by 1 to 19 digits");
        }

        AwsPartition partition = project.awsPartition().orElse(null);
        if (partition != null && !eusc) {
            out.add("Project.AwsPartition", INVALID_ENUM_VALUE, "must be aws-eusc or absent");
        }

        ExpectedContractDuration duration = project.expectedContractDuration().orElse(null);
        if (duration != null) {
            checkContractDuration(duration, out);
        }

        List<ExpectedCustomerSpend> spends = project.expectedCustomerSpend();
        int size = spends.size();
        if (size > MAX_SPEND_ENTRIES) {
            out.add("Project.ExpectedCustomerSpend", TOO_MANY_VALUES, "must have at most " + MAX_SPEND_ENTRIES + " entries");
        }
        for (int i = 0; i < size; i++) {
            checkSpend(spends.get(i), i, eusc, duration != null, out);
        }
    }

    private static void checkContractDuration(ExpectedContractDuration duration, ViolationCollector out) {
        ContractDurationTerm term = duration.term().orElse(null);
        if (term == null) {
            out.add("Project.ExpectedContractDuration.Term", REQUIRED_FIELD_MISSING, REQUIRED);
        } else if (!ContractDurationTerm.MONTHS.equals(term)) {
            out.add("Project.ExpectedContractDuration.Term", INVALID_ENUM_VALUE, "must be Months");
        }
        String value = duration.value().orElse(null);
        if (value == null) {
            out.add("Project.ExpectedContractDuration.Value", REQUIRED_FIELD_MISSING, REQUIRED);
        } else if (!TextRules.isCanonicalWholeNumber(value)) {
            out.add("Project.ExpectedContractDuration.Value", INVALID_STRING_FORMAT,
                    "must be a whole number written with digits only, without sign or leading zeros");
        } else if (!isContractMonths(value)) {
            out.add("Project.ExpectedContractDuration.Value", VALUE_OUT_OF_RANGE,
                    "must be from " + MIN_CONTRACT_MONTHS + " to " + MAX_CONTRACT_MONTHS);
        }
    }

    /** {@code value} is a canonical whole number; longer than three digits it is out of range anyway. */
    private static boolean isContractMonths(String value) {
        if (value.length() > 3) {
            return false;
        }
        int months = Integer.parseInt(value);
        return months >= MIN_CONTRACT_MONTHS && months <= MAX_CONTRACT_MONTHS;
    }

    private static void checkSpend(ExpectedCustomerSpend spend, int index, boolean eusc, boolean hasDuration, ViolationCollector out) {
        String listPath = "Project.ExpectedCustomerSpend";
        String amount = spend.amount().orElse(null);
        if (amount != null && !TextRules.isAmount(amount, true)) {
            out.add(listPath, index, "Amount", INVALID_STRING_FORMAT, AMOUNT_FORMAT);
        }
        checkCurrency(spend.currencyCode().orElse(null), eusc, listPath, index, out);

        PaymentFrequency frequency = spend.frequency().orElse(null);
        if (frequency == null) {
            out.add(listPath, index, "Frequency", REQUIRED_FIELD_MISSING, REQUIRED);
        } else if (!PaymentFrequency.MONTHLY.equals(frequency)) {
            out.add(listPath, index, "Frequency", INVALID_ENUM_VALUE, "must be Monthly");
        }

        String target = spend.targetCompany().orElse(null);
        if (target == null) {
            out.add(listPath, index, "TargetCompany", REQUIRED_FIELD_MISSING, REQUIRED);
        } else if (lengthBetween(target, 1, 80, listPath, index, "TargetCompany", out)) {
            checkTargetCompany(target, hasDuration, listPath, index, out);
        }

        String estimationUrl = spend.estimationUrl().orElse(null);
        if (estimationUrl != null && !TextRules.isEstimationUrl(estimationUrl)) {
            out.add(listPath, index, "EstimationUrl", INVALID_STRING_FORMAT,
                    "must be an AWS Pricing Calculator estimate link: https://calculator.aws/#/estimate?id= or "
                            + "https://pricing.calculator.aws.eu/#/estimate?id= and 32 to 64 lowercase hex digits");
        }
    }

    private static void checkTargetCompany(String target, boolean hasDuration, String listPath, int index, ViolationCollector out) {
        if (ExpectedCustomerSpend.TARGET_AWS.equals(target)) {
            return;
        }
        if (hasDuration) {
            if (!ExpectedCustomerSpend.TARGET_SELF.equals(target)) {
                out.add(listPath, index, "TargetCompany", INVALID_VALUE, "must be AWS or Self");
            }
        } else {
            out.add(listPath, index, "TargetCompany", INVALID_VALUE,
                    "must be AWS unless Project.ExpectedContractDuration is set");
        }
    }

    private static void checkMonetaryValue(MonetaryValue value, boolean eusc, ViolationCollector out) {
        String amount = value.amount().orElse(null);
        if (amount == null) {
            out.add("SoftwareRevenue.Value.Amount", REQUIRED_FIELD_MISSING, REQUIRED);
        } else if (!TextRules.isAmount(amount, false)) {
            out.add("SoftwareRevenue.Value.Amount", INVALID_STRING_FORMAT, AMOUNT_FORMAT);
        }
        checkCurrency(value.currencyCode().orElse(null), eusc, "SoftwareRevenue.Value", NO_INDEX, out);
    }

    private static void checkCurrency(CurrencyCode currency, boolean eusc, String parent, int index, ViolationCollector out) {
        if (currency == null) {
            out.add(parent, index, "CurrencyCode", REQUIRED_FIELD_MISSING, REQUIRED);
        } else if (eusc) {
            if (!CurrencyCode.EUR.equals(currency)) {
                out.add(parent, index, "CurrencyCode", INVALID_VALUE, "must be EUR when Project.AwsPartition is aws-eusc");
            }
        } else if (!CurrencyCode.USD.equals(currency) && !CurrencyCode.EUR.equals(currency)) {
            out.add(parent, index, "CurrencyCode", INVALID_ENUM_VALUE, "must be USD or EUR");
        }
    }

    private void checkLifeCycle(LifeCycle lifeCycle, ViolationCollector out) {
        maxLength(lifeCycle.nextSteps().orElse(null), 255, "LifeCycle", NO_INDEX, "NextSteps", out);
        if (Stage.CLOSED_LOST.equals(lifeCycle.stage().orElse(null)) && lifeCycle.closedLostReason().isEmpty()) {
            out.add("LifeCycle.ClosedLostReason", REQUIRED_FIELD_MISSING, "is required when Stage is Closed Lost");
        }
        LocalDate targetCloseDate = lifeCycle.targetCloseDate().orElse(null);
        if (targetCloseDate != null && targetCloseDate.toEpochDay() < todayEpochDay()) {
            out.add("LifeCycle.TargetCloseDate", VALUE_OUT_OF_RANGE, "must not be in the past");
        }
    }

    /** {@code LocalDate.now(clock).toEpochDay()}, without allocating for fixed-offset clocks such as UTC. */
    private long todayEpochDay() {
        if (clock.getZone() instanceof ZoneOffset offset) {
            long seconds = Math.floorDiv(clock.millis(), 1000L) + offset.getTotalSeconds();
            return Math.floorDiv(seconds, 86_400L);
        }
        return LocalDate.now(clock).toEpochDay();
    }

    private static void checkOrigin(Origin origin, Catalog catalog, ViolationCollector out) {
        if (origin != null && Catalog.AWS.equals(catalog) && !Origin.PARTNER_REFERRAL.equals(origin)) {
            out.add("Origin", INVALID_VALUE, "must be Partner Referral in the AWS catalog");
        }
    }

    private static void checkTags(List<Tag> tags, ViolationCollector out) {
        int size = tags.size();
        if (size > MAX_TAGS) {
            out.add("Tags", TOO_MANY_VALUES, "must have at most " + MAX_TAGS + " tags");
        }
        for (int i = 0; i < size; i++) {
            Tag tag = tags.get(i);
            String key = tag.key();
            lengthBetween(key, 1, 128, "Tags", i, "Key", out);
            if (!TextRules.isTagText(key)) {
                out.add("Tags", i, "Key", INVALID_STRING_FORMAT, TAG_CHARACTERS);
            }
            String value = tag.value();
            maxLength(value, 256, "Tags", i, "Value", out);
            if (!TextRules.isTagText(value)) {
                out.add("Tags", i, "Value", INVALID_STRING_FORMAT, TAG_CHARACTERS);
            }
        }
    }

    /** Reports a string longer than {@code max} code points; {@code null} means absent and passes. */
    private static void maxLength(String value, int max, String parent, int index, String member, ViolationCollector out) {
        if (value != null && !TextRules.hasAtMost(value, max)) {
            out.add(parent, index, member, INVALID_STRING_FORMAT, "must be at most " + max + " characters");
        }
    }

    /** Reports a string outside {@code min..max} code points and returns whether it is inside. */
    private static boolean lengthBetween(String value, int min, int max, String parent, int index, String member, ViolationCollector out) {
        if (value == null || (TextRules.hasAtLeast(value, min) && TextRules.hasAtMost(value, max))) {
            return true;
        }
        out.add(parent, index, member, INVALID_STRING_FORMAT, "must be " + min + " to " + max + " characters");
        return false;
    }
}

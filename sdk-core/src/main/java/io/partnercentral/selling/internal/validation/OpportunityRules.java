package io.partnercentral.selling.internal.validation;

import static io.partnercentral.selling.model.ValidationErrorCode.INVALID_ENUM_VALUE;
import static io.partnercentral.selling.model.ValidationErrorCode.INVALID_VALUE;
import static io.partnercentral.selling.model.ValidationErrorCode.REQUIRED_FIELD_MISSING;
import static io.partnercentral.selling.model.ValidationErrorCode.VALUE_OUT_OF_RANGE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import io.partnercentral.selling.model.Account;
import io.partnercentral.selling.model.AwsFundingUsed;
import io.partnercentral.selling.model.AwsPartition;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CompetitorName;
import io.partnercentral.selling.model.CountryCode;
import io.partnercentral.selling.model.CurrencyCode;
import io.partnercentral.selling.model.Customer;
import io.partnercentral.selling.model.ExpectedContractDuration;
import io.partnercentral.selling.model.ExpectedCustomerSpend;
import io.partnercentral.selling.model.Industry;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.Marketing;
import io.partnercentral.selling.model.MonetaryValue;
import io.partnercentral.selling.model.NationalSecurity;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.Origin;
import io.partnercentral.selling.model.Project;
import io.partnercentral.selling.model.SoftwareRevenue;
import io.partnercentral.selling.model.Stage;
import io.partnercentral.selling.model.StateOrRegion;
import io.partnercentral.selling.model.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Internal API: the rules behind {@link io.partnercentral.selling.validation.OpportunityRules}, in
 * {@code internal} so the facade's own code can run them without depending on the public validation
 * package (which depends on this one).
 */
public final class OpportunityRules {
    private static final OpportunityRules DEFAULT = new OpportunityRules(Clock.systemUTC());

    private static final String REQUIRED = "is required";
    private static final int MIN_CONTRACT_MONTHS = 1;
    private static final int MAX_CONTRACT_MONTHS = 144;

    private final Clock clock;

    private OpportunityRules(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@return a validator that judges dates against {@code clock}}
     *
     * @param clock the clock
     */
    public static OpportunityRules create(Clock clock) {
        return new OpportunityRules(clock);
    }

    /** {@return the validator on the system UTC clock} */
    public static OpportunityRules defaultRules() {
        return DEFAULT;
    }

    /** {@return the clock dates are judged against} */
    public Clock clock() {
        return clock;
    }

    /**
     * Rules for a CreateOpportunity payload, catalog unknown (catalog-specific rules skipped).
     *
     * @param opportunity the opportunity
     * @return every violation found, empty when valid
     */
    public List<Violation> validateForCreate(Opportunity opportunity) {
        return validateForCreate(opportunity, null);
    }

    /**
     * Rules for a CreateOpportunity payload in {@code catalog}; a {@code null} or unknown catalog
     * skips the catalog-specific rules.
     *
     * @param opportunity the opportunity
     * @param catalog the catalog, {@code AWS} or {@code Sandbox}
     * @return every violation found, {@code List.of()} when there is none; unmodifiable
     */
    public List<Violation> validateForCreate(Opportunity opportunity, Catalog catalog) {
        Objects.requireNonNull(opportunity, "opportunity");
        ViolationCollector out = new ViolationCollector();
        ModelRules.checkInput("CreateOpportunity", opportunity, out);
        checkSentByBoth(opportunity, out);
        checkOrigin(opportunity.origin().orElse(null), catalog, out);
        return out.toList();
    }

    /**
     * Rules for an UpdateOpportunity payload, catalog unknown.
     *
     * @param opportunity the opportunity
     * @return every violation found, empty when valid
     */
    public List<Violation> validateForUpdate(Opportunity opportunity) {
        return validateForUpdate(opportunity, null);
    }

    /**
     * Rules for an UpdateOpportunity payload in {@code catalog}: those of create, less the members
     * UpdateOpportunity does not send ({@code Origin}, {@code OpportunityTeam}, {@code Tags}).
     *
     * @param opportunity the opportunity
     * @param catalog the catalog, {@code AWS} or {@code Sandbox}
     * @return every violation found, {@code List.of()} when there is none; unmodifiable
     */
    public List<Violation> validateForUpdate(Opportunity opportunity, Catalog catalog) {
        Objects.requireNonNull(opportunity, "opportunity");
        // No update rule depends on the catalog today; the parameter keeps the call shape of create.
        ViolationCollector out = new ViolationCollector();
        ModelRules.checkInput("UpdateOpportunity", opportunity, out);
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
        if (nationalSecurity && !Industry.GOVERNMENT.equals(industry)) {
            out.add("NationalSecurity", INVALID_VALUE, "must be No unless Customer.Account.Industry is Government");
        }

        Project project = opportunity.project().orElse(null);
        boolean eusc = project != null && AwsPartition.AWS_EUSC.equals(project.awsPartition().orElse(null));
        if (project != null) {
            checkProject(project, eusc, out);
        }
        SoftwareRevenue softwareRevenue = opportunity.softwareRevenue().orElse(null);
        MonetaryValue value = softwareRevenue == null ? null : softwareRevenue.value().orElse(null);
        if (value != null) {
            checkCurrency(value.currencyCode().orElse(null), eusc, "SoftwareRevenue.Value", -1, out);
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
        if (account.otherIndustry().isEmpty() && Industry.OTHER.equals(industry)) {
            out.add("Customer.Account.OtherIndustry", REQUIRED_FIELD_MISSING, "is required when Industry is Other");
        }
        if (account.websiteUrl().isEmpty() && !nationalSecurity) {
            out.add("Customer.Account.WebsiteUrl", REQUIRED_FIELD_MISSING, "is required unless NationalSecurity is Yes");
        }
        // The reference's StateOrRegion list is of US states and territories: it binds US addresses
        // only. Elsewhere the member is the region's name, which the service does not list.
        account.address().ifPresent(address -> {
            StateOrRegion state = address.stateOrRegion().orElse(null);
            if (state != null && !state.isKnown() && CountryCode.US.equals(address.countryCode().orElse(null))) {
                out.add("Customer.Account.Address.StateOrRegion", INVALID_ENUM_VALUE,
                        "must be a US state or territory from the API reference's list when CountryCode is US");
            }
        });
    }

    private static void checkProject(Project project, boolean eusc, ViolationCollector out) {
        if (project.otherCompetitorNames().isPresent()
                && !CompetitorName.OTHER_UNLISTED.equals(project.competitorName().orElse(null))) {
            out.add("Project.OtherCompetitorNames", INVALID_VALUE, "may be set only when Project.CompetitorName is *Other");
        }
        ExpectedContractDuration duration = project.expectedContractDuration().orElse(null);
        if (duration != null) {
            duration.value().ifPresent(value -> checkContractMonths(value, out));
        }
        List<ExpectedCustomerSpend> spends = project.expectedCustomerSpend();
        for (int i = 0, n = spends.size(); i < n; i++) {
            ExpectedCustomerSpend spend = spends.get(i);
            checkCurrency(spend.currencyCode().orElse(null), eusc, "Project.ExpectedCustomerSpend", i, out);
            String target = spend.targetCompany().orElse(null);
            if (target != null && !target.isEmpty() && target.length() <= 80) {
                checkTargetCompany(target, duration != null, i, out);
            }
        }
    }

    private static void checkContractMonths(String value, ViolationCollector out) {
        String path = "Project.ExpectedContractDuration.Value";
        if (!TextRules.isCanonicalWholeNumber(value)) {
            out.add(path, io.partnercentral.selling.model.ValidationErrorCode.INVALID_STRING_FORMAT, "must be a whole number written with digits only, without sign or leading zeros");
        } else if (value.length() > 3 || Integer.parseInt(value) < MIN_CONTRACT_MONTHS || Integer.parseInt(value) > MAX_CONTRACT_MONTHS) {
            out.add(path, VALUE_OUT_OF_RANGE, "must be from " + MIN_CONTRACT_MONTHS + " to " + MAX_CONTRACT_MONTHS);
        }
    }

    private static void checkTargetCompany(String target, boolean hasDuration, int index, ViolationCollector out) {
        if (ExpectedCustomerSpend.TARGET_AWS.equals(target)) {
            return;
        }
        if (hasDuration) {
            if (!ExpectedCustomerSpend.TARGET_SELF.equals(target)) {
                out.add("Project.ExpectedCustomerSpend", index, "TargetCompany", INVALID_VALUE, "must be AWS or Self");
            }
        } else {
            out.add("Project.ExpectedCustomerSpend", index, "TargetCompany", INVALID_VALUE,
                    "must be AWS unless Project.ExpectedContractDuration is set");
        }
    }

    private static void checkCurrency(CurrencyCode currency, boolean eusc, String parent, int index, ViolationCollector out) {
        if (currency == null || currency.isUnrecognized()) {
            return; // required and unknown values are the model's rules
        }
        if (eusc) {
            if (!CurrencyCode.EUR.equals(currency)) {
                out.add(parent, index, "CurrencyCode", INVALID_VALUE, "must be EUR when Project.AwsPartition is aws-eusc");
            }
        } else if (!CurrencyCode.USD.equals(currency) && !CurrencyCode.EUR.equals(currency)) {
            out.add(parent, index, "CurrencyCode", INVALID_ENUM_VALUE, "must be USD or EUR");
        }
    }

    private void checkLifeCycle(LifeCycle lifeCycle, ViolationCollector out) {
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
}

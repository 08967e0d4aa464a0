package io.partnercentral.selling.validation;


import io.partnercentral.selling.internal.validation.OpportunityRules;
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
 * {@code Customer.Contacts[1].Email}. Codes follow the service's {@code ValidationException}.
 * <ul>
 *   <li>Every rule the service's model states for the member (required members, lengths in code
 *       points, full-match patterns, list sizes, ranges, and {@code INVALID_ENUM_VALUE} for a
 *       picklist value the caller typed that this SDK does not know), from the generated
 *       {@code ModelRules} for CreateOpportunity's or UpdateOpportunity's input.</li>
 *   <li>The documented rules the model cannot express, written here: {@code Customer.Account}
 *       required; {@code WebsiteUrl} unless {@code NationalSecurity} is Yes; {@code OtherIndustry}
 *       when {@code Industry} is Other; {@code ClosedLostReason} when {@code Stage} is Closed Lost;
 *       currency USD or EUR, EUR under {@code aws-eusc}; NationalSecurity only for Government;
 *       Origin in the AWS catalog; OtherCompetitorNames only with {@code *Other}; TargetCompany AWS,
 *       or Self with a contract duration; no marketing use cases without funding; the contract
 *       duration 1..144 months; a target close date not before today; a US state for US
 *       addresses.</li>
 * </ul>
 * Values read from the service, or passed to a picklist's {@code unchecked(String)}, are never
 * reported as unknown, so values newer than the SDK still travel. Members the service sets (ids,
 * dates, review status, next steps history) are never checked; update rules also skip
 * {@code Origin}, {@code OpportunityTeam} and {@code Tags}, which UpdateOpportunity does not send.
 */
public final class OpportunityValidator {
    private static final OpportunityValidator DEFAULT = new OpportunityValidator(OpportunityRules.defaultRules());

    private final OpportunityRules rules;

    private OpportunityValidator(OpportunityRules rules) {
        this.rules = rules;
    }

    /**
     * {@return a validator that judges dates against {@code clock}}
     *
     * @param clock the clock
     */
    public static OpportunityValidator create(Clock clock) {
        return new OpportunityValidator(OpportunityRules.create(clock));
    }

    /** {@return the validator on the system UTC clock} */
    public static OpportunityValidator defaultValidator() {
        return DEFAULT;
    }

    /** {@return the clock dates are judged against} */
    public Clock clock() {
        return rules.clock();
    }

    /**
     * Rules for a CreateOpportunity payload, catalog unknown (catalog-specific rules skipped).
     *
     * @param opportunity the opportunity
     * @return every violation found, empty when valid
     */
    public List<Violation> validateForCreate(Opportunity opportunity) {
        return rules.validateForCreate(opportunity);
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
        return rules.validateForCreate(opportunity, catalog);
    }

    /**
     * Rules for an UpdateOpportunity payload, catalog unknown.
     *
     * @param opportunity the opportunity
     * @return every violation found, empty when valid
     */
    public List<Violation> validateForUpdate(Opportunity opportunity) {
        return rules.validateForUpdate(opportunity);
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
        return rules.validateForUpdate(opportunity, catalog);
    }
}

package io.partnercentral.selling.model;

import java.time.Clock;
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
 * }</pre>
 */
public final class OpportunityValidator {
    private static final OpportunityValidator DEFAULT = new OpportunityValidator(Clock.systemUTC());

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

    /** Rules for a CreateOpportunity payload in {@code catalog}. */
    public List<Violation> validateForCreate(Opportunity opportunity, Catalog catalog) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Rules for an UpdateOpportunity payload in {@code catalog}. */
    public List<Violation> validateForUpdate(Opportunity opportunity, Catalog catalog) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}

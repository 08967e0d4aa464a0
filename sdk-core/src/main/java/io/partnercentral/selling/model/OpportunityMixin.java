package io.partnercentral.selling.model;

import io.partnercentral.selling.internal.validation.OpportunityRules;
import java.util.List;

// A hand-written mixin of a generated type (customization.json "mixins"): conveniences only,
// never a member list.
/** Validation shortcut of {@link Opportunity}. */
interface OpportunityMixin {
    /**
     * Checks every documented constraint for a CreateOpportunity payload against the system clock
     * and returns all violations, empty when the payload is valid. Use {@link io.partnercentral.selling.validation.OpportunityValidator}
     * for update rules or another clock.
     *
     * @return every violation found, empty when valid
     */
    default List<Violation> validate() {
        return OpportunityRules.defaultRules().validateForCreate((Opportunity) this);
    }
}

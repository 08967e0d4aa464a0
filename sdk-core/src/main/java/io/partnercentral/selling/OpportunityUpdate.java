package io.partnercentral.selling;

import io.partnercentral.selling.model.Opportunity;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One record of {@link OpportunityClient#updateAll}: which opportunity, and the change a
 * read-modify-write applies to it (see {@link OpportunityClient#update}).
 *
 * <pre>{@code OpportunityUpdate.of("O1234567890", o -> o.toBuilder().lifeCycle(...).build())}</pre>
 *
 * @param id the opportunity's id
 * @param change applied to the current opportunity; free of side effects, as it may run again on conflict
 */
public record OpportunityUpdate(String id, UnaryOperator<Opportunity> change) {
    /**
     * Creates a {@code OpportunityUpdate}, checking its components.
     *
     * @param id the opportunity's id
     * @param change applied to the current opportunity; free of side effects, as it may run again on conflict
     */
    public OpportunityUpdate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
    }

    /**
     * {@return one record of an {@link OpportunityClient#updateAll} input}
     *
     * @param id the opportunity's id
     * @param change applied to the current opportunity; free of side effects
     */
    public static OpportunityUpdate of(String id, UnaryOperator<Opportunity> change) {
        return new OpportunityUpdate(id, change);
    }
}

package io.partnercentral.selling.model;

import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * A CreateOpportunity call: the opportunity and how to make the call idempotent.
 *
 * <p>Give at most one of {@link #clientToken()} (used as is) and {@link #idempotencyKey()} (a stable
 * key of yours, such as the CRM record id, from which a name-based UUID is derived, so re-running a
 * sync after a crash re-sends the same token). With neither, a random UUID is drawn once per call.
 * The service treats a known token with a <em>different</em> body as a conflict, so derive the key
 * from the record and send the same payload for it (for example, no dates relative to today).
 *
 * <pre>{@code CreateOpportunityRequest.builder().opportunity(o).idempotencyKey("crm-00042").build()}</pre>
 */
@Value.Immutable
public interface CreateOpportunityRequest {
    /** {@return the opportunity to create} */
    Opportunity opportunity();

    /** {@return the catalog; the client's bound catalog when absent} */
    Optional<Catalog> catalog();

    /** {@return the ClientToken to send as is; empty to derive or draw one} */
    Optional<String> clientToken();

    /** {@return a stable key of the caller's (a CRM record id), from which the ClientToken is derived; empty for none} */
    Optional<String> idempotencyKey();

    /**
     * Refuses a request that gives both a client token and an idempotency key.
     *
     * @throws IllegalStateException if both are given
     */
    @Value.Check
    default void check() {
        if (clientToken().isPresent() && idempotencyKey().isPresent()) {
            throw new IllegalStateException("give clientToken or idempotencyKey, not both");
        }
    }

    /** {@return a new, empty builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CreateOpportunityRequest}. */
    final class Builder extends ImmutableCreateOpportunityRequest.Builder {
        Builder() {}

        /**
         * Sets the opportunity from a builder the consumer fills in.
         *
         * @param opportunity fills in a new {@code Opportunity} builder
         * @return this builder
         */
        public Builder opportunity(Consumer<Opportunity.Builder> opportunity) {
            Opportunity.Builder builder = Opportunity.builder();
            opportunity.accept(builder);
            return opportunity(builder.build());
        }
    }
}

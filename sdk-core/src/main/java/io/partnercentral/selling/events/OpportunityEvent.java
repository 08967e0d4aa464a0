package io.partnercentral.selling.events;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.model.Catalog;
import java.util.Objects;

/**
 * An event about an opportunity ({@code detail.opportunity.identifier}). "Opportunity Updated"
 * fires both for the partner's changes and for changes to AWS's summary of the opportunity, so
 * {@link #resolve} reads both.
 *
 * <pre>{@code
 * if (event instanceof OpportunityEvent changed) {
 *     OpportunityState state = changed.resolve(selling);
 *     crm.upsert(state.opportunity(), state.awsSummary());
 * }
 * }</pre>
 */
public sealed interface OpportunityEvent extends PartnerCentralEvent {
    /** {@return the opportunity's id, as the event gives it (not checked against the API's pattern)} */
    String opportunityId();

    /**
     * Reads the opportunity and AWS's summary of it now (GetOpportunity, GetAwsOpportunitySummary) in
     * the event's catalog.
     *
     * @param selling the facade to read through
     * @return the opportunity and AWS's summary as the service has them now
     */
    default OpportunityState resolve(PartnerCentralSelling selling) {
        return OpportunityState.read(selling, catalog(), opportunityId());
    }

    /**
     * Detail-type {@code Opportunity Created}.
     *
     * @param envelope the envelope
     * @param catalog {@code detail.catalog}
     * @param opportunityId {@code detail.opportunity.identifier}
     */
    record Created(EventEnvelope envelope, Catalog catalog, String opportunityId) implements OpportunityEvent {
        /**
         * Checks that no component is null.
         *
         * @param envelope the envelope
         * @param catalog {@code detail.catalog}
         * @param opportunityId {@code detail.opportunity.identifier}
         */
        public Created {
            Objects.requireNonNull(envelope, "envelope");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(opportunityId, "opportunityId");
        }
    }

    /**
     * Detail-type {@code Opportunity Updated}.
     *
     * @param envelope the envelope
     * @param catalog {@code detail.catalog}
     * @param opportunityId {@code detail.opportunity.identifier}
     */
    record Updated(EventEnvelope envelope, Catalog catalog, String opportunityId) implements OpportunityEvent {
        /**
         * Checks that no component is null.
         *
         * @param envelope the envelope
         * @param catalog {@code detail.catalog}
         * @param opportunityId {@code detail.opportunity.identifier}
         */
        public Updated {
            Objects.requireNonNull(envelope, "envelope");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(opportunityId, "opportunityId");
        }
    }

    /**
     * Detail-type {@code Opportunity Accepted}. AWS documents no example; read when its detail has
     * the shape of Opportunity Updated's, else the event is an {@link UnknownEvent}.
     *
     * @param envelope the envelope
     * @param catalog {@code detail.catalog}
     * @param opportunityId {@code detail.opportunity.identifier}
     */
    record Accepted(EventEnvelope envelope, Catalog catalog, String opportunityId) implements OpportunityEvent {
        /**
         * Checks that no component is null.
         *
         * @param envelope the envelope
         * @param catalog {@code detail.catalog}
         * @param opportunityId {@code detail.opportunity.identifier}
         */
        public Accepted {
            Objects.requireNonNull(envelope, "envelope");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(opportunityId, "opportunityId");
        }
    }

    /**
     * Detail-type {@code Opportunity Rejected}. AWS documents no example; read when its detail has
     * the shape of Opportunity Updated's, else the event is an {@link UnknownEvent}.
     *
     * @param envelope the envelope
     * @param catalog {@code detail.catalog}
     * @param opportunityId {@code detail.opportunity.identifier}
     */
    record Rejected(EventEnvelope envelope, Catalog catalog, String opportunityId) implements OpportunityEvent {
        /**
         * Checks that no component is null.
         *
         * @param envelope the envelope
         * @param catalog {@code detail.catalog}
         * @param opportunityId {@code detail.opportunity.identifier}
         */
        public Rejected {
            Objects.requireNonNull(envelope, "envelope");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(opportunityId, "opportunityId");
        }
    }
}

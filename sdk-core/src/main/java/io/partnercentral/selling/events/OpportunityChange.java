package io.partnercentral.selling.events;

import io.partnercentral.selling.model.GetAwsOpportunitySummaryResponse;
import io.partnercentral.selling.model.Opportunity;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Reconciler} delivers: an opportunity changed, and this is its current state. Its
 * {@code toString} shows ids, dates and how it was found, no personal data.
 *
 * @param state the opportunity now: the partner's view and AWS's summary
 * @param foundBy whether an event or a poll found the change
 * @param eventId the envelope id of the event that found it; empty for a poll
 */
public record OpportunityChange(OpportunityState state, FoundBy foundBy, Optional<String> eventId) {
    /**
     * Checks that no component is null.
     *
     * @param state the opportunity now: the partner's view and AWS's summary
     * @param foundBy whether an event or a poll found the change
     * @param eventId the envelope id of the event that found it; empty for a poll
     */
    public OpportunityChange {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(foundBy, "foundBy");
        Objects.requireNonNull(eventId, "eventId");
    }

    /** How a change was found. */
    public enum FoundBy {
        /** An EventBridge event pointed to it. */
        EVENT,
        /** A {@code changedSince} poll listed it. */
        POLL
    }

    /** {@return the opportunity's id} */
    public String opportunityId() {
        return state.opportunityId();
    }

    /** {@return the LastModifiedDate of the delivered state} */
    public Instant lastModifiedDate() {
        return state.lastModifiedDate();
    }

    /** {@return the partner's view of the opportunity (GetOpportunity)} */
    public Opportunity opportunity() {
        return state.opportunity();
    }

    /** {@return AWS's summary
 of it (GetAwsOpportunitySummary); empty while AWS has none} */
    public Optional<GetAwsOpportunitySummaryResponse> awsSummary() {
        return state.awsSummary();
    }
}

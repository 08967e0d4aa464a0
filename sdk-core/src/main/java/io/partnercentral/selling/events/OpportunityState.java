package io.partnercentral.selling.events;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.exception.ResourceNotFoundException;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.GetAwsOpportunitySummaryResponse;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.OpportunityClient;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An opportunity as it is now: the partner's view (GetOpportunity) and AWS's summary
 * (GetAwsOpportunitySummary), empty while AWS has none. Its {@code toString} shows the id, catalog
 * and LastModifiedDate only.
 *
 * <pre>{@code
 * OpportunityState state = OpportunityState.read(selling, Catalog.AWS, "O1234567890");
 * crm.upsert(state.opportunityId(), state.opportunity(), state.awsSummary().orElse(null));
 * }</pre>
 *
 * @param opportunityId the opportunity's id
 * @param catalog its catalog
 * @param opportunity the partner's view
 * @param awsSummary AWS's summary; empty while the service has none (ResourceNotFoundException)
 */
public record OpportunityState(String opportunityId, Catalog catalog, Opportunity opportunity,
        Optional<GetAwsOpportunitySummaryResponse> awsSummary) {
    /**
     * Checks that no component is null.
     *
     * @param opportunityId the opportunity's id
     * @param catalog its catalog
     * @param opportunity the partner's view
     * @param awsSummary AWS's summary; empty while the service has none (ResourceNotFoundException)
     */
    public OpportunityState {
        Objects.requireNonNull(opportunityId, "opportunityId");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(opportunity, "opportunity");
        Objects.requireNonNull(awsSummary, "awsSummary");
    }

    /**
     * Reads an opportunity and AWS's summary of it now, in {@code catalog}.
     *
     * @param selling the facade to read through
     * @param catalog the catalog the opportunity is in
     * @param opportunityId the opportunity's id
     * @return the opportunity and AWS's summary, empty while AWS has none
     * @throws io.partnercentral.selling.exception.PartnerCentralException if a call fails (a
     *     {@link ResourceNotFoundException} for the opportunity itself is passed on)
     */
    public static OpportunityState read(PartnerCentralSelling selling, Catalog catalog, String opportunityId) {
        OpportunityClient opportunities = selling.opportunities().inCatalog(catalog);
        Opportunity opportunity = opportunities.get(opportunityId);
        Optional<GetAwsOpportunitySummaryResponse> summary;
        try {
            summary = Optional.of(opportunities.getAwsSummary(opportunityId));
        } catch (ResourceNotFoundException none) {
            summary = Optional.empty();
        }
        return new OpportunityState(opportunityId, catalog, opportunity, summary);
    }

    /** {@return the opportunity's LastModifiedDate, which identifies this state of it} */
    public Instant lastModifiedDate() {
        return opportunity.lastModifiedDate().orElseThrow(
                () -> new IllegalStateException("GetOpportunity answered without LastModifiedDate"));
    }

    @Override
    public String toString() {
        return "OpportunityState[" + catalog + "/" + opportunityId + " at " + opportunity.lastModifiedDate().orElse(null)
                + (awsSummary.isPresent() ? ", with AWS summary]" : "]");
    }
}

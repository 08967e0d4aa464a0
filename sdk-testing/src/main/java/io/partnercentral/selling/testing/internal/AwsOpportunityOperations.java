package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Internal API: AssignOpportunity and GetAwsOpportunitySummary, AWS's side of a partner opportunity
 * (its own stage once the opportunity is submitted, how AWS is involved).
 */
final class AwsOpportunityOperations {
    private final CoSellState cosell;

    AwsOpportunityOperations(CoSellState cosell) {
        this.cosell = cosell;
    }

    ObjectNode assign(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        v.throwIfAny();
        StoredOpportunity opportunity = cosell.state.opportunity(catalog, Json.text(request, "Identifier"));
        cosell.assignees.put(opportunity.id, Json.obj(request, "Assignee").deepCopy());
        opportunity.lastModifiedDate = cosell.state.nextModified(opportunity.lastModifiedDate);
        cosell.state.events.opportunity("Opportunity Updated", opportunity);
        return Json.object();
    }

    /** AWS's sales team moves its stage of an opportunity: its summary changes and Opportunity Updated fires. */
    void changeStage(String opportunityId, String stage) {
        StoredOpportunity opportunity = cosell.state.opportunities.get(opportunityId);
        if (opportunity == null) {
            throw new IllegalArgumentException("no opportunity " + opportunityId);
        }
        if (!cosell.state.settings.model().shape("AwsOpportunityStage").enumValues().contains(stage)) {
            throw new IllegalArgumentException("not an AwsOpportunityStage of the model");
        }
        cosell.awsStages.put(opportunityId, stage);
        // Taken to move LastModifiedDate, as AWS's review outcomes do, so a changedSince poll sees it.
        opportunity.lastModifiedDate = cosell.state.nextModified(opportunity.lastModifiedDate);
        cosell.state.events.opportunity("Opportunity Updated", opportunity);
    }

    ObjectNode getSummary(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        v.throwIfAny();
        StoredOpportunity opportunity = cosell.state.opportunity(catalog, Json.text(request, "RelatedOpportunityIdentifier"));
        ObjectNode view = opportunity.view();
        ObjectNode response = Json.object();
        response.put("Catalog", catalog);
        response.put("RelatedOpportunityId", opportunity.id);
        EngagementOperations.putIfPresent(response, "Origin", opportunity.origin);
        EngagementOperations.putIfPresent(response, "InvolvementType", opportunity.involvementType);
        EngagementOperations.putIfPresent(response, "Visibility", opportunity.visibility);
        ObjectNode lifeCycle = response.putObject("LifeCycle");
        // AWS starts working an opportunity once its review approves it.
        lifeCycle.put("Stage", cosell.awsStages.getOrDefault(opportunity.id,
                "Approved".equals(opportunity.reviewStatus) ? "Qualify" : "Not Started"));
        EngagementOperations.putIfPresent(lifeCycle, "TargetCloseDate", Json.textAt(view, "LifeCycle.TargetCloseDate"));
        return response;
    }
}

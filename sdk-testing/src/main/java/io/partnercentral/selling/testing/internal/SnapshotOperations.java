package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.ResourceType;
import io.partnercentral.selling.model.ValidationErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Internal API: CreateResourceSnapshot, GetResourceSnapshot and ListResourceSnapshots, and the
 * snapshot-taking the snapshot jobs share.
 *
 * <p>Engagements have no API here: a well-formed engagement id first named by a CreateResourceSnapshot
 * or CreateResourceSnapshotJob is taken to exist in that request's catalog, with the partner as its
 * only member. Revisions count per engagement, resource and template.
 */
final class SnapshotOperations {
    static final String FULL_VIEW_TEMPLATE = "AwsOpportunitySummaryFullView";
    static final String SUMMARY_MEMBER = "OpportunitySummary";
    static final String FULL_VIEW_MEMBER = "AwsOpportunitySummaryFullView";

    private final EmulatorState state;

    SnapshotOperations(EmulatorState state) {
        this.state = state;
    }

    ObjectNode create(ObjectNode request, Violations v) {
        Target target = target(request, v);
        String token = Json.text(request, "ClientToken");
        if (target.catalog() != null && token != null) {
            ObjectNode earlier = state.replay("CreateResourceSnapshot", token, request);
            if (earlier != null) {
                return earlier;
            }
        }
        v.throwIfAny();
        rejectAwsTemplate(target.template());

        StoredOpportunity opportunity = state.opportunity(target.catalog(), target.resourceId());
        Engagement engagement = engagementForWrite(target.catalog(), target.engagementId());
        Snapshot snapshot = take(engagement, opportunity, target.template());

        ObjectNode response = Json.object();
        response.put("Arn", snapshot.arn());
        response.put("Revision", snapshot.revision());
        state.remember("CreateResourceSnapshot", token, request, response);
        return response;
    }

    ObjectNode get(ObjectNode request, Violations v) {
        Target target = target(request, v);
        JsonNode revisionNode = request.get("Revision");
        Integer revision = revisionNode == null ? null : revisionNode.asInt();
        v.throwIfAny();

        Snapshot found = null;
        for (Snapshot snapshot : state.snapshots) {
            if (snapshot.catalog().equals(target.catalog()) && snapshot.engagementId().equals(target.engagementId())
                    && snapshot.resourceId().equals(target.resourceId())
                    && snapshot.templateName().equals(target.template())
                    && (revision == null ? found == null || snapshot.revision() > found.revision()
                            : snapshot.revision() == revision)) {
                found = snapshot;
            }
        }
        if (found == null) {
            throw ServiceException.notFound("No such resource snapshot in catalog " + target.catalog() + ".");
        }
        ObjectNode response = Json.object();
        response.put("Catalog", found.catalog());
        response.put("Arn", found.arn());
        response.put("CreatedBy", found.createdBy());
        response.put("CreatedAt", Json.timestamp(found.createdAt()));
        response.put("EngagementId", found.engagementId());
        response.put("ResourceType", found.resourceType());
        response.put("ResourceId", found.resourceId());
        response.put("ResourceSnapshotTemplateName", found.templateName());
        response.put("Revision", found.revision());
        response.putObject("Payload").set(found.payloadMember(), found.payload().deepCopy());
        ArrayNode members = response.putArray("TargetMemberAccounts");
        Engagement engagement = state.engagements.get(found.engagementId());
        if (engagement != null) {
            engagement.memberAccounts().forEach(members::add);
        }
        return response;
    }

    ObjectNode list(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        String engagementId = Json.text(request, "EngagementIdentifier");
        String resourceType = Json.text(request, "ResourceType");
        String resourceId = Json.text(request, "ResourceIdentifier");
        String template = Json.text(request, "ResourceSnapshotTemplateIdentifier");
        String createdBy = Json.text(request, "CreatedBy");
        int maxResults = Pagination.maxResults(request, 100);
        v.throwIfAny();

        List<Snapshot> matching = new ArrayList<>();
        for (Snapshot snapshot : state.snapshots) {
            if (snapshot.catalog().equals(catalog) && snapshot.engagementId().equals(engagementId)
                    && (resourceType == null || snapshot.resourceType().equals(resourceType))
                    && (resourceId == null || snapshot.resourceId().equals(resourceId))
                    && (template == null || snapshot.templateName().equals(template))
                    && (createdBy == null || snapshot.createdBy().equals(createdBy))) {
                matching.add(snapshot);
            }
        }
        Pagination.Page<Snapshot> page = Pagination.page(matching,
                s -> new Pagination.Cursor(String.format("%019d", s.sequence()), s.arn()),
                Pagination.order(true), request, maxResults);
        ObjectNode response = Json.object();
        ArrayNode summaries = response.putArray("ResourceSnapshotSummaries");
        for (Snapshot snapshot : page.items()) {
            ObjectNode summary = summaries.addObject();
            summary.put("Arn", snapshot.arn());
            summary.put("Revision", snapshot.revision());
            summary.put("ResourceType", snapshot.resourceType());
            summary.put("ResourceId", snapshot.resourceId());
            summary.put("ResourceSnapshotTemplateName", snapshot.templateName());
            summary.put("CreatedBy", snapshot.createdBy());
        }
        if (page.nextToken() != null) {
            response.put("NextToken", page.nextToken());
        }
        return response;
    }

    /** The members that name a snapshot series (the model has checked their form); shared with the snapshot jobs. */
    record Target(String catalog, String engagementId, String resourceType, String resourceId, String template) {}

    static Target target(ObjectNode request, Violations v) {
        return new Target(OpportunityRules.catalog(request, v), Json.text(request, "EngagementIdentifier"),
                Json.text(request, "ResourceType"), Json.text(request, "ResourceIdentifier"),
                Json.text(request, "ResourceSnapshotTemplateIdentifier"));
    }

    static void rejectAwsTemplate(String template) {
        if (FULL_VIEW_TEMPLATE.equals(template)) {
            Violations v = new Violations();
            v.business("ResourceSnapshotTemplateIdentifier", ValidationErrorCode.INVALID_VALUE,
                    "This template is AWS's view of its own opportunity; partners cannot snapshot with it.");
            v.throwIfAny();
        }
    }

    /** The engagement a write names, taken to exist if it is new (see the class comment). */
    Engagement engagementForWrite(String catalog, String engagementId) {
        Engagement engagement = state.engagements.get(engagementId);
        if (engagement == null) {
            engagement = new Engagement(engagementId, catalog, List.of(state.settings.accountId()));
            state.engagements.put(engagementId, engagement);
        } else if (!engagement.catalog().equals(catalog)) {
            throw ServiceException.notFound("Engagement not found in catalog " + catalog + ".");
        }
        return engagement;
    }

    /** Takes the next revision of the partner's OpportunitySummary snapshot. */
    Snapshot take(Engagement engagement, StoredOpportunity opportunity, String template) {
        Snapshot latest = latest(engagement.id(), opportunity.id, template);
        int revision = latest == null ? 1 : latest.revision() + 1;
        Snapshot snapshot = new Snapshot(state.nextSequence(), opportunity.catalog, engagement.id(),
                ResourceType.OPPORTUNITY.value(), opportunity.id, template, revision,
                snapshotArn(opportunity.catalog, engagement.id(), opportunity.id, template, revision),
                state.settings.accountId(), state.now(), SUMMARY_MEMBER, summaryView(state, opportunity));
        state.snapshots.add(snapshot);
        state.events.snapshot(snapshot, engagement.memberAccounts());
        return snapshot;
    }

    Snapshot latest(String engagementId, String resourceId, String template) {
        Snapshot latest = null;
        for (Snapshot snapshot : state.snapshots) {
            if (snapshot.engagementId().equals(engagementId) && snapshot.resourceId().equals(resourceId)
                    && snapshot.templateName().equals(template)
                    && (latest == null || snapshot.revision() > latest.revision())) {
                latest = snapshot;
            }
        }
        return latest;
    }

    String snapshotArn(String catalog, String engagementId, String resourceId, String template, int revision) {
        return state.arn(catalog, "engagement/" + engagementId + "/resource-snapshot/Opportunity/" + resourceId
                + "/" + template + "/" + revision);
    }

    /**
     * The OpportunitySummary payload: the model's OpportunitySummaryView of the GetOpportunity view,
     * whose life cycle that shape spells Lifecycle.
     */
    static ObjectNode summaryView(EmulatorState state, StoredOpportunity opportunity) {
        ObjectNode view = opportunity.view();
        JsonNode lifeCycle = view.remove("LifeCycle");
        if (lifeCycle != null) {
            view.set("Lifecycle", lifeCycle);
        }
        return (ObjectNode) state.settings.model().shape("OpportunitySummaryView").project(view);
    }
}

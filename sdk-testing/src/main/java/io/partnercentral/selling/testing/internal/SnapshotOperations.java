package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.ResourceType;
import io.partnercentral.selling.model.ValidationErrorCode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
    static final Pattern ENGAGEMENT_ID = Pattern.compile("eng-[0-9a-z]{14}");
    static final Pattern TEMPLATE = Pattern.compile("[a-zA-Z0-9]{3,80}");

    private final EmulatorState state;

    SnapshotOperations(EmulatorState state) {
        this.state = state;
    }

    ObjectNode create(ObjectNode raw) {
        Violations v = new Violations();
        ObjectNode request = clean(Shapes.CREATE_RESOURCE_SNAPSHOT, raw, v);
        Target target = target(request, v);
        String token = Json.text(request, "ClientToken");
        if (v.required("ClientToken", token)) {
            v.length("ClientToken", token, 1, 255);
        }
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

    ObjectNode get(ObjectNode raw) {
        Violations v = new Violations();
        ObjectNode request = clean(Shapes.GET_RESOURCE_SNAPSHOT, raw, v);
        Target target = target(request, v);
        JsonNode revisionNode = request.get("Revision");
        Integer revision = revisionNode == null ? null : revisionNode.asInt();
        if (revision != null && revision < 1) {
            v.request("Revision", ValidationErrorCode.VALUE_OUT_OF_RANGE, "Must be at least 1.");
        }
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

    ObjectNode list(ObjectNode raw) {
        Violations v = new Violations();
        ObjectNode request = clean(Shapes.LIST_RESOURCE_SNAPSHOTS, raw, v);
        String catalog = OpportunityRules.catalog(request, v);
        String engagementId = Json.text(request, "EngagementIdentifier");
        if (v.required("EngagementIdentifier", engagementId)) {
            v.pattern("EngagementIdentifier", engagementId, ENGAGEMENT_ID, "eng- followed by 14 lowercase letters or digits");
        }
        String resourceType = Json.text(request, "ResourceType");
        v.oneOf("ResourceType", resourceType, ResourceType.knownValues());
        String resourceId = Json.text(request, "ResourceIdentifier");
        v.pattern("ResourceIdentifier", resourceId, OpportunityRules.OPPORTUNITY_ID, "O followed by 1 to 19 digits");
        String template = Json.text(request, "ResourceSnapshotTemplateIdentifier");
        v.pattern("ResourceSnapshotTemplateIdentifier", template, TEMPLATE, "3 to 80 letters or digits");
        String createdBy = Json.text(request, "CreatedBy");
        int maxResults = Pagination.maxResults(request, 100, 1000, v);
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

    /** The members that name a snapshot series, validated; shared with the snapshot jobs. */
    record Target(String catalog, String engagementId, String resourceType, String resourceId, String template) {}

    static Target target(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        String engagementId = Json.text(request, "EngagementIdentifier");
        if (v.required("EngagementIdentifier", engagementId)) {
            v.pattern("EngagementIdentifier", engagementId, ENGAGEMENT_ID, "eng- followed by 14 lowercase letters or digits");
        }
        String resourceType = Json.text(request, "ResourceType");
        if (v.required("ResourceType", resourceType)) {
            v.oneOf("ResourceType", resourceType, ResourceType.knownValues());
        }
        String resourceId = OpportunityRules.opportunityId(request, "ResourceIdentifier", v);
        String template = Json.text(request, "ResourceSnapshotTemplateIdentifier");
        if (v.required("ResourceSnapshotTemplateIdentifier", template)) {
            v.pattern("ResourceSnapshotTemplateIdentifier", template, TEMPLATE, "3 to 80 letters or digits");
        }
        return new Target(catalog, engagementId, resourceType, resourceId, template);
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
                state.settings.accountId(), state.now(), SUMMARY_MEMBER, summaryView(opportunity));
        state.snapshots.add(snapshot);
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

    /** The OpportunitySummary payload: a subset of GetOpportunity, whose life cycle is spelt Lifecycle. */
    static ObjectNode summaryView(StoredOpportunity opportunity) {
        ObjectNode projected = Shapes.OPPORTUNITY_SUMMARY_VIEW_SOURCE.project(opportunity.view());
        ObjectNode renamed = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = projected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            renamed.set("LifeCycle".equals(member.getKey()) ? "Lifecycle" : member.getKey(), member.getValue());
        }
        return renamed;
    }

    private ObjectNode clean(Shape shape, ObjectNode raw, Violations v) {
        return (ObjectNode) shape.clean(raw, "", v, state.settings.rejectUnknownMembers());
    }
}

package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Internal API: one opportunity as the service holds it; mutable, guarded by the service's lock.
 *
 * <p>{@link #payload} is exactly the members the last CreateOpportunity or UpdateOpportunity sent
 * (reduced to the model's members), minus the read-only LifeCycle members. An update replaces
 * it whole, which is what makes omitted members disappear, as on the real service.
 */
final class StoredOpportunity {
    static final List<String> READ_ONLY_LIFE_CYCLE_MEMBERS =
            List.of("ReviewStatus", "ReviewComments", "ReviewStatusReason", "NextStepsHistory");
    private static final int NEXT_STEPS_HISTORY_LIMIT = 50;

    final long sequence;
    final String id;
    final String catalog;
    final String arn;
    final String origin;
    final Instant createdDate;
    final ArrayNode opportunityTeam;
    final ArrayNode tags;
    final ArrayNode nextStepsHistory = Json.array();
    /** Associated entity ids by RelatedEntityType, which names the RelatedEntityIdentifiers member. */
    final Map<String, List<String>> relatedEntities = new LinkedHashMap<>();
    private final ModelShape viewShape;
    Instant lastModifiedDate;
    ObjectNode payload;
    String reviewStatus;
    String reviewStatusReason;
    String reviewComments;
    String involvementType;
    String visibility;

    StoredOpportunity(ModelShape viewShape, long sequence, String id, String catalog, String arn, String origin, Instant createdDate,
            ObjectNode payload, ArrayNode opportunityTeam, ArrayNode tags, String reviewStatus) {
        this.viewShape = viewShape;
        this.sequence = sequence;
        this.id = id;
        this.catalog = catalog;
        this.arn = arn;
        this.origin = origin;
        this.createdDate = createdDate;
        this.lastModifiedDate = createdDate;
        this.opportunityTeam = opportunityTeam;
        this.tags = tags;
        this.reviewStatus = reviewStatus;
        // Every association type the model's view has is returned, as an empty list until used.
        viewShape.members().get("RelatedEntityIdentifiers").members().keySet()
                .forEach(type -> relatedEntities.put(type, new ArrayList<>()));
        replacePayload(payload, createdDate);
    }

    /** Replaces every payload member, keeping the NextSteps history the service maintains. */
    void replacePayload(ObjectNode newPayload, Instant now) {
        ObjectNode lifeCycle = Json.obj(newPayload, "LifeCycle");
        if (lifeCycle != null) {
            lifeCycle.remove(READ_ONLY_LIFE_CYCLE_MEMBERS);
            if (lifeCycle.isEmpty()) {
                newPayload.remove("LifeCycle");
            }
        }
        String previousNextSteps = payload == null ? null : Json.textAt(payload, "LifeCycle.NextSteps");
        String nextSteps = Json.textAt(newPayload, "LifeCycle.NextSteps");
        if (nextSteps != null && !nextSteps.equals(previousNextSteps)) {
            ObjectNode entry = nextStepsHistory.addObject();
            entry.put("Value", nextSteps);
            entry.put("Time", Json.timestamp(now));
            while (nextStepsHistory.size() > NEXT_STEPS_HISTORY_LIMIT) {
                nextStepsHistory.remove(0);
            }
        }
        this.payload = newPayload;
    }

    /** The GetOpportunity response body, a fresh tree. */
    ObjectNode view() {
        ObjectNode view = payload.deepCopy();
        view.put("Catalog", catalog);
        view.put("Id", id);
        view.put("Arn", arn);
        view.put("LastModifiedDate", Json.timestamp(lastModifiedDate));
        view.put("CreatedDate", Json.timestamp(createdDate));
        ObjectNode related = view.putObject("RelatedEntityIdentifiers");
        relatedEntities.forEach((type, ids) -> ids.forEach(related.putArray(type)::add));
        ObjectNode lifeCycle = view.has("LifeCycle") ? (ObjectNode) view.get("LifeCycle") : view.putObject("LifeCycle");
        putIfNotNull(lifeCycle, "ReviewStatus", reviewStatus);
        putIfNotNull(lifeCycle, "ReviewComments", reviewComments);
        putIfNotNull(lifeCycle, "ReviewStatusReason", reviewStatusReason);
        if (!nextStepsHistory.isEmpty()) {
            lifeCycle.set("NextStepsHistory", nextStepsHistory.deepCopy());
        }
        if (!opportunityTeam.isEmpty()) {
            view.set("OpportunityTeam", opportunityTeam.deepCopy());
        }
        // The model's GetOpportunityResponse decides the members and their order.
        return (ObjectNode) viewShape.project(view);
    }

    private static void putIfNotNull(ObjectNode node, String member, String value) {
        if (value != null) {
            node.put(member, value);
        }
    }
}

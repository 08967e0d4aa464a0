package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Internal API: TagResource, UntagResource and ListTagsForResource on the resources the service
 * tags: opportunities, engagements and resource snapshot jobs of the partner's account. Tags given
 * when a resource is created (CreateOpportunity, CreateResourceSnapshotJob) are the same tags.
 */
final class TagOperations {
    private final CoSellState cosell;
    private final EmulatorState state;

    TagOperations(CoSellState cosell) {
        this.cosell = cosell;
        this.state = cosell.state;
    }

    /** The resource's tags, for writing; ResourceNotFoundException when no such resource exists. */
    private Map<String, String> tags(ObjectNode request) {
        String arn = Json.text(request, "ResourceArn");
        if (!exists(arn)) {
            throw ServiceException.notFound("No taggable resource with this ARN in the partner's account.");
        }
        return state.tags.computeIfAbsent(arn, a -> new LinkedHashMap<>());
    }

    private boolean exists(String arn) {
        return arn != null && (state.opportunities.values().stream().anyMatch(o -> arn.equals(o.arn))
                || state.jobs.values().stream().anyMatch(j -> arn.equals(j.arn))
                || cosell.engagements.values().stream().anyMatch(e -> arn.equals(e.arn)));
    }

    ObjectNode tag(ObjectNode request, Violations v) {
        v.throwIfAny();
        tags(request);
        state.tag(Json.text(request, "ResourceArn"), request.get("Tags"));
        return Json.object();
    }

    ObjectNode untag(ObjectNode request, Violations v) {
        v.throwIfAny();
        Map<String, String> tags = tags(request);
        Json.arr(request, "TagKeys").forEach(key -> tags.remove(key.asText()));
        return Json.object();
    }

    /** An untagged resource answers an empty list, as the service does (the model's TagList says min 1). */
    ObjectNode list(ObjectNode request, Violations v) {
        v.throwIfAny();
        ObjectNode response = Json.object();
        ArrayNode out = response.putArray("Tags");
        tags(request).forEach((key, value) -> out.addObject().put("Key", key).put("Value", value));
        return response;
    }
}

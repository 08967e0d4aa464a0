package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Internal API: TagResource, UntagResource and ListTagsForResource, on any ARN of this account's catalogs. */
final class TagOperations {
    private final CoSellState cosell;

    TagOperations(CoSellState cosell) {
        this.cosell = cosell;
    }

    private Map<String, String> tags(ObjectNode request) {
        String arn = Json.text(request, "ResourceArn");
        if (arn == null || !arn.contains(":" + cosell.state.settings.accountId() + ":")) {
            throw ServiceException.notFound("No resource with this ARN in the partner's account.");
        }
        return cosell.tags.computeIfAbsent(arn, a -> new LinkedHashMap<>());
    }

    ObjectNode tag(ObjectNode request, Violations v) {
        v.throwIfAny();
        Map<String, String> tags = tags(request);
        for (JsonNode tag : Json.arr(request, "Tags")) {
            tags.put(Json.text(tag, "Key"), Json.text(tag, "Value"));
        }
        return Json.object();
    }

    ObjectNode untag(ObjectNode request, Violations v) {
        v.throwIfAny();
        Map<String, String> tags = tags(request);
        Json.arr(request, "TagKeys").forEach(key -> tags.remove(key.asText()));
        return Json.object();
    }

    ObjectNode list(ObjectNode request, Violations v) {
        v.throwIfAny();
        ObjectNode response = Json.object();
        ArrayNode out = response.putArray("Tags");
        tags(request).forEach((key, value) -> out.addObject().put("Key", key).put("Value", value));
        return response;
    }
}

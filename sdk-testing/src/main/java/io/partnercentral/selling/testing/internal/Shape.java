package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.ValidationErrorCode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Internal API: the member tree of one request or response structure, as the API reference's syntax
 * blocks give it.
 *
 * <p>Requests are cleaned against it (type checks, unknown members reported or dropped) before they
 * are stored, and responses are projected through it, so every response carries exactly the members
 * its reference syntax lists: the emulator can never echo back a misspelt member such as
 * {@code Lifecycle} sent where {@code LifeCycle} belongs.
 */
final class Shape {
    enum Kind { STRING, INTEGER, TIMESTAMP, STRUCTURE, LIST, MAP }

    private static final Shape STRING = new Shape(Kind.STRING, Map.of(), null);
    private static final Shape INTEGER = new Shape(Kind.INTEGER, Map.of(), null);
    private static final Shape TIMESTAMP = new Shape(Kind.TIMESTAMP, Map.of(), null);

    private final Kind kind;
    private final Map<String, Shape> members;
    private final Shape element;

    private Shape(Kind kind, Map<String, Shape> members, Shape element) {
        this.kind = kind;
        this.members = members;
        this.element = element;
    }

    public static Shape string() {
        return STRING;
    }

    public static Shape integer() {
        return INTEGER;
    }

    public static Shape timestamp() {
        return TIMESTAMP;
    }

    public static Shape structure() {
        return new Shape(Kind.STRUCTURE, Map.of(), null);
    }

    public static Shape list(Shape element) {
        return new Shape(Kind.LIST, Map.of(), element);
    }

    public static Shape map(Shape value) {
        return new Shape(Kind.MAP, Map.of(), value);
    }

    /** A copy of this structure with one more member. */
    public Shape with(String name, Shape shape) {
        Map<String, Shape> copy = new LinkedHashMap<>(members);
        copy.put(name, shape);
        return new Shape(Kind.STRUCTURE, Collections.unmodifiableMap(copy), null);
    }

    /** A copy of this structure with string members. */
    public Shape withStrings(String... names) {
        Shape shape = this;
        for (String name : names) {
            shape = shape.with(name, STRING);
        }
        return shape;
    }

    public Shape without(String... names) {
        Map<String, Shape> copy = new LinkedHashMap<>(members);
        for (String name : names) {
            copy.remove(name);
        }
        return new Shape(Kind.STRUCTURE, Collections.unmodifiableMap(copy), null);
    }

    /**
     * Returns a copy of {@code node} with only this shape's members, nulls dropped. Type mismatches
     * are reported to {@code violations} (when given) and dropped; unknown members are reported only
     * when {@code reportUnknown}.
     */
    public JsonNode clean(JsonNode node, String path, Violations violations, boolean reportUnknown) {
        switch (kind) {
            case STRING:
                return expect(node.isTextual(), node, path, violations, "a string");
            case INTEGER:
                return expect(node.isIntegralNumber(), node, path, violations, "an integer");
            case TIMESTAMP:
                return expect(Json.parseTimestamp(node) != null, node, path, violations, "an ISO-8601 date-time");
            case LIST: {
                if (!(node instanceof ArrayNode array)) {
                    return expect(false, node, path, violations, "a list");
                }
                ArrayNode copy = Json.array();
                for (int i = 0; i < array.size(); i++) {
                    JsonNode item = array.get(i);
                    if (item.isNull()) {
                        continue;
                    }
                    JsonNode cleaned = element.clean(item, path + "[" + i + "]", violations, reportUnknown);
                    if (cleaned != null) {
                        copy.add(cleaned);
                    }
                }
                return copy;
            }
            case MAP: {
                if (!(node instanceof ObjectNode object)) {
                    return expect(false, node, path, violations, "a map");
                }
                ObjectNode copy = Json.object();
                for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    if (!entry.getValue().isNull()) {
                        JsonNode cleaned = element.clean(
                                entry.getValue(), join(path, entry.getKey()), violations, reportUnknown);
                        if (cleaned != null) {
                            copy.set(entry.getKey(), cleaned);
                        }
                    }
                }
                return copy;
            }
            default: {
                if (!(node instanceof ObjectNode object)) {
                    return expect(false, node, path, violations, "an object");
                }
                ObjectNode copy = Json.object();
                for (Map.Entry<String, Shape> member : members.entrySet()) {
                    JsonNode value = object.get(member.getKey());
                    if (value != null && !value.isNull()) {
                        JsonNode cleaned = member.getValue().clean(
                                value, join(path, member.getKey()), violations, reportUnknown);
                        if (cleaned != null) {
                            copy.set(member.getKey(), cleaned);
                        }
                    }
                }
                if (reportUnknown && violations != null) {
                    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                        String name = names.next();
                        if (!members.containsKey(name)) {
                            violations.request(join(path, name), ValidationErrorCode.INVALID_VALUE,
                                    "Not a member of this structure in the API reference.");
                        }
                    }
                }
                return copy;
            }
        }
    }

    /** Projects a trusted node (a stored view) onto this shape: no reports, unknown members dropped. */
    public ObjectNode project(JsonNode node) {
        return (ObjectNode) clean(node, "", null, false);
    }

    private static JsonNode expect(boolean ok, JsonNode node, String path, Violations violations, String what) {
        if (ok) {
            return node.deepCopy();
        }
        if (violations != null) {
            violations.request(path, ValidationErrorCode.INVALID_VALUE, "Must be " + what + ".");
        }
        return null;
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }
}

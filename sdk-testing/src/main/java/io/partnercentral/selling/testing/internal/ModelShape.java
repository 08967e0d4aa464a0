package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.ValidationErrorCode;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Internal API: one shape of the service model with its traits compiled, able to check a JSON value
 * against itself and to project a trusted value onto its members.
 *
 * <p>Built only by {@link ServiceModel}; immutable once the model is indexed, so one instance serves
 * every emulator and thread.
 */
public final class ModelShape {
    /** The botocore shape types this API uses, and the few others a newer model might bring. */
    enum Type { STRING, INTEGER, LONG, FLOAT, BOOLEAN, TIMESTAMP, BLOB, STRUCTURE, LIST, MAP }

    final String name;
    final Type type;
    final Pattern pattern;
    final Set<String> enumValues;
    final Long min;
    final Long max;
    final boolean sensitive;
    final boolean union;
    final Set<String> required;
    // Resolved after every shape exists, as shapes refer to each other (and to themselves).
    Map<String, ModelShape> members = Map.of();
    ModelShape element;
    ModelShape key;

    ModelShape(String name, Type type, Pattern pattern, Set<String> enumValues, Long min, Long max,
            boolean sensitive, boolean union, Set<String> required) {
        this.name = name;
        this.type = type;
        this.pattern = pattern;
        this.enumValues = enumValues;
        this.min = min;
        this.max = max;
        this.sensitive = sensitive;
        this.union = union;
        this.required = required;
    }

    public String name() {
        return name;
    }

    /** The members of a structure, in the model's order; empty for other shapes. */
    public Map<String, ModelShape> members() {
        return Collections.unmodifiableMap(members);
    }

    /** The element shape of a list, or the value shape of a map; null for other shapes. */
    public ModelShape element() {
        return element;
    }

    public boolean isUnion() {
        return union;
    }

    /** The enum values of a string shape; empty when it has none. */
    public Set<String> enumValues() {
        return enumValues;
    }

    /**
     * Checks a request value against this shape and every trait of the model, reporting each broken
     * rule with its dotted wire path, and returns a copy holding only the model's members (nulls and
     * values of the wrong type dropped). Unknown members are reported when {@code reportUnknown},
     * else dropped silently. Messages never repeat the value: it may be personal data.
     */
    public JsonNode validate(JsonNode node, String path, Violations v, boolean reportUnknown) {
        switch (type) {
            case STRING:
            case BLOB:
                if (!node.isTextual()) {
                    return wrongType(path, v, "a string");
                }
                checkString(node.asText(), path, v);
                return node.deepCopy();
            case INTEGER:
            case LONG:
                if (!node.isIntegralNumber() || (type == Type.INTEGER && !node.canConvertToInt())) {
                    return wrongType(path, v, "an integer");
                }
                checkRange(node.asLong(), path, v);
                return node.deepCopy();
            case FLOAT:
                return node.isNumber() ? node.deepCopy() : wrongType(path, v, "a number");
            case BOOLEAN:
                return node.isBoolean() ? node.deepCopy() : wrongType(path, v, "a boolean");
            case TIMESTAMP:
                if (Json.parseTimestamp(node) == null) {
                    if (node.isTextual()) {
                        v.request(path, ValidationErrorCode.INVALID_STRING_FORMAT, "Must be an ISO-8601 date-time.");
                        return null;
                    }
                    return wrongType(path, v, "an ISO-8601 date-time");
                }
                return node.deepCopy();
            case LIST:
                return validateList(node, path, v, reportUnknown);
            case MAP:
                return validateMap(node, path, v, reportUnknown);
            default:
                return validateStructure(node, path, v, reportUnknown);
        }
    }

    private void checkString(String value, String path, Violations v) {
        if (!enumValues.isEmpty() && !enumValues.contains(value)) {
            v.request(path, ValidationErrorCode.INVALID_ENUM_VALUE, "Not a valid value for this member.");
            return;
        }
        if (min != null || max != null) {
            // Smithy's length trait counts Unicode code points, not UTF-16 units.
            long length = value.codePointCount(0, value.length());
            if ((min != null && length < min) || (max != null && length > max)) {
                v.request(path, ValidationErrorCode.INVALID_STRING_FORMAT, "Length must be " + bounds() + " characters.");
                return;
            }
        }
        if (pattern != null && !pattern.matcher(value).matches()) {
            v.request(path, ValidationErrorCode.INVALID_STRING_FORMAT, "Does not match the format of " + name + ".");
        }
    }

    private void checkRange(long value, String path, Violations v) {
        if ((min != null && value < min) || (max != null && value > max)) {
            v.request(path, ValidationErrorCode.VALUE_OUT_OF_RANGE, "Must be " + bounds() + ".");
        }
    }

    private String bounds() {
        if (max == null) {
            return "at least " + min;
        }
        return min == null ? "at most " + max : "between " + min + " and " + max;
    }

    private JsonNode validateList(JsonNode node, String path, Violations v, boolean reportUnknown) {
        if (!(node instanceof ArrayNode array)) {
            return wrongType(path, v, "a list");
        }
        if (min != null && array.size() < min) {
            v.request(path, ValidationErrorCode.NOT_ENOUGH_VALUES, "At least " + min + " values are required.");
        } else if (max != null && array.size() > max) {
            v.request(path, ValidationErrorCode.TOO_MANY_VALUES, "At most " + max + " values are allowed.");
        }
        ArrayNode copy = Json.array();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (item.isNull()) {
                continue;
            }
            JsonNode cleaned = element.validate(item, path + "[" + i + "]", v, reportUnknown);
            if (cleaned != null) {
                copy.add(cleaned);
            }
        }
        return copy;
    }

    private JsonNode validateMap(JsonNode node, String path, Violations v, boolean reportUnknown) {
        if (!(node instanceof ObjectNode object)) {
            return wrongType(path, v, "a map");
        }
        if (min != null && object.size() < min) {
            v.request(path, ValidationErrorCode.NOT_ENOUGH_VALUES, "At least " + min + " entries are required.");
        } else if (max != null && object.size() > max) {
            v.request(path, ValidationErrorCode.TOO_MANY_VALUES, "At most " + max + " entries are allowed.");
        }
        ObjectNode copy = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String entryPath = join(path, entry.getKey());
            key.checkString(entry.getKey(), entryPath, v);
            if (!entry.getValue().isNull()) {
                JsonNode cleaned = element.validate(entry.getValue(), entryPath, v, reportUnknown);
                if (cleaned != null) {
                    copy.set(entry.getKey(), cleaned);
                }
            }
        }
        return copy;
    }

    private JsonNode validateStructure(JsonNode node, String path, Violations v, boolean reportUnknown) {
        if (!(node instanceof ObjectNode object)) {
            return wrongType(path, v, "an object");
        }
        ObjectNode copy = Json.object();
        for (Map.Entry<String, ModelShape> member : members.entrySet()) {
            JsonNode value = object.get(member.getKey());
            if (value == null || value.isNull()) {
                if (required.contains(member.getKey())) {
                    v.request(join(path, member.getKey()), ValidationErrorCode.REQUIRED_FIELD_MISSING,
                            "Required member is missing.");
                }
                continue;
            }
            JsonNode cleaned = member.getValue().validate(value, join(path, member.getKey()), v, reportUnknown);
            if (cleaned != null) {
                copy.set(member.getKey(), cleaned);
            }
        }
        if (reportUnknown) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!members.containsKey(name)) {
                    v.request(join(path, name), ValidationErrorCode.INVALID_VALUE, "Not a member of this structure.");
                }
            }
        }
        if (union) {
            long set = members.keySet().stream().filter(m -> object.hasNonNull(m)).count();
            if (set != 1) {
                v.request(path.isEmpty() ? null : path, ValidationErrorCode.INVALID_VALUE,
                        "Exactly one member of this union must be set, not " + set + ".");
            }
        }
        return copy;
    }

    /**
     * A copy of a trusted value (the emulator's own state) with only this shape's members, in the
     * model's order, nulls dropped: a response can carry nothing the model does not have.
     */
    public JsonNode project(JsonNode node) {
        switch (type) {
            case LIST: {
                if (!(node instanceof ArrayNode array)) {
                    return node.deepCopy();
                }
                ArrayNode copy = Json.array();
                array.forEach(item -> {
                    if (!item.isNull()) {
                        copy.add(element.project(item));
                    }
                });
                return copy;
            }
            case MAP: {
                if (!(node instanceof ObjectNode object)) {
                    return node.deepCopy();
                }
                ObjectNode copy = Json.object();
                object.fields().forEachRemaining(e -> {
                    if (!e.getValue().isNull()) {
                        copy.set(e.getKey(), element.project(e.getValue()));
                    }
                });
                return copy;
            }
            case STRUCTURE: {
                if (!(node instanceof ObjectNode object)) {
                    return node.deepCopy();
                }
                ObjectNode copy = Json.object();
                for (Map.Entry<String, ModelShape> member : members.entrySet()) {
                    JsonNode value = object.get(member.getKey());
                    if (value != null && !value.isNull()) {
                        copy.set(member.getKey(), member.getValue().project(value));
                    }
                }
                return copy;
            }
            default:
                return node.deepCopy();
        }
    }

    private static JsonNode wrongType(String path, Violations v, String what) {
        v.request(path.isEmpty() ? null : path, ValidationErrorCode.INVALID_VALUE, "Must be " + what + ".");
        return null;
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    @Override
    public String toString() {
        return "ModelShape[" + name + ", " + type + "]";
    }
}

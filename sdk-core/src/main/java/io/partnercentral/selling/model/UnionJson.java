package io.partnercentral.selling.model;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** What every {@link WireUnion} shares: unknown members kept exactly as sent. */
final class UnionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String TYPE_MEMBER = "__type";

    private UnionJson() {}

    /** The member's JSON exactly as sent: numbers keep their scale, so an unknown member goes back unchanged. */
    static JsonNode readExactTree(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT:
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String field = p.currentName();
                    p.nextToken();
                    object.set(field, readExactTree(p));
                }
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readExactTree(p));
                }
                return array;
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return p.isNaN() ? NODES.numberNode(p.getDoubleValue()) : DecimalNode.valueOf(p.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT:
                return NODES.pojoNode(p.getEmbeddedObject());
            default:
                throw new JsonParseException(p, "unexpected token " + p.currentToken() + " in a union member");
        }
    }

    /** Checks an unknown member's name and value and copies the value, as every Unknown record does. */
    static JsonNode checkUnknown(String name, JsonNode value, java.util.Set<String> known) {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(value, "value");
        if (known.contains(name) || TYPE_MEMBER.equals(name)) {
            throw new IllegalArgumentException("not an unknown union member: " + name);
        }
        if (value.isNull() || value.isMissingNode()) {
            throw new IllegalArgumentException("union member " + name + " needs a non-null JSON value");
        }
        return value.deepCopy();
    }
}

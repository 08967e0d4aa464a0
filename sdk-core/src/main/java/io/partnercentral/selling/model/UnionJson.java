package io.partnercentral.selling.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Jackson reading and writing of every {@link WireUnion}: one member object, unknown members kept exactly. */
final class UnionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String TYPE_MEMBER = "__type";

    private UnionJson() {}

    /** A known member of a union: the class its value reads as and how it becomes the union. */
    record Variant<T>(Class<?> type, Function<Object, T> wrap) {
        static <T, V> Variant<T> of(Class<V> type, Function<V, T> wrap) {
            return new Variant<>(type, value -> wrap.apply(type.cast(value)));
        }
    }

    /** Writes any union as an object with its one member. */
    static final class Writer extends StdSerializer<WireUnion> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(WireUnion.class);
        }

        @Override
        public void serialize(WireUnion union, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(union);
            gen.writeFieldName(union.memberName());
            provider.defaultSerializeValue(union.memberValue(), gen);
            gen.writeEndObject();
        }
    }

    /** Reads one union type; the generated union supplies its members. */
    abstract static class Reader<T extends WireUnion> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, Variant<T>> variants;
        private final transient BiFunction<String, JsonNode, T> unknown;

        Reader(Class<T> type, Map<String, Variant<T>> variants, BiFunction<String, JsonNode, T> unknown) {
            super(type);
            this.variants = variants;
            this.unknown = unknown;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.START_OBJECT) {
                token = p.nextToken();
            } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
                @SuppressWarnings("unchecked")
                T unexpected = (T) ctxt.handleUnexpectedToken(handledType(), p);
                return unexpected;
            }
            T value = null;
            for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
                String name = p.currentName();
                JsonToken valueToken = p.nextToken();
                if (valueToken == JsonToken.VALUE_NULL || TYPE_MEMBER.equals(name)) {
                    p.skipChildren();
                    continue;
                }
                if (value != null) {
                    ctxt.reportInputMismatch(this, "%s is a union and holds one member, found %s and %s",
                            handledType().getSimpleName(), value.memberName(), name);
                }
                Variant<T> variant = variants.get(name);
                value = variant != null ? variant.wrap().apply(ctxt.readValue(p, variant.type()))
                        : unknown.apply(name, readExactTree(p));
            }
            return value;
        }
    }

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

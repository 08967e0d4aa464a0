package io.partnercentral.selling.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.WireViews.CreateOnly;
import io.partnercentral.selling.model.WireViews.ReadOnly;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What every generated {@link WireCodec} and union shares: reading scalars strictly, keeping unknown
 * members exactly, and reporting JSON of the wrong shape with the member path but never a value.
 */
final class JsonCodec {
    /** View bit: read-only members are written. */
    static final int READ_ONLY = 1;
    /** View bit: create-only members are written. */
    static final int CREATE_ONLY = 2;

    private JsonCodec() {}

    /** The view bits a Jackson databind active view stands for: no view writes everything. */
    static int view(Class<?> activeView) {
        if (activeView == null) {
            return WireCodec.ALL;
        }
        return (ReadOnly.class.isAssignableFrom(activeView) ? READ_ONLY : 0)
                | (CreateOnly.class.isAssignableFrom(activeView) ? CREATE_ONLY : 0);
    }

    /**
     * The first member name of the object the parser is on ({@code START_OBJECT}, or already on a
     * field name as databind sometimes hands over), or {@code null} for an empty object.
     */
    static String firstField(JsonParser p, String type) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return p.nextFieldName();
        }
        if (token == JsonToken.FIELD_NAME) {
            return p.currentName();
        }
        if (token == JsonToken.END_OBJECT) {
            return null;
        }
        throw mismatch(p, type + " must be a JSON object");
    }

    /** Checks that the member loop stopped at the end of the object, not at something else. */
    static void endObject(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw mismatch(p, "expected a member name or the end of the object");
        }
    }

    /** Checks that the value is an array. */
    static void startArray(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw mismatch(p, "expected an array");
        }
    }

    /** Checks that the value is an object and returns its first member name. */
    static String startMap(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw mismatch(p, "expected an object");
        }
        return p.nextFieldName();
    }

    static String text(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw mismatch(p, "expected a string");
        }
        return p.getText();
    }

    static Integer integer(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw mismatch(p, "expected a 32-bit integer");
        }
        return p.getIntValue();
    }

    static Long longValue(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw mismatch(p, "expected a 64-bit integer");
        }
        return p.getLongValue();
    }

    static Double doubleValue(JsonParser p) throws IOException {
        if (!p.currentToken().isNumeric()) {
            throw mismatch(p, "expected a number");
        }
        return p.getDoubleValue();
    }

    static Boolean bool(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw mismatch(p, "expected true or false");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    /** An ISO-8601 timestamp (any offset, converted to UTC), or epoch seconds as a number. */
    static Instant instant(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return Instant.ofEpochSecond(p.getLongValue());
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal seconds = p.getDecimalValue();
            long whole = seconds.longValue();
            int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
            return Instant.ofEpochSecond(whole, nanos);
        }
        String text = text(p);
        Instant fast = fastInstant(text);
        if (fast != null) {
            return fast;
        }
        try {
            return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
        } catch (DateTimeException notInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeException notOffset) {
                throw mismatch(p, "expected an ISO-8601 timestamp");
            }
        }
    }

    /** A date as {@code YYYY-MM-DD}, strictly: no time of day, no empty string. */
    static LocalDate localDate(JsonParser p) throws IOException {
        String text = text(p);
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException notDate) {
                    throw mismatch(p, "expected a date as YYYY-MM-DD");
                }
            }
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException notDate) {
            throw mismatch(p, "expected a date as YYYY-MM-DD");
        }
    }

    /**
     * The common form {@code YYYY-MM-DDTHH:MM:SS[.fraction]Z} without the formatter's allocations, or
     * {@code null} for any other form (which the formatter then reads, or rejects).
     */
    static Instant fastInstant(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int digitsCount = length - 21;
            if (text.charAt(19) != '.' || digitsCount < 1 || digitsCount > 9) {
                return null;
            }
            int fraction = digits(text, 20, length - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = digitsCount; i < 9; i++) {
                nanos *= 10;
            }
        } else if (text.charAt(19) != 'Z') {
            return null;
        }
        if (day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in {@code text[from, to)}, or -1 if any character there is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * The value exactly as sent, for a member this SDK does not model: numbers keep their scale, so it
     * goes back unchanged. (The node factory is named here, not held, so a response without unknown
     * members loads no databind node class.)
     */
    static JsonNode tree(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT:
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String field = p.currentName();
                    p.nextToken();
                    object.set(field, tree(p));
                }
                return object;
            case START_ARRAY:
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(tree(p));
                }
                return array;
            case VALUE_STRING:
                return JsonNodeFactory.instance.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return JsonNodeFactory.instance.numberNode(p.getIntValue());
                    case LONG:
                        return JsonNodeFactory.instance.numberNode(p.getLongValue());
                    default:
                        return JsonNodeFactory.instance.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return p.isNaN() ? JsonNodeFactory.instance.numberNode(p.getDoubleValue()) : DecimalNode.valueOf(p.getDecimalValue());
            case VALUE_TRUE:
                return JsonNodeFactory.instance.booleanNode(true);
            case VALUE_FALSE:
                return JsonNodeFactory.instance.booleanNode(false);
            case VALUE_NULL:
                return JsonNodeFactory.instance.nullNode();
            case VALUE_EMBEDDED_OBJECT:
                return JsonNodeFactory.instance.pojoNode(p.getEmbeddedObject());
            default:
                throw new JsonParseException(p, "unexpected token " + p.currentToken() + " in a union member");
        }
    }

    /** Checks an unknown member's name and value and copies the value, as every Unknown record does. */
    static JsonNode checkUnknown(String name, JsonNode value, Set<String> known) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (known.contains(name) || "__type".equals(name)) {
            throw new IllegalArgumentException("not an unknown union member: " + name);
        }
        if (value.isNull() || value.isMissingNode()) {
            throw new IllegalArgumentException("union member " + name + " needs a non-null JSON value");
        }
        return value.deepCopy();
    }

    /** Writes members this SDK does not model, after the modelled ones. */
    static void writeAdditional(JsonGenerator g, Map<String, JsonNode> members) throws IOException {
        for (Map.Entry<String, JsonNode> member : members.entrySet()) {
            g.writeFieldName(member.getKey());
            writeTree(g, member.getValue());
        }
    }

    /** Writes a tree node by node, numbers with their exact scale; needs no databind codec on the generator. */
    static void writeTree(JsonGenerator g, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    g.writeFieldName(field.getKey());
                    writeTree(g, field.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode element : node) {
                    writeTree(g, element);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> g.writeNumber(node.intValue());
                    case LONG -> g.writeNumber(node.longValue());
                    case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
                    case FLOAT -> g.writeNumber(node.floatValue());
                    case DOUBLE -> g.writeNumber(node.doubleValue());
                    default -> g.writeNumber(node.decimalValue());
                }
            }
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NULL -> g.writeNull();
            case BINARY -> g.writeBinary(node.binaryValue());
            default -> throw new IOException("a " + node.getNodeType() + " node cannot be written as JSON");
        }
    }

    /** JSON of the wrong shape: where, what was expected, never the value. */
    static WireFormatException mismatch(JsonParser p, String expected) {
        return new WireFormatException(p, expected + ", found " + p.currentToken());
    }
}

package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.internal.WireJson;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;

/**
 * Internal API: JSON and timestamp helpers of the emulator.
 *
 * <p>Timestamps are written with exactly three fraction digits and {@code Z}, so their text sorts in
 * time order; that lets the list operations sort and page on the text alone.
 */
final class Json {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private Json() {}

    public static ObjectMapper mapper() {
        return WireJson.mapper();
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    public static String write(JsonNode node) {
        try {
            return mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** Parses a request body; an empty body is an empty object, as the SDKs send {@code {}} anyway. */
    public static ObjectNode parseBody(String body) {
        if (body == null || body.isBlank()) {
            return object();
        }
        JsonNode node;
        try {
            node = mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw ServiceException.serialization("The request body is not valid JSON.");
        }
        if (!(node instanceof ObjectNode object)) {
            throw ServiceException.serialization("The request body must be a JSON object.");
        }
        return object;
    }

    /** The member's text, or null when it is absent, null, or not a string. */
    public static String text(JsonNode parent, String member) {
        if (parent == null) {
            return null;
        }
        JsonNode node = parent.get(member);
        return node != null && node.isTextual() ? node.asText() : null;
    }

    /** The member as an object, or null. */
    public static ObjectNode obj(JsonNode parent, String member) {
        if (parent == null) {
            return null;
        }
        JsonNode node = parent.get(member);
        return node instanceof ObjectNode object ? object : null;
    }

    /** The member as an array, or null. */
    public static ArrayNode arr(JsonNode parent, String member) {
        if (parent == null) {
            return null;
        }
        JsonNode node = parent.get(member);
        return node instanceof ArrayNode array ? array : null;
    }

    /** Follows a dotted member path through objects; null when any step is missing. */
    public static JsonNode at(JsonNode root, String dottedPath) {
        JsonNode node = root;
        for (String member : dottedPath.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(member);
        }
        return node == null || node.isNull() ? null : node;
    }

    public static String textAt(JsonNode root, String dottedPath) {
        JsonNode node = at(root, dottedPath);
        return node != null && node.isTextual() ? node.asText() : null;
    }

    /** The emulator's clock reading rounded to what the wire carries, so stored and sent values agree. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /**
     * Reads a timestamp member: an ISO-8601 string (what the service and the AWS SDKs use for this
     * API) or epoch seconds (the awsJson default other clients may fall back to). Null if unreadable.
     */
    public static Instant parseTimestamp(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return Instant.ofEpochMilli(Math.round(node.asDouble() * 1000));
        }
        if (!node.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Parses {@code YYYY-MM-DD}; null if the text is not such a date. */
    public static LocalDate parseDate(String text) {
        if (text == null || text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

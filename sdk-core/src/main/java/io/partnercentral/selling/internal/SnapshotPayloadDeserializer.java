package io.partnercentral.selling.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.AwsOpportunitySummaryFullView;
import io.partnercentral.selling.model.OpportunitySummaryView;
import io.partnercentral.selling.model.SnapshotPayload;
import java.io.IOException;

/**
 * Internal API: reads the union object {@code {"<member>": body}} into a {@link SnapshotPayload}
 * variant, following the rules documented on {@link SnapshotPayload}: {@code __type} and
 * null-valued members are skipped, no remaining member reads as {@code null} (an absent payload),
 * an unrecognised member becomes {@link SnapshotPayload.Unknown}, and two members fail the read.
 */
public final class SnapshotPayloadDeserializer extends StdDeserializer<SnapshotPayload> {
    private static final long serialVersionUID = 1L;

    /** Smithy's JSON protocols tell union readers to ignore this member. */
    private static final String TYPE_MEMBER = "__type";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public SnapshotPayloadDeserializer() {
        super(SnapshotPayload.class);
    }

    @Override
    public SnapshotPayload deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            token = p.nextToken();
        } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
            return (SnapshotPayload) ctxt.handleUnexpectedToken(SnapshotPayload.class, p);
        }
        SnapshotPayload payload = null;
        for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
            String name = p.currentName();
            JsonToken valueToken = p.nextToken();
            if (valueToken == JsonToken.VALUE_NULL || TYPE_MEMBER.equals(name)) {
                p.skipChildren();
                continue;
            }
            if (payload != null) {
                return (SnapshotPayload) ctxt.reportInputMismatch(this,
                        "Payload is a union and may hold one member, found %s and %s", payload.memberName(), name);
            }
            payload = readMember(name, p, ctxt);
        }
        return payload;
    }

    private static SnapshotPayload readMember(String name, JsonParser p, DeserializationContext ctxt) throws IOException {
        switch (name) {
            case SnapshotPayload.OPPORTUNITY_SUMMARY:
                return SnapshotPayload.of(ctxt.readValue(p, OpportunitySummaryView.class));
            case SnapshotPayload.AWS_OPPORTUNITY_SUMMARY_FULL_VIEW:
                return SnapshotPayload.of(ctxt.readValue(p, AwsOpportunitySummaryFullView.class));
            default:
                return SnapshotPayload.unknown(name, readExactTree(p));
        }
    }

    /**
     * Reads the value at the current token as a tree without the mapper's number handling, which by
     * default turns decimals into doubles: an unknown member must be written back as it came.
     */
    private static JsonNode readExactTree(JsonParser p) throws IOException {
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
                // DecimalNode keeps the scale (1.10 stays 1.10); NaN and infinities, which only lenient
                // parsers accept, have no BigDecimal form.
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
                throw new JsonParseException(p, "unexpected token " + p.currentToken() + " in a payload member");
        }
    }
}

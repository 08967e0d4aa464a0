package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.ValidationErrorCode;
import java.util.Map;

/**
 * Internal API: collects every broken rule of one request, so a ValidationException lists them all
 * at once, as the service does.
 *
 * <p>Rules on a single member's form are {@code REQUEST_VALIDATION_FAILED}; rules that relate members
 * or depend on stored state are {@code BUSINESS_VALIDATION_FAILED}. The exception's Reason is the
 * request one when any request rule broke.
 */
public final class Violations {
    private final ArrayNode errors = Json.array();
    private boolean requestLevel;

    public void request(String fieldPath, ValidationErrorCode code, String message) {
        add(fieldPath, code, message);
        requestLevel = true;
    }

    public void business(String fieldPath, ValidationErrorCode code, String message) {
        add(fieldPath, code, message);
    }

    private void add(String fieldPath, ValidationErrorCode code, String message) {
        ObjectNode error = errors.addObject();
        if (fieldPath != null) {
            error.put("FieldName", fieldPath);
        }
        error.put("Message", message);
        error.put("Code", code.value());
    }

    /** A copy of the ErrorList so far: {FieldName?, Message, Code} entries. */
    public ArrayNode errors() {
        return errors.deepCopy();
    }

    /** FieldName and Code of each error, for logs: never the messages' values (there are none) nor the request's. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        errors.forEach(e -> text.append(text.length() == 0 ? "" : ", ")
                .append(e.path("FieldName").asText("(request)")).append(' ').append(e.path("Code").asText()));
        return text.toString();
    }

    /** Whether a rule on this exact field path has already been reported, so a dependent rule can stay quiet. */
    public boolean reported(String fieldPath) {
        for (JsonNode error : errors) {
            if (fieldPath.equals(error.path("FieldName").asText(null))) {
                return true;
            }
        }
        return false;
    }

    /** A copy without the errors of these field paths that break exactly these rules. */
    public Violations without(Map<String, ValidationErrorCode> tolerated) {
        Violations kept = new Violations();
        kept.requestLevel = requestLevel;
        for (JsonNode error : errors) {
            ValidationErrorCode code = tolerated.get(error.path("FieldName").asText(""));
            if (code == null || !code.value().equals(error.path("Code").asText())) {
                kept.errors.add(error.deepCopy());
            }
        }
        return kept;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ServiceException.validation(
                    requestLevel ? "REQUEST_VALIDATION_FAILED" : "BUSINESS_VALIDATION_FAILED", errors);
        }
    }
}

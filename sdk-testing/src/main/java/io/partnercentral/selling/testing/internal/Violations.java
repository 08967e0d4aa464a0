package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.Picklist;
import io.partnercentral.selling.model.ValidationErrorCode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Internal API: collects every broken rule of one request, so a ValidationException lists them all
 * at once, as the service does.
 *
 * <p>Rules on a single member's form are {@code REQUEST_VALIDATION_FAILED}; rules that relate members
 * or depend on stored state are {@code BUSINESS_VALIDATION_FAILED}. The exception's Reason is the
 * request one when any request rule broke.
 */
final class Violations {
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

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ServiceException.validation(
                    requestLevel ? "REQUEST_VALIDATION_FAILED" : "BUSINESS_VALIDATION_FAILED", errors);
        }
    }

    // Shared single-member rules. Each returns whether the value passed, so callers can skip
    // dependent rules on a value already reported.

    public boolean required(String path, Object value) {
        if (value == null) {
            request(path, ValidationErrorCode.REQUIRED_FIELD_MISSING, "Required member is missing.");
            return false;
        }
        return true;
    }

    public boolean length(String path, String value, int min, int max) {
        if (value != null && (value.length() < min || value.length() > max)) {
            request(path, ValidationErrorCode.VALUE_OUT_OF_RANGE,
                    "Length must be between " + min + " and " + max + " characters.");
            return false;
        }
        return true;
    }

    public boolean pattern(String path, String value, Pattern pattern, String description) {
        if (value != null && !pattern.matcher(value).matches()) {
            request(path, ValidationErrorCode.INVALID_STRING_FORMAT, "Must be " + description + ".");
            return false;
        }
        return true;
    }

    public boolean oneOf(String path, String value, List<? extends Picklist> allowed) {
        if (value == null) {
            return true;
        }
        for (Picklist candidate : allowed) {
            if (candidate.value().equals(value)) {
                return true;
            }
        }
        request(path, ValidationErrorCode.INVALID_ENUM_VALUE, "Not a valid value for this member.");
        return false;
    }

    public boolean oneOfValues(String path, String value, List<String> allowed) {
        if (value == null || allowed.contains(value)) {
            return true;
        }
        request(path, ValidationErrorCode.INVALID_ENUM_VALUE, "Must be one of " + String.join(", ", allowed) + ".");
        return false;
    }

    public boolean maxItems(String path, int size, int max) {
        if (size > max) {
            request(path, ValidationErrorCode.TOO_MANY_VALUES, "At most " + max + " values are allowed.");
            return false;
        }
        return true;
    }
}

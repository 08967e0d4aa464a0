package io.partnercentral.selling.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import io.partnercentral.selling.model.ModelCodecs;
import io.partnercentral.selling.model.WireCodec;
import io.partnercentral.selling.model.WireFormatException;
import java.io.IOException;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.internal.WireJson;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Reads a model value stored as the service's JSON (a CRM's copy of an opportunity, a saved
 * snapshot) and reports a member that cannot be read as a violation with its field path, not as a
 * Jackson exception. Dates are strict: {@code YYYY-MM-DD} only, never an empty string or a date-time.
 *
 * <pre>{@code
 * try {
 *     Opportunity stored = StoredPayloads.read(json, Opportunity.class);
 * } catch (ValidationException unreadable) {
 *     unreadable.violations();   // e.g. LifeCycle.TargetCloseDate [INVALID_STRING_FORMAT]
 * }
 * }</pre>
 *
 * <p>Thread-safe. Messages never contain the stored value.
 */
public final class StoredPayloads {
    private StoredPayloads() {}

    /**
     * Reads {@code json} as a {@code type}: a model type through its generated reader, the JSON the
     * SDK itself reads from the service; any other type through the SDK's databind settings.
     *
     * @throws ValidationException listing the member that cannot be read, by field path
     */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        WireCodec<T> codec = ModelCodecs.of(type);
        try {
            if (codec == null) {
                return WireJson.mapper().readValue(json, type);
            }
            try (JsonParser parser = WireJson.factory().createParser(json)) {
                if (parser.nextToken() == null) {
                    throw new JsonParseException(parser, "no JSON value");
                }
                T value = codec.read(parser);
                if (parser.nextToken() != null) {
                    throw new JsonParseException(parser, "more than one JSON value");
                }
                return value;
            }
        } catch (WireFormatException unreadable) {
            throw unreadable(type, unreadable.memberPath());
        } catch (JsonMappingException unreadable) {
            throw unreadable(type, path(unreadable));
        } catch (IOException malformed) {
            throw ValidationException.local("Reading a stored " + type.getSimpleName(), List.of(new Violation(
                    "", ValidationErrorCode.INVALID_STRING_FORMAT, "is not well-formed JSON")));
        }
    }

    private static ValidationException unreadable(Class<?> type, String path) {
        return ValidationException.local("Reading a stored " + type.getSimpleName(), List.of(new Violation(
                path, ValidationErrorCode.INVALID_STRING_FORMAT, "cannot be read as the model's type for this member")));
    }

    /** {@code Project.ExpectedCustomerSpend[0].Amount} from Jackson's reference chain. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

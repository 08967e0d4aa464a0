package io.partnercentral.selling.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    /** Holder idiom: loading {@code StoredPayloads} (e.g. for {@link #path}) does not build the mapper; the first read does. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = WireJson.mapper();
    }

    /**
     * Reads {@code json} as a {@code type}.
     *
     * @throws ValidationException listing the member that cannot be read, by field path
     */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        try {
            return Mapper.INSTANCE.readValue(json, type);
        } catch (JsonMappingException unreadable) {
            throw ValidationException.local("Reading a stored " + type.getSimpleName(), List.of(new Violation(
                    path(unreadable), ValidationErrorCode.INVALID_STRING_FORMAT, "cannot be read as the model's type for this member")));
        } catch (JsonProcessingException malformed) {
            throw ValidationException.local("Reading a stored " + type.getSimpleName(), List.of(new Violation(
                    "", ValidationErrorCode.INVALID_STRING_FORMAT, "is not well-formed JSON")));
        }
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

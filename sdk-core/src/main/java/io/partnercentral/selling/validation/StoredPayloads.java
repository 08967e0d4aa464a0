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
import io.partnercentral.selling.model.Picklist;
import io.partnercentral.selling.internal.WireJson;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Reads a model value stored as the service's JSON (a CRM's copy of an opportunity, a saved
 * snapshot) and reports a member that cannot be read as a violation with its field path, not as a
 * Jackson exception. Dates are strict: {@code YYYY-MM-DD} only, never an empty string or a date-time.
 *
 * <p>A stored payload is the caller's data: a picklist value this SDK does not know is taken as if
 * given to the picklist's {@code of()}, so validation reports it ({@code INVALID_ENUM_VALUE}) before a
 * create or update sends it. To read what the service itself wrote and keep its unknown values as the
 * service's (sent back unchanged, never reported), pass {@link Origin#SERVICE}.
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

    /** Whose data a stored payload is, which decides how a picklist value this SDK does not know is taken. */
    public enum Origin {
        /**
         * The caller's own data (a CRM's record): an unknown picklist value is reported by validation,
         * like one given to {@code of()}. The default.
         */
        CALLER,
        /**
         * What the service returned, stored as it came: an unknown picklist value is the service's,
         * sent back unchanged and never reported, like a value read from a live answer.
         */
        SERVICE
    }

    /**
     * Applies this SDK's JSON settings to a Jackson mapper builder of the caller's: the mapper then
     * reads and writes every model type exactly as the SDK sends and reads it (unknown members kept,
     * absent optionals and empty collections not written).
     *
     * @param builder the caller's builder
     * @return the same builder, for chaining
     */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return WireJson.configure(Objects.requireNonNull(builder, "builder"));
    }

    /**
     * Reads {@code json} as a {@code type}, as the caller's data ({@link Origin#CALLER}).
     *
     * @param json the stored JSON
     * @param type a model type, or any type the SDK's databind settings can read
     * @param <T> the type read
     * @return the value read
     * @throws ValidationException listing the member that cannot be read, by field path
     */
    public static <T> T read(String json, Class<T> type) {
        return read(json, type, Origin.CALLER);
    }

    /**
     * Reads {@code json} as a {@code type}: a model type through its generated reader, the JSON the
     * SDK itself reads from the service; any other type through the SDK's databind settings.
     *
     * @param json the stored JSON
     * @param type a model type, or any type the SDK's databind settings can read
     * @param origin whose data the JSON is, which decides whether validation reports an unknown picklist value
     * @param <T> the type read
     * @return the value read
     * @throws ValidationException listing the member that cannot be read, by field path
     */
    public static <T> T read(String json, Class<T> type, Origin origin) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        return Objects.requireNonNull(origin, "origin") == Origin.SERVICE ? readAs(json, type)
                : Picklist.readAsCallerData(() -> readAs(json, type));
    }

    private static <T> T readAs(String json, Class<T> type) {
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

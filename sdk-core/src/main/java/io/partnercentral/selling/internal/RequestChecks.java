package io.partnercentral.selling.internal;

import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import java.util.ArrayList;
import java.util.Collection;
import com.fasterxml.jackson.databind.JsonNode;
import io.partnercentral.selling.internal.validation.ModelRules;
import io.partnercentral.selling.internal.validation.ViolationCollector;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.Opportunity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Internal API: local checks of request members (identifiers, page sizes, filter counts) against
 * the patterns of the API reference, collected so that one exception reports them all before any
 * request is sent. Not thread-safe: one instance per call.
 */
public final class RequestChecks {
    private static final Set<String> REQUEST_MEMBERS = Set.of("Catalog", "ClientToken", "Identifier", "LastModifiedDate");


    private final String operation;
    private final List<Violation> violations = new ArrayList<>(2);

    private RequestChecks(String operation) {
        this.operation = operation;
    }

    public static RequestChecks of(Operation operation) {
        return new RequestChecks(operation.wireName());
    }

    /** The operation's {@code member}, an opportunity id, by the model's rule for that member. */
    public RequestChecks opportunityId(String member, String value) {
        return member(member, value);
    }

    /** The operation's {@code member}, an engagement id (or ARN where the model allows one). */
    public RequestChecks engagementId(String member, String value) {
        return member(member, value);
    }

    /** The operation's {@code member}, a snapshot job id. */
    public RequestChecks jobId(String member, String value) {
        return member(member, value);
    }

    /** The operation's {@code member}, a snapshot template name. */
    public RequestChecks templateId(String member, String value) {
        return member(member, value);
    }

    /**
     * Requires {@code member} of this operation's input and checks it by the model's rule for that
     * member (the generated {@code ModelRules}); the message names the rule, never the value.
     */
    public RequestChecks member(String member, String value) {
        if (value == null || value.isEmpty()) {
            violations.add(new Violation(member, ValidationErrorCode.REQUIRED_FIELD_MISSING, "is required"));
            return this;
        }
        ViolationCollector out = new ViolationCollector();
        ModelRules.checkInputMember(operation, member, value, out);
        violations.addAll(out.toList());
        return this;
    }

    public RequestChecks notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, ValidationErrorCode.REQUIRED_FIELD_MISSING, "is required"));
        }
        return this;
    }

    /** A value given but made of white space only (an absent or empty one is the model's rules' to report). */
    public RequestChecks blank(String field, String value) {
        if (value != null && !value.isEmpty() && value.isBlank()) {
            violations.add(new Violation(field, ValidationErrorCode.REQUIRED_FIELD_MISSING, "is required"));
        }
        return this;
    }

    public RequestChecks range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            violations.add(new Violation(field, ValidationErrorCode.VALUE_OUT_OF_RANGE,
                    "must be between " + min + " and " + max));
        }
        return this;
    }

    public RequestChecks atMost(String field, Collection<?> values, int max) {
        if (values.size() > max) {
            violations.add(new Violation(field, ValidationErrorCode.TOO_MANY_VALUES, "must have at most " + max + " entries"));
        }
        return this;
    }

    public RequestChecks required(String field, Object value) {
        if (value == null) {
            violations.add(new Violation(field, ValidationErrorCode.REQUIRED_FIELD_MISSING, "is required"));
        }
        return this;
    }

    /** A catalog the caller typed must be one the SDK knows (AWS, Sandbox) or passed to {@code Catalog.unchecked}. */
    public RequestChecks catalog(Catalog catalog) {
        if (catalog != null && catalog.isUnrecognized()) {
            violations.add(new Violation("Catalog", ValidationErrorCode.INVALID_ENUM_VALUE,
                    "must be AWS or Sandbox (or a newer catalog passed to Catalog.unchecked(String))"));
        }
        return this;
    }

    /** A ClientToken the caller chose: the model's ClientToken rule (1 to 255 characters). */
    public RequestChecks clientToken(String token) {
        if (token != null) {
            ViolationCollector out = new ViolationCollector();
            ModelRules.checkClientToken(token, "ClientToken", out);
            violations.addAll(out.toList());
        }
        return this;
    }

    /**
     * The payload without request-level members ({@code Catalog}, {@code ClientToken},
     * {@code Identifier}, {@code LastModifiedDate}) among its unknown members: the request sets
     * those itself, so a stale copy read from stored JSON must not be sent as a second key.
     */
    public static Opportunity withoutRequestMembers(Opportunity opportunity) {
        Map<String, JsonNode> unknown = opportunity.additionalMembers();
        if (unknown.isEmpty() || REQUEST_MEMBERS.stream().noneMatch(unknown::containsKey)) {
            return opportunity;
        }
        Map<String, JsonNode> kept = new LinkedHashMap<>(unknown);
        kept.keySet().removeAll(REQUEST_MEMBERS);
        return opportunity.toBuilder().additionalMembers(kept).build();
    }

    /** The model's rules for {@code operation}'s input, of which {@code input} is the SDK type. */
    public RequestChecks model(String operation, Object input) {
        ViolationCollector out = new ViolationCollector();
        ModelRules.checkInput(operation, input, out);
        violations.addAll(out.toList());
        return this;
    }

    public RequestChecks add(List<Violation> more) {
        violations.addAll(more);
        return this;
    }

    /**
     * {@code value}, or a local {@link ValidationException} with {@code REQUIRED_FIELD_MISSING} at
     * {@code argument} when it is null: a null argument of a facade method is bad input like any
     * other, answered before any request, never a {@code NullPointerException} from inside.
     *
     * @param call what the caller called, for the message (an operation or method name)
     * @param argument the argument's name (its model member's, where it fills one)
     */
    public static <T> T argument(String call, String argument, T value) {
        if (value == null) {
            throw ValidationException.local(call, List.of(new Violation(argument, ValidationErrorCode.REQUIRED_FIELD_MISSING,
                    "is required")));
        }
        return value;
    }

    /** Throws a local {@link ValidationException} listing every violation found, if any. */
    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw ValidationException.local(operation, violations);
        }
    }
}

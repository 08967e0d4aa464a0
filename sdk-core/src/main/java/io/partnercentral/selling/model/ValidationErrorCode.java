package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * A validation error code, shared by this SDK's local validator and the service's ValidationException.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code ValidationErrorCode value = ValidationErrorCode.REQUIRED_FIELD_MISSING;
 * ValidationErrorCode fromService = ValidationErrorCode.of("REQUIRED_FIELD_MISSING");  // same instance as the constant}</pre>
 */
public final class ValidationErrorCode extends Picklist {
    private static final PicklistValues<ValidationErrorCode> VALUES = new PicklistValues<>(ValidationErrorCode::new);

    /** {@code REQUIRED_FIELD_MISSING} */
    public static final ValidationErrorCode REQUIRED_FIELD_MISSING = VALUES.known("REQUIRED_FIELD_MISSING");
    /** {@code INVALID_ENUM_VALUE} */
    public static final ValidationErrorCode INVALID_ENUM_VALUE = VALUES.known("INVALID_ENUM_VALUE");
    /** {@code INVALID_STRING_FORMAT} */
    public static final ValidationErrorCode INVALID_STRING_FORMAT = VALUES.known("INVALID_STRING_FORMAT");
    /** {@code INVALID_VALUE} */
    public static final ValidationErrorCode INVALID_VALUE = VALUES.known("INVALID_VALUE");
    /** {@code NOT_ENOUGH_VALUES} */
    public static final ValidationErrorCode NOT_ENOUGH_VALUES = VALUES.known("NOT_ENOUGH_VALUES");
    /** {@code TOO_MANY_VALUES} */
    public static final ValidationErrorCode TOO_MANY_VALUES = VALUES.known("TOO_MANY_VALUES");
    /** {@code INVALID_RESOURCE_STATE} */
    public static final ValidationErrorCode INVALID_RESOURCE_STATE = VALUES.known("INVALID_RESOURCE_STATE");
    /** {@code DUPLICATE_KEY_VALUE} */
    public static final ValidationErrorCode DUPLICATE_KEY_VALUE = VALUES.known("DUPLICATE_KEY_VALUE");
    /** {@code VALUE_OUT_OF_RANGE} */
    public static final ValidationErrorCode VALUE_OUT_OF_RANGE = VALUES.known("VALUE_OUT_OF_RANGE");
    /** {@code ACTION_NOT_PERMITTED} */
    public static final ValidationErrorCode ACTION_NOT_PERMITTED = VALUES.known("ACTION_NOT_PERMITTED");

    private ValidationErrorCode(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static ValidationErrorCode of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<ValidationErrorCode> knownValues() {
        return VALUES.known();
    }
}

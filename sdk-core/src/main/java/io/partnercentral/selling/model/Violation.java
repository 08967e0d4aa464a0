package io.partnercentral.selling.model;

import java.util.Objects;

/**
 * One broken rule: where ({@code fieldPath}, in the service's member names, e.g.
 * {@code Project.ExpectedContractDuration.Value} or {@code Customer.Contacts[0].Email}), which
 * {@link ValidationErrorCode code}, and a message naming the rule. Produced both by this SDK's
 * local validation and from the {@code ErrorList} of the service's ValidationException.
 *
 * <p>Messages never repeat the offending value, so a violation is safe to log.
 *
 * @param fieldPath the member at fault, or {@code null} when the service named none
 * @param code the service's error code for this kind of violation
 * @param message what rule was broken
 */
public record Violation(String fieldPath, ValidationErrorCode code, String message) {
    /**
     * Creates a {@code Violation}, checking its components.
     *
     * @param fieldPath the member at fault, or {@code null} when the service named none
     * @param code the service's error code for this kind of violation
     * @param message what rule was broken
     */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (fieldPath == null ? "" : fieldPath + ": ") + message + " [" + code.value() + "]";
    }
}

package io.partnercentral.selling.exception;

import io.partnercentral.selling.model.Violation;
import java.util.List;
import java.util.Optional;

/**
 * A request broke the API's rules. Thrown before any HTTP request when this SDK's local validation
 * finds violations ({@link #isLocal()}), and for the service's {@code ValidationException}, whose
 * {@code ErrorList} becomes the same {@link Violation} list.
 *
 * <pre>{@code
 * try {
 *     selling.opportunities().create(opportunity);
 * } catch (ValidationException invalid) {
 *     invalid.violations().forEach(v -> log.warn("{} {}: {}", v.code(), v.fieldPath(), v.message()));
 * }
 * }</pre>
 */
public class ValidationException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    /** The service's reason for a request-level failure. */
    public static final String REQUEST_VALIDATION_FAILED = "REQUEST_VALIDATION_FAILED";
    /** The service's reason for a business-rule failure. */
    public static final String BUSINESS_VALIDATION_FAILED = "BUSINESS_VALIDATION_FAILED";

    private final transient List<Violation> violations;
    /** The service's reason, or null for local violations. */
    private final String reason;
    /** Whether the violations were found before sending; see {@link #isLocal()}. */
    private final boolean local;

    private ValidationException(ErrorDetails details, List<Violation> violations, String reason, boolean local) {
        super(details);
        this.violations = List.copyOf(violations);
        this.reason = reason;
        this.local = local;
    }

    /**
     * Violations found locally, before any request was sent.
     *
     * @param operation the service operation, e.g. {@code CreateOpportunity}
     * @param violations the violations found
     * @return the exception, marked as found before sending
     */
    public static ValidationException local(String operation, List<Violation> violations) {
        StringBuilder message = new StringBuilder(operation).append(" not sent: ")
                .append(violations.size()).append(violations.size() == 1 ? " violation" : " violations");
        for (Violation violation : violations) {
            message.append("\n  ").append(violation);
        }
        return new ValidationException(
                new ErrorDetails(message.toString(), null, null, 0, false, null, operation), violations, null, true);
    }

    /**
     * {@return the service's ValidationException}
     *
     * @param details what the failure carries
     * @param reason why, as the service records it
     * @param violations the violations found
     */
    public static ValidationException fromService(ErrorDetails details, String reason, List<Violation> violations) {
        return new ValidationException(details, violations, reason, false);
    }

    /** {@return every violation, each with its field path, code and rule} */
    public List<Violation> violations() {
        return violations;
    }

    /** {@return the service's {@code Reason}; empty for local validation} */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** {@return whether this SDK found the violations before sending anything} */
    public boolean isLocal() {
        return local;
    }
}

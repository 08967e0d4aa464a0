package io.partnercentral.selling.exception;

import java.util.Optional;

/**
 * Root of every exception this SDK throws. Unchecked, so lazy paging and lambdas need no wrapping.
 *
 * <p>Service failures are classified by the service's error code (the {@code __type} of the error
 * body), never by HTTP status, which the service does not use consistently. The generated client's
 * exception, when there is one, is kept as the cause.
 *
 * <pre>{@code
 * try {
 *     selling.opportunities().get("O1234567890");
 * } catch (ResourceNotFoundException missing) {
 *     ...
 * } catch (PartnerCentralException e) {
 *     if (e.isRetryable()) { scheduleRetry(); } else { throw e; }
 * }
 * }</pre>
 */
public class PartnerCentralException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The failed operation, or null; see {@link #operation()}. */
    private final String operation;
    /** The service's error code, or null; see {@link #errorCode()}. */
    private final String errorCode;
    /** The service's request id, or null; see {@link #requestId()}. */
    private final String requestId;
    /** The HTTP status, or 0; see {@link #statusCode()}. */
    private final int statusCode;
    /** Whether the same call may succeed later; see {@link #isRetryable()}. */
    private final boolean retryable;

    /**
     * Creates an exception with everything a subclass knows about the failure.
     *
     * @param message the message, without personal data
     * @param errorCode the service's error code, or {@code null} for local and transport failures
     * @param requestId the service's request id, or {@code null} when no response was received
     * @param statusCode the HTTP status, or 0 when there was no response
     * @param retryable whether the same call may succeed if made again later
     * @param cause the underlying failure, or {@code null}
     */
    protected PartnerCentralException(
            String message, String errorCode, String requestId, int statusCode, boolean retryable, Throwable cause) {
        this(message, null, errorCode, requestId, statusCode, retryable, cause);
    }

    private PartnerCentralException(String message, String operation, String errorCode, String requestId,
            int statusCode, boolean retryable, Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.errorCode = errorCode;
        this.requestId = requestId;
        this.statusCode = statusCode;
        this.retryable = retryable;
    }

    /**
     * A failure of the service or the transport, described by {@code details}.
     *
     * @param details what the failure carries
     */
    public PartnerCentralException(ErrorDetails details) {
        this(details.message(), details.operation(), details.errorCode(), details.requestId(), details.statusCode(),
                details.retryable(), details.cause());
    }

    /** {@return the service operation that failed, e.g. {@code UpdateOpportunity}; empty for failures outside one call} */
    public Optional<String> operation() {
        return Optional.ofNullable(operation);
    }

    /** {@return the service's error code, e.g. {@code ConflictException}; empty for local and transport failures} */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** {@return the service's request id, for AWS support; empty when no response was received} */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * The HTTP status of the response, or 0 when there was none. Informative only.
     *
     * @return the HTTP status of the response, or 0 when there was none
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Whether the same call may succeed if made again later. The SDK already retried retryable
     * failures within its retry policy before throwing.
     *
     * @return whether the same call may succeed if made again later
     */
    public boolean isRetryable() {
        return retryable;
    }

    /**
     * What the SDK knows of a failure, used to build exceptions.
     *
     * @param message the message, without personal data
     * @param errorCode the service's error code, or {@code null} for local and transport failures
     * @param requestId the service's request id, or {@code null} when no response was received
     * @param statusCode the HTTP status, or 0 when there was no response
     * @param retryable whether the same call may succeed if made again later
     * @param cause the underlying failure, or {@code null}
     * @param operation the operation's wire name, e.g. {@code GetOpportunity}; null when no call was involved
     */
    public record ErrorDetails(String message, String errorCode, String requestId, int statusCode, boolean retryable,
            Throwable cause, String operation) {
        /**
         * Details of a failure outside any one operation.
         *
         * @param message the message, without personal data
         * @param errorCode the service's error code, or {@code null} for local and transport failures
         * @param requestId the service's request id, or {@code null} when no response was received
         * @param statusCode the HTTP status, or 0 when there was no response
         * @param retryable whether the same call may succeed if made again later
         * @param cause the underlying failure, or {@code null}
         */
        public ErrorDetails(
                String message, String errorCode, String requestId, int statusCode, boolean retryable, Throwable cause) {
            this(message, errorCode, requestId, statusCode, retryable, cause, null);
        }
    }
}

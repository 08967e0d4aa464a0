package io.partnercentral.selling.exception;

/**
 * The service answered, but not with something this SDK can use: a body that is empty, cut off,
 * not JSON, or JSON of the wrong shape (a number where a picklist belongs, an object where a list
 * belongs, nesting deeper than any response of the API), or a listing that hands back a page token
 * it already gave.
 *
 * <p>{@link #isRetryable()} is true when the body looked cut off or empty (the SDK already retried
 * those within its retry policy), false when the service answered the same malformed shape, which
 * retrying will not change. For a write, the service may have applied it: a create repeated with
 * the same client token is safe.
 *
 * <pre>{@code
 * try {
 *     selling.opportunities().list().stream().forEach(crm::upsert);
 * } catch (InvalidResponseException e) {
 *     log.warn("{} answered unusably (request {})", e.operation().orElse("?"), e.requestId().orElse("none"));
 * }
 * }</pre>
 */
public class InvalidResponseException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from what the failure carries.
     *
     * @param details what the failure carries
     */
    public InvalidResponseException(ErrorDetails details) {
        super(details);
    }
}

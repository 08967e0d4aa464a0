package io.partnercentral.selling.exception;

/**
 * No usable response was received: the connection failed, was reset, broke off mid-body, or a
 * timeout ran out, after the retries the client's retry policy allows. Whether the request reached
 * the service is unknown; a create repeated with the same client token is safe, and
 * {@code update(...)} settles its own outcome before it throws.
 *
 * <p>{@link #isRetryable()} is true for I/O failures and timeouts, which a later call may not meet.
 *
 * <pre>{@code
 * catch (TransportException e) {
 *     if (e.isRetryable()) { queue.retryLater(record); }
 * }
 * }</pre>
 */
public class TransportException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from what the failure carries.
     *
     * @param details what the failure carries
     */
    public TransportException(ErrorDetails details) {
        super(details);
    }
}

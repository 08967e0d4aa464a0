package io.partnercentral.selling.exception;

/**
 * No usable response was received: the connection failed or timed out, after the retries the
 * client's retry policy allows. Whether the request reached the service is unknown; a create
 * repeated with the same client token is safe.
 */
public class TransportException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    public TransportException(ErrorDetails details) {
        super(details);
    }
}

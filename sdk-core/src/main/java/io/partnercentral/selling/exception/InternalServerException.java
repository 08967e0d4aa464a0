package io.partnercentral.selling.exception;

/** The service failed; retries were exhausted. */
public class InternalServerException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    public InternalServerException(ErrorDetails details) {
        super(details);
    }
}

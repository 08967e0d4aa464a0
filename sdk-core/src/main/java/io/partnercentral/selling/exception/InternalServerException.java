package io.partnercentral.selling.exception;

/** The service failed; retries were exhausted. */
public class InternalServerException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from what the failure carries.
     *
     * @param details what the failure carries
     */
    public InternalServerException(ErrorDetails details) {
        super(details);
    }
}

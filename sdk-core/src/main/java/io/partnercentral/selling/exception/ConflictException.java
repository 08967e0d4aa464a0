package io.partnercentral.selling.exception;

/** The request conflicts with the resource's current state: a stale {@code LastModifiedDate}, or a client token reused with another body. */
public class ConflictException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from what the failure carries.
     *
     * @param details what the failure carries
     */
    public ConflictException(ErrorDetails details) {
        super(details);
    }
}

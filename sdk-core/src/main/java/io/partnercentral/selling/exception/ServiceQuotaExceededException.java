package io.partnercentral.selling.exception;

/** A service quota was exceeded. */
public class ServiceQuotaExceededException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from what the failure carries.
     *
     * @param details what the failure carries
     */
    public ServiceQuotaExceededException(ErrorDetails details) {
        super(details);
    }
}

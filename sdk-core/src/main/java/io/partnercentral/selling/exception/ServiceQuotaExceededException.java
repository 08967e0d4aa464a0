package io.partnercentral.selling.exception;

/** A service quota was exceeded. */
public class ServiceQuotaExceededException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    public ServiceQuotaExceededException(ErrorDetails details) {
        super(details);
    }
}

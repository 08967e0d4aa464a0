package io.partnercentral.selling.exception;

/** The request was throttled (quotas: reads 10/s, writes 1/s per account) and retries were exhausted. */
public class ThrottlingException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from what the failure carries.
     *
     * @param details what the failure carries
     */
    public ThrottlingException(ErrorDetails details) {
        super(details);
    }
}

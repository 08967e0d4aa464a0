package io.partnercentral.selling.exception;

/** The resource does not exist in this catalog. */
public class ResourceNotFoundException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from what the failure carries.
     *
     * @param details what the failure carries
     */
    public ResourceNotFoundException(ErrorDetails details) {
        super(details);
    }
}

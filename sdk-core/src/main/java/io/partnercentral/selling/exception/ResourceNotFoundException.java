package io.partnercentral.selling.exception;

/** The resource does not exist in this catalog. */
public class ResourceNotFoundException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    public ResourceNotFoundException(ErrorDetails details) {
        super(details);
    }
}

package io.partnercentral.selling.exception;

/** The caller is not allowed to perform the operation. */
public class AccessDeniedException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(ErrorDetails details) {
        super(details);
    }
}

package io.partnercentral.selling.exception;

/**
 * The caller is not allowed to perform the operation, or its credentials or signature were refused:
 * {@link #errorCode()} tells which ({@code AccessDeniedException}, {@code UnrecognizedClientException},
 * {@code InvalidSignatureException}, {@code MissingAuthenticationTokenException}, {@code ExpiredTokenException}).
 *
 * <pre>{@code
 * catch (AccessDeniedException denied) {
 *     log.error("check IAM and credentials: {}", denied.errorCode().orElse("?"));
 * }
 * }</pre>
 */
public class AccessDeniedException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from what the failure carries.
     *
     * @param details what the failure carries
     */
    public AccessDeniedException(ErrorDetails details) {
        super(details);
    }
}

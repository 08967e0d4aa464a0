package io.partnercentral.selling.exception;

/**
 * A response body was larger than the limit set with
 * {@code PartnerCentralSelling.Builder.maxResponseBytes(long)}; the SDK stopped reading it and
 * dropped the connection instead of holding it in memory. Not retryable: the same call gets the
 * same answer. Ask for smaller pages ({@code maxResults}) or raise the limit.
 *
 * <pre>{@code
 * PartnerCentralSelling selling = PartnerCentralSelling.builder().maxResponseBytes(64L << 20).build();
 * }</pre>
 */
public class ResponseTooLargeException extends InvalidResponseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from what the failure carries.
     *
     * @param details what the failure carries
     */
    public ResponseTooLargeException(ErrorDetails details) {
        super(details);
    }
}

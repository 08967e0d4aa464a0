package io.partnercentral.selling.exception;

/**
 * An EventBridge event (or the SQS message or Lambda batch that carries one) that cannot be read as
 * a Partner Central event: not JSON, not from source {@code aws.partnercentral-selling}, or missing
 * or mistyping a member every event has. {@link #memberPath()} names the member (for example
 * {@code detail.opportunity.identifier}); the message never quotes a value, which may be personal
 * data. Never retryable: the same bytes fail the same way.
 *
 * <pre>{@code
 * try {
 *     PartnerCentralEvent event = PartnerCentralEvents.parse(body);
 * } catch (MalformedEventException e) {
 *     log.warn("dropping an unreadable event: {} ({})", e.memberPath(), e.getMessage());
 * }
 * }</pre>
 */
public class MalformedEventException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    /** The member at fault, dotted from the envelope's root. */
    private final String memberPath;

    /**
     * An event that cannot be read, reported at the member at fault.
     *
     * @param memberPath the member at fault, dotted from the envelope's root ({@code $} for the whole document)
     * @param problem what is wrong with it, without its value
     * @param cause the parser's exception, if any; its message is not repeated
     */
    public MalformedEventException(String memberPath, String problem, Throwable cause) {
        super(new ErrorDetails("Malformed Partner Central event at " + memberPath + ": " + problem, null, null, 0,
                false, cause));
        this.memberPath = memberPath;
    }

    /** {@return the member at fault, dotted from the envelope's root, e.g. {@code detail.engagementInvitation.id}} */
    public String memberPath() {
        return memberPath;
    }
}

package io.partnercentral.selling.exception;

/**
 * A write may or may not have been applied, and the SDK could not find out which: its response was
 * lost (a dropped connection, a 5xx or 429 after the service had acted) and the re-read that would
 * tell failed too, or showed that someone else changed the resource meanwhile. Repeating the call
 * blindly could apply the change twice, so this is not retryable: read the resource, then decide.
 * The failure that made the outcome unknown is the cause.
 *
 * <pre>{@code
 * try {
 *     selling.opportunities().update(id, o -> addSpendLine(o));
 * } catch (OutcomeUnknownException e) {
 *     Opportunity now = selling.opportunities().get(id);   // did the spend line land?
 * }
 * }</pre>
 */
public class OutcomeUnknownException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from what the failure carries.
     *
     * @param details what the failure carries
     */
    public OutcomeUnknownException(ErrorDetails details) {
        super(details);
    }
}

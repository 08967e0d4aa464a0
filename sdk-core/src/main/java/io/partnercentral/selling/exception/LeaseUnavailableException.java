package io.partnercentral.selling.exception;

/**
 * A write that must run alone across the processes sharing a coordination store
 * ({@code PartnerCentralSelling.Builder.coordination}) could not get its turn: another process or
 * thread held the opportunity's lease, or the idempotency key's, for longer than the wait allowed (the
 * client's API call timeout), or this process's own lease expired (a pause longer than the lease's
 * ttl) before it could send. Nothing was sent by the call that throws it.
 *
 * <p>Retryable: the holder finishes, or dies and its lease expires, and the same call then goes
 * through. When an earlier attempt of the same call may already have landed, the SDK throws
 * {@link OutcomeUnknownException} instead, never this.
 *
 * <pre>{@code
 * try {
 *     selling.opportunities().update(id, change);
 * } catch (LeaseUnavailableException busy) {
 *     queue.retryLater(id, change);   // nothing was sent
 * }
 * }</pre>
 */
public class LeaseUnavailableException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    /**
     * An operation not sent because another holder has the opportunity's lease; retryable.
     *
     * @param operation the operation that was not sent, e.g. {@code UpdateOpportunity}
     * @param why why it could not run, naming no key or value the user gave
     */
    public LeaseUnavailableException(String operation, String why) {
        super(new ErrorDetails(operation + " not sent: " + why, null, null, 0, true, null, operation));
    }
}

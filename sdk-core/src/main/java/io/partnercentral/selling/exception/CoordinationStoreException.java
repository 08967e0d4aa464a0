package io.partnercentral.selling.exception;

/**
 * The coordination store ({@code PartnerCentralSelling.Builder.coordination}) could not be reached or
 * did not answer in time; the call that needed it was not sent.
 *
 * <p>Retryable: once the store answers again, the same call goes through. The SDK never falls back
 * to pacing or locking in this process alone, which would let several processes exceed the account's
 * quotas or write over each other without knowing. Bulk writes stop at the first such failure and
 * report every record before it (nothing after it was sent), so a run resumes where it stopped. To run
 * without the shared store on purpose, build the facade with
 * {@link io.partnercentral.selling.coordination.CoordinationStore#inMemory()} and make sure no other
 * process uses the account meanwhile.
 *
 * <pre>{@code
 * try {
 *     selling.opportunities().update(id, change);
 * } catch (CoordinationStoreException storeDown) {
 *     queue.retryLater(id, change);   // nothing was sent
 * }
 * }</pre>
 */
public class CoordinationStoreException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    /**
     * A coordination store that could not answer; always retryable, since nothing was sent.
     *
     * @param message what could not be done, naming the store but no key or value the user gave
     * @param cause the engine's client exception
     */
    public CoordinationStoreException(String message, Throwable cause) {
        super(new ErrorDetails(message, null, null, 0, true, cause));
    }

    /**
     * The same failure, reported for {@code operation}, which was not sent because of it.
     *
     * @param operation the API operation that was not sent
     * @param failure the store's failure
     */
    public CoordinationStoreException(String operation, CoordinationStoreException failure) {
        super(new ErrorDetails(operation + " not sent: " + failure.getMessage(), null, null, 0, true, failure, operation));
    }
}

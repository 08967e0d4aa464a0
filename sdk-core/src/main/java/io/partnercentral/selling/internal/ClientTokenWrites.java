package io.partnercentral.selling.internal;

import io.partnercentral.selling.exception.OutcomeUnknownException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.model.WireCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;

/**
 * Internal API: sends a write that carries a ClientToken fixed for the call (CreateOpportunity) until
 * it gets an answer, so a run of faults longer than the generated client's attempts does not lose it.
 *
 * <p>The service answers the same ClientToken and body with the first result, so sending the same bytes
 * again can never make a second resource. When a round of the generated client's attempts ends in a
 * retryable failure, the same body goes out again, up to {@link #ROUNDS} rounds (each attempt paced like
 * any other), unless the call's API call timeout ran out: that bounds the call as the caller set it. When the rounds run out, or a failure that is not retryable ends them after an
 * attempt that may have been applied, the caller gets {@link OutcomeUnknownException}: a retryable error
 * there would invite a retry under a new token (a create without an idempotency key draws its token per
 * call) and so a duplicate. A refusal by the service (validation, conflict, access, not found) and a
 * failure before anything was sent are thrown as they are.
 */
final class ClientTokenWrites {
    private static final Logger LOG = LoggerFactory.getLogger(ClientTokenWrites.class);

    /** Rounds of the generated client's attempts a ClientToken write makes before its outcome is unknown. */
    static final int ROUNDS = 3;

    private ClientTokenWrites() {}

    /**
     * Sends {@code body} for {@code operation} until it is answered (see the class comment).
     *
     * @throws OutcomeUnknownException when an attempt may have been applied but no answer came
     */
    static <T> T send(WireTransport transport, Operation operation, byte[] body, WireCodec<T> reader) {
        boolean mayHaveLanded = false;
        for (int round = 1; ; round++) {
            WireExchange exchange = transport.exchange(body, reader);
            try {
                return transport.execute(operation, exchange);
            } catch (PartnerCentralException failure) {
                mayHaveLanded |= exchange.mayHaveLanded();
                // The call's own time limit ran out: the caller's bound is spent, so no further round.
                boolean last = !failure.isRetryable() || round >= ROUNDS
                        || WireTransport.causedBy(failure, ApiCallTimeoutException.class);
                if (WriteOutcomes.isRefusal(failure) || !mayHaveLanded) {
                    if (last) {
                        throw failure;
                    }
                } else if (last) {
                    throw unknown(operation, failure, round);
                }
                LOG.debug("{} failed retryably after round {} of {} ({}); sending the same ClientToken again",
                        operation.wireName(), round, ROUNDS, failure.getClass().getSimpleName());
            }
        }
    }

    private static OutcomeUnknownException unknown(Operation operation, PartnerCentralException failure, int rounds) {
        return new OutcomeUnknownException(new PartnerCentralException.ErrorDetails(operation.wireName()
                + " may or may not have been applied (" + failure.getMessage() + "): " + rounds + " round(s) of attempts"
                + " got no answer. Sending it again with the same idempotency key or ClientToken returns what it made,"
                + " if anything; without one it may create a duplicate.", failure.errorCode().orElse(null),
                failure.requestId().orElse(null), failure.statusCode(), false, failure, operation.wireName()));
    }
}

package io.partnercentral.selling.internal;

import io.partnercentral.selling.exception.AccessDeniedException;
import io.partnercentral.selling.exception.ConflictException;
import io.partnercentral.selling.exception.OutcomeUnknownException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.ResourceNotFoundException;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.metrics.SellingMetrics;
import io.partnercentral.selling.metrics.Settlement;

/**
 * Internal API: what the failure of a write tells its caller. A failure that proves nothing was
 * applied, or of a write the model says is safe to repeat as it is, reaches the caller unchanged
 * (with its own {@code isRetryable()}); any other failure of a write may follow an attempt the
 * service applied, and becomes an {@link OutcomeUnknownException}, never a failure the caller would
 * retry into a second application.
 */
public final class WriteOutcomes {
    private WriteOutcomes() {}

    /**
     * Whether a failure proves the service did not apply the request: the request never left (a local
     * check or the quota pacer refused it before any attempt), every attempt sent was answered with a
     * refusal status (4xx other than 408 and 429, which may follow work done), or the only attempt
     * was refused by the service's error code. A refusal of a retry alone proves nothing about the
     * attempt before it.
     */
    static boolean refused(PartnerCentralException failure, WireExchange exchange) {
        if (failure instanceof ValidationException validation && validation.isLocal()) {
            return true;
        }
        if (exchange.attempts() == 0 || exchange.everyAttemptRefused()) {
            return true;
        }
        return isRefusal(failure) && exchange.attempts() <= 1;
    }

    /** An answer of the service that refuses the request as such: sending it again changes nothing. */
    static boolean isRefusal(PartnerCentralException failure) {
        return failure instanceof ValidationException || failure instanceof ConflictException
                || failure instanceof AccessDeniedException || failure instanceof ResourceNotFoundException;
    }

    /**
     * The failure the caller of a generic operation gets: {@code failure} itself for a read, a write
     * proven refused, a write with the caller's own {@code ClientToken}, or one without a token that the
     * model marks idempotent; otherwise an {@link OutcomeUnknownException} caused by it.
     *
     * @param prepared the request as sent
     * @param failure how the call failed
     * @param exchange the call's attempts
     * @param metrics where an unknown outcome is counted
     */
    static PartnerCentralException of(OperationCalls.Prepared prepared, PartnerCentralException failure,
            WireExchange exchange, SellingMetrics metrics) {
        Operation operation = prepared.operation();
        if (operation.isReadOnly() || failure instanceof OutcomeUnknownException || refused(failure, exchange)) {
            return failure;
        }
        // The same request is safe to send again when its token is the caller's, or when it has none and the
        // model marks the operation idempotent.
        if (operation.hasClientToken() ? !prepared.tokenDrawn() : operation.isIdempotent()) {
            return failure;
        }
        String drawnToken = prepared.drawnToken();
        metrics.settlement(operation.wireName(), Settlement.UNKNOWN);
        return unknown(operation, failure, drawnToken);
    }

    /**
     * The unknown outcome of a write that failed with {@code failure}: its message says to read the
     * resource first or, when the SDK drew the request's token, to send it again with that token.
     *
     * @param operation the write
     * @param failure how it failed, the cause
     * @param drawnToken the {@code ClientToken} the SDK drew for the call, or {@code null}
     */
    static OutcomeUnknownException unknown(Operation operation, PartnerCentralException failure, String drawnToken) {
        String advice = drawnToken == null
                ? "read the resource before trying again"
                : "sending the same request again with ClientToken " + drawnToken + " is applied at most once";
        return new OutcomeUnknownException(new PartnerCentralException.ErrorDetails(
                operation.wireName() + " may or may not have been applied (" + failure.getMessage() + "); " + advice,
                failure.errorCode().orElse(null), failure.requestId().orElse(null), failure.statusCode(), false,
                failure, operation.wireName()));
    }
}

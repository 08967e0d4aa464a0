package io.partnercentral.selling.metrics;

import io.partnercentral.selling.exception.AccessDeniedException;
import io.partnercentral.selling.exception.ConflictException;
import io.partnercentral.selling.exception.InternalServerException;
import io.partnercentral.selling.exception.InvalidResponseException;
import io.partnercentral.selling.exception.OutcomeUnknownException;
import io.partnercentral.selling.exception.QuotaBudgetExceededException;
import io.partnercentral.selling.exception.ResourceNotFoundException;
import io.partnercentral.selling.exception.ResponseTooLargeException;
import io.partnercentral.selling.exception.ServiceQuotaExceededException;
import io.partnercentral.selling.exception.ThrottlingException;
import io.partnercentral.selling.exception.TransportException;
import io.partnercentral.selling.exception.ValidationException;

/**
 * How one logical call (all its attempts) ended: the {@code outcome} tag of {@link MeterNames#CALLS}.
 *
 * <pre>{@code
 * CallOutcome.of(new ThrottlingException(details)).tag(); // "throttled"
 * }</pre>
 */
public enum CallOutcome {
    /** The service answered with success. */
    SUCCESS("success"),
    /** Refused as invalid, by local validation or by the service. */
    INVALID("invalid"),
    /** Refused because the resource changed meanwhile or is in the wrong state. */
    CONFLICT("conflict"),
    /** The resource does not exist. */
    NOT_FOUND("not_found"),
    /** The caller may not do this. */
    ACCESS_DENIED("access_denied"),
    /** Still throttled after the generated client's retries. */
    THROTTLED("throttled"),
    /** A service quota (not a rate) is exhausted. */
    QUOTA_EXCEEDED("quota_exceeded"),
    /** Refused locally: the rolling 24-hour budget of the operation's bucket is spent; nothing was sent. */
    BUDGET_EXCEEDED("budget_exceeded"),
    /** The service failed. */
    SERVER_ERROR("server_error"),
    /** The connection failed or timed out. */
    TRANSPORT_ERROR("transport_error"),
    /** The answer could not be used (malformed, cut short or too large). */
    INVALID_RESPONSE("invalid_response"),
    /** A write may or may not have landed. */
    OUTCOME_UNKNOWN("outcome_unknown"),
    /** Any other failure. */
    ERROR("error");

    private final String tag;

    CallOutcome(String tag) {
        this.tag = tag;
    }

    /** {@return the tag value: lower case with underscores} */
    public String tag() {
        return tag;
    }

    /**
     * {@return the outcome a failure stands for; a subclass this enum predates counts as {@link #ERROR}}
     *
     * @param failure what the call threw
     */
    public static CallOutcome of(Throwable failure) {
        if (failure instanceof ValidationException) {
            return INVALID;
        } else if (failure instanceof ConflictException) {
            return CONFLICT;
        } else if (failure instanceof ResourceNotFoundException) {
            return NOT_FOUND;
        } else if (failure instanceof AccessDeniedException) {
            return ACCESS_DENIED;
        } else if (failure instanceof ThrottlingException) {
            return THROTTLED;
        } else if (failure instanceof QuotaBudgetExceededException) {
            return BUDGET_EXCEEDED;
        } else if (failure instanceof ServiceQuotaExceededException) {
            return QUOTA_EXCEEDED;
        } else if (failure instanceof InternalServerException) {
            return SERVER_ERROR;
        } else if (failure instanceof TransportException) {
            return TRANSPORT_ERROR;
        } else if (failure instanceof InvalidResponseException || failure instanceof ResponseTooLargeException) {
            return INVALID_RESPONSE;
        } else if (failure instanceof OutcomeUnknownException) {
            return OUTCOME_UNKNOWN;
        }
        return ERROR;
    }
}

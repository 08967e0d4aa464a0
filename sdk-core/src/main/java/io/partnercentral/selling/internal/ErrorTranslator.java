package io.partnercentral.selling.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.partnercentral.selling.exception.AccessDeniedException;
import io.partnercentral.selling.exception.ConflictException;
import io.partnercentral.selling.exception.InternalServerException;
import io.partnercentral.selling.exception.InvalidResponseException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.PartnerCentralException.ErrorDetails;
import io.partnercentral.selling.exception.ResourceNotFoundException;
import io.partnercentral.selling.exception.ResponseTooLargeException;
import io.partnercentral.selling.exception.ServiceQuotaExceededException;
import io.partnercentral.selling.exception.ThrottlingException;
import io.partnercentral.selling.exception.TransportException;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Internal API: turns the generated client's failures into this SDK's exceptions, classified by the
 * service's error code ({@code __type}), not by HTTP status, which the service does not use
 * consistently.
 */
final class ErrorTranslator {
    private ErrorTranslator() {}

    /** The error body members this SDK reads; the rest is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorBody(
            @JsonProperty("Reason") String reason,
            @JsonProperty("ErrorList") List<ErrorEntry> errorList) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ErrorEntry(
            @JsonProperty("FieldName") String fieldName,
            @JsonProperty("Message") String message,
            @JsonProperty("Code") String code) {}

    static PartnerCentralException fromService(Operation operation, AwsServiceException e, byte[] body) {
        AwsErrorDetails details = e.awsErrorDetails();
        String code = details == null ? null : stripNamespace(details.errorCode());
        String serviceMessage = details == null ? null : details.errorMessage();
        int status = e.statusCode();
        boolean retryable = e.retryable() || e.isThrottlingException() || status >= 500;
        String message = operation.wireName() + " failed: " + (code == null ? "unknown error" : code)
                + (serviceMessage == null ? "" : ": " + serviceMessage);
        ErrorDetails errorDetails =
                new ErrorDetails(message, code, e.requestId(), status, retryable, e, operation.wireName());
        if (code == null) {
            return new PartnerCentralException(errorDetails);
        }
        switch (code) {
            case "ValidationException":
                ErrorBody parsed = parse(body);
                return ValidationException.fromService(errorDetails, parsed.reason(), violations(parsed));
            case "ConflictException":
                return new ConflictException(errorDetails);
            case "ResourceNotFoundException":
                return new ResourceNotFoundException(errorDetails);
            case "AccessDeniedException":
            // How AWS JSON services answer an unsigned, mis-signed or unknown-key request.
            case "MissingAuthenticationTokenException":
            case "IncompleteSignatureException":
            case "InvalidSignatureException":
            case "UnrecognizedClientException":
            case "InvalidClientTokenId":
            case "ExpiredTokenException":
                return new AccessDeniedException(errorDetails);
            case "ThrottlingException":
                return new ThrottlingException(errorDetails);
            case "InternalServerException":
                return new InternalServerException(errorDetails);
            case "ServiceQuotaExceededException":
                return new ServiceQuotaExceededException(errorDetails);
            default:
                return new PartnerCentralException(errorDetails);
        }
    }

    /**
     * A failure without a usable service error: the interceptor's verdict on the body when it left one
     * (cut off, malformed, too large), else a transport failure, retryable when the cause was I/O or a
     * timeout, as the generated client's own retry policy judges them.
     */
    static PartnerCentralException fromClient(Operation operation, SdkException e, WireExchange exchange) {
        WireExchange.Problem problem = exchange.problem();
        if (problem != null) {
            ErrorDetails details = new ErrorDetails(
                    operation.wireName() + " failed: " + exchange.problemDetail()
                            + " (after " + exchange.attempts() + " attempt(s))",
                    null, exchange.requestId(), exchange.statusCode(), problem.retryable, e, operation.wireName());
            return problem == WireExchange.Problem.TOO_LARGE
                    ? new ResponseTooLargeException(details) : new InvalidResponseException(details);
        }
        boolean retryable = e.retryable() || causedByIoOrTimeout(e);
        return new TransportException(new ErrorDetails(
                operation.wireName() + " failed without a usable response after " + exchange.attempts()
                        + " attempt(s): " + e.getMessage(),
                null, exchange.requestId(), 0, retryable, e, operation.wireName()));
    }

    private static boolean causedByIoOrTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException
                    || t instanceof ApiCallTimeoutException || t instanceof ApiCallAttemptTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static ErrorBody parse(byte[] body) {
        if (body == null || body.length == 0) {
            return new ErrorBody(null, List.of());
        }
        try {
            ErrorBody parsed = WireJson.mapper().readValue(body, ErrorBody.class);
            return parsed == null ? new ErrorBody(null, List.of()) : parsed;
        } catch (IOException unreadable) {
            return new ErrorBody(null, List.of());
        }
    }

    private static List<Violation> violations(ErrorBody body) {
        if (body.errorList() == null) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>(body.errorList().size());
        for (ErrorEntry entry : body.errorList()) {
            violations.add(new Violation(
                    entry.fieldName(),
                    ValidationErrorCode.of(entry.code() == null ? "INVALID_VALUE" : entry.code()),
                    entry.message() == null ? "" : entry.message()));
        }
        return violations;
    }

    private static String stripNamespace(String code) {
        if (code == null) {
            return null;
        }
        int hash = code.lastIndexOf('#');
        String bare = hash >= 0 ? code.substring(hash + 1) : code;
        int colon = bare.indexOf(':');
        return colon >= 0 ? bare.substring(0, colon) : bare;
    }
}

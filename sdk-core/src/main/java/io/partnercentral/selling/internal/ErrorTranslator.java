package io.partnercentral.selling.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.partnercentral.selling.exception.InvalidResponseException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.PartnerCentralException.ErrorDetails;
import io.partnercentral.selling.exception.ResponseTooLargeException;
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
 * consistently. Which code makes which exception is generated from the model ({@link ServiceErrors});
 * this class reads the error bodies and the client-side failures.
 */
final class ErrorTranslator {
    private ErrorTranslator() {}

    /** The error body members this SDK reads; the rest is ignored. */
    record ErrorBody(String reason, List<ErrorEntry> errorList) {
        static final ErrorBody EMPTY = new ErrorBody(null, List.of());
    }

    record ErrorEntry(String fieldName, String message, String code) {}

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
        return ServiceErrors.of(code, errorDetails, body);
    }

    /** The service's ValidationException, with the reason and field violations its body carries. */
    static ValidationException validation(ErrorDetails details, byte[] body) {
        ErrorBody parsed = parse(body);
        return ValidationException.fromService(details, parsed.reason(), violations(parsed));
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

    /**
     * Reads {@code Reason} and {@code ErrorList} from an error body with jackson-core's streaming parser.
     * A body that is empty, not JSON, not an object, or has either member in the wrong shape reads as
     * no reason and no violations (the exception still carries the code and message the generated
     * client unmarshalled); members are matched by exact name, the last of duplicates wins, and
     * anything after the top-level object is ignored.
     */
    static ErrorBody parse(byte[] body) {
        if (body == null || body.length == 0) {
            return ErrorBody.EMPTY;
        }
        try (JsonParser parser = WireJson.factory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return ErrorBody.EMPTY;
            }
            String reason = null;
            List<ErrorEntry> errorList = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("Reason")) {
                    reason = scalar(parser, value);
                } else if (name.equals("ErrorList")) {
                    errorList = errorList(parser, value);
                } else {
                    parser.skipChildren();
                }
            }
            return new ErrorBody(reason, errorList == null ? List.of() : errorList);
        } catch (IOException | WrongShape unreadable) {
            // Malformed, cut off, over jackson-core's read limits, or a member of another shape.
            return ErrorBody.EMPTY;
        }
    }

    /**
     * The error code ({@code __type}) at the top level of an error body as written, namespace
     * included; {@code ""} when the body has none or is not a readable JSON object.
     */
    static String errorType(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        try (JsonParser parser = WireJson.factory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "";
            }
            String type = "";
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("__type")) {
                    type = value.isScalarValue() && value != JsonToken.VALUE_NULL ? parser.getText() : "";
                }
                parser.skipChildren();
            }
            return type;
        } catch (IOException unreadable) {
            return "";
        }
    }

    private static List<ErrorEntry> errorList(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw WrongShape.INSTANCE;
        }
        List<ErrorEntry> entries = new ArrayList<>();
        for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
            if (element == JsonToken.VALUE_NULL) {
                continue;
            }
            if (element != JsonToken.START_OBJECT) {
                throw WrongShape.INSTANCE;
            }
            String fieldName = null;
            String message = null;
            String code = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "FieldName" -> fieldName = scalar(parser, value);
                    case "Message" -> message = scalar(parser, value);
                    case "Code" -> code = scalar(parser, value);
                    default -> parser.skipChildren();
                }
            }
            entries.add(new ErrorEntry(fieldName, message, code));
        }
        return entries;
    }

    /** A string member's value: numbers and booleans as their text, as databind coerced them. */
    private static String scalar(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!token.isScalarValue()) {
            throw WrongShape.INSTANCE;
        }
        return parser.getText();
    }

    /** A member of the wrong JSON shape: the body is read as carrying no details. Stackless, shared. */
    private static final class WrongShape extends RuntimeException {
        static final WrongShape INSTANCE = new WrongShape();

        private WrongShape() {
            super("wrong shape", null, false, false);
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

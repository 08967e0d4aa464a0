package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Internal API: an error the emulated service answers with, rendered as the awsJson1_0 error body
 * {@code {"__type": ..., "Message": ...}} plus any extra members.
 *
 * <p>Messages never repeat request values: tests and logs may print them.
 */
final class ServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String type;
    private final int status;
    private final transient ObjectNode extraMembers;

    private ServiceException(String type, int status, String message, ObjectNode extraMembers) {
        super(message, null, false, false);
        this.type = type;
        this.status = status;
        this.extraMembers = extraMembers;
    }

    public static ServiceException validation(String reason, ArrayNode errorList) {
        ObjectNode extra = Json.object();
        extra.put("Reason", reason);
        extra.set("ErrorList", errorList);
        String message = errorList.size() == 1
                ? "The request failed validation: " + errorList.get(0).path("Message").asText()
                : "The request failed validation with " + errorList.size() + " errors.";
        return new ServiceException("ValidationException", 400, message, extra);
    }

    public static ServiceException conflict(String message) {
        return new ServiceException("ConflictException", 409, message, null);
    }

    public static ServiceException notFound(String message) {
        return new ServiceException("ResourceNotFoundException", 404, message, null);
    }

    public static ServiceException throttling() {
        return new ServiceException("ThrottlingException", 429, "Rate exceeded.", null);
    }

    public static ServiceException internal() {
        return new ServiceException(
                "InternalServerException", 500, "An internal error occurred. Retry the request.", null);
    }

    public static ServiceException unknownOperation(String message) {
        return new ServiceException("UnknownOperationException", 400, message, null);
    }

    /** The front door's refusal of an unsigned or mis-signed request, before any operation runs. */
    public static ServiceException authentication(String type, int status, String message) {
        return new ServiceException(type, status, message, null);
    }

    public static ServiceException serialization(String message) {
        return new ServiceException("SerializationException", 400, message, null);
    }

    public String type() {
        return type;
    }

    public int status() {
        return status;
    }

    public ObjectNode body() {
        ObjectNode body = Json.object();
        body.put("__type", type);
        body.put("Message", getMessage());
        if (extraMembers != null) {
            body.setAll(extraMembers);
        }
        return body;
    }
}

package io.partnercentral.selling.model;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;

/**
 * JSON that is well-formed but not of the model type's shape, as a generated {@link WireCodec}
 * reports it: the problem, the member path and the location, never a value. Calls through the
 * facade and {@code StoredPayloads.read} turn it into a {@code ValidationException} or an
 * {@code InvalidResponseException}; it reaches only callers of a codec.
 */
public final class WireFormatException extends JsonParseException {
    private static final long serialVersionUID = 1L;
    /** What is wrong with the member, without its value. */
    private final String problem;
    /** The path of the member that could not be read, innermost last. */
    private String path = "";

    WireFormatException(JsonParser p, String problem) {
        super(p, problem);
        this.problem = problem;
    }

    /** Prepends the member the problem was found in; generated readers call it on the way out. */
    WireFormatException within(String member) {
        if (member != null) {
            path = path.isEmpty() ? member : member + "." + path;
        }
        return this;
    }

    /** {@return the member path, e.g. {@code Project.ExpectedCustomerSpend.Amount}; empty at the top level} */
    public String memberPath() {
        return path;
    }

    /** {@return what was wrong, without location or value} */
    public String problem() {
        return problem;
    }

    @Override
    public String getOriginalMessage() {
        return path.isEmpty() ? problem : problem + " in member " + path;
    }
}

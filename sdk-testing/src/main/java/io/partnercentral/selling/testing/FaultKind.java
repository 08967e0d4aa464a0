package io.partnercentral.selling.testing;

/**
 * What an injected fault looks like to the client.
 *
 * <pre>{@code emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.CONNECTION_RESET).build());}</pre>
 */
public enum FaultKind {
    /** HTTP 429 with {@code __type} {@code ThrottlingException}; the AWS SDKs retry it. */
    THROTTLING,
    /** HTTP 500 with {@code __type} {@code InternalServerException}; the AWS SDKs retry it. */
    INTERNAL_ERROR,
    /** The connection is reset without a response (WireMock's {@code CONNECTION_RESET_BY_PEER}). */
    CONNECTION_RESET,
    /**
     * HTTP 200 whose chunked body breaks off mid-way (WireMock's {@code MALFORMED_RESPONSE_CHUNK}): the
     * answer is lost on the way; the AWS SDKs retry it like a broken connection.
     */
    TRUNCATED_RESPONSE
}

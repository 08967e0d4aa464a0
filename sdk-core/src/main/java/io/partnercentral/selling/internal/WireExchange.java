package io.partnercentral.selling.internal;

import software.amazon.awssdk.core.interceptor.ExecutionAttribute;

/**
 * Internal API: one logical call's JSON, carried through the generated client.
 *
 * <p>The facade writes the complete request body itself, because the generated client may predate
 * members the SDK must send; {@link WireInterceptor} swaps it in before signing and hands the raw
 * response body back here before the generated client unmarshals it. The body is fixed once per
 * logical call, so every retry sends the same bytes and the same ClientToken.
 */
public final class WireExchange {
    /** The execution attribute under which the facade attaches the exchange to a request. */
    public static final ExecutionAttribute<WireExchange> ATTRIBUTE = new ExecutionAttribute<>("PartnerCentralSellingSdk.WireExchange");

    private final byte[] requestBody;
    private final String operation;
    private final QuotaPacer pacer;
    private volatile byte[] responseBody;

    /** An exchange whose attempts are not paced. */
    public WireExchange(byte[] requestBody) {
        this(requestBody, null, null);
    }

    /** An exchange whose every attempt, retries included, waits for {@code operation}'s quota in {@code pacer}. */
    public WireExchange(byte[] requestBody, String operation, QuotaPacer pacer) {
        this.requestBody = requestBody;
        this.operation = operation;
        this.pacer = pacer;
    }

    /** Called before each HTTP attempt: waits for the quota (retries draw on it as much as first attempts). */
    void beforeAttempt() {
        if (pacer != null) {
            pacer.acquire(operation);
        }
    }

    /** Called with each HTTP response, so throttling slows the pacing down. */
    void afterAttempt(boolean throttled) {
        if (pacer != null) {
            pacer.onResponse(operation, throttled);
        }
    }

    byte[] requestBody() {
        return requestBody;
    }

    void recordResponse(byte[] body) {
        this.responseBody = body;
    }

    /** The body of the last response received, or {@code null} if none was. */
    public byte[] responseBody() {
        return responseBody;
    }
}

package io.partnercentral.selling.internal;

import java.util.concurrent.atomic.AtomicInteger;
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
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile byte[] responseBody;

    /** An exchange whose attempts are not paced. */
    public WireExchange(byte[] requestBody) {
        this(requestBody, null, null);
    }

    /**
     * An exchange whose retries wait for {@code operation}'s quota in {@code pacer}; the caller has
     * already waited for the first attempt's, outside the generated client, so that a long queue for
     * the quota neither counts against the client's API call timeout nor ages the request's signature.
     */
    public WireExchange(byte[] requestBody, String operation, QuotaPacer pacer) {
        this.requestBody = requestBody;
        this.operation = operation;
        this.pacer = pacer;
    }

    /** Called before each HTTP attempt: a retry draws on the quota as much as the first attempt did. */
    void beforeAttempt() {
        if (pacer != null && attempts.getAndIncrement() > 0) {
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

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
    private final String target;
    private volatile byte[] responseBody;

    public WireExchange(byte[] requestBody) {
        this(requestBody, null);
    }

    /**
     * An exchange whose request must carry {@code X-Amz-Target: AWSPartnerCentralSelling.<target>}
     * whatever generated operation carries it ({@code null}: leave the header as generated).
     */
    public WireExchange(byte[] requestBody, String target) {
        this.requestBody = requestBody;
        this.target = target;
    }

    /** The operation name the request's target header must name, or {@code null} to keep the generated one. */
    String target() {
        return target;
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

package io.partnercentral.selling.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Internal API: puts the facade's JSON on the wire and brings the service's JSON back, through the
 * generated client's own pipeline (signing, retries, metrics, error unmarshalling all stay there).
 *
 * <p>Requests without a {@link WireExchange} pass untouched, so installing this interceptor on a
 * client shared with other code changes nothing for that code. Exactly one instance must serve a
 * client: {@link WireTransport} checks before adding one per request. The body is replaced whole rather
 * than merged, so a newer generated client that models the same members cannot send them twice.
 * On success the generated unmarshaller is given {@code {}}: its result is not used, and parsing
 * the real body twice would only cost time; error bodies pass through unchanged so the generated
 * client still classifies and retries errors.
 */
public final class WireInterceptor implements ExecutionInterceptor {
    private static final byte[] EMPTY_OBJECT = {'{', '}'};
    private static final String TARGET_PREFIX = "AWSPartnerCentralSelling.";

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        WireExchange exchange = attributes.getAttribute(WireExchange.ATTRIBUTE);
        if (exchange == null) {
            return context.httpRequest();
        }
        SdkHttpRequest.Builder request = context.httpRequest().toBuilder()
                .putHeader("Content-Length", Integer.toString(exchange.requestBody().length));
        if (exchange.target() != null) {
            // Before signing: an operation the generated client predates rides on another one.
            request.putHeader("X-Amz-Target", TARGET_PREFIX + exchange.target());
        }
        return request.build();
    }

    @Override
    public Optional<RequestBody> modifyHttpContent(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        WireExchange exchange = attributes.getAttribute(WireExchange.ATTRIBUTE);
        if (exchange == null) {
            return context.requestBody();
        }
        return Optional.of(RequestBody.fromBytes(exchange.requestBody()));
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(
            Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        WireExchange exchange = attributes.getAttribute(WireExchange.ATTRIBUTE);
        Optional<InputStream> content = context.responseBody();
        if (exchange == null || content.isEmpty()) {
            return content;
        }
        byte[] body = readAll(content.get());
        int status = context.httpResponse().statusCode();
        exchange.recordResponse(body);
        boolean success = status >= 200 && status < 300;
        return Optional.of(new ByteArrayInputStream(success ? EMPTY_OBJECT : body));
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

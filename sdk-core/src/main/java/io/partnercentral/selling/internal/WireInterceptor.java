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

    /** Runs once per HTTP attempt, after signing: pacing here covers the generated client's retries too. */
    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        WireExchange exchange = attributes.getAttribute(WireExchange.ATTRIBUTE);
        if (exchange != null) {
            exchange.beforeAttempt();
        }
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        WireExchange exchange = attributes.getAttribute(WireExchange.ATTRIBUTE);
        if (exchange == null) {
            return context.httpRequest();
        }
        return context.httpRequest().toBuilder()
                .putHeader("Content-Length", Integer.toString(exchange.requestBody().length))
                .build();
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
        exchange.afterAttempt(!success && isThrottling(status, body));
        return Optional.of(new ByteArrayInputStream(success ? EMPTY_OBJECT : body));
    }

    /** ThrottlingException by its code; 429 too, as a proxy in between may answer without an awsJson body. */
    static boolean isThrottling(int status, byte[] body) {
        if (status == 429) {
            return true;
        }
        try {
            String type = WireJson.mapper().readTree(body).path("__type").asText("");
            return type.equals("ThrottlingException") || type.endsWith("#ThrottlingException");
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.partnercentral.selling.internal;

import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.metrics.CallOutcome;
import io.partnercentral.selling.metrics.SellingMetrics;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.WireCodec;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ApiName;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingAsyncClient;

/**
 * Internal API: the asynchronous twin of {@link WireTransport}. It sends one operation's prepared JSON
 * through the AWS SDK's async client (the same {@link WireExchange} and {@link WireInterceptor}, so the
 * same bytes and ClientToken go out on every retry) and completes with what the operation's codec read,
 * or exceptionally with the {@link PartnerCentralException} the sync transport would throw, translated
 * by the same {@link ErrorTranslator}.
 *
 * <p>Never blocks a thread on pacing: the first attempt's quota slot is taken up front and the send
 * scheduled after its delay; a retry whose slot is not due leaves the client's pipeline
 * ({@link WireExchange.RetryDeferred}) and the same exchange is re-sent after the delay, on a timer.
 * (A shared coordination store is still asked for the slot on the calling thread.) Thread-safe.
 */
public final class AsyncWireTransport {
    private static final Logger LOG = LoggerFactory.getLogger(AsyncWireTransport.class);
    private static final ApiName API_NAME = ApiName.builder().name(SdkVersion.NAME).version(SdkVersion.VERSION).build();

    private final PartnerCentralSellingAsyncClient client;
    private final long maxResponseBytes;
    private final QuotaPacer pacer;
    private final SellingMetrics metrics;
    private final Catalog catalog;
    private final int maxPages;
    private final int maxAttempts;
    private final boolean tagged;
    private final boolean needsPlugin;

    /**
     * A transport whose calls take their quota slot from {@code pacer} ({@code null}: no pacing).
     *
     * @param client the AWS SDK's async client
     * @param maxResponseBytes the largest response body read
     * @param pacer the quota pacer, or {@code null}
     * @param metrics where calls are reported
     * @param catalog the catalog calls are counted under
     * @param maxPages the most pages one listing follows
     */
    public AsyncWireTransport(PartnerCentralSellingAsyncClient client, long maxResponseBytes, QuotaPacer pacer,
            SellingMetrics metrics, Catalog catalog, int maxPages) {
        this.client = Objects.requireNonNull(client, "client");
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be positive");
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1");
        }
        this.maxResponseBytes = maxResponseBytes;
        this.pacer = pacer;
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.catalog = catalog;
        this.maxPages = maxPages;
        this.maxAttempts = WireTransport.maxAttempts(client);
        this.tagged = WireTransport.hasUserAgentTag(client);
        this.needsPlugin = !WireTransport.hasWireInterceptor(client);
    }

    /** The most pages one listing over this transport follows. */
    int maxPages() {
        return maxPages;
    }

    /** Where this transport's facade reports what it does. */
    SellingMetrics metrics() {
        return metrics;
    }

    /** The pacer calls take their slots from, or {@code null}. */
    QuotaPacer pacer() {
        return pacer;
    }

    /** The exchange for one logical call. */
    WireExchange exchange(byte[] body, WireCodec<?> reader) {
        return new WireExchange(Objects.requireNonNull(body, "body"), reader, maxResponseBytes);
    }

    /**
     * Sends the exchange's request after its quota slot; completes with what its reader parsed
     * ({@code null} without a reader), or exceptionally with a {@link PartnerCentralException} (never
     * wrapped: callers see it as the cause of a {@link CompletionException} from {@code join()}).
     */
    <T> CompletableFuture<T> execute(Operation operation, WireExchange exchange) {
        long start = System.nanoTime();
        long wait;
        try {
            wait = pacer == null ? 0 : pacer.reserve(operation.wireName());
        } catch (RuntimeException refused) {
            metrics.call(operation.wireName(), catalog, CallOutcome.of(refused), 0, 0);
            return CompletableFuture.failedFuture(refused);
        }
        exchange.pacedBy(operation.wireName(), pacer, Long.MIN_VALUE);
        exchange.maxAttempts(maxAttempts, 0);
        exchange.neverBlock();
        exchange.observedBy(metrics);
        exchange.target(operation.inGeneratedClient() ? null : operation.wireName());
        CompletableFuture<T> result = new CompletableFuture<>();
        attempt(operation, exchange, wait, result);
        if (metrics == SellingMetrics.noop()) {
            return result;
        }
        return result.whenComplete((value, failure) -> {
            int attempts = exchange.attempts();
            metrics.call(operation.wireName(), catalog, failure == null ? CallOutcome.SUCCESS : CallOutcome.of(unwrap(failure)),
                    attempts, System.nanoTime() - start);
            if (attempts > 1 && operation.hasClientToken()) {
                metrics.idempotencyReplays(operation.wireName(), attempts - 1);
            }
        });
    }

    /** Sends the exchange after {@code delayNanos}, on a timer; a deferred retry comes back here with its own delay. */
    @SuppressWarnings("unchecked")
    private <T> void attempt(Operation operation, WireExchange exchange, long delayNanos, CompletableFuture<T> result) {
        CompletableFuture<?> sent;
        if (delayNanos > 0) {
            Executor timer = CompletableFuture.delayedExecutor(delayNanos, TimeUnit.NANOSECONDS, Runnable::run);
            sent = CompletableFuture.supplyAsync(() -> invoke(operation, exchange), timer).thenCompose(f -> f);
        } else {
            sent = invoke(operation, exchange);
        }
        sent.whenComplete((ignored, failure) -> {
            if (failure == null) {
                if (!exchange.completed()) {
                    result.completeExceptionally(new IllegalStateException(operation.wireName()
                            + " completed without passing through the SDK's interceptor; was the client replaced by a mock?"));
                    return;
                }
                LOG.debug("{} completed after {} attempt(s)", operation.wireName(), exchange.attempts());
                result.complete((T) exchange.result());
                return;
            }
            Throwable cause = unwrap(failure);
            if (WireTransport.causedBy(cause, WireExchange.RetryDeferred.class)) {
                attempt(operation, exchange, exchange.takeDeferred(), result);
                return;
            }
            result.completeExceptionally(translate(operation, cause, exchange));
        });
    }

    private CompletableFuture<?> invoke(Operation operation, WireExchange exchange) {
        AwsRequestOverrideConfiguration.Builder override = AwsRequestOverrideConfiguration.builder()
                .putExecutionAttribute(WireExchange.ATTRIBUTE, exchange);
        if (!tagged) {
            override.addApiName(API_NAME);
        }
        if (needsPlugin) {
            override.addPlugin(config -> {
                ClientOverrideConfiguration current = config.overrideConfiguration();
                ClientOverrideConfiguration.Builder builder =
                        current == null ? ClientOverrideConfiguration.builder() : current.toBuilder();
                config.overrideConfiguration(builder.addExecutionInterceptor(new WireInterceptor()).build());
            });
        }
        Duration timeout = exchange.timeout();
        if (timeout != null) {
            override.apiCallTimeout(timeout).apiCallAttemptTimeout(timeout);
        }
        try {
            return operation.invokeAsync(client, override.build());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The throwable inside the {@link CompletionException}s and {@link ExecutionException}s futures wrap it in. */
    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * This SDK's exception for a failed async call. The async client hands error bodies to its
     * unmarshaller without the interceptor's sync hook seeing them, so the body (with a
     * ValidationException's {@code ErrorList}) is taken from the service exception's raw response.
     */
    PartnerCentralException translate(Operation operation, Throwable failure, WireExchange exchange) {
        if (failure instanceof PartnerCentralException ours) {
            return ours;
        }
        if (failure instanceof AwsServiceException e) {
            byte[] body = exchange.errorBody();
            if (body == null && e.awsErrorDetails() != null && e.awsErrorDetails().rawResponse() != null) {
                body = e.awsErrorDetails().rawResponse().asByteArray();
            }
            if (pacer != null && exchange.errorBody() == null && body != null) {
                // The per-attempt hook did not see this answer: feed a throttle back here.
                pacer.onResponse(operation.wireName(), WireInterceptor.isThrottling(e.statusCode(), body));
            }
            return ErrorTranslator.fromService(operation, e, body);
        }
        if (failure instanceof SdkException e) {
            if (e.getCause() instanceof PartnerCentralException ours) {
                return ours;
            }
            if (WireTransport.causedBy(e, WireExchange.RetriesExhausted.class)) {
                return ErrorTranslator.fromClient(operation, SdkClientException.create(e.getMessage(), e), exchange);
            }
            return ErrorTranslator.fromClient(operation, e, exchange);
        }
        return ErrorTranslator.fromClient(operation,
                SdkClientException.create(String.valueOf(failure.getMessage()), failure), exchange);
    }
}

package io.partnercentral.selling.internal;

import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.metrics.CallOutcome;
import io.partnercentral.selling.metrics.SellingMetrics;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.WireCodec;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ApiName;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;

/**
 * Internal API: sends one operation's JSON through the generated client and returns the service's
 * JSON, translating failures into this SDK's exceptions.
 *
 * <p>Thread-safe: holds only immutable configuration.
 */
public final class WireTransport {
    private static final Logger LOG = LoggerFactory.getLogger(WireTransport.class);
    private static final ApiName API_NAME = ApiName.builder().name(SdkVersion.NAME).version(SdkVersion.VERSION).build();
    /** How the User-Agent names this SDK: per request as an API name, or once as a builder-made client's suffix. */
    static final String USER_AGENT_TAG = SdkVersion.NAME + "/" + SdkVersion.VERSION;

    /** Whether {@link #INTERCEPTOR_PLUGIN} has been used (and said so) in this class loader. */
    private static final AtomicBoolean PLUGIN_LOGGED = new AtomicBoolean();

    /**
     * Adds the interceptor to a client that lacks it, for one request at a time. A fallback only:
     * every client the generated builder makes gets the interceptor from this jar's
     * {@code execution.interceptors} resource, so this serves mocks and clients whose class loader
     * cannot see that resource. It rebuilds the client's configuration on every call.
     */
    private static final SdkPlugin INTERCEPTOR_PLUGIN = config -> {
        if (!PLUGIN_LOGGED.get() && PLUGIN_LOGGED.compareAndSet(false, true)) {
            LOG.debug("the wrapped PartnerCentralSellingClient lacks the SDK's interceptor (not built by the"
                    + " generated builder, or from a class loader that cannot see its execution.interceptors"
                    + " resource); each request brings it along through a request-level plugin");
        }
        ClientOverrideConfiguration current = config.overrideConfiguration();
        ClientOverrideConfiguration.Builder builder =
                current == null ? ClientOverrideConfiguration.builder() : current.toBuilder();
        config.overrideConfiguration(builder.addExecutionInterceptor(new WireInterceptor()).build());
    };

    /** The default of {@code PartnerCentralSelling.Builder.maxResponseBytes}. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L << 20;

    private final PartnerCentralSellingClient client;
    private final boolean needsPlugin;
    /** Whether the client's own User-Agent suffix names this SDK, so requests need not add it. */
    private final boolean tagged;
    private final long maxResponseBytes;
    private final QuotaPacer pacer;
    private final int maxPages;
    private final int maxAttempts;
    /** A retry's wait for its quota longer than this is spent outside the generated client. */
    private final long deferAfterNanos;
    private final SellingMetrics metrics;
    /** The catalog calls are counted under: the facade instance's bound one. */
    private final Catalog catalog;

    /** A transport without pacing, at the default response size limit. */
    public WireTransport(PartnerCentralSellingClient client) {
        this(client, DEFAULT_MAX_RESPONSE_BYTES, null);
    }

    /** A transport without pacing. */
    public WireTransport(PartnerCentralSellingClient client, long maxResponseBytes) {
        this(client, maxResponseBytes, null);
    }

    /** A transport at the default response size limit whose calls wait for their quota in {@code pacer}. */
    public WireTransport(PartnerCentralSellingClient client, QuotaPacer pacer) {
        this(client, DEFAULT_MAX_RESPONSE_BYTES, pacer);
    }

    /** A transport whose calls wait for their quota in {@code pacer} ({@code null}: no pacing). */
    public WireTransport(PartnerCentralSellingClient client, long maxResponseBytes, QuotaPacer pacer) {
        this(client, maxResponseBytes, pacer, SellingMetrics.noop(), null, Paginator.DEFAULT_MAX_PAGES);
    }

    /**
     * A transport whose calls wait for their quota in {@code pacer} ({@code null}: no pacing) and are
     * reported to {@code metrics} under {@code catalog}.
     */
    public WireTransport(PartnerCentralSellingClient client, long maxResponseBytes, QuotaPacer pacer,
            SellingMetrics metrics, Catalog catalog) {
        this(client, maxResponseBytes, pacer, metrics, catalog, Paginator.DEFAULT_MAX_PAGES);
    }

    /** As {@link #WireTransport(PartnerCentralSellingClient, long, QuotaPacer, SellingMetrics, Catalog)}, whose listings follow at most {@code maxPages} pages each. */
    public WireTransport(PartnerCentralSellingClient client, long maxResponseBytes, QuotaPacer pacer,
            SellingMetrics metrics, Catalog catalog, int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1");
        }
        this.maxPages = maxPages;
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.catalog = catalog;
        this.client = Objects.requireNonNull(client, "client");
        this.needsPlugin = !hasWireInterceptor(client);
        this.tagged = hasUserAgentTag(client);
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be positive");
        }
        this.maxResponseBytes = maxResponseBytes;
        this.pacer = pacer;
        this.maxAttempts = maxAttempts(client);
        this.deferAfterNanos = deferAfter(client);
    }

    /** The most pages one listing over this transport follows. */
    public int maxPages() {
        return maxPages;
    }

    /** Where this transport's facade reports what it does. */
    public SellingMetrics metrics() {
        return metrics;
    }

    /** Whether requests must bring the interceptor along, because the client was built without it. */
    boolean needsPlugin() {
        return needsPlugin;
    }

    /** Sends {@code body} and reads the response with {@code reader} ({@code null}: the response is read through and dropped). */
    public <T> T call(Operation operation, byte[] body, WireCodec<T> reader) {
        return execute(operation, exchange(body, reader));
    }

    /**
     * The exchange for one logical call, for callers that need to know afterwards how many attempts
     * it took ({@link WireExchange#attempts()}): pass it to {@link #execute}.
     */
    public WireExchange exchange(byte[] body, WireCodec<?> reader) {
        return new WireExchange(Objects.requireNonNull(body, "body"), reader, maxResponseBytes);
    }

    /** Sends the exchange's request; returns what its reader parsed ({@code null} without a reader). */
    public <T> T execute(Operation operation, WireExchange exchange) {
        if (metrics == SellingMetrics.noop()) {
            long sendAt = pace(operation);
            WriteCoordination.confirmBeforeSend(operation);
            return send(operation, exchange, sendAt);
        }
        long sendAt;
        try {
            sendAt = pace(operation);
            WriteCoordination.confirmBeforeSend(operation);
        } catch (RuntimeException refused) {
            observed(operation, exchange, CallOutcome.of(refused), 0);
            throw refused;
        }
        long start = System.nanoTime();
        CallOutcome outcome = CallOutcome.ERROR;
        try {
            T result = send(operation, exchange, sendAt);
            outcome = CallOutcome.SUCCESS;
            return result;
        } catch (RuntimeException e) {
            outcome = CallOutcome.of(e);
            throw e;
        } finally {
            observed(operation, exchange, outcome, System.nanoTime() - start);
        }
    }

    /**
     * The first attempt waits for its quota here, before the generated client starts its timers and
     * signs, up to shortly before its slot (returned; the interceptor holds the attempt to it after
     * signing); a retry takes its slot in the interceptor and waits in {@link #send}, outside the
     * client. A refusal here (budget spent, store down) sends nothing. After this wait a write running in
     * a lease's turn confirms its lease ({@link WriteCoordination#confirmBeforeSend}).
     */
    private long pace(Operation operation) {
        return pacer == null ? Long.MIN_VALUE : pacer.acquireAhead(operation.wireName());
    }

    /** Reports one logical call: its time and outcome, and its retries when it carries a client token. */
    private void observed(Operation operation, WireExchange exchange, CallOutcome outcome, long nanos) {
        int attempts = exchange.attempts();
        metrics.call(operation.wireName(), catalog, outcome, attempts, nanos);
        if (attempts > 1 && operation.hasClientToken()) {
            metrics.idempotencyReplays(operation.wireName(), attempts - 1);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T send(Operation operation, WireExchange exchange, long sendAt) {
        exchange.pacedBy(operation.wireName(), pacer, sendAt);
        exchange.maxAttempts(maxAttempts, deferAfterNanos);
        exchange.observedBy(metrics);
        // An operation the generated client predates rides on another one with its own target header;
        // pacing, logs and exceptions above name the SDK's operation, never the carrier.
        exchange.target(operation.inGeneratedClient() ? null : operation.wireName());
        while (!invoke(operation, exchange)) {
            // A retry left the generated client to wait for its slot here, outside the client's API
            // call timeout; the same exchange (same bytes, same ClientToken) goes out again.
            pacer.sleep(operation.wireName(), exchange.takeDeferred());
        }
        if (!exchange.completed()) {
            // Only a client whose interceptor chain does not include ours (e.g. a mock) gets here.
            throw new IllegalStateException(operation.wireName()
                    + " completed without passing through the SDK's interceptor; was the client replaced by a mock?");
        }
        LOG.debug("{} completed after {} attempt(s)", operation.wireName(), exchange.attempts());
        return (T) exchange.result();
    }

    /**
     * Runs the exchange through the generated client once: true when it completed (or failed, by
     * throwing), false when a retry is waiting for its quota outside the client.
     */
    private boolean invoke(Operation operation, WireExchange exchange) {
        AwsRequestOverrideConfiguration override = null;
        Duration timeout = exchange.timeout();
        if (needsPlugin || !tagged || timeout != null) {
            AwsRequestOverrideConfiguration.Builder builder = AwsRequestOverrideConfiguration.builder()
                    .putExecutionAttribute(WireExchange.ATTRIBUTE, exchange);
            if (!tagged) {
                builder.addApiName(API_NAME);
            }
            if (needsPlugin) {
                builder.addPlugin(INTERCEPTOR_PLUGIN);
            }
            if (timeout != null) {
                // Both: a client whose attempt timeout is shorter keeps it, one whose is longer is cut to this.
                builder.apiCallTimeout(timeout).apiCallAttemptTimeout(timeout);
            }
            override = builder.build();
        } else {
            // No request-level configuration, which would make the generated client copy and merge its
            // execution attributes on every call: the interceptor claims the exchange from this thread
            // in its first hook (the synchronous client runs them on the calling thread).
            WireExchange.PENDING.set(exchange);
        }
        try {
            operation.invoke(client, override);
            return true;
        } catch (WireExchange.RetryDeferred deferred) {
            return false;
        } catch (WireExchange.RetriesExhausted exhausted) {
            throw lastFailure(operation, exchange, SdkClientException.create(exhausted.getMessage(), exhausted));
        } catch (AwsServiceException e) {
            throw ErrorTranslator.fromService(operation, e, exchange.errorBody());
        } catch (SdkException e) {
            if (causedBy(e, WireExchange.RetryDeferred.class)) {
                return false;
            }
            if (causedBy(e, WireExchange.RetriesExhausted.class)) {
                throw lastFailure(operation, exchange, e);
            }
            if (e.getCause() instanceof PartnerCentralException ours) {
                // Pacing of a retry refused inside the interceptor; the generated client wrapped it.
                throw ours;
            }
            throw ErrorTranslator.fromClient(operation, e, exchange);
        } catch (UncheckedIOException e) {
            // Not expected from the generated client, but an I/O failure must still reach the caller typed.
            throw ErrorTranslator.fromClient(operation, SdkClientException.create(e.getMessage(), e), exchange);
        } finally {
            WireExchange.PENDING.remove();
        }
    }

    /** The failure of the exchange's last attempt, when the attempts ran out in a re-sent exchange. */
    private static PartnerCentralException lastFailure(Operation operation, WireExchange exchange, SdkException e) {
        byte[] body = exchange.errorBody();
        if (body == null || body.length == 0) {
            return ErrorTranslator.fromClient(operation, e, exchange);
        }
        String message = null;
        try {
            com.fasterxml.jackson.databind.JsonNode tree = WireJson.mapper().readTree(body);
            message = tree.has("Message") ? tree.get("Message").asText() : tree.path("message").asText(null);
        } catch (java.io.IOException | RuntimeException unreadable) {
            // The code alone classifies it.
        }
        AwsServiceException service = AwsServiceException.builder()
                .awsErrorDetails(software.amazon.awssdk.awscore.exception.AwsErrorDetails.builder()
                        .errorCode(ErrorTranslator.errorType(body)).errorMessage(message).build())
                .statusCode(exchange.statusCode()).requestId(exchange.requestId()).build();
        return ErrorTranslator.fromService(operation, service, body);
    }

    /** A quarter of the client's API call timeout, at most 5 s: the longest a retry waits for its quota inside the client. */
    static long deferAfter(SdkClient client) {
        long cap = java.time.Duration.ofSeconds(5).toNanos();
        try {
            return client.serviceClientConfiguration().overrideConfiguration().apiCallTimeout()
                    .map(timeout -> Math.min(cap, timeout.toNanos() / 4)).orElse(cap);
        } catch (RuntimeException | LinkageError notAvailable) {
            return cap;
        }
    }

    /** The attempts the generated client makes per call, from its retry strategy or policy; 3 when it does not say. */
    static int maxAttempts(SdkClient client) {
        try {
            ClientOverrideConfiguration config = client.serviceClientConfiguration().overrideConfiguration();
            if (config.retryStrategy().isPresent()) {
                return config.retryStrategy().get().maxAttempts();
            }
            if (config.retryPolicy().isPresent()) {
                return config.retryPolicy().get().numRetries() + 1;
            }
        } catch (RuntimeException | LinkageError notAvailable) {
            // A mock or a client without configuration introspection.
        }
        return 3;
    }

    /** Whether {@code type} is {@code e} or one of its causes. */
    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The pacer calls wait in, or {@code null} without pacing. */
    QuotaPacer pacer() {
        return pacer;
    }

    /** Whether {@code client}'s own configuration already carries this SDK's user-agent tag. */
    static boolean hasUserAgentTag(SdkClient client) {
        try {
            return client.serviceClientConfiguration().overrideConfiguration()
                    .advancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX)
                    .map(suffix -> suffix.contains(USER_AGENT_TAG)).orElse(false);
        } catch (RuntimeException | LinkageError notAvailable) {
            return false;
        }
    }

    /** Whether {@code client}'s own configuration already runs this class loader's {@link WireInterceptor}. */
    static boolean hasWireInterceptor(SdkClient client) {
        try {
            return client.serviceClientConfiguration().overrideConfiguration().executionInterceptors().stream()
                    .anyMatch(WireInterceptor.class::isInstance);
        } catch (RuntimeException | LinkageError notAvailable) {
            // A mock or a client without configuration introspection: add ours per request.
            return false;
        }
    }
}

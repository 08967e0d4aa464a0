package io.partnercentral.selling.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.http.HttpMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.metrics.MetricRecord;
import software.amazon.awssdk.metrics.SdkMetric;

/**
 * A {@link MetricPublisher} that records what any AWS SDK for Java v2 client measures of its own calls
 * on a Micrometer {@link MeterRegistry}, tagged by {@code service} and {@code operation} (the SDK's own
 * constants, never request data):
 * <ul>
 *   <li>{@value #API_CALLS}: timer of {@code ApiCallDuration}, tagged {@code outcome} (success, failure);
 *   <li>{@value #RETRIES}: counter of {@code RetryCount};
 *   <li>{@value #ATTEMPTS}: counter of HTTP attempts, tagged {@code status} (2xx, 4xx, 5xx, none);
 *   <li>{@value #ERRORS}: counter of failed attempts, tagged {@code error_type} ({@code ErrorType}:
 *       Throttling, ServerError, ConfiguredTimeout, IO, Other);
 *   <li>every other duration the client reports, at the call, attempt or HTTP client level, as a timer
 *       named {@code aws.sdk.} and the metric's name in dotted lower case: {@code ServiceCallDuration}
 *       becomes {@code aws.sdk.service.call.duration}, {@code SigningDuration} {@code aws.sdk.signing.duration}.
 * </ul>
 * Request ids, endpoints and the HTTP client's name are not recorded. Thread-safe; meters are made on
 * first use.
 *
 * <pre>{@code
 * DynamoDbClient dynamo = DynamoDbClient.builder()
 *         .overrideConfiguration(c -> c.addMetricPublisher(MicrometerMetricPublisher.create(registry)))
 *         .build();
 * }</pre>
 */
public final class MicrometerMetricPublisher implements MetricPublisher {
    /** Timer of whole API calls, retries included. */
    public static final String API_CALLS = "aws.sdk.api.call.duration";
    /** Counter of retries. */
    public static final String RETRIES = "aws.sdk.retries";
    /** Counter of HTTP attempts. */
    public static final String ATTEMPTS = "aws.sdk.attempts";
    /** Counter of failed attempts by error type. */
    public static final String ERRORS = "aws.sdk.errors";
    /** Tag key: the service id, e.g. {@code PartnerCentral Selling}. */
    public static final String SERVICE = "service";
    /** Tag key: the operation name. */
    public static final String OPERATION = "operation";

    /** The {@code ErrorType} values the AWS SDK reports; any other is tagged {@code Other}. */
    private static final Set<String> ERROR_TYPES = Set.of("Throttling", "ServerError", "ConfiguredTimeout", "IO", "Other");
    private static final String UNKNOWN = "unknown";

    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, Scope>> scopes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<SdkMetric<?>, String> names = new ConcurrentHashMap<>();

    private MicrometerMetricPublisher(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * A publisher recording on {@code registry}.
     *
     * @param registry where the meters go
     * @return the publisher
     */
    public static MicrometerMetricPublisher create(MeterRegistry registry) {
        return new MicrometerMetricPublisher(registry);
    }

    @Override
    public void publish(MetricCollection call) {
        Scope scope = scope(first(call, CoreMetric.SERVICE_ID), first(call, CoreMetric.OPERATION_NAME));
        Boolean successful = first(call, CoreMetric.API_CALL_SUCCESSFUL);
        for (MetricRecord<?> record : call) {
            SdkMetric<?> metric = record.metric();
            if (metric.equals(CoreMetric.API_CALL_DURATION)) {
                scope.apiCall(Boolean.TRUE.equals(successful)).record((Duration) record.value());
            } else if (metric.equals(CoreMetric.RETRY_COUNT)) {
                scope.retries.increment(((Integer) record.value()).doubleValue());
            } else if (record.value() instanceof Duration duration) {
                scope.timer(metric).record(duration);
            }
        }
        for (MetricCollection attempt : call.children()) {
            attempt(scope, attempt);
        }
    }

    private void attempt(Scope scope, MetricCollection attempt) {
        Integer status = first(attempt, HttpMetric.HTTP_STATUS_CODE);
        scope.attempts(status == null ? "none" : (status / 100) + "xx").increment();
        String errorType = first(attempt, CoreMetric.ERROR_TYPE);
        if (errorType != null) {
            scope.errors(ERROR_TYPES.contains(errorType) ? errorType : "Other").increment();
        }
        durations(scope, attempt);
    }

    /** Every duration of {@code collection} and its children (the HTTP client's), as timers. */
    private void durations(Scope scope, MetricCollection collection) {
        for (MetricRecord<?> record : collection) {
            if (record.value() instanceof Duration duration) {
                scope.timer(record.metric()).record(duration);
            }
        }
        for (MetricCollection child : collection.children()) {
            durations(scope, child);
        }
    }

    private static <T> T first(MetricCollection collection, SdkMetric<T> metric) {
        List<T> values = collection.metricValues(metric);
        return values.isEmpty() ? null : values.get(0);
    }

    private Scope scope(String service, String operation) {
        String s = service == null ? UNKNOWN : service;
        String o = operation == null ? UNKNOWN : operation;
        ConcurrentHashMap<String, Scope> byOperation = scopes.get(s);
        if (byOperation == null) {
            byOperation = scopes.computeIfAbsent(s, k -> new ConcurrentHashMap<>());
        }
        Scope scope = byOperation.get(o);
        return scope != null ? scope : byOperation.computeIfAbsent(o, k -> new Scope(s, k));
    }

    /** {@code ServiceCallDuration} as {@code aws.sdk.service.call.duration}. */
    static String meterName(String metricName) {
        StringBuilder out = new StringBuilder("aws.sdk");
        for (int i = 0; i < metricName.length(); i++) {
            char c = metricName.charAt(i);
            boolean upper = Character.isUpperCase(c);
            // A run of capitals (e.g. "HTTP") stays one word.
            boolean newWord = i == 0 || upper && !Character.isUpperCase(metricName.charAt(i - 1))
                    || upper && i + 1 < metricName.length() && Character.isLowerCase(metricName.charAt(i + 1));
            if (newWord) {
                out.append('.');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        // The registry belongs to the caller.
    }

    /** The meters of one service operation. */
    private final class Scope {
        final String service;
        final String operation;
        final Counter retries;
        final Timer succeeded;
        final Timer failed;
        final ConcurrentHashMap<SdkMetric<?>, Timer> timers = new ConcurrentHashMap<>();
        final ConcurrentHashMap<String, Counter> attempts = new ConcurrentHashMap<>();
        final ConcurrentHashMap<String, Counter> errors = new ConcurrentHashMap<>();

        Scope(String service, String operation) {
            this.service = service;
            this.operation = operation;
            this.retries = Counter.builder(RETRIES).tag(SERVICE, service).tag(OPERATION, operation).register(registry);
            this.succeeded = apiCallTimer("success");
            this.failed = apiCallTimer("failure");
        }

        private Timer apiCallTimer(String outcome) {
            return Timer.builder(API_CALLS).tag(SERVICE, service).tag(OPERATION, operation).tag("outcome", outcome)
                    .register(registry);
        }

        Timer apiCall(boolean successful) {
            return successful ? succeeded : failed;
        }

        Timer timer(SdkMetric<?> metric) {
            Timer timer = timers.get(metric);
            return timer != null ? timer : timers.computeIfAbsent(metric, m -> Timer.builder(
                    names.computeIfAbsent(m, n -> meterName(n.name())))
                    .tag(SERVICE, service).tag(OPERATION, operation).register(registry));
        }

        Counter attempts(String status) {
            Counter counter = attempts.get(status);
            return counter != null ? counter : attempts.computeIfAbsent(status, s -> Counter.builder(ATTEMPTS)
                    .tag(SERVICE, service).tag(OPERATION, operation).tag("status", s).register(registry));
        }

        Counter errors(String type) {
            Counter counter = errors.get(type);
            return counter != null ? counter : errors.computeIfAbsent(type, t -> Counter.builder(ERRORS)
                    .tag(SERVICE, service).tag(OPERATION, operation).tag("error_type", t).register(registry));
        }
    }
}

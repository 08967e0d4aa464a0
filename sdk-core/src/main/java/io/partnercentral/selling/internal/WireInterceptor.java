package io.partnercentral.selling.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.partnercentral.selling.model.WireFormatException;
import io.partnercentral.selling.internal.WireExchange.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.Abortable;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Internal API: puts the facade's JSON on the wire and brings the service's JSON back, through the
 * generated client's own pipeline (signing, retries, metrics, error unmarshalling all stay there).
 *
 * <p>Requests without a {@link WireExchange} pass untouched, so installing this interceptor on a
 * client shared with other code changes nothing for that code. Exactly one instance must serve a
 * client: {@link WireTransport} checks before adding one per request. The body is replaced whole rather
 * than merged, so a newer generated client that models the same members cannot send them twice.
 *
 * <p>A successful body is parsed here, straight from the connection, and the generated unmarshaller
 * is given {@code {}}: its result is not used, and neither a second parse nor a byte copy of the body
 * is needed. Bodies are counted as they are read and the connection is dropped past the exchange's
 * size limit. A body that ends early is reported as an {@link IOException}-caused client exception,
 * which the generated client's retry policy retries like any broken response; a complete but
 * malformed or oversized one as a non-retryable one, since asking again gets the same answer. Error
 * bodies (small by nature) pass through unchanged so the generated client still classifies and
 * retries errors.
 */
public final class WireInterceptor implements ExecutionInterceptor {
    private static final byte[] EMPTY_OBJECT = {'{', '}'};
    private static final String TARGET_PREFIX = "AWSPartnerCentralSelling.";
    private static final String REQUEST_ID_HEADER = "x-amzn-RequestId";

    /** Claims the exchange the transport left for this call on this thread, if it used no request-level configuration. */
    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        WireExchange pending = WireExchange.PENDING.get();
        if (pending != null && attributes.getAttribute(WireExchange.ATTRIBUTE) == null) {
            WireExchange.PENDING.remove();
            attributes.putAttribute(WireExchange.ATTRIBUTE, pending);
        }
    }

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
        // The exchange never changes its bytes, so they are sent without the copy fromBytes makes.
        byte[] body = exchange.requestBody();
        return Optional.of(RequestBody.fromContentProvider(ContentStreamProvider.fromByteArrayUnsafe(body), body.length,
                "application/octet-stream"));
    }

    /** The async client sends this body rather than {@link #modifyHttpContent}'s: the same bytes, unchanged. */
    @Override
    public Optional<AsyncRequestBody> modifyAsyncHttpContent(Context.ModifyHttpRequest context,
            ExecutionAttributes attributes) {
        WireExchange exchange = attributes.getAttribute(WireExchange.ATTRIBUTE);
        if (exchange == null) {
            return context.asyncRequestBody();
        }
        return Optional.of(AsyncRequestBody.fromBytesUnsafe(exchange.requestBody()));
    }

    /**
     * Runs once per HTTP attempt, after signing: a retry waits for its quota here, so pacing covers
     * the generated client's retries too (the first attempt waited in {@link WireTransport}).
     */
    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        WireExchange exchange = attributes.getAttribute(WireExchange.ATTRIBUTE);
        if (exchange != null) {
            exchange.beforeAttempt();
            exchange.attemptStarted();
        }
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(
            Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        WireExchange exchange = attributes.getAttribute(WireExchange.ATTRIBUTE);
        Optional<InputStream> content = context.responseBody();
        if (exchange == null || exchange.isAsync()) {
            // The async client's body arrives through modifyAsyncHttpResponseContent.
            return content;
        }
        SdkHttpResponse response = context.httpResponse();
        int status = response.statusCode();
        exchange.responseArrived(status, response.firstMatchingHeader(REQUEST_ID_HEADER).orElse(null));
        long declared = response.firstMatchingHeader("Content-Length").map(WireInterceptor::parseLength).orElse(-1L);
        boolean success = status >= 200 && status < 300;
        if (declared > exchange.maxResponseBytes()) {
            exchange.afterAttempt(status == 429);
            content.ifPresent(WireInterceptor::abort);
            throw fail(exchange, Problem.TOO_LARGE, "declares " + declared + " bytes, over the limit of "
                    + exchange.maxResponseBytes(), null);
        }
        if (!success) {
            byte[] body;
            try {
                body = content.map(in -> readError(exchange, in)).orElse(new byte[0]);
            } catch (RuntimeException unreadable) {
                exchange.afterAttempt(status == 429);
                throw unreadable;
            }
            exchange.afterAttempt(isThrottling(status, body));
            exchange.failedWith(body);
            return Optional.of(new ByteArrayInputStream(body));
        }
        exchange.afterAttempt(false);
        return readSuccess(exchange, content);
    }

    /**
     * The async client's twin of {@link #modifyHttpResponseContent}: the body is passed on unchanged
     * while a copy is collected (up to the exchange's size limit); when it ends, an error body is kept
     * for the transport's translation and a successful one is parsed by the same code as the sync one,
     * whose failure ends the body's stream, so the generated client retries or fails the attempt alike.
     */
    @Override
    public Optional<org.reactivestreams.Publisher<java.nio.ByteBuffer>> modifyAsyncHttpResponseContent(
            Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        WireExchange exchange = attributes.getAttribute(WireExchange.ATTRIBUTE);
        Optional<org.reactivestreams.Publisher<java.nio.ByteBuffer>> content = context.responsePublisher();
        if (exchange == null || !exchange.isAsync()) {
            return content;
        }
        SdkHttpResponse response = context.httpResponse();
        int status = response.statusCode();
        exchange.responseArrived(status, response.firstMatchingHeader(REQUEST_ID_HEADER).orElse(null));
        boolean success = status >= 200 && status < 300;
        if (content.isEmpty()) {
            if (success) {
                exchange.afterAttempt(false);
                readSuccess(exchange, Optional.empty());
            } else {
                exchange.afterAttempt(status == 429);
                exchange.failedWith(new byte[0]);
            }
            return content;
        }
        return Optional.of(new CollectingPublisher(content.get(), exchange, status, success));
    }

    /** Passes a response body on while collecting a copy; see {@link #modifyAsyncHttpResponseContent}. */
    private static final class CollectingPublisher implements org.reactivestreams.Publisher<java.nio.ByteBuffer> {
        private final org.reactivestreams.Publisher<java.nio.ByteBuffer> source;
        private final WireExchange exchange;
        private final int status;
        private final boolean success;

        CollectingPublisher(org.reactivestreams.Publisher<java.nio.ByteBuffer> source, WireExchange exchange, int status,
                boolean success) {
            this.source = source;
            this.exchange = exchange;
            this.status = status;
            this.success = success;
        }

        @Override
        public void subscribe(org.reactivestreams.Subscriber<? super java.nio.ByteBuffer> downstream) {
            source.subscribe(new org.reactivestreams.Subscriber<java.nio.ByteBuffer>() {
                private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
                private org.reactivestreams.Subscription subscription;
                private boolean done;

                @Override
                public void onSubscribe(org.reactivestreams.Subscription s) {
                    this.subscription = s;
                    downstream.onSubscribe(s);
                }

                @Override
                public void onNext(java.nio.ByteBuffer buffer) {
                    if (done) {
                        return;
                    }
                    java.nio.ByteBuffer view = buffer.asReadOnlyBuffer();
                    if (copy.size() + (long) view.remaining() > exchange.maxResponseBytes()) {
                        done = true;
                        subscription.cancel();
                        exchange.afterAttempt(status == 429);
                        downstream.onError(fail(exchange, Problem.TOO_LARGE, "is over the limit of "
                                + exchange.maxResponseBytes() + " bytes", null));
                        return;
                    }
                    byte[] bytes = new byte[view.remaining()];
                    view.get(bytes);
                    copy.write(bytes, 0, bytes.length);
                    downstream.onNext(buffer);
                }

                @Override
                public void onError(Throwable t) {
                    if (!done) {
                        done = true;
                        downstream.onError(t);
                    }
                }

                @Override
                public void onComplete() {
                    if (done) {
                        return;
                    }
                    done = true;
                    byte[] body = copy.toByteArray();
                    if (!success) {
                        exchange.afterAttempt(isThrottling(status, body));
                        exchange.failedWith(body);
                        downstream.onComplete();
                        return;
                    }
                    exchange.afterAttempt(false);
                    try {
                        readSuccess(exchange, Optional.of(new ByteArrayInputStream(body)));
                    } catch (RuntimeException unusable) {
                        downstream.onError(unusable);
                        return;
                    }
                    downstream.onComplete();
                }
            });
        }
    }

    /** Parses a successful body into the exchange's result; an unusable one throws the attempt's exception. */
    private static Optional<InputStream> readSuccess(WireExchange exchange, Optional<InputStream> content) {
        if (content.isEmpty()) {
            return completeWithoutBody(exchange);
        }
        LimitedInputStream in = new LimitedInputStream(content.get(), exchange.maxResponseBytes());
        try {
            if (exchange.reader() == null) {
                in.transferTo(OutputStream.nullOutputStream());
                exchange.succeeded(null);
            } else {
                Object value;
                try (JsonParser parser = WireJson.factory().createParser(in)) {
                    JsonToken first = parser.nextToken();
                    if (first == null) {
                        return completeWithoutBody(exchange);
                    }
                    if (first != JsonToken.START_OBJECT) {
                        // Every answer of the protocol is an object; a bare null would read as no answer at all.
                        throw fail(exchange, Problem.MALFORMED, "is a JSON " + first.name().toLowerCase(java.util.Locale.ROOT)
                                .replace("value_", "").replace("start_", "") + ", not the operation's object", null);
                    }
                    value = exchange.reader().read(parser);
                }
                // Read what follows the JSON too: it counts against the limit, and a cut after the
                // document must not go unnoticed. Usually nothing does, so no drain buffer is needed.
                if (in.read() >= 0) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                exchange.succeeded(value);
            }
        } catch (IOException e) {
            throw classify(exchange, in, e);
        } finally {
            in.release();
        }
        return Optional.of(new ByteArrayInputStream(EMPTY_OBJECT));
    }

    /** ThrottlingException by its code; 429 too, as a proxy in between may answer without an awsJson body. */
    static boolean isThrottling(int status, byte[] body) {
        if (status == 429) {
            return true;
        }
        if (body.length == 0) {
            return false;
        }
        String type = ErrorTranslator.errorType(body);
        return type.equals("ThrottlingException") || type.endsWith("#ThrottlingException");
    }

    private static Optional<InputStream> completeWithoutBody(WireExchange exchange) {
        if (exchange.reader() != null) {
            throw fail(exchange, Problem.TRUNCATED, "has an empty body", null);
        }
        exchange.succeeded(null);
        return Optional.of(new ByteArrayInputStream(EMPTY_OBJECT));
    }

    private static SdkClientException classify(WireExchange exchange, LimitedInputStream in, IOException e) {
        if (in.exceeded()) {
            abort(in.source());
            return fail(exchange, Problem.TOO_LARGE, "is over the limit of " + exchange.maxResponseBytes() + " bytes",
                    null);
        }
        if (in.count() == 0) {
            return fail(exchange, Problem.TRUNCATED, "has an empty body", e);
        }
        // Databind reports a document that stops mid-value as a mismatch, not always as JsonEOFException.
        if (e instanceof JsonEOFException || String.valueOf(e.getMessage()).contains("end-of-input")) {
            return fail(exchange, Problem.TRUNCATED, "ends before its JSON does, after " + in.count() + " bytes", e);
        }
        if (e instanceof JsonProcessingException json) {
            // The location and problem only: the message would otherwise quote body values.
            return fail(exchange, Problem.MALFORMED, "is not the operation's JSON ("
                    + json.getClass().getSimpleName() + " at " + describe(json) + ")", null);
        }
        // The connection broke mid-body: a transport failure, retried as one.
        return SdkClientException.builder()
                .message("the response body broke off after " + in.count() + " bytes: " + e.getClass().getSimpleName())
                .cause(e)
                .build();
    }

    /** Where the JSON went wrong: a byte offset, and for JSON of the wrong shape the problem and member path, never a value. */
    private static String describe(JsonProcessingException e) {
        var location = e.getLocation();
        String where = location == null ? "unknown offset" : "byte " + location.getByteOffset();
        if (e instanceof WireFormatException shape) {
            return where + ": " + shape.getOriginalMessage();
        }
        return where;
    }

    /**
     * Records the problem for the transport and returns the exception that ends the attempt: caused by
     * an {@link IOException} (retried by the standard retry policy) only when the problem may be
     * transient.
     */
    private static SdkClientException fail(WireExchange exchange, Problem problem, String detail, IOException cause) {
        exchange.problem(problem, "the response " + detail);
        SdkClientException.Builder builder = SdkClientException.builder().message("the response " + detail);
        if (problem.retryable) {
            builder.cause(cause != null ? cause : new IOException("the response " + detail));
        }
        return builder.build();
    }

    private static byte[] readError(WireExchange exchange, InputStream source) {
        LimitedInputStream in = new LimitedInputStream(source, exchange.maxResponseBytes());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw classify(exchange, in, e);
        } finally {
            in.release();
        }
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /** Drops the connection rather than draining a body nobody will read. */
    private static void abort(InputStream in) {
        if (in instanceof Abortable abortable) {
            abortable.abort();
        }
    }

    /**
     * Counts what is read and fails once more than {@code limit} bytes arrive. Ignores
     * {@link #close()}, which Jackson calls at the end of the document, so what follows it can still
     * be read; {@link #release()} closes the connection's stream, or aborts it past the limit.
     */
    private static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;
        private boolean exceeded;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        InputStream source() {
            return in;
        }

        long count() {
            return count;
        }

        boolean exceeded() {
            return exceeded;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws IOException {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new IOException("response over " + limit + " bytes");
            }
        }

        @Override
        public void close() {}

        void release() {
            if (exceeded) {
                abort(in);
            }
            try {
                in.close();
            } catch (IOException ignored) {
                // The body was read or given up on; a failure to release the connection changes neither.
            }
        }
    }
}

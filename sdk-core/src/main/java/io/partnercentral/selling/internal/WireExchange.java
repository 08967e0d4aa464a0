package io.partnercentral.selling.internal;

import io.partnercentral.selling.metrics.SellingMetrics;
import io.partnercentral.selling.model.WireCodec;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;

/**
 * Internal API: one logical call's JSON, carried through the generated client.
 *
 * <p>The facade writes the complete request body itself, because the generated client may predate
 * members the SDK must send; {@link WireInterceptor} swaps it in before signing and, on success,
 * parses the service's body straight from the connection with {@link #reader()} before the generated
 * client sees it, so the body is never held in memory as bytes. The request body is fixed once per
 * logical call, so every retry sends the same bytes and the same ClientToken.
 *
 * <p>Written by the SDK's request thread (one attempt at a time) and read after the call returns.
 */
public final class WireExchange {
    /** The execution attribute under which the facade attaches the exchange to a request. */
    public static final ExecutionAttribute<WireExchange> ATTRIBUTE = new ExecutionAttribute<>("PartnerCentralSellingSdk.WireExchange");

    /**
     * The exchange the transport is about to send on this thread without a request-level
     * configuration; {@link WireInterceptor} moves it into the execution's attributes in its first
     * hook, so a call made from inside another interceptor never picks it up.
     */
    static final ThreadLocal<WireExchange> PENDING = new ThreadLocal<>();

    /** Why the last attempt's response could not be used; the transport turns it into an exception. */
    enum Problem {
        /** Empty, or ended before the JSON did: may be transient, retried like a broken connection. */
        TRUNCATED(true),
        /** Complete, but not JSON of the operation's shape: the same call will get it again. */
        MALFORMED(false),
        /** Over {@link #maxResponseBytes()}: the same call will get it again. */
        TOO_LARGE(false);

        final boolean retryable;

        Problem(boolean retryable) {
            this.retryable = retryable;
        }
    }

    private final byte[] requestBody;
    private final WireCodec<?> reader;
    private final long maxResponseBytes;
    private final AtomicInteger attempts = new AtomicInteger();
    /** How many attempts the service answered with a refusal (a 4xx status): none of those was applied. */
    private final AtomicInteger refusedAttempts = new AtomicInteger();
    private volatile boolean attemptRefused;
    /** Attempts answered with ThrottlingException: refused unapplied, whatever the operation. */
    private final AtomicInteger throttledAttempts = new AtomicInteger();
    private volatile boolean completed;
    private volatile Object result;
    private volatile byte[] errorBody;
    private volatile String requestId;
    private volatile int statusCode;
    private volatile Problem problem;
    private volatile String problemDetail;
    private volatile String pacedOperation;
    private volatile QuotaPacer pacer;
    private volatile String target;
    private volatile Duration timeout;
    private volatile SellingMetrics metrics = SellingMetrics.noop();
    /** A retry's wait for its slot, taken in the pipeline but spent outside it; 0 when none. */
    private volatile long deferredNanos;
    /** The slot of the attempt about to go (pacer ticker nanos); {@link Long#MIN_VALUE} when none is due. */
    private volatile long sendAt = Long.MIN_VALUE;
    /** Whether the next attempt's slot was already taken (and waited for) outside the pipeline. */
    private volatile boolean slotHeld;
    private volatile int deferrals;
    /** Whether no hook may sleep for a retry's slot: the async transport re-sends after a timer instead. */
    private volatile boolean neverBlock;
    /** When this call's latest attempt was let go by the pacer (its ticker), for {@link QuotaPacer#retryInPlace}. */
    private volatile long lastSentAt = Long.MIN_VALUE;
    /** Whether this call's last attempt was throttled: a retry refused again halves the bucket's rate. */
    private volatile boolean lastThrottled;
    /** The generated client's attempt budget for one call, which re-sending after a deferral must not reset. */
    private volatile int maxAttempts = Integer.MAX_VALUE;

    /**
     * A retry whose slot is further away than this leaves the pipeline to wait; a shorter wait stays
     * inside, where it costs at most a quarter of the call timeout and the generated client's own
     * metrics see one call with its retries. Set by the transport from the client's API call timeout.
     */
    private volatile long deferAfterNanos = 5_000_000_000L;

    /** How many times one call's retries may leave the pipeline to wait for their slot outside it. */
    static final int MAX_DEFERRALS = 8;

    /** Thrown inside the pipeline when a re-sent exchange has used up the call's attempts: the last failure stands. */
    static final class RetriesExhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RetriesExhausted(String operation) {
            super(operation + ": no attempts left", null, false, false);
        }
    }

    /**
     * Thrown inside the generated client's pipeline when a retry's slot is not due yet, so the client
     * gives up the attempt unsent and the transport waits for the slot outside the client's timers.
     */
    static final class RetryDeferred extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RetryDeferred(String operation) {
            super(operation + ": retry waits for its quota outside the generated client", null, false, false);
        }
    }

    /**
     * @param reader parses a successful response; null when the facade discards it (the body is
     *     still read through, so a cut-off response is noticed)
     */
    public WireExchange(byte[] requestBody, WireCodec<?> reader, long maxResponseBytes) {
        this.requestBody = requestBody;
        this.reader = reader;
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * Makes the request carry {@code X-Amz-Target: AWSPartnerCentralSelling.<target>} whatever
     * generated operation carries it ({@code null}: leave the header as generated). The transport
     * sets it for an operation the generated client predates, which rides on {@link Operation#HOST}.
     */
    void target(String target) {
        this.target = target;
    }

    /**
     * Bounds the whole call, every attempt and backoff included, by {@code timeout} instead of the
     * client's API call timeout ({@code null}: the client's own). A waiter's poll gets the time left of
     * its wait, so that a server which never answers cannot hold the wait past what the caller asked for.
     */
    void timeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** The bound of {@link #timeout(Duration)}, or {@code null}. */
    Duration timeout() {
        return timeout;
    }

    /** The operation name the request's target header must name, or {@code null} to keep the generated one. */
    String target() {
        return target;
    }

    byte[] requestBody() {
        return requestBody;
    }

    WireCodec<?> reader() {
        return reader;
    }

    long maxResponseBytes() {
        return maxResponseBytes;
    }

    /**
     * Paces this exchange's retries by {@code operation}'s quota in {@code pacer} ({@code null}: no
     * pacing). The transport has already waited for the first attempt's quota, outside the generated
     * client, up to shortly before {@code firstSendAt} ({@link QuotaPacer#acquireAhead}), so that a long
     * queue for the quota neither counts against the client's API call timeout nor ages the request's
     * signature; the rest is held in {@link #beforeAttempt()}.
     */
    void pacedBy(String operation, QuotaPacer pacer, long firstSendAt) {
        this.pacedOperation = operation;
        this.pacer = pacer;
        this.sendAt = firstSendAt;
    }

    /** The generated client's attempts per call: after a deferral, the re-sent exchange stops there. */
    void maxAttempts(int maxAttempts, long deferAfterNanos) {
        this.maxAttempts = maxAttempts;
        this.deferAfterNanos = deferAfterNanos;
    }

    /**
     * Makes every retry whose slot is not due leave the pipeline ({@link RetryDeferred}) rather than
     * sleep in it: the async client runs its hooks on threads that must not block, and its transport
     * re-sends the exchange on a timer. Past {@link #MAX_DEFERRALS} a retry goes without waiting.
     */
    void neverBlock() {
        this.neverBlock = true;
    }

    /** Whether the async transport sends this exchange (its answers arrive as a publisher, not a stream). */
    boolean isAsync() {
        return neverBlock;
    }

    /** Reports each attempt's throttling to {@code metrics}. */
    void observedBy(SellingMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * Called before each HTTP attempt, ahead of {@link #attemptStarted()}, in the last hook before
     * transmission: every attempt is held there to its slot and one paced interval after the previous
     * send on its bucket ({@link QuotaPacer#awaitSend}), so the pacing is measured on actual send times.
     * A retry draws on the quota as much as the first attempt did. A retry the pacer refuses (budget
     * spent, store down) is not counted as an attempt, since it never reaches the wire. A retry whose
     * slot is more than a quarter of the call timeout (at most 5 s) away throws {@link RetryDeferred}:
     * waiting here would count against the generated client's API call timeout, so the transport waits
     * outside and sends the same exchange again ({@link #takeDeferred()}).
     */
    void beforeAttempt() {
        QuotaPacer current = pacer;
        if (current == null) {
            return;
        }
        if (attempts.get() == 0 || slotHeld) {
            // The first attempt's slot, or a deferred retry's, was taken (and mostly waited for) outside.
            slotHeld = false;
            if (!neverBlock) {
                // The async transport waited for this slot on a timer; its hooks must not block.
                lastSentAt = current.awaitSend(pacedOperation, sendAt);
            }
            return;
        }
        if (deferrals > 0 && attempts.get() >= maxAttempts) {
            // Re-sending restarted the generated client's count; the call's own budget is what counts.
            throw new RetriesExhausted(pacedOperation);
        }
        if (lastThrottled && throttledAttempts.get() == 1 && !neverBlock
                && current.retryInPlace(pacedOperation, lastSentAt)) {
            // A lone refusal under jitter: the service did not count the attempt, so its retry goes in its place.
            return;
        }
        long wait = current.reserve(pacedOperation);
        long slot = current.nanoTime() + wait;
        if ((wait > deferAfterNanos || neverBlock && wait > 0) && deferrals < MAX_DEFERRALS) {
            deferredNanos = wait;
            sendAt = slot;
            throw new RetryDeferred(pacedOperation);
        }
        if (!neverBlock) {
            lastSentAt = current.awaitSend(pacedOperation, slot);
        }
    }

    /**
     * The wait of a retry that left the pipeline for its slot (0 if none), which the caller now spends
     * before sending the exchange again; the next attempt then goes without taking another slot.
     */
    long takeDeferred() {
        long wait = deferredNanos;
        deferredNanos = 0;
        if (wait > 0) {
            deferrals++;
            slotHeld = true;
        }
        return wait;
    }

    /** Called with each HTTP response, so throttling slows the pacing down. */
    void afterAttempt(boolean throttled) {
        if (throttled) {
            throttledAttempts.incrementAndGet();
            metrics.throttled(pacedOperation);
        }
        QuotaPacer current = pacer;
        if (current != null) {
            current.onResponse(pacedOperation, throttled, throttled && lastThrottled);
        }
        lastThrottled = throttled;
    }

    /** A new attempt goes on the wire: forget what the previous one left. */
    void attemptStarted() {
        attempts.incrementAndGet();
        attemptRefused = false;
        completed = false;
        result = null;
        errorBody = null;
        requestId = null;
        statusCode = 0;
        problem = null;
        problemDetail = null;
    }

    void responseArrived(int status, String id) {
        if (status >= 400 && status < 500 && status != 408 && status != 429 && !attemptRefused) {
            attemptRefused = true;
            refusedAttempts.incrementAndGet();
        }
        this.statusCode = status;
        this.requestId = id;
    }

    void succeeded(Object value) {
        this.result = value;
        this.completed = true;
    }

    void failedWith(byte[] body) {
        this.errorBody = body;
    }

    void problem(Problem kind, String detail) {
        this.problem = kind;
        this.problemDetail = detail;
    }

    /** How many attempts reached the HTTP client; more than one means an earlier one failed somehow. */
    public int attempts() {
        return attempts.get();
    }

    /**
     * Whether the service refused every attempt that reached it (each answered with a 4xx status other
     * than 408 and 429), which proves none of them was applied. {@code false} when no attempt was sent.
     */
    public boolean everyAttemptRefused() {
        int sent = attempts.get();
        return sent > 0 && refusedAttempts.get() == sent;
    }

    /**
     * Whether an attempt reached the service and was not refused by its quota: such an attempt may have
     * been applied, whatever its answer (a 500 or a reset says nothing about the write).
     */
    boolean mayHaveLanded() {
        return attempts.get() > throttledAttempts.get();
    }

    boolean completed() {
        return completed;
    }

    Object result() {
        return result;
    }

    /** The body of the last error response, or {@code null}. */
    byte[] errorBody() {
        return errorBody;
    }

    String requestId() {
        return requestId;
    }

    int statusCode() {
        return statusCode;
    }

    Problem problem() {
        return problem;
    }

    String problemDetail() {
        return problemDetail;
    }
}

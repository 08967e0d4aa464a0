package io.partnercentral.selling.internal;

import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.coordination.InMemoryCoordinationStore;
import io.partnercentral.selling.exception.CoordinationStoreException;
import io.partnercentral.selling.exception.PartnerCentralException.ErrorDetails;
import io.partnercentral.selling.exception.QuotaBudgetExceededException;
import io.partnercentral.selling.exception.TransportException;
import io.partnercentral.selling.metrics.QuotaGauges;
import io.partnercentral.selling.metrics.SellingMetrics;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal API: paces the calls of one facade instance to the service's quotas, per {@link QuotaBucket}.
 *
 * <p>Send slots and 24-hour budgets live in a {@link CoordinationStore}, so every process (and every
 * facade) sharing the store shares them: a caller takes the next free slot of its bucket there and
 * sleeps outside any lock until it comes. Slots are {@link PacingSettings#pacedInterval} apart, the
 * documented interval plus a margin for jitter. There is no burst: after an idle spell the first call
 * goes at once and the next one interval later, which keeps the client inside a token bucket of
 * capacity 1 that the service may run at the same rate.
 *
 * <p>A slot is when the request should leave, not when the caller stops waiting: the transport waits
 * until shortly before it ({@link #acquireAhead}), the generated client marshals and signs, and the
 * last hook before transmission holds the attempt to its slot and to one paced interval after this
 * process's previous actual send on the bucket ({@link #awaitSend}). A send that went out late (a
 * thread woken late, a slow signature, a pause) so pushes the next one back instead of letting the
 * two reach the service less than an interval apart.
 *
 * <p>A ThrottlingException that comes alone does not slow the bucket: its retry goes in the refused
 * attempt's place when it can ({@link #retryInPlace}), else it takes a new slot like any other call.
 * Under jitter the service refuses an early arrival now and then, and halving the rate for that would
 * cost far more than the one slot. When the retry of the same call is refused again, or
 * three calls are refused within ten intervals, someone else draws on the account: the bucket then
 * halves its rate in this process (at most once per interval, since calls already in flight report the
 * same congestion) down to 1/16 of the configured rate and pushes its next local slot one new interval
 * out; each call that goes through adds back a tenth of the configured rate. Thread-safe.
 */
public final class QuotaPacer implements QuotaGauges {
    private static final Logger LOG = LoggerFactory.getLogger(QuotaPacer.class);
    static final Duration WINDOW = Duration.ofDays(1);
    /** The longest a call queues for its slot before it is refused unsent. */
    static final Duration MAX_QUEUE = Duration.ofHours(1);
    /** How far ahead of its slot {@link #acquireAhead} stops waiting, at most. */
    static final Duration LEAD = Duration.ofMillis(25);
    /** Three throttles within this many configured intervals mean someone else draws on the account. */
    private static final int REPEAT_WINDOW_INTERVALS = 10;

    private final Ticker ticker;
    private final CoordinationStore store;
    private final Map<QuotaBucket, BucketState> buckets;
    private final SellingMetrics metrics;
    /** Whether other pacers (processes, facades) draw slots from the same store: see {@link #retryInPlace}. */
    private final boolean sharedStore;

    /** A pacer whose slots and budgets are in a new in-memory store on {@code ticker}'s clock. */
    public QuotaPacer(PacingSettings settings, Ticker ticker) {
        this(settings, new InMemoryCoordinationStore(ticker::nanoTime), ticker, SellingMetrics.noop(), false);
    }

    /** A pacer whose slots and budgets are in {@code store}, shared with whoever else uses it. */
    public QuotaPacer(PacingSettings settings, CoordinationStore store, Ticker ticker) {
        this(settings, store, ticker, SellingMetrics.noop());
    }

    /** A pacer on {@code store} that reports each attempt's wait for its quota to {@code metrics}. */
    public QuotaPacer(PacingSettings settings, CoordinationStore store, Ticker ticker, SellingMetrics metrics) {
        this(settings, store, ticker, metrics, true);
    }

    /**
     * As {@link #QuotaPacer(PacingSettings, CoordinationStore, Ticker, SellingMetrics)};
     * {@code sharedStore} false when {@code store} is this pacer's own, drawn on by no one else.
     */
    public QuotaPacer(PacingSettings settings, CoordinationStore store, Ticker ticker, SellingMetrics metrics,
            boolean sharedStore) {
        Objects.requireNonNull(settings, "settings");
        this.sharedStore = sharedStore;
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.store = Objects.requireNonNull(store, "store");
        Map<QuotaBucket, BucketState> states = new EnumMap<>(QuotaBucket.class);
        if (settings.isEnabled()) {
            for (QuotaBucket bucket : QuotaBucket.values()) {
                states.put(bucket, new BucketState(bucket, settings.permitsPerSecond(bucket), settings.margin(),
                        settings.dailyBudget(bucket).orElse(0)));
            }
        }
        this.buckets = states;
    }

    /**
     * Blocks until {@code operation} may be sent, and counts it against its bucket's budget.
     *
     * @throws QuotaBudgetExceededException if the bucket's 24-hour budget is spent; nothing is counted
     * @throws CoordinationStoreException if the store cannot answer; nothing was sent
     * @throws TransportException if interrupted while waiting (the interrupt flag is kept)
     */
    public void acquire(String operation) {
        long wait = reserve(operation);
        if (wait > 0) {
            sleep(operation, wait);
        }
    }

    /**
     * Takes {@code operation}'s slot and waits until shortly before it (at most {@link #LEAD} early,
     * a quarter of the bucket's interval for fast buckets), leaving the rest to {@link #awaitSend} in
     * the last hook before transmission, after the request has been signed.
     *
     * @return the slot's time on this pacer's ticker; {@link Long#MIN_VALUE} for an operation without a quota
     * @throws QuotaBudgetExceededException if the bucket's 24-hour budget is spent; nothing is counted
     * @throws CoordinationStoreException if the store cannot answer; nothing was sent
     * @throws TransportException if interrupted while waiting (the interrupt flag is kept)
     */
    public long acquireAhead(String operation) {
        BucketState state = state(operation);
        if (state == null) {
            return Long.MIN_VALUE;
        }
        long wait = reserve(operation);
        long sendAt = ticker.nanoTime() + wait;
        long early = wait - state.lead;
        if (early > 0) {
            sleep(operation, early);
        }
        return sendAt;
    }

    /**
     * Holds one attempt of {@code operation} until {@code sendAt} (its slot), then until one paced
     * interval after the previous attempt this pacer let go on the same bucket, and records it as
     * sent. Called in the last hook before the request is transmitted; the hold is short (the lead
     * of {@link #acquireAhead} plus how late the previous send was). The second hold is decided only
     * once the slot has come, so an attempt whose slot is far ahead holds no one meanwhile.
     *
     * @return when the attempt was let go, on this pacer's ticker ({@link Long#MIN_VALUE} for an operation without a quota)
     * @throws TransportException if interrupted while waiting (the interrupt flag is kept)
     */
    public long awaitSend(String operation, long sendAt) {
        BucketState state = state(operation);
        if (state == null) {
            return Long.MIN_VALUE;
        }
        long now = ticker.nanoTime();
        if (sendAt != Long.MIN_VALUE && sendAt > now) {
            // Until the slot first: a send planned far ahead (a retry behind a queue) must not hold the
            // attempts whose slots come before it.
            sleep(operation, sendAt - now);
            now = ticker.nanoTime();
        }
        long at = state.gate(now);
        if (at > now) {
            sleep(operation, at - now);
        }
        if (sharedStore) {
            holdAfterSharedSend(operation, state);
        }
        return state.sent(ticker.nanoTime());
    }

    /**
     * With other processes on the store: holds this attempt one paced interval after the latest attempt
     * any of them let go on the bucket, by a second slot chain in the store ({@code <bucket>/sent}) that
     * is taken when a send is due rather than when it is queued. A process whose send went out late (a
     * thread woken late, a pause) so pushes the next process's send back by as much, where the queued
     * slots alone would let the two reach the service less than an interval apart.
     */
    private void holdAfterSharedSend(String operation, BucketState state) {
        Optional<Duration> wait;
        try {
            wait = store.reserveSlot(state.bucket.name() + "/sent", state.pacedInterval, MAX_QUEUE);
        } catch (CoordinationStoreException e) {
            throw new CoordinationStoreException(operation, e);
        }
        long nanos = wait.map(Duration::toNanos).orElse(0L);
        if (nanos > 0) {
            sleep(operation, nanos);
        }
    }

    /**
     * Lets the retry of an attempt that the service refused with ThrottlingException, the first refusal
     * of its call, go at once in the refused attempt's place instead of taking a new slot at the end of
     * the queue: the service did not count the refused attempt, which came a few milliseconds early
     * under jitter, so its slot is still this call's. Allowed only while no other attempt of this pacer
     * went out on the bucket since the refused one (sent at {@code refusedAt}, as {@link #awaitSend}
     * returned it) and the retry comes soon enough: within half an interval when no one else draws on
     * the store (this pacer's later sends are held one interval after the retry), within the margin
     * when other processes do (their next slot, and their next send by {@link #holdAfterSharedSend}'s
     * chain, is one paced interval after the refused one, and only the margin separates the retry from
     * it). The retry goes no sooner than the margin after the refused send (a fiftieth of the
     * interval without a margin); it is recorded as this bucket's latest send, and counted against the
     * bucket's 24-hour budget like any attempt.
     *
     * @return true if the retry may go now; false if it takes a new slot ({@link #reserve})
     * @throws QuotaBudgetExceededException if the retry would exceed the bucket's 24-hour budget
     * @throws CoordinationStoreException if the store cannot answer
     */
    boolean retryInPlace(String operation, long refusedAt) {
        BucketState state = state(operation);
        if (state == null || refusedAt == Long.MIN_VALUE) {
            return false;
        }
        long window = sharedStore ? state.pacedInterval.toNanos() - state.documentedInterval()
                : state.pacedInterval.toNanos() / 2;
        if (!state.canGoInPlace(ticker.nanoTime(), refusedAt, window)) {
            return false;
        }
        countBudget(operation, state);
        // Not before the margin has passed since the refused send (a fiftieth of the interval without
        // one): the refused attempt came early by some milliseconds, and a retry that comes as early
        // would be refused again, which halves the rate.
        long hold = Math.min(window, Math.max(state.pacedInterval.toNanos() - state.documentedInterval(),
                state.documentedInterval() / 50));
        long early = refusedAt + hold - ticker.nanoTime();
        if (early > 0) {
            sleep(operation, early);
        }
        if (state.inPlace(ticker.nanoTime(), refusedAt, window)) {
            // This attempt's wait for its quota: one per paced attempt, as reserve() reports its own.
            metrics.pacingWait(state.bucket, Math.max(0, early));
            return true;
        }
        // Another attempt went meanwhile: a new slot after all, its budget already counted.
        retryWait.set(Boolean.TRUE);
        return false;
    }

    /** Set by {@link #retryInPlace} when it counted the budget but the retry must still take a slot. */
    private final ThreadLocal<Boolean> retryWait = new ThreadLocal<>();

    /** Now, on the clock slots are timed on. */
    long nanoTime() {
        return ticker.nanoTime();
    }

    /** Sleeps {@code nanos} for {@code operation}'s quota; an interrupt is a non-retryable "not sent". */
    void sleep(String operation, long nanos) {
        try {
            ticker.sleepNanos(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(new ErrorDetails(
                    operation + " not sent: interrupted while waiting for its quota", null, null, 0, false, e, operation));
        }
    }

    /**
     * Takes a slot (and budget) for {@code operation} without waiting for it.
     *
     * @return the nanoseconds until the slot; 0 for an operation without a quota
     */
    long reserve(String operation) {
        BucketState state = state(operation);
        if (state == null) {
            return 0;
        }
        String name = state.bucket.name();
        try {
            if (retryWait.get() == null) {
                countBudget(operation, state);
            } else {
                retryWait.remove();
            }
            Optional<Duration> shared = store.reserveSlot(name, state.pacedInterval, MAX_QUEUE);
            if (shared.isEmpty()) {
                throw new TransportException(new ErrorDetails(operation + " not sent: more than " + MAX_QUEUE.toMinutes()
                        + " minutes of calls are queued for the " + name + " quota", null, null, 0, true, null, operation));
            }
            long wait = Math.max(shared.get().toNanos(), state.reserveLocal(ticker.nanoTime()));
            metrics.pacingWait(state.bucket, wait);
            return wait;
        } catch (CoordinationStoreException e) {
            throw new CoordinationStoreException(operation, e);
        }
    }

    /** Counts one attempt of {@code operation} in its bucket's 24-hour budget, if it has one. */
    private void countBudget(String operation, BucketState state) {
        if (state.budget <= 0) {
            return;
        }
        try {
            CoordinationStore.WindowDecision decision = store.countInWindow(state.bucket.name(), state.budget, WINDOW);
            if (!decision.counted()) {
                throw new QuotaBudgetExceededException(operation, state.bucket, state.budget, decision.retryAfter());
            }
        } catch (CoordinationStoreException e) {
            throw new CoordinationStoreException(operation, e);
        }
    }

    /** Feeds the outcome of one attempt of {@code operation} back into its bucket's rate. */
    public void onResponse(String operation, boolean throttled) {
        onResponse(operation, throttled, false);
    }

    /**
     * Feeds the outcome of one attempt of {@code operation} back into its bucket's rate;
     * {@code againForThisCall}: the same call's previous attempt was throttled too.
     */
    public void onResponse(String operation, boolean throttled, boolean againForThisCall) {
        BucketState state = state(operation);
        if (state == null) {
            return;
        }
        if (throttled) {
            state.throttled(ticker.nanoTime(), againForThisCall);
        } else {
            state.succeeded();
        }
    }

    /**
     * The rate {@code bucket}'s calls are paced at now, in calls per second: the configured rate less
     * the margin, lowered after repeated throttling; 0 when not paced.
     */
    @Override
    public double currentPermitsPerSecond(QuotaBucket bucket) {
        BucketState state = buckets.get(bucket);
        return state == null ? 0 : state.currentRate() / (1 + state.margin);
    }

    /**
     * The calls {@code bucket}'s rolling 24-hour budget still allows now, as the store counts them
     * (every process sharing it); empty without a budget, without pacing, or when the store does not
     * tell or cannot answer (a gauge must not fail).
     */
    @Override
    public OptionalLong remainingBudget(QuotaBucket bucket) {
        BucketState state = buckets.get(bucket);
        if (state == null || state.budget <= 0) {
            return OptionalLong.empty();
        }
        try {
            OptionalLong counted = store.countedInWindow(bucket.name(), WINDOW);
            return counted.isPresent() ? OptionalLong.of(Math.max(0, state.budget - counted.getAsLong())) : OptionalLong.empty();
        } catch (CoordinationStoreException unreachable) {
            return OptionalLong.empty();
        }
    }

    /** ThrottlingExceptions answered to this pacer's calls so far, over every bucket. */
    public long throttles() {
        long total = 0;
        for (BucketState state : buckets.values()) {
            total += state.throttleCount();
        }
        return total;
    }

    private BucketState state(String operation) {
        if (buckets.isEmpty()) {
            return null;
        }
        return QuotaBucket.forOperation(operation).map(buckets::get).orElse(null);
    }

    /** One bucket's settings and this process's own slowdown after repeated throttling. */
    private static final class BucketState {
        private final QuotaBucket bucket;
        private final double configuredRate;
        private final double margin;
        private final Duration pacedInterval;
        private final long budget;
        private double rate;
        /** The next free local slot while the rate is lowered. */
        private long nextFree;
        private boolean hasSent;
        private long lastDecrease;
        private boolean hasDecreased;
        private long lastThrottle;
        private long throttleBeforeLast;
        private long throttles;
        /** How far ahead of a slot the transport stops waiting: {@link #LEAD}, at most a quarter of the interval. */
        private final long lead;
        /** The latest send (planned or actual) let go on this bucket by {@link #gate}. */
        private long lastSend;
        private boolean hasLastSend;

        BucketState(QuotaBucket bucket, double rate, double margin, long budget) {
            this.bucket = bucket;
            this.configuredRate = rate;
            this.margin = margin;
            this.pacedInterval = Duration.ofNanos(interval(rate));
            this.rate = rate;
            this.budget = budget;
            this.lead = Math.min(LEAD.toNanos(), pacedInterval.toNanos() / 4);
        }

        /**
         * When an attempt due {@code now} may go: not before one paced interval after the previous send
         * let go here; that time becomes the previous send.
         */
        synchronized long gate(long now) {
            long at = hasLastSend ? Math.max(now, lastSend + pacedInterval.toNanos()) : now;
            lastSend = hasLastSend ? Math.max(lastSend, at) : at;
            hasLastSend = true;
            return at;
        }

        /** An attempt went at {@code now}: a late one pushes the next. Returns the bucket's latest send. */
        synchronized long sent(long now) {
            lastSend = Math.max(lastSend, now);
            return lastSend;
        }

        /** See {@link QuotaPacer#retryInPlace}. */
        synchronized boolean canGoInPlace(long now, long refusedAt, long window) {
            return hasLastSend && lastSend == refusedAt && now - refusedAt <= window;
        }

        /** See {@link QuotaPacer#retryInPlace}: checks again and records the retry as sent now. */
        synchronized boolean inPlace(long now, long refusedAt, long window) {
            if (!canGoInPlace(now, refusedAt, window)) {
                return false;
            }
            lastSend = now;
            return true;
        }

        /** The interval at the configured rate without the margin. */
        long documentedInterval() {
            return Math.round(1e9 / configuredRate);
        }

        /** The wait this process adds on its own while its rate is lowered (0 at the configured rate). */
        synchronized long reserveLocal(long now) {
            long sendAt = hasSent ? Math.max(now, nextFree) : now;
            hasSent = true;
            nextFree = sendAt + interval(rate);
            return rate < configuredRate ? sendAt - now : 0;
        }

        synchronized void throttled(long now, boolean againForThisCall) {
            boolean third = throttles > 1 && now - throttleBeforeLast < REPEAT_WINDOW_INTERVALS * interval(configuredRate);
            throttles++;
            throttleBeforeLast = lastThrottle;
            lastThrottle = now;
            if (!againForThisCall && !third) {
                LOG.debug("{} throttled once: the retry takes a new slot, the rate stays", bucket);
                return;
            }
            if (hasDecreased && now - lastDecrease < interval(rate)) {
                return;
            }
            rate = Math.max(configuredRate / 16, rate / 2);
            hasDecreased = true;
            lastDecrease = now;
            nextFree = Math.max(hasSent ? nextFree : now, now + interval(rate));
            hasSent = true;
            LOG.debug("{} throttled again: pacing at {} calls/s until calls go through again", bucket, rate);
        }

        synchronized void succeeded() {
            if (rate < configuredRate) {
                rate = Math.min(configuredRate, rate + configuredRate / 10);
            }
        }

        synchronized double currentRate() {
            return rate;
        }

        synchronized long throttleCount() {
            return throttles;
        }

        /** The paced interval at {@code rate}: the margin is kept whatever the rate. */
        private long interval(double rate) {
            return Math.round(1e9 * (1 + margin) / rate);
        }
    }
}

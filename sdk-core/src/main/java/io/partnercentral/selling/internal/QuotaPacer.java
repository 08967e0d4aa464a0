package io.partnercentral.selling.internal;

import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.coordination.InMemoryCoordinationStore;
import io.partnercentral.selling.exception.CoordinationStoreException;
import io.partnercentral.selling.exception.PartnerCentralException.ErrorDetails;
import io.partnercentral.selling.exception.QuotaBudgetExceededException;
import io.partnercentral.selling.exception.TransportException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal API: paces the calls of one facade instance to the service's quotas, per {@link QuotaBucket}.
 *
 * <p>Send slots and 24-hour budgets live in a {@link CoordinationStore}, so every process (and every
 * facade) sharing the store shares them: a caller takes the next free slot of its bucket there and
 * sleeps outside any lock until it comes. There is no burst: after an idle spell the first call goes at
 * once and the next one interval later, which keeps the client inside any token bucket the service may
 * run with the same rate.
 *
 * <p>On ThrottlingException (someone else draws on the account) the bucket halves its rate in this
 * process (at most once per interval, since calls already in flight report the same congestion) down
 * to 1/16 of the configured rate, and pushes its next local slot one new interval out; each call that
 * goes through then adds back a tenth of the configured rate. Thread-safe.
 */
public final class QuotaPacer {
    private static final Logger LOG = LoggerFactory.getLogger(QuotaPacer.class);
    static final Duration WINDOW = Duration.ofDays(1);
    /** The longest a call queues for its slot before it is refused unsent. */
    static final Duration MAX_QUEUE = Duration.ofHours(1);

    private final Ticker ticker;
    private final CoordinationStore store;
    private final Map<QuotaBucket, BucketState> buckets;

    /** A pacer whose slots and budgets are in a new in-memory store on {@code ticker}'s clock. */
    public QuotaPacer(PacingSettings settings, Ticker ticker) {
        this(settings, new InMemoryCoordinationStore(ticker::nanoTime), ticker);
    }

    /** A pacer whose slots and budgets are in {@code store}, shared with whoever else uses it. */
    public QuotaPacer(PacingSettings settings, CoordinationStore store, Ticker ticker) {
        Objects.requireNonNull(settings, "settings");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.store = Objects.requireNonNull(store, "store");
        Map<QuotaBucket, BucketState> states = new EnumMap<>(QuotaBucket.class);
        if (settings.isEnabled()) {
            for (QuotaBucket bucket : QuotaBucket.values()) {
                states.put(bucket, new BucketState(bucket, settings.permitsPerSecond(bucket),
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
        BucketState state = state(operation);
        if (state == null) {
            return;
        }
        long wait = reserve(state, operation);
        if (wait > 0) {
            try {
                ticker.sleepNanos(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(new ErrorDetails(
                        operation + " not sent: interrupted while waiting for its quota", null, null, 0, false, e, operation));
            }
        }
    }

    /** Takes a slot (and budget) for {@code operation} and returns the nanoseconds until it. */
    private long reserve(BucketState state, String operation) {
        String name = state.bucket.name();
        try {
            if (state.budget > 0) {
                CoordinationStore.WindowDecision decision = store.countInWindow(name, state.budget, WINDOW);
                if (!decision.counted()) {
                    throw new QuotaBudgetExceededException(operation, state.bucket, state.budget, decision.retryAfter());
                }
            }
            Optional<Duration> shared = store.reserveSlot(name, state.interval, MAX_QUEUE);
            if (shared.isEmpty()) {
                throw new TransportException(new ErrorDetails(operation + " not sent: more than " + MAX_QUEUE.toMinutes()
                        + " minutes of calls are queued for the " + name + " quota", null, null, 0, true, null, operation));
            }
            return Math.max(shared.get().toNanos(), state.reserveLocal(ticker.nanoTime()));
        } catch (CoordinationStoreException e) {
            throw new CoordinationStoreException(operation, e);
        }
    }

    /** Feeds the outcome of one attempt of {@code operation} back into its bucket's rate. */
    public void onResponse(String operation, boolean throttled) {
        BucketState state = state(operation);
        if (state == null) {
            return;
        }
        if (throttled) {
            state.throttled(ticker.nanoTime());
        } else {
            state.succeeded();
        }
    }

    /** The current rate of {@code bucket} in calls per second, lowered after throttling; 0 when not paced. */
    public double currentPermitsPerSecond(QuotaBucket bucket) {
        BucketState state = buckets.get(bucket);
        return state == null ? 0 : state.currentRate();
    }

    private BucketState state(String operation) {
        if (buckets.isEmpty()) {
            return null;
        }
        return QuotaBucket.forOperation(operation).map(buckets::get).orElse(null);
    }

    /** One bucket's settings and this process's own slowdown after throttling. */
    private static final class BucketState {
        private final QuotaBucket bucket;
        private final double configuredRate;
        private final Duration interval;
        private final long budget;
        private double rate;
        /** The next free local slot while the rate is lowered. */
        private long nextFree;
        private boolean hasSent;
        private long lastDecrease;
        private boolean hasDecreased;

        BucketState(QuotaBucket bucket, double rate, long budget) {
            this.bucket = bucket;
            this.configuredRate = rate;
            this.interval = Duration.ofNanos(interval(rate));
            this.rate = rate;
            this.budget = budget;
        }

        /** The wait this process adds on its own while its rate is lowered (0 at the configured rate). */
        synchronized long reserveLocal(long now) {
            long sendAt = hasSent ? Math.max(now, nextFree) : now;
            hasSent = true;
            nextFree = sendAt + interval(rate);
            return rate < configuredRate ? sendAt - now : 0;
        }

        synchronized void throttled(long now) {
            if (hasDecreased && now - lastDecrease < interval(rate)) {
                return;
            }
            rate = Math.max(configuredRate / 16, rate / 2);
            hasDecreased = true;
            lastDecrease = now;
            nextFree = Math.max(hasSent ? nextFree : now, now + interval(rate));
            hasSent = true;
            LOG.debug("{} throttled: pacing at {} calls/s until calls go through again", bucket, rate);
        }

        synchronized void succeeded() {
            if (rate < configuredRate) {
                rate = Math.min(configuredRate, rate + configuredRate / 10);
            }
        }

        synchronized double currentRate() {
            return rate;
        }

        private static long interval(double rate) {
            return Math.round(1e9 / rate);
        }
    }
}

package io.partnercentral.selling.internal;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.coordination.Lease;
import io.partnercentral.selling.coordination.Reservation;
import io.partnercentral.selling.exception.CoordinationStoreException;
import io.partnercentral.selling.exception.LeaseUnavailableException;
import io.partnercentral.selling.exception.PartnerCentralException.ErrorDetails;
import io.partnercentral.selling.exception.TransportException;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal API: makes the facade's opportunity writes run one at a time per opportunity, and its keyed
 * creates once per idempotency key, across everyone who shares the coordination store.
 *
 * <p>Without a store of the user's ({@link #jvm()}), a write takes a lock of this JVM per opportunity,
 * shared by every facade instance in it, and creates rely on the service's ClientToken alone: what the
 * SDK did before shared stores.
 *
 * <p>With one ({@link #shared}), a write first takes a lock per store instance and key (threads of one
 * process queue here rather than polling the store), then the store's {@linkplain Lease lease} on the
 * key, both within one deadline: the builder's {@code turnWait} (5 minutes by default), not the API call
 * timeout, since the holder may itself be queued for the write quota behind every process's writes and
 * that wait counts against no call timeout either. The lease lasts the builder's {@code leaseTtl} (15 s)
 * and is renewed every {@code leaseRenewal} (5 s) in the background while held, its wait for quota
 * included; it is confirmed in the store once more, synchronously, right before each write
 * ({@link Turn#beforeWrite}) and again after that write's wait for its quota slot if the wait was long
 * ({@link #confirmBeforeSend}), so the write and the read-back that settles a lost answer happen while no
 * other process can write the opportunity. It is released in a {@code finally}. A holder that dies stops
 * renewing: its lease expires within the ttl and the next caller gets it. A holder paused past the ttl
 * finds its lease gone at the next check and stops before sending.
 *
 * <p>A create under an idempotency key (or a caller's own ClientToken) runs under the lease of its key
 * and keeps its outcome as the key's {@linkplain Reservation reservation}: the first caller reserves,
 * creates and records the service's answer; everyone after it, in any process, gets that recorded
 * answer without sending. The reservation is pending only while its creator holds the lease; if the
 * creator dies between reserving and recording, the entry expires with the lease's ttl and the next
 * caller creates again with the same ClientToken, which the service answers with the opportunity the
 * dead creator made, if it made one.
 *
 * <p>A store that cannot answer fails the call with {@link CoordinationStoreException} (retryable,
 * nothing sent); no path falls back to the JVM's lock alone.
 */
final class WriteCoordination {
    private static final Logger LOG = LoggerFactory.getLogger(WriteCoordination.class);

    /** A lease last confirmed longer ago than this is confirmed again right before its write is sent. */
    private static final long CONFIRM_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    /** The turn this thread is running a body in, with a shared store; null otherwise. */
    private static final ThreadLocal<Held> CURRENT = new ThreadLocal<>();
    private static final long FIRST_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final long LAST_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /** Every opportunity write of this JVM made without a store of the user's, whichever facade makes it. */
    private static final KeyedLocks JVM_WRITES = new KeyedLocks();
    /** Per store instance: the threads of one process sharing a store queue locally before the store. */
    private static final Map<CoordinationStore, KeyedLocks> STORE_WRITES = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Turn NOTHING_TO_CHECK = () -> { };

    private static volatile ScheduledThreadPoolExecutor renewals;

    private final CoordinationStore store;
    private final KeyedLocks locks;
    private final Ticker ticker;
    private final long maxWaitNanos;
    private final Duration leaseTtl;
    private final long renewEveryNanos;
    private final Duration retention;

    private WriteCoordination(CoordinationStore store, KeyedLocks locks, Ticker ticker, Duration maxWait,
            Duration leaseTtl, Duration renewEvery, Duration retention) {
        this.store = store;
        this.locks = locks;
        this.ticker = ticker;
        this.maxWaitNanos = maxWait.toNanos();
        this.leaseTtl = leaseTtl;
        this.renewEveryNanos = renewEvery.toNanos();
        this.retention = retention;
    }

    /** Writes serialized by this JVM's lock alone, as without a store of the user's. */
    static WriteCoordination jvm() {
        return new WriteCoordination(null, JVM_WRITES, Ticker.system(), Duration.ZERO,
                PartnerCentralSelling.DEFAULT_LEASE_TTL, PartnerCentralSelling.DEFAULT_LEASE_RENEWAL,
                PartnerCentralSelling.DEFAULT_IDEMPOTENCY_RETENTION);
    }

    /**
     * Writes serialized across everyone sharing {@code store}, waiting at most {@code maxWait} for a turn,
     * under leases of {@code leaseTtl} renewed every {@code renewEvery}; keyed creates' answers kept for
     * {@code retention}.
     */
    static WriteCoordination shared(CoordinationStore store, Ticker ticker, Duration maxWait, Duration leaseTtl,
            Duration renewEvery, Duration retention) {
        Objects.requireNonNull(store, "store");
        KeyedLocks locks = STORE_WRITES.computeIfAbsent(store, s -> new KeyedLocks());
        return new WriteCoordination(store, locks, Objects.requireNonNull(ticker, "ticker"), maxWait, leaseTtl,
                renewEvery, Objects.requireNonNull(retention, "retention"));
    }

    /**
     * Called by the transport once a request's wait for its quota is over, right before it is signed and
     * sent: if this thread runs a write's turn and the lease was last confirmed more than half a second
     * ago (the request queued for its slot), it is confirmed in the store again, so a lease lost during
     * a long wait for quota is noticed before the request goes. Reads are not checked.
     *
     * @throws LeaseUnavailableException if the lease expired meanwhile; nothing is sent
     * @throws CoordinationStoreException if the store cannot answer; nothing is sent
     */
    static void confirmBeforeSend(Operation operation) {
        Held held = CURRENT.get();
        if (held != null && !operation.wireName().startsWith("Get") && !operation.wireName().startsWith("List")) {
            held.confirmIfOlderThan(operation, CONFIRM_AFTER_NANOS);
        }
    }

    /** Whether writes are coordinated through a store (leases, reservations), not by this JVM alone. */
    boolean isShared() {
        return store != null;
    }

    /** What a write running in its turn checks before each request it sends. */
    interface Turn {
        /**
         * Confirms the turn still holds right before a write is sent: its lease is renewed in the store.
         *
         * @throws LeaseUnavailableException if the lease expired and may be someone else's now
         * @throws CoordinationStoreException if the store cannot answer
         */
        void beforeWrite();
    }

    /**
     * Runs {@code body} alone on {@code key}: no other thread of this JVM, and with a shared store no
     * other holder of the store, runs a body on the same key meanwhile.
     *
     * @throws LeaseUnavailableException if the turn did not come within the wait; the body did not run
     * @throws CoordinationStoreException if the store cannot answer; the body did not run
     */
    <T> T exclusive(Operation operation, String key, Function<Turn, T> body) {
        if (store == null) {
            return JVM_WRITES.withLock(key, () -> body.apply(NOTHING_TO_CHECK));
        }
        long deadline = ticker.nanoTime() + maxWaitNanos;
        try {
            return locks.withLock(key, maxWaitNanos, () -> {
                Held held = new Held(operation, lease(operation, key, deadline));
                Held outer = CURRENT.get();
                CURRENT.set(held);
                try {
                    return body.apply(held);
                } finally {
                    if (outer == null) {
                        CURRENT.remove();
                    } else {
                        CURRENT.set(outer);
                    }
                    held.close();
                }
            }, () -> busy(operation));
        } catch (InterruptedException e) {
            throw interrupted(operation, e);
        }
    }

    /**
     * Makes the call {@code call} once per {@code key} among everyone sharing the store: the first
     * caller makes it and records its answer, later callers get the recorded answer (decoded) without
     * calling. Without a shared store, just calls.
     *
     * @param key the idempotency key, scoped by operation and catalog
     * @throws LeaseUnavailableException if the key's turn did not come within the wait; nothing was sent
     * @throws CoordinationStoreException if the store cannot answer before the call; nothing was sent
     */
    <T> T once(Operation operation, String key, Supplier<T> call, Function<T, String> encode,
            Function<String, T> decode) {
        if (store == null) {
            return call.get();
        }
        return exclusive(operation, key, turn -> {
            String owner = UUID.randomUUID().toString();
            Optional<String> recorded = reserve(operation, key, owner);
            if (recorded.isPresent()) {
                LOG.debug("{}: answered from the outcome another caller recorded for its idempotency key", operation.wireName());
                return decode.apply(recorded.get());
            }
            T result;
            try {
                turn.beforeWrite();
                result = call.get();
            } catch (RuntimeException failed) {
                // Whether or not it landed, the next caller may try: it sends the same ClientToken.
                releaseQuietly(key, owner);
                throw failed;
            }
            record(operation, key, owner, encode.apply(result));
            return result;
        });
    }

    /**
     * Reserves {@code key} for {@code owner} under its lease: empty once acquired, the recorded outcome
     * if completed. A pending entry here is a dead or stalled creator's (the lease is ours): it lasts at
     * most a lease ttl, so it is waited out within the deadline.
     */
    private Optional<String> reserve(Operation operation, String key, String owner) {
        long deadline = ticker.nanoTime() + maxWaitNanos;
        long pause = FIRST_POLL_NANOS;
        while (true) {
            Reservation reservation = call(operation, () -> store.reserve(key, owner, leaseTtl));
            if (reservation instanceof Reservation.Completed completed) {
                return Optional.of(completed.result());
            }
            if (reservation instanceof Reservation.Acquired) {
                return Optional.empty();
            }
            long left = deadline - ticker.nanoTime();
            if (left <= 0) {
                throw new LeaseUnavailableException(operation.wireName(), "another caller's reservation of the same"
                        + " idempotency key stayed pending for longer than the " + Duration.ofNanos(maxWaitNanos).toSeconds()
                        + " s wait");
            }
            long expiresIn = ((Reservation.Pending) reservation).expiresIn().toNanos();
            sleep(operation, Math.min(left, Math.max(pause, Math.min(expiresIn, LAST_POLL_NANOS))));
            pause = Math.min(LAST_POLL_NANOS, pause * 2);
        }
    }

    /**
     * Records the outcome. The call has succeeded, so a store failure here is logged, not thrown: the
     * caller gets its answer, and a later caller, finding no record, sends the same ClientToken again
     * and gets the same opportunity from the service.
     */
    private void record(Operation operation, String key, String owner, String result) {
        try {
            if (store.complete(key, owner, result, retention)) {
                return;
            }
            // The pending entry outlived its ttl while the call queued for its quota; the lease kept
            // everyone else out, so the key is free to reserve again and complete.
            if (store.reserve(key, owner, leaseTtl) instanceof Reservation.Acquired
                    && store.complete(key, owner, result, retention)) {
                return;
            }
            LOG.warn("{}: the outcome could not be recorded for its idempotency key (its reservation was taken"
                    + " over); a later create of the key relies on the service's ClientToken", operation.wireName());
        } catch (CoordinationStoreException e) {
            LOG.warn("{}: the outcome could not be recorded for its idempotency key ({}); a later create of the key"
                    + " relies on the service's ClientToken", operation.wireName(), e.getMessage());
        }
    }

    private void releaseQuietly(String key, String owner) {
        try {
            store.release(key, owner);
        } catch (CoordinationStoreException e) {
            LOG.debug("a reservation could not be released ({}); it expires on its own", e.getMessage());
        }
    }

    /** Takes the store's lease on {@code key}, polling until {@code deadline} (on the ticker's clock). */
    private Lease lease(Operation operation, String key, long deadline) {
        long pause = FIRST_POLL_NANOS;
        while (true) {
            Optional<Lease> lease = call(operation, () -> store.tryLease(key, leaseTtl));
            if (lease.isPresent()) {
                return lease.get();
            }
            long left = deadline - ticker.nanoTime();
            if (left <= 0) {
                throw busy(operation);
            }
            // Jittered, so that waiters of several processes do not poll in step.
            sleep(operation, Math.min(left, pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1)));
            pause = Math.min(LAST_POLL_NANOS, pause * 2);
        }
    }

    private LeaseUnavailableException busy(Operation operation) {
        return new LeaseUnavailableException(operation.wireName(), "another process or thread held the lease for"
                + " longer than the " + Duration.ofNanos(maxWaitNanos).toSeconds() + " s wait");
    }

    private void sleep(Operation operation, long nanos) {
        try {
            ticker.sleepNanos(nanos);
        } catch (InterruptedException e) {
            throw interrupted(operation, e);
        }
    }

    private static TransportException interrupted(Operation operation, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new TransportException(new ErrorDetails(operation.wireName() + " not sent: interrupted while waiting"
                + " for its turn to write", null, null, 0, false, e, operation.wireName()));
    }

    /** A store call on behalf of {@code operation}; a failure says the operation was not sent. */
    private static <T> T call(Operation operation, Supplier<T> storeCall) {
        try {
            return storeCall.get();
        } catch (CoordinationStoreException e) {
            throw new CoordinationStoreException(operation.wireName(), e);
        }
    }

    /** A held lease, renewed in the background until closed. */
    private final class Held implements Turn, AutoCloseable {
        private final Operation operation;
        private final Lease lease;
        private final ScheduledFuture<?> renewal;
        private volatile boolean lost;
        /** When the store last confirmed the lease as this holder's (ticker nanos). */
        private volatile long confirmedAt;

        Held(Operation operation, Lease lease) {
            this.operation = operation;
            this.lease = lease;
            this.confirmedAt = ticker.nanoTime();
            ScheduledFuture<?> scheduled;
            try {
                scheduled = renewals().scheduleWithFixedDelay(this::renewInBackground, renewEveryNanos, renewEveryNanos,
                        TimeUnit.NANOSECONDS);
            } catch (RuntimeException e) {
                lease.close();
                throw e;
            }
            this.renewal = scheduled;
        }

        private void renewInBackground() {
            if (lost) {
                return;
            }
            try {
                long asked = ticker.nanoTime();
                if (lease.renew(leaseTtl)) {
                    confirmedAt = asked;
                } else {
                    lost = true;
                }
            } catch (RuntimeException unreachable) {
                // The store is down: the check before the next write fails with a typed error; if it
                // comes back in time, the lease is still ours.
            }
        }

        @Override
        public void beforeWrite() {
            confirm(operation);
        }

        void confirmIfOlderThan(Operation sending, long nanos) {
            if (lost || ticker.nanoTime() - confirmedAt > nanos) {
                confirm(sending);
            }
        }

        private void confirm(Operation sending) {
            long asked = ticker.nanoTime();
            if (lost || !call(sending, () -> lease.renew(leaseTtl))) {
                lost = true;
                throw new LeaseUnavailableException(sending.wireName(), "this process's lease expired before the"
                        + " write (it was paused or cut off from the store for longer than "
                        + leaseTtl.toMillis() + " ms), and another process may hold it now");
            }
            confirmedAt = asked;
        }

        @Override
        public void close() {
            renewal.cancel(false);
            lease.close();
        }
    }

    private static ScheduledThreadPoolExecutor renewals() {
        ScheduledThreadPoolExecutor executor = renewals;
        if (executor == null) {
            synchronized (WriteCoordination.class) {
                executor = renewals;
                if (executor == null) {
                    executor = new ScheduledThreadPoolExecutor(2, runnable -> {
                        Thread thread = new Thread(runnable, "partnercentral-lease-renewal");
                        thread.setDaemon(true);
                        return thread;
                    });
                    executor.setRemoveOnCancelPolicy(true);
                    renewals = executor;
                }
            }
        }
        return executor;
    }
}

package io.partnercentral.selling.coordination;

import io.partnercentral.selling.exception.CoordinationStoreException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the processes of one partner account share so that, together, they behave as one client: the
 * paced send slots of each quota bucket, the rolling 24-hour budgets, a lease per opportunity for
 * read-modify-write updates and their settlement, idempotency-key reservations for creates, and the
 * reconciler's set of events already seen.
 *
 * <p>The SDK uses {@link #inMemory()} unless {@code PartnerCentralSelling.Builder.coordination} names
 * another store; an in-memory store coordinates the threads of the processes that share the instance,
 * nothing more. Give every process of a partner account (replicas, Lambda invocations, batch jobs) the
 * same shared store, e.g. the Redis or PostgreSQL engine of the optional modules, and the quotas, the
 * exactly-once writes and the de-duplication hold across all of them.
 *
 * <h2>The contract an engine must meet</h2>
 * Every method is one atomic operation on the engine: whatever the number of processes and threads
 * calling at once, the outcome is as if the calls ran one after another, in some order. In detail:
 * <ul>
 *   <li><b>Clock.</b> Every time an engine compares or stores (slot times, window entries, expiries)
 *       comes from one clock for all processes: the engine's own (Redis {@code TIME}, PostgreSQL
 *       {@code clock_timestamp()}), never each caller's wall clock, so clock skew between hosts cannot
 *       bunch slots together. Durations handed back ({@link #reserveSlot}'s wait, a retry-after) are
 *       relative to the moment the engine answered; callers wait them out on their own monotonic
 *       clock. An engine whose library forces client clocks (Bucket4j's default) documents that the
 *       hosts' clocks must be synchronized well within the pacing margin.</li>
 *   <li><b>Expiry.</b> Everything a caller takes expires on its own: a lease or a pending reservation
 *       after its {@code ttl}, a completed reservation after its {@code retention}, a seen event after
 *       its {@code retention}, slot and window state once it can no longer affect an answer. An engine
 *       never needs a caller to clean up after a crash. An expired entry behaves exactly as an absent one.</li>
 *   <li><b>Ownership.</b> A lease and a pending reservation carry an owner token; only their owner
 *       releases, renews or completes them (compare-and-delete, compare-and-set), so a holder whose
 *       entry expired and was taken by another process can never release the new owner's entry.</li>
 *   <li><b>Failure.</b> When the engine cannot be reached or does not answer within its own operation
 *       timeout, a method throws {@link CoordinationStoreException} (never returns a guess, never falls
 *       back to local state). An operation whose answer was lost may have been applied: every method
 *       is written so that the SDK's handling of that (treat a slot or a count as taken, a lease or
 *       reservation as not held, let it expire) stays safe.</li>
 *   <li><b>Keys.</b> Bucket names, lease keys, reservation keys, namespaces and event ids are non-empty
 *       strings of at most 1,024 UTF-16 units, made by the SDK (lease keys name a catalog and an
 *       opportunity id; reservation keys include the caller's idempotency key); engines treat them as
 *       opaque, keep each method's keys apart from the others', and put any prefix they need in front
 *       (for several partner accounts on one server, one prefix per account).</li>
 *   <li><b>Threads.</b> Implementations are thread-safe and may be shared by every facade of a JVM.</li>
 * </ul>
 *
 * <p>The contract is checked by {@code io.partnercentral.selling.testing.CoordinationStoreContract} in
 * the sdk-testing module: an engine's test extends it, against a real server.
 */
public interface CoordinationStore extends AutoCloseable {

    /** {@return a new store in this JVM's memory, on {@link System#nanoTime()}} */
    static CoordinationStore inMemory() {
        return new InMemoryCoordinationStore();
    }

    /** {@return a short name for logs and messages, e.g. {@code redis://10.0.0.5:6379}; never a secret} */
    String describe();

    /**
     * Takes the next send slot of {@code bucket}: slots of one bucket are at least {@code interval}
     * apart, over every process sharing the store. The first slot after an idle spell is now; there is
     * no burst.
     *
     * <p>An engine keeps, per bucket, the time of the latest slot it handed out ({@code last}); the
     * slot taken is {@code max(now, last + interval)} and becomes the new {@code last}. A token bucket
     * of capacity 1 refilled once per {@code interval}, consumed with reservation (tokens may go
     * negative, as Bucket4j's {@code reserveAndCalculateTimeToSleep}) is the same thing. Every process
     * passes the same {@code interval} for a bucket; an engine may keep the first one it saw for as long
     * as the bucket's state lives.
     *
     * @param bucket the quota bucket's name, e.g. {@code WRITES}
     * @param interval the least time between two slots, positive
     * @param maxWait the longest wait the caller accepts
     * @return how long the caller must wait before sending (zero: send now); empty if the slot would be
     *     further than {@code maxWait} away, in which case nothing is taken
     * @throws CoordinationStoreException if the store cannot answer
     */
    Optional<Duration> reserveSlot(String bucket, Duration interval, Duration maxWait);

    /**
     * Counts one call in {@code bucket}'s rolling window, if fewer than {@code limit} calls were counted
     * in the last {@code window}: a sliding-window count (every call's own time is kept until it leaves
     * the window), not a token bucket refilled per window, which lets up to twice the limit through in
     * one window. Nothing is counted when the answer is no.
     *
     * @param bucket the quota bucket's name
     * @param limit calls allowed per window, at least 1
     * @param window the window's length, e.g. 24 hours
     * @return the decision, with the time until the oldest counted call leaves the window when refused
     * @throws CoordinationStoreException if the store cannot answer
     */
    WindowDecision countInWindow(String bucket, long limit, Duration window);

    /**
     * How many calls {@link #countInWindow} counted for {@code bucket} in the last {@code window}, for
     * gauges; changes nothing. The default says it does not know.
     *
     * @param bucket the bucket's name, as given to {@link #countInWindow}
     * @param window how far back to count
     * @return the count, or empty if the engine does not tell
     * @throws CoordinationStoreException if the store cannot answer
     */
    default OptionalLong countedInWindow(String bucket, Duration window) {
        return OptionalLong.empty();
    }

    /**
     * Takes the lease on {@code key} if no one holds it: while held, no other holder of this store gets
     * it, until it is released or {@code ttl} passes without a {@link Lease#renew}. Does not wait.
     *
     * @param key what is leased, e.g. {@code AWS/O1234567890}
     * @param ttl how long the lease lasts unless renewed, positive
     * @return the lease, or empty if someone else holds it
     * @throws CoordinationStoreException if the store cannot answer (treat the lease as not held)
     */
    Optional<Lease> tryLease(String key, Duration ttl);

    /**
     * Reserves the idempotency key {@code key} for {@code owner}, or reports who has it: the first
     * caller gets {@link Reservation.Acquired} and a pending entry that lasts {@code ttl}; while it is
     * pending, others get {@link Reservation.Pending}; once the owner {@linkplain #complete completes}
     * it, everyone gets {@link Reservation.Completed} with the owner's result until its retention
     * passes. A pending entry whose ttl passed is gone: the next caller acquires it.
     *
     * @param key the idempotency key, with the SDK's scope in front (operation and catalog)
     * @param owner a token unique to this attempt, e.g. a random UUID
     * @param ttl how long a pending reservation lasts if its owner never completes or releases it
     * @return who holds the key now: this caller, another pending owner, or a completed result
     * @throws CoordinationStoreException if the store cannot answer (treat it as not acquired)
     */
    Reservation reserve(String key, String owner, Duration ttl);

    /**
     * Records {@code result} as the outcome of {@code owner}'s pending reservation of {@code key}, kept
     * for {@code retention}; only the owner of a pending entry can complete it.
     *
     * @param key the idempotency key reserved
     * @param owner the token the reservation was made with
     * @param result the outcome to hand to later callers, e.g. the created resource's id
     * @param retention how long the completed entry is kept
     * @return whether the entry was {@code owner}'s pending entry and is now completed
     * @throws CoordinationStoreException if the store cannot answer (the entry may or may not be completed)
     */
    boolean complete(String key, String owner, String result, Duration retention);

    /**
     * Drops {@code owner}'s pending reservation of {@code key} (its call definitely did nothing), so the
     * next caller acquires it; does nothing if the entry is not {@code owner}'s or not pending.
     *
     * @param key the idempotency key reserved
     * @param owner the token the reservation was made with
     * @throws CoordinationStoreException if the store cannot answer (the entry then expires on its own)
     */
    void release(String key, String owner);

    /**
     * Adds {@code id} to the set {@code namespace}, kept for {@code retention}: the reconciler's
     * de-duplication of events by their envelope id.
     *
     * @param namespace the set's name, e.g. one per reconciler
     * @param id the member to add, e.g. an event's envelope id
     * @param retention how long {@code id} stays in the set
     * @return true if {@code id} was not in the set (first sight), false if it was
     * @throws CoordinationStoreException if the store cannot answer (the event counts as not seen)
     */
    boolean markSeen(String namespace, String id, Duration retention);

    /** Releases the store's connections; state on a shared engine is kept. */
    @Override
    void close();

    /**
     * The answer of {@link CoordinationStore#countInWindow}.
     *
     * @param counted whether the call was counted (it may be sent)
     * @param retryAfter when refused, the time until the oldest counted call leaves the window
     */
    record WindowDecision(boolean counted, Duration retryAfter) {
        private static final WindowDecision COUNTED = new WindowDecision(true, Duration.ZERO);

        /**
         * Checks that {@code retryAfter} is zero or positive.
         *
         * @param counted whether the call was counted (it may be sent)
         * @param retryAfter when refused, the time until the oldest counted call leaves the window
         */
        public WindowDecision {
            if (retryAfter == null || retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must be zero or positive");
            }
        }

        /** {@return the decision that the call was counted} */
        public static WindowDecision allowed() {
            return COUNTED;
        }

        /**
         * {@return the decision that the window is full for {@code retryAfter} more}
         *
         * @param retryAfter how long until the oldest counted call leaves the window
         */
        public static WindowDecision refused(Duration retryAfter) {
            return new WindowDecision(false, retryAfter);
        }
    }
}

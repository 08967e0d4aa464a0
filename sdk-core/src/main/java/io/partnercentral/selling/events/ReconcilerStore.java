package io.partnercentral.selling.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a reconciler keeps its progress: the poll watermark and the set of changes and events it
 * has already delivered. One store instance holds the state of one sync (one consumer);
 * two syncs of the same account that must each see every change use two stores (two files, two key
 * prefixes, two rows).
 *
 * <p>The contract is small on purpose, so that a shared engine can hold it for many processes: a
 * compare-and-set on one value and an add-if-absent with expiry on a set.
 * <ul>
 *   <li>Redis: {@code GET}/a Lua compare-and-set for the watermark, {@code SET key 1 NX PX ttl} for
 *       {@link #markSeen}, {@code EXISTS} for {@link #isSeen}.</li>
 *   <li>PostgreSQL: {@code UPDATE ... SET watermark = ? WHERE watermark IS NOT DISTINCT FROM ?} and
 *       {@code INSERT ... ON CONFLICT DO NOTHING} into a table with an {@code expires_at} column.</li>
 * </ul>
 *
 * <p>Implementations must be thread-safe, and each method must be atomic: once it returns, what it
 * wrote survives a crash of the calling process. A store may forget a seen key before its expiry
 * (to bound its size); that costs at most a repeated delivery, never a lost one, because the
 * reconciler re-reads current state before delivering. It must never forget the watermark.
 *
 * <p>Keys are printable ASCII without spaces or line breaks, at most 512 characters. Shipped:
 * {@link InMemoryReconcilerStore} and {@link FileReconcilerStore}; an implementation can check itself
 * against {@code io.partnercentral.selling.testing.ReconcilerStoreContract} of the sdk-testing
 * artifact.
 *
 * <pre>{@code
 * try (ReconcilerStore store = FileReconcilerStore.open(Path.of("/var/lib/crm-sync/state"))) {
 *     Reconciler reconciler = Reconciler.builder().selling(selling).store(store).handler(crm::upsert).build();
 *     reconciler.poll();
 * }
 * }</pre>
 */
public interface ReconcilerStore extends AutoCloseable {
    /** {@return the watermark of the last completed poll; empty before the first} */
    Optional<Instant> watermark();

    /**
     * Sets the watermark to {@code next} if and only if it currently equals {@code expected}
     * (empty: no watermark yet), atomically.
     *
     * @param expected the watermark the caller read, empty for none yet
     * @param next the new watermark
     * @return whether the watermark was set; {@code false} when another writer changed it first
     */
    boolean compareAndSetWatermark(Optional<Instant> expected, Instant next);

    /**
     * {@return whether {@code key} was {@link #markSeen marked} and has not expired or been evicted since}
     *
     * @param key the key
     */
    boolean isSeen(String key);

    /**
     * Adds {@code key} to the seen-set unless it is already there, atomically. The store may forget it
     * once {@code retention} has passed.
     *
     * @param key the key
     * @param retention how long the key must be remembered at least
     * @return {@code true} if the key was absent and is now added; {@code false} if it was already seen
     */
    boolean markSeen(String key, Duration retention);

    /** Releases what the store holds open (files, connections it owns). The default does nothing. */
    @Override
    default void close() {}
}

package io.partnercentral.selling.coordination;

import java.time.Duration;

/**
 * A held lease of {@link CoordinationStore#tryLease}: exclusive use of its key among the store's
 * holders until released or expired. Closing releases it.
 */
public interface Lease extends AutoCloseable {
    /** {@return the leased key} */
    String key();

    /** {@return the owner token the engine stored with the lease; unique per acquisition} */
    String owner();

    /**
     * Extends the lease to {@code ttl} from now, if it is still this owner's.
     *
     * @param ttl how long the lease lasts from now unless renewed again, positive
     * @return false if the lease expired and may have been taken by someone else: its protection is gone
     * @throws io.partnercentral.selling.exception.CoordinationStoreException if the store cannot answer
     */
    boolean renew(Duration ttl);

    /**
     * Whether the lease is still this owner's (not expired, not taken over), asked of the store.
     *
     * @return true while this owner holds the lease
     * @throws io.partnercentral.selling.exception.CoordinationStoreException if the store cannot answer
     */
    boolean held();

    /**
     * Releases the lease if it is still this owner's (compare-and-delete); idempotent. A store that
     * cannot be reached lets the lease expire instead: this never throws.
     */
    @Override
    void close();
}

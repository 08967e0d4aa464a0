package io.partnercentral.selling.coordination;

import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of a {@link Lease} every engine writes alike: its key and owner token, the check of a
 * renewal's ttl, a {@link #close()} that never throws (a lease that cannot be released expires on its
 * own), and a {@code toString} that names the owner token but not the key. An engine implements the
 * three calls to its store.
 *
 * <pre>{@code
 * final class MyLease extends AbstractLease {
 *     MyLease(String key, String owner) { super(key, owner); }
 *     protected boolean renewInStore(Duration ttl) { ... }   // compare-and-extend
 *     public boolean held() { ... }                          // compare
 *     protected void releaseInStore() { ... }                // compare-and-delete
 * }
 * }</pre>
 */
public abstract class AbstractLease implements Lease {
    private static final Logger LOG = LoggerFactory.getLogger(AbstractLease.class);

    private final String key;
    private final String owner;

    /**
     * Creates the lease handle an engine returns once it has taken {@code key} for {@code owner}.
     *
     * @param key the leased key
     * @param owner the owner token stored with the lease, unique per acquisition
     */
    protected AbstractLease(String key, String owner) {
        this.key = Objects.requireNonNull(key, "key");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public final String key() {
        return key;
    }

    @Override
    public final String owner() {
        return owner;
    }

    /** Checks that {@code ttl} is positive, then {@linkplain #renewInStore renews in the store}. */
    @Override
    public final boolean renew(Duration ttl) {
        StoreChecks.requirePositive(ttl, "ttl");
        return renewInStore(ttl);
    }

    /**
     * Extends the lease to {@code ttl} from now in the store if it is still {@link #owner()}'s.
     *
     * @param ttl the new time to live, positive
     * @return false if the lease expired or belongs to another owner now
     * @throws io.partnercentral.selling.exception.CoordinationStoreException if the store cannot answer
     */
    protected abstract boolean renewInStore(Duration ttl);

    /**
     * Deletes the lease in the store if it is still {@link #owner()}'s; idempotent.
     *
     * @throws RuntimeException if the store cannot answer; {@link #close()} logs it and lets the lease expire
     */
    protected abstract void releaseInStore();

    /** Releases the lease if it is still this owner's; a store that cannot answer lets it expire instead. */
    @Override
    public final void close() {
        try {
            releaseInStore();
        } catch (RuntimeException unreachable) {
            LOG.warn("{}; the lease is left to expire", unreachable.getMessage());
        }
    }

    @Override
    public String toString() {
        return "Lease{owner=" + owner + "}";
    }
}

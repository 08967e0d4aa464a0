package io.partnercentral.selling.testing;

import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.coordination.Lease;
import io.partnercentral.selling.coordination.Reservation;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Two facades over one in-memory store behave as one client. Each facade gets its own instance in front
 * of the shared state, as each process has its own connection to a real engine: the facade's per-store
 * lock then cannot serialize them, and only the store's leases and reservations can.
 */
class InMemorySharedStoreFacadeTest extends SharedStoreFacadeContract {
    private final CoordinationStore shared = CoordinationStore.inMemory();

    @Override
    protected CoordinationStore newClient() {
        return new Connection(shared);
    }

    /** Another process's view of the shared state: every call forwarded, a distinct instance. */
    private record Connection(CoordinationStore state) implements CoordinationStore {
        @Override
        public String describe() {
            return "in-memory (one instance per facade)";
        }

        @Override
        public Optional<Duration> reserveSlot(String bucket, Duration interval, Duration maxWait) {
            return state.reserveSlot(bucket, interval, maxWait);
        }

        @Override
        public WindowDecision countInWindow(String bucket, long limit, Duration window) {
            return state.countInWindow(bucket, limit, window);
        }

        @Override
        public OptionalLong countedInWindow(String bucket, Duration window) {
            return state.countedInWindow(bucket, window);
        }

        @Override
        public Optional<Lease> tryLease(String key, Duration ttl) {
            return state.tryLease(key, ttl);
        }

        @Override
        public Reservation reserve(String key, String owner, Duration ttl) {
            return state.reserve(key, owner, ttl);
        }

        @Override
        public boolean complete(String key, String owner, String result, Duration retention) {
            return state.complete(key, owner, result, retention);
        }

        @Override
        public void release(String key, String owner) {
            state.release(key, owner);
        }

        @Override
        public boolean markSeen(String namespace, String id, Duration retention) {
            return state.markSeen(namespace, id, retention);
        }

        @Override
        public void close() {
            // The state is the test's.
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}

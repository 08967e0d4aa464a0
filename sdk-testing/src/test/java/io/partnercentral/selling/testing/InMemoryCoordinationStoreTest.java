package io.partnercentral.selling.testing;

import io.partnercentral.selling.coordination.CoordinationStore;

/** The in-memory store meets the store contract; its "clients" are one instance, as threads of one JVM share it. */
class InMemoryCoordinationStoreTest extends CoordinationStoreContract {
    private final CoordinationStore store = CoordinationStore.inMemory();

    @Override
    protected CoordinationStore newClient() {
        return store;
    }
}

package io.partnercentral.selling.store.redis;

import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.testing.CoordinationStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Redis store meets the store contract against a real redis-server; each client is its own connection, as in another process. */
class RedisCoordinationStoreTest extends CoordinationStoreContract {
    private static RedisServer server;

    @BeforeAll
    static void startRedis() {
        server = RedisServer.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected CoordinationStore newClient() {
        return RedisCoordinationStore.connect(server.uri());
    }
}

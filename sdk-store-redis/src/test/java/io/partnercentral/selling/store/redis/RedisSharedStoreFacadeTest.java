package io.partnercentral.selling.store.redis;

import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.testing.SharedStoreFacadeContract;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Two facades, each on its own connection to one real redis-server, update and create exactly once. */
class RedisSharedStoreFacadeTest extends SharedStoreFacadeContract {
    private static RedisServer server;
    /** Per test: the emulator's ids start over in each, so each test gets keys of its own. */
    private final String prefix = "facade-" + UUID.randomUUID() + ":";

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
        return RedisCoordinationStore.builder().uri(server.uri()).keyPrefix(prefix).build();
    }
}

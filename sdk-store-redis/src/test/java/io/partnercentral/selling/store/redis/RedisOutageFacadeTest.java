package io.partnercentral.selling.store.redis;

import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.testing.StoreOutageFacadeContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The redis-server the test started is killed (SIGKILL) while two facades write through it, then started
 * again on the same port from its append-only file.
 */
class RedisOutageFacadeTest extends StoreOutageFacadeContract {
    private RedisServer server;

    @BeforeEach
    void startRedis() {
        server = RedisServer.start();
    }

    @AfterEach
    void stopRedis() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected CoordinationStore newClient() {
        return RedisCoordinationStore.connect(server.uri());
    }

    @Override
    protected void stopStore() throws Exception {
        server.kill();
    }

    @Override
    protected void startStore() throws Exception {
        server.startProcess();
    }
}

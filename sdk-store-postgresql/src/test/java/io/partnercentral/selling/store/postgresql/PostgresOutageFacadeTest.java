package io.partnercentral.selling.store.postgresql;

import static io.partnercentral.selling.store.postgresql.PostgresCoordinationStoreContractTest.pool;

import com.zaxxer.hikari.HikariDataSource;
import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.testing.StoreOutageFacadeContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A PostgreSQL server of the test's own is stopped the hard way ({@code pg_ctl stop -m immediate}) while
 * two facades write through it, then started again on the same port and data directory.
 */
class PostgresOutageFacadeTest extends StoreOutageFacadeContract {
    private final List<HikariDataSource> pools = new ArrayList<>();
    private PostgresServer server;

    @BeforeEach
    void startServer() {
        server = PostgresServer.startNew();
    }

    @AfterEach
    void stopServer() {
        pools.forEach(HikariDataSource::close);
        pools.clear();
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected CoordinationStore newClient() {
        // A dead server fails a call within 2 s instead of the pool's default 30 s.
        HikariDataSource pool = pool(server, 4, 2_000);
        pools.add(pool);
        return PostgresCoordinationStore.builder(pool).schema(PostgresSchema.withPrefix("outage_")).build();
    }

    @Override
    protected void stopStore() {
        server.stop();
    }

    @Override
    protected void startStore() {
        server.start();
    }
}

package io.partnercentral.selling.store.postgresql;

import static io.partnercentral.selling.store.postgresql.PostgresCoordinationStoreContractTest.pool;

import com.zaxxer.hikari.HikariDataSource;
import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.testing.SharedStoreFacadeContract;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;

/** Two facades, each with a pool of its own on one real PostgreSQL server, update and create exactly once. */
class PostgresSharedStoreFacadeTest extends SharedStoreFacadeContract {
    private static final AtomicInteger TESTS = new AtomicInteger();
    private final List<HikariDataSource> pools = new ArrayList<>();
    /** Per test: the emulator's ids start over in each, so each test gets tables of its own. */
    private final PostgresSchema schema =
            PostgresSchema.withPrefix("facade" + TESTS.incrementAndGet() + "_" + ProcessHandle.current().pid() + ".pcs_");

    @Override
    protected CoordinationStore newClient() {
        HikariDataSource pool = pool(PostgresServer.shared(), 8, 10_000);
        pools.add(pool);
        return PostgresCoordinationStore.builder(pool).schema(schema).build();
    }

    @AfterEach
    void closePools() {
        pools.forEach(HikariDataSource::close);
        pools.clear();
    }
}

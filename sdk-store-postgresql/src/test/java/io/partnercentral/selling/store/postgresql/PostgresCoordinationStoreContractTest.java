package io.partnercentral.selling.store.postgresql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.testing.CoordinationStoreContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The store contract against a real PostgreSQL server: each client is a store on a pool of its own,
 * as two processes would have, over the same tables.
 */
class PostgresCoordinationStoreContractTest extends CoordinationStoreContract {
    private final List<HikariDataSource> pools = new ArrayList<>();

    @Override
    protected CoordinationStore newClient() {
        HikariDataSource pool = pool(PostgresServer.shared(), 8, 10_000);
        pools.add(pool);
        return PostgresCoordinationStore.builder(pool).schema(PostgresSchema.withPrefix("contract.pcs_")).build();
    }

    @AfterEach
    void closePools() {
        pools.forEach(HikariDataSource::close);
        pools.clear();
    }

    /** A small pool on {@code server} that gives up on a dead server after {@code connectionTimeoutMillis}. */
    static HikariDataSource pool(PostgresServer server, int size, long connectionTimeoutMillis) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(server.dataSource());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(connectionTimeoutMillis);
        config.setValidationTimeout(Math.min(connectionTimeoutMillis, 1_000));
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }
}

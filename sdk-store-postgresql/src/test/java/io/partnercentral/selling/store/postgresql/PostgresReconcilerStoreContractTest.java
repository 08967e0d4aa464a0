package io.partnercentral.selling.store.postgresql;

import static io.partnercentral.selling.store.postgresql.PostgresCoordinationStoreContractTest.pool;

import com.zaxxer.hikari.HikariDataSource;
import io.partnercentral.selling.events.ReconcilerStore;
import io.partnercentral.selling.testing.ReconcilerStoreContract;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;

/** The reconciler store contract against a real PostgreSQL server; reopening is a new store on a new pool. */
class PostgresReconcilerStoreContractTest extends ReconcilerStoreContract {
    private static final PostgresSchema SCHEMA = PostgresSchema.withPrefix("reconciler.pcs_");
    private static final HikariDataSource POOL = pool(PostgresServer.shared(), 8, 10_000);
    private static final List<HikariDataSource> REOPENED = new CopyOnWriteArrayList<>();

    @AfterAll
    static void closePools() {
        POOL.close();
        REOPENED.forEach(HikariDataSource::close);
    }

    @Override
    protected ReconcilerStore newStore() {
        return PostgresReconcilerStore.builder(POOL).schema(SCHEMA).name("sync-" + UUID.randomUUID()).build();
    }

    @Override
    protected ReconcilerStore reopen(ReconcilerStore store) {
        HikariDataSource otherProcess = pool(PostgresServer.shared(), 2, 10_000);
        REOPENED.add(otherProcess);
        return PostgresReconcilerStore.builder(otherProcess).schema(SCHEMA)
                .name(((PostgresReconcilerStore) store).name()).build();
    }
}

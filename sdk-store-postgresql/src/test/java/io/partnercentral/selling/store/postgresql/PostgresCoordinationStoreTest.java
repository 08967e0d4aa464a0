package io.partnercentral.selling.store.postgresql;

import static io.partnercentral.selling.store.postgresql.PostgresCoordinationStoreContractTest.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.coordination.Lease;
import io.partnercentral.selling.coordination.Reservation;
import io.partnercentral.selling.exception.CoordinationStoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** What the contract does not say: schema creation, keys past an index entry's size, timeouts, a dying server. */
class PostgresCoordinationStoreTest {
    private static final Duration HOUR = Duration.ofHours(1);
    private static final AtomicInteger PREFIXES = new AtomicInteger();

    private static PostgresSchema freshSchema() {
        return PostgresSchema.withPrefix("t" + PREFIXES.incrementAndGet() + "_" + ProcessHandle.current().pid() + ".pcs_");
    }

    @Test
    void build_whenSixProcessesStartAtOnce_createsTheTablesOnceWithoutRacing() throws Exception {
        PostgresSchema schema = freshSchema();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<HikariDataSource> pools = new ArrayList<>();
        try {
            List<Future<CoordinationStore>> stores = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                HikariDataSource pool = pool(PostgresServer.shared(), 2, 10_000);
                pools.add(pool);
                stores.add(threads.submit(() -> PostgresCoordinationStore.builder(pool).schema(schema).build()));
            }
            for (Future<CoordinationStore> store : stores) {
                assertThat(store.get().tryLease("AWS/O1", HOUR)).as("built, and tables usable").isNotNull();
            }
            try (Connection connection = pools.get(0).getConnection(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                            + schema.prefix().substring(0, schema.prefix().indexOf('.')) + "'")) {
                rows.next();
                assertThat(rows.getLong(1)).as("each table once")
                        .isEqualTo(schema.ddl().stream().filter(ddl -> ddl.startsWith("CREATE TABLE")).count());
            }
        } finally {
            threads.shutdownNow();
            pools.forEach(HikariDataSource::close);
        }
    }

    @Test
    void keysLongerThanAnIndexEntry_areStoredByDigest_andStayDistinct() {
        try (HikariDataSource pool = pool(PostgresServer.shared(), 2, 10_000)) {
            CoordinationStore store = PostgresCoordinationStore.builder(pool).schema(freshSchema()).build();
            String longKey = "AWS/" + "✓".repeat(1_020);
            assertThat(store.tryLease(longKey, HOUR)).isPresent();
            assertThat(store.tryLease(longKey, HOUR)).isEmpty();
            assertThat(store.tryLease(longKey.substring(0, 1_023) + "x", HOUR)).as("differs in its last unit").isPresent();
            assertThat(store.reserve(longKey, "owner-1", HOUR)).isInstanceOf(Reservation.Acquired.class);
            assertThat(store.markSeen(longKey, longKey, HOUR)).isTrue();
            assertThat(store.markSeen(longKey, longKey, HOUR)).isFalse();
            assertThat(store.countInWindow(longKey, 1, HOUR).counted()).isTrue();
            assertThat(store.reserveSlot(longKey, HOUR, Duration.ZERO)).contains(Duration.ZERO);
        }
    }

    @Test
    void aStatementBlockedPastTheOperationTimeout_failsWithTheStoreException() throws Exception {
        PostgresSchema schema = freshSchema();
        try (HikariDataSource pool = pool(PostgresServer.shared(), 2, 10_000);
                Connection blocker = PostgresServer.shared().dataSource().getConnection()) {
            CoordinationStore store = PostgresCoordinationStore.builder(pool).schema(schema)
                    .operationTimeout(Duration.ofSeconds(1)).build();
            assertThat(store.countInWindow("WRITES", 10, HOUR).counted()).isTrue();
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                statement.execute("SELECT * FROM " + schema.windowsTable() + " FOR UPDATE");
            }
            assertThatThrownBy(() -> store.countInWindow("WRITES", 10, HOUR))
                    .isInstanceOf(CoordinationStoreException.class)
                    .hasMessageContaining("could not count a call in a rolling window")
                    .hasMessageContaining("SQLSTATE 57014")
                    .satisfies(e -> assertThat(((CoordinationStoreException) e).isRetryable()).isTrue());
            blocker.rollback();
            assertThat(store.countInWindow("WRITES", 10, HOUR).counted()).isTrue();
        }
    }

    @Test
    void killingTheServerMidRun_givesTypedErrors_losesNothing_andResumesWhenItReturns() throws Exception {
        try (PostgresServer server = PostgresServer.startNew();
                HikariDataSource pool = pool(server, 4, 250);
                HikariDataSource otherProcess = pool(server, 2, 250)) {
            PostgresSchema schema = freshSchema();
            CoordinationStore store = PostgresCoordinationStore.builder(pool).schema(schema).build();
            Lease lease = store.tryLease("AWS/O1", HOUR).orElseThrow();
            assertThat(store.reserveSlot("WRITES", HOUR, Duration.ZERO)).contains(Duration.ZERO);
            for (int i = 0; i < 3; i++) {
                assertThat(store.countInWindow("WRITES", 5, HOUR).counted()).isTrue();
            }
            assertThat(store.markSeen("events", "e-1", HOUR)).isTrue();

            // Four workers create "opportunities" under idempotency keys while the server dies and returns.
            Map<String, String> completed = new ConcurrentHashMap<>();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService workers = Executors.newFixedThreadPool(4);
            AtomicInteger keys = new AtomicInteger();
            for (int w = 0; w < 4; w++) {
                workers.submit(() -> {
                    while (running.get()) {
                        String key = "CreateOpportunity/AWS/crm-" + keys.incrementAndGet();
                        String owner = UUID.randomUUID().toString();
                        try {
                            if (store.reserve(key, owner, HOUR) instanceof Reservation.Acquired
                                    && store.complete(key, owner, "O-" + key, HOUR)) {
                                completed.put(key, "O-" + key);
                            }
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                    return null;
                });
            }
            awaitTrue(() -> completed.size() >= 20, "completions before the kill");
            server.stop();
            int completedBeforeKill = completed.size();
            awaitTrue(() -> failures.size() >= 8, "failures while the server is down");

            assertThatThrownBy(() -> store.reserveSlot("WRITES", HOUR, HOUR.multipliedBy(2)))
                    .isInstanceOf(CoordinationStoreException.class).hasMessageContaining("could not reserve a paced slot");
            assertThatThrownBy(() -> store.countInWindow("WRITES", 5, HOUR)).isInstanceOf(CoordinationStoreException.class);
            assertThatThrownBy(() -> store.tryLease("AWS/O2", HOUR)).isInstanceOf(CoordinationStoreException.class);
            assertThatThrownBy(lease::held).isInstanceOf(CoordinationStoreException.class);
            assertThatThrownBy(() -> store.markSeen("events", "e-2", HOUR)).isInstanceOf(CoordinationStoreException.class);

            server.start();
            awaitTrue(() -> completed.size() >= completedBeforeKill + 20, "completions after the restart");
            running.set(false);
            workers.shutdown();
            assertThat(workers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            assertThat(failures).isNotEmpty().allSatisfy(failure -> {
                assertThat(failure).isInstanceOf(CoordinationStoreException.class);
                assertThat(((CoordinationStoreException) failure).isRetryable()).isTrue();
                assertThat(failure.getMessage()).doesNotContain("crm-");
            });
            // Nothing lost: another process sees every completion, the lease, the slot, the counts and the event.
            CoordinationStore other = PostgresCoordinationStore.builder(otherProcess).schema(schema).build();
            completed.forEach((key, result) -> assertThat(other.reserve(key, "late", HOUR))
                    .as(key).isEqualTo(new Reservation.Completed(result)));
            assertThat(lease.held()).isTrue();
            assertThat(other.tryLease("AWS/O1", HOUR)).isEmpty();
            assertThat(other.reserveSlot("WRITES", HOUR, Duration.ofMinutes(1))).as("the next slot is an hour out").isEmpty();
            assertThat(other.countInWindow("WRITES", 5, HOUR).counted()).isTrue();
            assertThat(other.countInWindow("WRITES", 5, HOUR).counted()).isTrue();
            assertThat(other.countInWindow("WRITES", 5, HOUR).counted()).as("3 before the kill + 2").isFalse();
            assertThat(other.markSeen("events", "e-1", HOUR)).isFalse();
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}

package io.partnercentral.selling.store.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlPrimitivesTest {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final BiFunction<String, SQLException, RuntimeException> FAIL =
            (what, e) -> new IllegalStateException(what + ": " + e.getSQLState(), e);

    private Jdbc jdbc;
    private PostgresSchema schema;

    @BeforeEach
    void freshTables() {
        jdbc = new Jdbc(PostgresServer.shared().dataSource(), FAIL);
        schema = PostgresSchema.withPrefix("t" + SCHEMAS.incrementAndGet() + ".pcs_");
        SchemaInstaller.install(jdbc, schema);
        SchemaInstaller.install(jdbc, schema);
    }

    @Test
    void lease_whenEightThreadsContend_exactlyOneHoldsIt() throws Exception {
        SqlLeases leases = new SqlLeases(jdbc, schema);
        List<OptionalLong> tokens = concurrently(8, i -> leases.tryAcquire("opp-1", "owner-" + i, 1_000, 5_000));
        assertThat(tokens.stream().filter(OptionalLong::isPresent)).hasSize(1);
    }

    @Test
    void lease_afterExpiry_goesToTheNextOwnerWithAHigherToken() {
        SqlLeases leases = new SqlLeases(jdbc, schema);
        long first = leases.tryAcquire("opp-1", "a", 1_000, 5_000).orElseThrow();
        assertThat(leases.tryAcquire("opp-1", "b", 5_999, 5_000)).isEmpty();
        long second = leases.tryAcquire("opp-1", "b", 6_000, 5_000).orElseThrow();
        assertThat(second).isGreaterThan(first);
        assertThat(leases.renew("opp-1", "a", first, 6_001, 5_000)).isFalse();
        assertThat(leases.release("opp-1", "a", first)).isFalse();
        assertThat(leases.release("opp-1", "b", second)).isTrue();
        assertThat(leases.tryAcquire("opp-1", "c", 6_002, 5_000).orElseThrow()).isGreaterThan(second);
    }

    @Test
    void window_countsExactlyTheBudgetAcrossThreads_andFreesASlotWhenTheOldestLeaves() throws Exception {
        SqlWindows windows = new SqlWindows(jdbc, schema);
        List<Long> waits = concurrently(8, i -> {
            long counted = 0;
            for (int k = 0; k < 5; k++) {
                counted += windows.tryCount("WRITES", 25, 1_000_000, 100 + i) == 0 ? 1 : 0;
            }
            return counted;
        });
        assertThat(waits.stream().mapToLong(Long::longValue).sum()).isEqualTo(25);
        assertThat(windows.tryCount("WRITES", 25, 1_000_000, 1_000_099)).isGreaterThan(0);
        assertThat(windows.tryCount("WRITES", 25, 1_000_000, 1_000_100)).isZero();
    }

    @Test
    void reservation_twoConnectionsRacing_oneWins() throws Exception {
        SqlReservations reservations = new SqlReservations(jdbc, schema);
        List<SqlReservations.Holder> holders = concurrently(6,
                i -> reservations.reserve("crm-42", "deploy-" + i, 0, 60_000_000));
        String winner = holders.get(0).owner();
        assertThat(holders).allSatisfy(h -> assertThat(h.owner()).isEqualTo(winner));
        assertThat(reservations.complete("crm-42", winner, "O123", Long.MAX_VALUE)).isTrue();
        assertThat(reservations.reserve("crm-42", "late", 120_000_000, 1).outcome()).contains("O123");
    }

    @Test
    void pacer_hands_out_slots_one_interval_apart() {
        SqlPacer pacer = new SqlPacer(jdbc.dataSource(), schema, FAIL);
        long first = pacer.reserve("WRITES", Duration.ofSeconds(1), Long.MAX_VALUE);
        long second = pacer.reserve("WRITES", Duration.ofSeconds(1), Long.MAX_VALUE);
        long third = pacer.reserve("WRITES", Duration.ofSeconds(1), 1);
        assertThat(first).isZero();
        assertThat(second).isBetween(Duration.ofMillis(900).toNanos(), Duration.ofSeconds(1).toNanos());
        assertThat(third).isEqualTo(-1);
    }

    private interface Indexed<T> {
        T call(int i) throws Exception;
    }

    private static <T> List<T> concurrently(int threads, Indexed<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<T>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                calls.add(() -> task.call(index));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

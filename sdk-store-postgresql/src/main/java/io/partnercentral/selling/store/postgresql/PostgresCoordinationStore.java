package io.partnercentral.selling.store.postgresql;

import static io.partnercentral.selling.coordination.StoreChecks.requirePositive;

import io.partnercentral.selling.coordination.AbstractLease;
import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.coordination.Lease;
import io.partnercentral.selling.coordination.Reservation;
import io.partnercentral.selling.coordination.StoreChecks;
import io.partnercentral.selling.exception.CoordinationStoreException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A {@link CoordinationStore} on a PostgreSQL database the application already runs, through its own
 * JDBC {@link DataSource} (a pool such as HikariCP: every operation borrows one connection for one short
 * transaction). Every process of a partner account that is built with a store on the same database and
 * {@linkplain PostgresSchema table prefix} shares its quotas' paced slots, 24-hour budgets, leases,
 * idempotency reservations and seen events.
 *
 * <ul>
 *   <li>Paced slots: Bucket4j's PostgreSQL proxy manager, one row per quota bucket.</li>
 *   <li>24-hour budgets: exact sliding windows, one row per counted call, counted under the budget's row lock.</li>
 *   <li>Leases: a lease table with owner tokens and expiry ({@code INSERT ... ON CONFLICT ... WHERE expired}),
 *       not session-bound advisory locks, so a lease survives pooled connections and server restarts.</li>
 *   <li>Idempotency reservations and seen events: rows under unique keys, taken over once expired.</li>
 * </ul>
 * Expiries are on the database's clock ({@code clock_timestamp()}); Bucket4j's slots are on the hosts'
 * clocks, which must be kept synchronized (NTP). Expired rows are swept by later calls.
 *
 * <p>The tables are created when the store is built, if missing (idempotent, safe from many processes
 * at once); see {@link PostgresSchema} to create them beforehand instead. When the database cannot be
 * reached or does not answer within the operation timeout, every method throws
 * {@link CoordinationStoreException}; the SDK then fails the call that needed the store (nothing is sent)
 * and never falls back to pacing in one process. State lives in the database, so a restarted server
 * resumes where it stopped. Bound the wait for a dead server on the pool and driver too: HikariCP's
 * {@code connectionTimeout}, the driver's {@code connectTimeout} and {@code socketTimeout}.
 *
 * <pre>{@code
 * HikariDataSource pool = new HikariDataSource();
 * pool.setJdbcUrl("jdbc:postgresql://db.internal:5432/crm_sync?connectTimeout=5&socketTimeout=10");
 * pool.setUsername("crm_sync");
 * pool.setPassword(System.getenv("DB_PASSWORD"));
 * pool.setConnectionTimeout(5_000);
 * CoordinationStore store = PostgresCoordinationStore.builder(pool).build();
 * }</pre>
 */
public final class PostgresCoordinationStore implements CoordinationStore {
    private final String description;
    private final SqlPacer pacer;
    private final SqlWindows windows;
    private final SqlLeases leases;
    private final SqlReservations reservations;
    private final SqlSeenSet seen;

    private PostgresCoordinationStore(Builder builder) {
        this.description = builder.description != null ? builder.description
                : "PostgreSQL coordination store (tables " + builder.schema.prefix() + "*)";
        long timeoutSeconds = Math.max(1, (builder.operationTimeout.toMillis() + 999) / 1000);
        Jdbc jdbc = new Jdbc(builder.dataSource, (int) Math.min(Integer.MAX_VALUE, timeoutSeconds), description);
        if (builder.createSchema) {
            SchemaInstaller.install(jdbc, builder.schema);
        }
        this.pacer = new SqlPacer(jdbc, builder.schema, builder.operationTimeout);
        this.windows = new SqlWindows(jdbc, builder.schema);
        this.leases = new SqlLeases(jdbc, builder.schema);
        this.reservations = new SqlReservations(jdbc, builder.schema);
        this.seen = new SqlSeenSet(jdbc, builder.schema);
    }

    /**
     * {@return a builder for a store on {@code dataSource}, which stays the caller's to close}
     *
     * @param dataSource where the store's connections come from, e.g. a connection pool
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * A store on {@code dataSource} with the default table prefix, creating its tables if missing.
     *
     * @param dataSource where the store's connections come from, e.g. a connection pool
     * @return the store
     * @throws CoordinationStoreException if the database cannot be reached to create them
     */
    public static PostgresCoordinationStore create(DataSource dataSource) {
        return builder(dataSource).build();
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public Optional<Duration> reserveSlot(String bucket, Duration interval, Duration maxWait) {
        Objects.requireNonNull(bucket, "bucket");
        requirePositive(interval, "interval");
        Objects.requireNonNull(maxWait, "maxWait");
        return pacer.reserve(bucket, interval, maxWait.isNegative() ? Duration.ZERO : maxWait);
    }

    @Override
    public WindowDecision countInWindow(String bucket, long limit, Duration window) {
        Objects.requireNonNull(bucket, "bucket");
        StoreChecks.requireLimit(limit);
        requirePositive(window, "window");
        return windows.count(bucket, limit, window);
    }

    @Override
    public OptionalLong countedInWindow(String bucket, Duration window) {
        Objects.requireNonNull(bucket, "bucket");
        requirePositive(window, "window");
        return OptionalLong.of(windows.counted(bucket, window));
    }

    @Override
    public Optional<Lease> tryLease(String key, Duration ttl) {
        Objects.requireNonNull(key, "key");
        requirePositive(ttl, "ttl");
        String owner = UUID.randomUUID().toString();
        return leases.tryAcquire(key, owner, ttl) ? Optional.of(new PostgresLease(key, owner)) : Optional.empty();
    }

    @Override
    public Reservation reserve(String key, String owner, Duration ttl) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(owner, "owner");
        requirePositive(ttl, "ttl");
        return reservations.reserve(key, owner, ttl);
    }

    @Override
    public boolean complete(String key, String owner, String result, Duration retention) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(result, "result");
        requirePositive(retention, "retention");
        return reservations.complete(key, owner, result, retention);
    }

    @Override
    public void release(String key, String owner) {
        reservations.release(Objects.requireNonNull(key, "key"), Objects.requireNonNull(owner, "owner"));
    }

    @Override
    public boolean markSeen(String namespace, String id, Duration retention) {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(id, "id");
        requirePositive(retention, "retention");
        return seen.markSeen(namespace, id, retention);
    }

    /** Does nothing: the data source is the caller's, and the state stays in the database. */
    @Override
    public void close() {
        // The pool belongs to the application, which may share it with its own queries.
    }

    @Override
    public String toString() {
        return description;
    }

    private final class PostgresLease extends AbstractLease {
        PostgresLease(String key, String owner) {
            super(key, owner);
        }

        @Override
        protected boolean renewInStore(Duration ttl) {
            return leases.renew(key(), owner(), ttl);
        }

        @Override
        public boolean held() {
            return leases.held(key(), owner());
        }

        @Override
        protected void releaseInStore() {
            leases.release(key(), owner());
        }
    }

    /** Builds a {@link PostgresCoordinationStore}. */
    public static final class Builder {
        private final DataSource dataSource;
        private PostgresSchema schema = PostgresSchema.defaults();
        private boolean createSchema = true;
        private Duration operationTimeout = Duration.ofSeconds(5);
        private String description;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * The tables to use; default {@link PostgresSchema#defaults()}. One prefix per partner account.
         *
         * @param schema the tables
         * @return this builder
         */
        public Builder schema(PostgresSchema schema) {
            this.schema = Objects.requireNonNull(schema, "schema");
            return this;
        }

        /**
         * Whether {@link #build()} creates the tables when missing; default true.
         *
         * @param createSchema false when the tables are created elsewhere, e.g. by a migration tool
         * @return this builder
         */
        public Builder createSchema(boolean createSchema) {
            this.createSchema = createSchema;
            return this;
        }

        /**
         * How long one statement may run before it fails with {@link CoordinationStoreException}
         * (JDBC query timeout, whole seconds, rounded up); default 5 seconds. Waiting for a pooled
         * connection is bounded by the pool's own setting.
         *
         * @param operationTimeout the limit, positive
         * @return this builder
         */
        public Builder operationTimeout(Duration operationTimeout) {
            requirePositive(operationTimeout, "operationTimeout");
            this.operationTimeout = operationTimeout;
            return this;
        }

        /**
         * The store's name in logs and exception messages (never put a password in it); default names the table prefix.
         *
         * @param description the name
         * @return this builder
         */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * The store, its tables created first unless {@code createSchema(false)}.
         *
         * @return the store
         * @throws CoordinationStoreException if the database cannot be reached to create them
         */
        public PostgresCoordinationStore build() {
            return new PostgresCoordinationStore(this);
        }
    }
}

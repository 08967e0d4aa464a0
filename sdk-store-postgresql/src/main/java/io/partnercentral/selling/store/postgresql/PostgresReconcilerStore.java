package io.partnercentral.selling.store.postgresql;

import static io.partnercentral.selling.store.postgresql.Jdbc.NOW_MICROS;

import io.partnercentral.selling.events.ReconcilerStore;
import io.partnercentral.selling.exception.CoordinationStoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link ReconcilerStore} in the tables of a {@link PostgresCoordinationStore}: the watermark is a row
 * of its own per reconciler name (compare-and-set by a conditional {@code UPDATE}, or an
 * {@code INSERT ... ON CONFLICT DO NOTHING} for the first), and seen keys share the seen-events table
 * under the reconciler's name. Several processes may run the same reconciler (same name): exactly one
 * of them advances the watermark from a given value and exactly one marks a key first. Failures to
 * reach the database are {@link CoordinationStoreException}s.
 *
 * <pre>{@code
 * ReconcilerStore store = PostgresReconcilerStore.builder(pool).name("crm-sync").build();
 * }</pre>
 */
public final class PostgresReconcilerStore implements ReconcilerStore {
    private static final int LONGEST_KEY = 512;

    private final String name;
    private final Jdbc jdbc;
    private final SqlSeenSet seen;
    private final String namespace;
    private final String read;
    private final String insert;
    private final String update;
    private final String isSeen;

    private PostgresReconcilerStore(Builder builder) {
        this.name = builder.name;
        this.jdbc = new Jdbc(builder.dataSource, 5, "PostgreSQL reconciler store " + name);
        if (builder.createSchema) {
            SchemaInstaller.install(jdbc, builder.schema);
        }
        this.seen = new SqlSeenSet(jdbc, builder.schema);
        this.namespace = "reconciler/" + name;
        String table = builder.schema.watermarksTable();
        this.read = "SELECT epoch_second, nano FROM " + table + " WHERE name = ?";
        this.insert = "INSERT INTO " + table + " (name, epoch_second, nano) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING";
        this.update = "UPDATE " + table + " SET epoch_second = ?, nano = ? WHERE name = ? AND epoch_second = ? AND nano = ?";
        this.isSeen = "SELECT 1 FROM " + builder.schema.seenTable() + " WHERE key = ? AND expires_micros > " + NOW_MICROS;
    }

    /**
     * {@return a builder for a reconciler store on {@code dataSource}, which stays the caller's to close}
     *
     * @param dataSource where the store's connections come from, e.g. a connection pool
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** {@return the reconciler's name: processes running the same reconciler share it} */
    public String name() {
        return name;
    }

    @Override
    public Optional<Instant> watermark() {
        return jdbc.inTransaction("read the watermark", connection -> {
            try (PreparedStatement statement = jdbc.prepare(connection, read)) {
                statement.setString(1, name);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(Instant.ofEpochSecond(rows.getLong(1), rows.getInt(2))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean compareAndSetWatermark(Optional<Instant> expected, Instant next) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(next, "next");
        return jdbc.inTransaction("set the watermark", connection -> {
            if (expected.isEmpty()) {
                try (PreparedStatement statement = jdbc.prepare(connection, insert)) {
                    statement.setString(1, name);
                    statement.setLong(2, next.getEpochSecond());
                    statement.setInt(3, next.getNano());
                    return statement.executeUpdate() == 1;
                }
            }
            try (PreparedStatement statement = jdbc.prepare(connection, update)) {
                statement.setLong(1, next.getEpochSecond());
                statement.setInt(2, next.getNano());
                statement.setString(3, name);
                statement.setLong(4, expected.get().getEpochSecond());
                statement.setInt(5, expected.get().getNano());
                return statement.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean isSeen(String key) {
        String rowKey = Jdbc.rowKey(SqlSeenSet.key(namespace, checkKey(key)));
        return jdbc.inTransaction("read a seen key", connection -> {
            try (PreparedStatement statement = jdbc.prepare(connection, isSeen)) {
                statement.setString(1, rowKey);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    @Override
    public boolean markSeen(String key, Duration retention) {
        Objects.requireNonNull(retention, "retention");
        return seen.markSeen(namespace, checkKey(key), retention.isNegative() || retention.isZero() ? Duration.ofNanos(1_000) : retention);
    }

    @Override
    public String toString() {
        return "PostgresReconcilerStore[" + name + "]";
    }

    private static String checkKey(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty() || key.length() > LONGEST_KEY || !key.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw new IllegalArgumentException("key must be 1.." + LONGEST_KEY + " printable ASCII characters without spaces");
        }
        return key;
    }

    /** Builds a {@link PostgresReconcilerStore}. */
    public static final class Builder {
        private final DataSource dataSource;
        private String name = "default";
        private PostgresSchema schema = PostgresSchema.defaults();
        private boolean createSchema = true;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * The reconciler's name, e.g. {@code crm-sync}: one per consumer that must see every change; default {@code default}.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = checkKey(name);
            return this;
        }

        /**
         * The tables to use; default {@link PostgresSchema#defaults()}.
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
         * The store, its tables created first unless {@code createSchema(false)}.
         *
         * @return the store
         * @throws CoordinationStoreException if the database cannot be reached to create them
         */
        public PostgresReconcilerStore build() {
            return new PostgresReconcilerStore(this);
        }
    }
}

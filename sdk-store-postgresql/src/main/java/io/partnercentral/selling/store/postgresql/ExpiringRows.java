package io.partnercentral.selling.store.postgresql;

import static io.partnercentral.selling.store.postgresql.Jdbc.NOW_MICROS;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * A table of rows under a unique key that expire on the database's clock ({@code key},
 * {@code expires_micros} and the columns of the kind): what leases, reservations and seen events share.
 *
 * <p>Claiming a key is one {@code INSERT ... ON CONFLICT (key) DO UPDATE ... WHERE expired RETURNING 1}:
 * it inserts a new row or takes over an expired one, atomically under the row's lock, so of any number
 * of callers claiming one key exactly one gets it, and a holder that died leaves nothing to clean up.
 * The other statements of a kind (renew, complete, release) run through {@link #update} and
 * {@link #exists}, with the row key given first.
 */
final class ExpiringRows {
    private final Jdbc jdbc;
    private final Sweeper sweeper;
    private final String claim;
    private final int claimColumns;

    /**
     * @param columns the kind's columns set by a claim, besides the key and the expiry, each with the SQL of
     *     its value: {@code "?"} for a value the claim binds (in order), or a constant such as {@code "NULL"}
     */
    ExpiringRows(Jdbc jdbc, String table, List<Column> columns) {
        this.jdbc = jdbc;
        this.sweeper = new Sweeper(table);
        StringBuilder names = new StringBuilder("key");
        StringBuilder values = new StringBuilder("?");
        StringBuilder takeOver = new StringBuilder();
        int bound = 0;
        for (Column column : columns) {
            names.append(", ").append(column.name());
            values.append(", ").append(column.value());
            takeOver.append(column.name()).append(" = EXCLUDED.").append(column.name()).append(", ");
            bound += "?".equals(column.value()) ? 1 : 0;
        }
        this.claimColumns = bound;
        this.claim = "INSERT INTO " + table + " AS r (" + names + ", expires_micros) VALUES (" + values + ", "
                + NOW_MICROS + " + ?) ON CONFLICT (key) DO UPDATE SET " + takeOver
                + "expires_micros = EXCLUDED.expires_micros WHERE r.expires_micros <= " + NOW_MICROS + " RETURNING 1";
    }

    /** A column a claim sets, and the SQL of its value. */
    record Column(String name, String value) {}

    /**
     * Claims {@code key} for {@code ttl} on {@code connection}, in the caller's transaction, if it is free
     * or expired, setting the kind's bound columns to {@code values}; false if a live row holds it (the
     * statement then holds that row's lock until the transaction ends). Sweeps expired rows now and then.
     */
    boolean claim(Connection connection, String key, Duration ttl, String... values) throws SQLException {
        if (values.length != claimColumns) {
            throw new IllegalArgumentException("the claim binds " + claimColumns + " values");
        }
        sweeper.sweepNowAndThen(jdbc, connection);
        try (PreparedStatement statement = jdbc.prepare(connection, claim)) {
            statement.setString(1, Jdbc.rowKey(key));
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 2, values[i]);
            }
            statement.setLong(values.length + 2, micros(ttl));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Claims {@code key} in a transaction of its own; see {@link #claim(Connection, String, Duration, String...)}. */
    boolean claim(String what, String key, Duration ttl, String... values) {
        return jdbc.inTransaction(what, connection -> claim(connection, key, ttl, values));
    }

    /**
     * Runs the update {@code sql} in a transaction of its own with {@code arguments} bound in order
     * (strings, longs, durations as microseconds); a {@link RowKey} argument is bound as the row key of
     * its key.
     *
     * @return whether it changed exactly one row
     */
    boolean update(String what, String sql, Object... arguments) {
        return jdbc.inTransaction(what, connection -> {
            try (PreparedStatement statement = jdbc.prepare(connection, sql)) {
                bind(statement, arguments);
                return statement.executeUpdate() == 1;
            }
        });
    }

    /** Whether the query {@code sql}, with {@code arguments} bound as by {@link #update}, returns a row. */
    boolean exists(String what, String sql, Object... arguments) {
        return jdbc.inTransaction(what, connection -> {
            try (PreparedStatement statement = jdbc.prepare(connection, sql)) {
                bind(statement, arguments);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** A caller's key, bound as the row key it is stored under ({@link Jdbc#rowKey}). */
    record RowKey(String key) {}

    static void bind(PreparedStatement statement, Object... arguments) throws SQLException {
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument instanceof RowKey rowKey) {
                statement.setString(i + 1, Jdbc.rowKey(rowKey.key()));
            } else if (argument instanceof String text) {
                statement.setString(i + 1, text);
            } else if (argument instanceof Duration duration) {
                statement.setLong(i + 1, micros(duration));
            } else if (argument instanceof Long number) {
                statement.setLong(i + 1, number);
            } else {
                throw new IllegalArgumentException("cannot bind a " + argument.getClass().getSimpleName());
            }
        }
    }

    /** A duration in whole microseconds, at least 1, as the tables keep times. */
    static long micros(Duration duration) {
        return Math.max(1, duration.toNanos() / 1_000);
    }
}

package io.partnercentral.selling.store.postgresql;

import static io.partnercentral.selling.store.postgresql.Jdbc.NOW_MICROS;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

/**
 * Leases in a table: a row per key with its owner token and expiry, on the database's clock. Taking one
 * is a single {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE expired}, atomic under the row's lock,
 * so of any number of contenders exactly one gets a free or expired lease. A lease lives in the table,
 * not in a session: it survives a pooled connection's reuse and a restart of the server, and the lease
 * of a holder that died is free once it expires.
 */
final class SqlLeases {
    private final Jdbc jdbc;
    private final Sweeper sweeper;
    private final String acquire;
    private final String renew;
    private final String held;
    private final String release;

    SqlLeases(Jdbc jdbc, PostgresSchema schema) {
        this.jdbc = jdbc;
        String table = schema.leasesTable();
        this.sweeper = new Sweeper(table);
        this.acquire = "INSERT INTO " + table + " AS l (key, owner, expires_micros) VALUES (?, ?, " + NOW_MICROS + " + ?)"
                + " ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, expires_micros = EXCLUDED.expires_micros"
                + " WHERE l.expires_micros <= " + NOW_MICROS + " RETURNING 1";
        this.renew = "UPDATE " + table + " SET expires_micros = " + NOW_MICROS + " + ?"
                + " WHERE key = ? AND owner = ? AND expires_micros > " + NOW_MICROS;
        this.held = "SELECT 1 FROM " + table + " WHERE key = ? AND owner = ? AND expires_micros > " + NOW_MICROS;
        this.release = "DELETE FROM " + table + " WHERE key = ? AND owner = ?";
    }

    /** Takes the lease on {@code key} for {@code owner} for {@code ttl} if it is free or expired; false if held. */
    boolean tryAcquire(String key, String owner, Duration ttl) {
        return jdbc.inTransaction("take a lease", connection -> {
            sweeper.sweepNowAndThen(jdbc, connection);
            try (PreparedStatement statement = jdbc.prepare(connection, acquire)) {
                statement.setString(1, Jdbc.rowKey(key));
                statement.setString(2, owner);
                statement.setLong(3, micros(ttl));
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** Extends {@code owner}'s unexpired lease to {@code ttl} from now; false if it expired or was taken. */
    boolean renew(String key, String owner, Duration ttl) {
        return jdbc.inTransaction("renew a lease", connection -> {
            try (PreparedStatement statement = jdbc.prepare(connection, renew)) {
                statement.setLong(1, micros(ttl));
                statement.setString(2, Jdbc.rowKey(key));
                statement.setString(3, owner);
                return statement.executeUpdate() == 1;
            }
        });
    }

    /** Whether {@code owner} still holds the lease on {@code key}. */
    boolean held(String key, String owner) {
        return jdbc.inTransaction("check a lease", connection -> {
            try (PreparedStatement statement = jdbc.prepare(connection, held)) {
                statement.setString(1, Jdbc.rowKey(key));
                statement.setString(2, owner);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** Deletes the lease on {@code key} if it is {@code owner}'s (expired or not: either way no one else's). */
    void release(String key, String owner) {
        jdbc.inTransaction("release a lease", connection -> {
            try (PreparedStatement statement = jdbc.prepare(connection, release)) {
                statement.setString(1, Jdbc.rowKey(key));
                statement.setString(2, owner);
                return statement.executeUpdate();
            }
        });
    }

    static long micros(Duration duration) {
        return Math.max(1, duration.toNanos() / 1_000);
    }
}

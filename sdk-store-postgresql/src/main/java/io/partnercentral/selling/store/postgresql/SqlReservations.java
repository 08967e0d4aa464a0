package io.partnercentral.selling.store.postgresql;

import static io.partnercentral.selling.store.postgresql.Jdbc.NOW_MICROS;
import static io.partnercentral.selling.store.postgresql.SqlLeases.micros;

import io.partnercentral.selling.coordination.Reservation;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

/**
 * Idempotency-key reservations under the table's primary key: the first owner to insert a key holds it
 * pending until it records an outcome (kept for its retention) or its reservation expires; an expired
 * row, pending or completed, is taken over by the next caller. Callers racing on one key meet at the
 * unique index: exactly one insert wins, and the others, blocked on the winner's row lock until it
 * commits, read the winner's entry.
 */
final class SqlReservations {
    private final Jdbc jdbc;
    private final Sweeper sweeper;
    private final String reserve;
    private final String read;
    private final String complete;
    private final String release;

    SqlReservations(Jdbc jdbc, PostgresSchema schema) {
        this.jdbc = jdbc;
        String table = schema.reservationsTable();
        this.sweeper = new Sweeper(table);
        this.reserve = "INSERT INTO " + table + " AS r (key, owner, outcome, expires_micros)"
                + " VALUES (?, ?, NULL, " + NOW_MICROS + " + ?)"
                + " ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, outcome = NULL,"
                + " expires_micros = EXCLUDED.expires_micros WHERE r.expires_micros <= " + NOW_MICROS
                + " RETURNING 1";
        this.read = "SELECT outcome, expires_micros - " + NOW_MICROS + " FROM " + table + " WHERE key = ?";
        this.complete = "UPDATE " + table + " SET outcome = ?, expires_micros = " + NOW_MICROS + " + ?"
                + " WHERE key = ? AND owner = ? AND outcome IS NULL AND expires_micros > " + NOW_MICROS;
        this.release = "DELETE FROM " + table + " WHERE key = ? AND owner = ? AND outcome IS NULL";
    }

    Reservation reserve(String key, String owner, Duration ttl) {
        return jdbc.inTransaction("reserve an idempotency key", connection -> {
            sweeper.sweepNowAndThen(jdbc, connection);
            try (PreparedStatement statement = jdbc.prepare(connection, reserve)) {
                statement.setString(1, Jdbc.rowKey(key));
                statement.setString(2, owner);
                statement.setLong(3, micros(ttl));
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next()) {
                        return new Reservation.Acquired();
                    }
                }
            }
            // The statement above locked the live row it conflicted with, until commit: read it as it is.
            try (PreparedStatement statement = jdbc.prepare(connection, read)) {
                statement.setString(1, Jdbc.rowKey(key));
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalStateException("a locked reservation row vanished");
                    }
                    String outcome = rows.getString(1);
                    return outcome != null ? new Reservation.Completed(outcome)
                            : new Reservation.Pending(Duration.ofNanos(Math.max(0, rows.getLong(2)) * 1_000));
                }
            }
        });
    }

    boolean complete(String key, String owner, String result, Duration retention) {
        return jdbc.inTransaction("complete an idempotency key", connection -> {
            try (PreparedStatement statement = jdbc.prepare(connection, complete)) {
                statement.setString(1, result);
                statement.setLong(2, micros(retention));
                statement.setString(3, Jdbc.rowKey(key));
                statement.setString(4, owner);
                return statement.executeUpdate() == 1;
            }
        });
    }

    void release(String key, String owner) {
        jdbc.inTransaction("release an idempotency key", connection -> {
            try (PreparedStatement statement = jdbc.prepare(connection, release)) {
                statement.setString(1, Jdbc.rowKey(key));
                statement.setString(2, owner);
                return statement.executeUpdate();
            }
        });
    }
}

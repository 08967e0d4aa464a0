package io.partnercentral.selling.store.postgresql;

import static io.partnercentral.selling.store.postgresql.Jdbc.NOW_MICROS;

import io.partnercentral.selling.coordination.Reservation;
import io.partnercentral.selling.store.postgresql.ExpiringRows.Column;
import io.partnercentral.selling.store.postgresql.ExpiringRows.RowKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

/**
 * Idempotency-key reservations under the table's primary key: the first owner to claim a key holds it
 * pending until it records an outcome (kept for its retention) or its reservation expires; an expired
 * row, pending or completed, is taken over by the next caller. Callers racing on one key meet at the
 * unique index: exactly one claim wins, and the others, blocked on the winner's row lock until it
 * commits, read the winner's entry.
 */
final class SqlReservations {
    private final Jdbc jdbc;
    private final ExpiringRows rows;
    private final String read;
    private final String complete;
    private final String release;

    SqlReservations(Jdbc jdbc, PostgresSchema schema) {
        this.jdbc = jdbc;
        String table = schema.reservationsTable();
        this.rows = new ExpiringRows(jdbc, table, List.of(new Column("owner", "?"), new Column("outcome", "NULL")));
        this.read = "SELECT outcome, expires_micros - " + NOW_MICROS + " FROM " + table + " WHERE key = ?";
        this.complete = "UPDATE " + table + " SET outcome = ?, expires_micros = " + NOW_MICROS + " + ?"
                + " WHERE key = ? AND owner = ? AND outcome IS NULL AND expires_micros > " + NOW_MICROS;
        this.release = "DELETE FROM " + table + " WHERE key = ? AND owner = ? AND outcome IS NULL";
    }

    Reservation reserve(String key, String owner, Duration ttl) {
        return jdbc.inTransaction("reserve an idempotency key", connection -> {
            if (rows.claim(connection, key, ttl, owner)) {
                return new Reservation.Acquired();
            }
            // The claim locked the live row it conflicted with, until commit: read it as it is.
            try (PreparedStatement statement = jdbc.prepare(connection, read)) {
                statement.setString(1, Jdbc.rowKey(key));
                try (ResultSet found = statement.executeQuery()) {
                    if (!found.next()) {
                        throw new IllegalStateException("a locked reservation row vanished");
                    }
                    String outcome = found.getString(1);
                    return outcome != null ? new Reservation.Completed(outcome)
                            : new Reservation.Pending(Duration.ofNanos(Math.max(0, found.getLong(2)) * 1_000));
                }
            }
        });
    }

    boolean complete(String key, String owner, String result, Duration retention) {
        return rows.update("complete an idempotency key", complete, result, retention, new RowKey(key), owner);
    }

    void release(String key, String owner) {
        rows.update("release an idempotency key", release, new RowKey(key), owner);
    }
}

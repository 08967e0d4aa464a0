package io.partnercentral.selling.store.postgresql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * Idempotency-key reservations under the table's primary key: the first owner to insert a key holds it
 * until it records an outcome (kept for good) or its reservation expires (then another owner may take
 * it over). Two owners racing on one key meet at the unique index: exactly one insert wins.
 */
final class SqlReservations {
    /** What {@link #reserve} found: the key's holder after the call, and its outcome if recorded. */
    record Holder(String owner, Optional<String> outcome) {
    }

    private final Jdbc jdbc;
    private final String reserve;
    private final String read;
    private final String complete;
    private final String release;

    SqlReservations(Jdbc jdbc, PostgresSchema schema) {
        this.jdbc = jdbc;
        String table = schema.reservationsTable();
        this.reserve = "INSERT INTO " + table + " AS r (key, owner, outcome, expires_micros) VALUES (?, ?, NULL, ?)"
                + " ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, expires_micros = EXCLUDED.expires_micros"
                + " WHERE r.outcome IS NULL AND (r.expires_micros <= ? OR r.owner = EXCLUDED.owner)"
                + " RETURNING owner, outcome";
        this.read = "SELECT owner, outcome FROM " + table + " WHERE key = ?";
        this.complete = "UPDATE " + table + " SET outcome = ?, expires_micros = ? WHERE key = ? AND owner = ?";
        this.release = "DELETE FROM " + table + " WHERE key = ? AND owner = ? AND outcome IS NULL";
    }

    /**
     * Reserves {@code key} for {@code owner} until {@code nowMicros + ttlMicros} unless another owner
     * holds an unexpired reservation or an outcome was recorded; returns the holder after the call
     * ({@code owner} itself when it won, also on a retry after a lost reply).
     */
    Holder reserve(String key, String owner, long nowMicros, long ttlMicros) {
        return jdbc.inTransaction("reserve idempotency key", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(reserve)) {
                statement.setString(1, key);
                statement.setString(2, owner);
                statement.setLong(3, nowMicros + ttlMicros);
                statement.setLong(4, nowMicros);
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next()) {
                        return new Holder(rows.getString(1), Optional.ofNullable(rows.getString(2)));
                    }
                }
            }
            // The conflicting row stays locked by the statement above until commit: read it as it is.
            try (PreparedStatement statement = connection.prepareStatement(read)) {
                statement.setString(1, key);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalStateException("reservation row vanished under its lock");
                    }
                    return new Holder(rows.getString(1), Optional.ofNullable(rows.getString(2)));
                }
            }
        });
    }

    /** Records {@code outcome} for {@code owner}'s reservation, kept until {@code expiresMicros}; false if it was lost. */
    boolean complete(String key, String owner, String outcome, long expiresMicros) {
        return jdbc.inTransaction("record idempotency outcome", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(complete)) {
                statement.setString(1, outcome);
                statement.setLong(2, expiresMicros);
                statement.setString(3, key);
                statement.setString(4, owner);
                return statement.executeUpdate() == 1;
            }
        });
    }

    /** Drops {@code owner}'s reservation without an outcome, so another owner may try; false if not held. */
    boolean release(String key, String owner) {
        return jdbc.inTransaction("release idempotency key", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(release)) {
                statement.setString(1, key);
                statement.setString(2, owner);
                return statement.executeUpdate() == 1;
            }
        });
    }
}

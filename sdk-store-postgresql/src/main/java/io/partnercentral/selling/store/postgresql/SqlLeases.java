package io.partnercentral.selling.store.postgresql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.OptionalLong;

/**
 * Leases in a table: a row per name with its holder, a fencing token and an expiry. Acquiring is one
 * {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE expired}, atomic under the row's lock, so of any
 * number of contenders exactly one gets a free or expired lease. A lease lives in the table, not in a
 * session: it survives a pooled connection's reuse and a restart of the server, and a holder that dies
 * frees it when it expires. Releasing keeps the row (expired at once) so fencing tokens only grow.
 */
final class SqlLeases {
    private final Jdbc jdbc;
    private final String acquire;
    private final String renew;
    private final String release;

    SqlLeases(Jdbc jdbc, PostgresSchema schema) {
        this.jdbc = jdbc;
        String table = schema.leasesTable();
        this.acquire = "INSERT INTO " + table + " AS l (name, owner, token, expires_micros) VALUES (?, ?, 1, ?)"
                + " ON CONFLICT (name) DO UPDATE SET owner = EXCLUDED.owner, token = l.token + 1,"
                + " expires_micros = EXCLUDED.expires_micros"
                + " WHERE l.expires_micros <= ? OR l.owner = EXCLUDED.owner RETURNING token";
        this.renew = "UPDATE " + table + " SET expires_micros = ? WHERE name = ? AND owner = ? AND token = ?"
                + " AND expires_micros > ?";
        this.release = "UPDATE " + table + " SET expires_micros = 0 WHERE name = ? AND owner = ? AND token = ?";
    }

    /**
     * Takes the lease {@code name} for {@code owner} until {@code nowMicros + ttlMicros} if it is free,
     * expired, or already {@code owner}'s (a retry after a lost reply); returns its fencing token, or
     * empty if another owner holds it.
     */
    OptionalLong tryAcquire(String name, String owner, long nowMicros, long ttlMicros) {
        return jdbc.inTransaction("acquire lease", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(acquire)) {
                statement.setString(1, name);
                statement.setString(2, owner);
                statement.setLong(3, nowMicros + ttlMicros);
                statement.setLong(4, nowMicros);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    /** Extends {@code owner}'s unexpired lease to {@code nowMicros + ttlMicros}; false if it was lost. */
    boolean renew(String name, String owner, long token, long nowMicros, long ttlMicros) {
        return jdbc.inTransaction("renew lease", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(renew)) {
                statement.setLong(1, nowMicros + ttlMicros);
                statement.setString(2, name);
                statement.setString(3, owner);
                statement.setLong(4, token);
                statement.setLong(5, nowMicros);
                return statement.executeUpdate() == 1;
            }
        });
    }

    /** Gives the lease up if {@code owner} still holds it under {@code token}; false if it had been lost. */
    boolean release(String name, String owner, long token) {
        return jdbc.inTransaction("release lease", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(release)) {
                statement.setString(1, name);
                statement.setString(2, owner);
                statement.setLong(3, token);
                return statement.executeUpdate() == 1;
            }
        });
    }
}

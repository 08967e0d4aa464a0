package io.partnercentral.selling.store.postgresql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The events already handled, each kept until it expires: marking one is an insert under the primary
 * key, so of processes receiving the same event exactly one marks it first. Expired marks are swept
 * now and then by the process marking.
 */
final class SqlSeenSet {
    private static final int SWEEP_EVERY = 256;
    private static final int SWEEP_BATCH = 1_000;

    private final Jdbc jdbc;
    private final String mark;
    private final String sweep;
    private int marks;

    SqlSeenSet(Jdbc jdbc, PostgresSchema schema) {
        this.jdbc = jdbc;
        String table = schema.seenTable();
        this.mark = "INSERT INTO " + table + " AS s (key, owner, expires_micros) VALUES (?, ?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, expires_micros = EXCLUDED.expires_micros"
                + " WHERE s.expires_micros <= ? OR s.owner = EXCLUDED.owner RETURNING 1";
        this.sweep = "DELETE FROM " + table + " WHERE key IN (SELECT key FROM " + table
                + " WHERE expires_micros <= ? LIMIT " + SWEEP_BATCH + ")";
    }

    /**
     * Marks {@code key} as seen by {@code owner} until {@code nowMicros + ttlMicros}; true if this is its
     * first sighting (or its mark had expired, or {@code owner} marked it already: a retry after a lost
     * reply), false if another owner's mark is still live.
     */
    boolean markFirstSighting(String key, String owner, long nowMicros, long ttlMicros) {
        boolean sweepNow;
        synchronized (this) {
            sweepNow = ++marks % SWEEP_EVERY == 0;
        }
        return jdbc.inTransaction("mark event seen", connection -> {
            if (sweepNow) {
                try (PreparedStatement statement = connection.prepareStatement(sweep)) {
                    statement.setLong(1, nowMicros);
                    statement.executeUpdate();
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(mark)) {
                statement.setString(1, key);
                statement.setString(2, owner);
                statement.setLong(3, nowMicros + ttlMicros);
                statement.setLong(4, nowMicros);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }
}

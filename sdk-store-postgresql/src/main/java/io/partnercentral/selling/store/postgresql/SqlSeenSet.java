package io.partnercentral.selling.store.postgresql;

import static io.partnercentral.selling.store.postgresql.Jdbc.NOW_MICROS;
import static io.partnercentral.selling.store.postgresql.SqlLeases.micros;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

/**
 * The events already seen, each kept for its retention: marking one is an insert under the primary
 * key (or the take-over of an expired mark), so of the processes receiving one event exactly one sees
 * it first.
 */
final class SqlSeenSet {
    private final Jdbc jdbc;
    private final Sweeper sweeper;
    private final String mark;

    SqlSeenSet(Jdbc jdbc, PostgresSchema schema) {
        this.jdbc = jdbc;
        String table = schema.seenTable();
        this.sweeper = new Sweeper(table);
        this.mark = "INSERT INTO " + table + " AS s (key, expires_micros) VALUES (?, " + NOW_MICROS + " + ?)"
                + " ON CONFLICT (key) DO UPDATE SET expires_micros = EXCLUDED.expires_micros"
                + " WHERE s.expires_micros <= " + NOW_MICROS + " RETURNING 1";
    }

    /** The row's key of {@code id} in {@code namespace}: the namespace's length first, so no two pairs make one key. */
    static String key(String namespace, String id) {
        return namespace.length() + ":" + namespace + id;
    }

    boolean markSeen(String namespace, String id, Duration retention) {
        String key = key(namespace, id);
        return jdbc.inTransaction("mark an event seen", connection -> {
            sweeper.sweepNowAndThen(jdbc, connection);
            try (PreparedStatement statement = jdbc.prepare(connection, mark)) {
                statement.setString(1, Jdbc.rowKey(key));
                statement.setLong(2, micros(retention));
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }
}

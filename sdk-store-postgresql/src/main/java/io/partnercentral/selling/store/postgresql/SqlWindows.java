package io.partnercentral.selling.store.postgresql;

import static io.partnercentral.selling.store.postgresql.Jdbc.NOW_MICROS;
import static io.partnercentral.selling.store.postgresql.ExpiringRows.micros;

import io.partnercentral.selling.coordination.CoordinationStore.WindowDecision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Rolling budgets counted as exact sliding windows on the database's clock: a row per counted call
 * with its time, and per budget a row holding how many calls are in the window. Counting locks the
 * budget's row (and reads the clock once it holds it), drops the calls that have left the window, and
 * counts the new one only while the budget has room, so processes counting at once never overspend it.
 */
final class SqlWindows {
    private final Jdbc jdbc;
    private final String lock;
    private final String expire;
    private final String record;
    private final String store;
    private final String oldest;
    private final String inWindow;

    SqlWindows(Jdbc jdbc, PostgresSchema schema) {
        this.jdbc = jdbc;
        String windows = schema.windowsTable();
        String calls = schema.windowCallsTable();
        this.lock = "INSERT INTO " + windows + " AS w (name, calls) VALUES (?, 0)"
                + " ON CONFLICT (name) DO UPDATE SET calls = w.calls RETURNING calls, " + NOW_MICROS;
        this.expire = "DELETE FROM " + calls + " WHERE name = ? AND at_micros <= ?";
        this.record = "INSERT INTO " + calls + " (name, at_micros) VALUES (?, ?)";
        this.store = "UPDATE " + windows + " SET calls = ? WHERE name = ?";
        this.oldest = "SELECT min(at_micros) FROM " + calls + " WHERE name = ?";
        this.inWindow = "SELECT count(*) FROM " + calls + " WHERE name = ? AND at_micros > " + NOW_MICROS + " - ?";
    }

    WindowDecision count(String bucket, long limit, Duration window) {
        String name = Jdbc.rowKey(bucket);
        long windowMicros = micros(window);
        return jdbc.inTransaction("count a call in a rolling window", connection -> {
            long inWindow;
            long now;
            try (PreparedStatement statement = jdbc.prepare(connection, lock)) {
                statement.setString(1, name);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    inWindow = rows.getLong(1);
                    now = rows.getLong(2);
                }
            }
            try (PreparedStatement statement = jdbc.prepare(connection, expire)) {
                statement.setString(1, name);
                statement.setLong(2, now - windowMicros);
                inWindow -= statement.executeUpdate();
            }
            if (inWindow < limit) {
                return record(connection, name, now, inWindow);
            }
            storeCount(connection, name, inWindow);
            try (PreparedStatement statement = jdbc.prepare(connection, oldest)) {
                statement.setString(1, name);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    long retryAfter = Math.max(1, rows.getLong(1) + windowMicros - now);
                    return WindowDecision.refused(Duration.ofNanos(retryAfter * 1_000));
                }
            }
        });
    }

    /** How many calls of {@code bucket} are in the window ending now; reads only (the rows stay until the next count). */
    long counted(String bucket, Duration window) {
        return jdbc.inTransaction("read a rolling window", connection -> {
            try (PreparedStatement statement = jdbc.prepare(connection, inWindow)) {
                statement.setString(1, Jdbc.rowKey(bucket));
                statement.setLong(2, micros(window));
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private WindowDecision record(Connection connection, String name, long now, long inWindow) throws SQLException {
        try (PreparedStatement statement = jdbc.prepare(connection, record)) {
            statement.setString(1, name);
            statement.setLong(2, now);
            statement.executeUpdate();
        }
        storeCount(connection, name, inWindow + 1);
        return WindowDecision.allowed();
    }

    private void storeCount(Connection connection, String name, long inWindow) throws SQLException {
        try (PreparedStatement statement = jdbc.prepare(connection, store)) {
            statement.setLong(1, inWindow);
            statement.setString(2, name);
            statement.executeUpdate();
        }
    }
}

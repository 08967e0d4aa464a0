package io.partnercentral.selling.store.postgresql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Rolling budgets counted as exact sliding windows: a row per counted call with its time, and per
 * budget a row holding the number of calls still in the window. Counting locks the budget's row, drops
 * the calls that have left the window, and counts the new one only while the budget has room, so
 * processes counting at once never overspend it.
 */
final class SqlWindows {
    private final Jdbc jdbc;
    private final String lock;
    private final String expire;
    private final String record;
    private final String store;
    private final String oldest;

    SqlWindows(Jdbc jdbc, PostgresSchema schema) {
        this.jdbc = jdbc;
        String windows = schema.windowsTable();
        String calls = schema.windowCallsTable();
        this.lock = "INSERT INTO " + windows + " AS w (name, calls) VALUES (?, 0)"
                + " ON CONFLICT (name) DO UPDATE SET calls = w.calls RETURNING calls";
        this.expire = "DELETE FROM " + calls + " WHERE name = ? AND at_micros <= ?";
        this.record = "INSERT INTO " + calls + " (name, at_micros) VALUES (?, ?)";
        this.store = "UPDATE " + windows + " SET calls = ? WHERE name = ?";
        this.oldest = "SELECT min(at_micros) FROM " + calls + " WHERE name = ?";
    }

    /**
     * Counts one call against {@code name} at {@code nowMicros} if fewer than {@code limit} calls were
     * counted in the window {@code (nowMicros - windowMicros, nowMicros]}; returns 0 if it was counted,
     * else the microseconds until the oldest counted call leaves the window (nothing counted).
     */
    long tryCount(String name, long limit, long windowMicros, long nowMicros) {
        return jdbc.inTransaction("count against a rolling budget", connection -> {
            long inWindow;
            try (PreparedStatement statement = connection.prepareStatement(lock)) {
                statement.setString(1, name);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    inWindow = rows.getLong(1);
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(expire)) {
                statement.setString(1, name);
                statement.setLong(2, nowMicros - windowMicros);
                inWindow -= statement.executeUpdate();
            }
            long wait = 0;
            if (inWindow < limit) {
                try (PreparedStatement statement = connection.prepareStatement(record)) {
                    statement.setString(1, name);
                    statement.setLong(2, nowMicros);
                    statement.executeUpdate();
                }
                inWindow++;
            } else {
                try (PreparedStatement statement = connection.prepareStatement(oldest)) {
                    statement.setString(1, name);
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        wait = Math.max(1, rows.getLong(1) + windowMicros - nowMicros);
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(store)) {
                statement.setLong(1, inWindow);
                statement.setString(2, name);
                statement.executeUpdate();
            }
            return wait;
        });
    }
}

package io.partnercentral.selling.store.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Deletes a table's expired rows now and then (every {@value #EVERY}th write), a batch at a time, so
 * the tables stay the size of what is live. An expired row already behaves as an absent one: sweeping
 * only saves space. The expiry is checked again on the row being deleted, so a row taken over since
 * the batch was chosen stays.
 */
final class Sweeper {
    private static final int EVERY = 256;
    private static final int BATCH = 1_000;

    private final String sweep;
    private final AtomicInteger writes = new AtomicInteger();

    Sweeper(String table) {
        this.sweep = "DELETE FROM " + table + " WHERE expires_micros <= " + Jdbc.NOW_MICROS
                + " AND key IN (SELECT key FROM " + table + " WHERE expires_micros <= " + Jdbc.NOW_MICROS
                + " LIMIT " + BATCH + ")";
    }

    void sweepNowAndThen(Jdbc jdbc, Connection connection) throws SQLException {
        if (writes.incrementAndGet() % EVERY != 0) {
            return;
        }
        try (PreparedStatement statement = jdbc.prepare(connection, sweep)) {
            statement.executeUpdate();
        }
    }
}

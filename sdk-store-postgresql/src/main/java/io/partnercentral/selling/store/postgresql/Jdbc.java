package io.partnercentral.selling.store.postgresql;

import io.partnercentral.selling.exception.CoordinationStoreException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * Runs units of work in transactions on connections of the user's data source, each statement bounded
 * by the store's operation timeout, and turns every SQL failure into a {@link CoordinationStoreException}.
 */
final class Jdbc {
    /** The database's clock in microseconds since the epoch, read anew at each evaluation. */
    static final String NOW_MICROS = "(EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::BIGINT";

    /** SQLSTATE of a serialization failure or deadlock: the transaction can simply run again. */
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";
    private static final int ATTEMPTS = 5;
    /** Keys longer than this (in UTF-8 bytes) are stored by digest: a B-tree entry holds about 2.7 kB. */
    private static final int LONGEST_PLAIN_KEY = 512;

    /** A unit of work on one connection. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final int timeoutSeconds;
    private final String description;

    Jdbc(DataSource dataSource, int timeoutSeconds, String description) {
        this.dataSource = dataSource;
        this.timeoutSeconds = timeoutSeconds;
        this.description = description;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /**
     * The primary key a caller's key is stored under: the key itself, or past {@value #LONGEST_PLAIN_KEY}
     * bytes of UTF-8 its SHA-256 digest (hex, after {@code #sha256:}), which no key the SDK makes looks like.
     */
    static String rowKey(String key) {
        byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= LONGEST_PLAIN_KEY) {
            return key;
        }
        try {
            return "#sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Prepares {@code sql} with the store's operation timeout. */
    PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setQueryTimeout(timeoutSeconds);
        return statement;
    }

    /**
     * Runs {@code work} in one transaction and commits it; a serialization failure or deadlock runs it
     * again (a few times), any other failure becomes a {@link CoordinationStoreException} saying it
     * could not {@code what}.
     */
    <T> T inTransaction(String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(connection, e);
                    throw e;
                } finally {
                    restore(connection, autoCommit);
                }
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && (SERIALIZATION_FAILURE.equals(e.getSQLState()) || DEADLOCK.equals(e.getSQLState()))) {
                    continue;
                }
                throw failure(what, e);
            }
        }
    }

    /** The exception for a failure to {@code what}: names the store and the SQLSTATE, never a key or value. */
    CoordinationStoreException failure(String what, Exception cause) {
        String state = "";
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                state = " (SQLSTATE " + sql.getSQLState() + ")";
                break;
            }
        }
        return new CoordinationStoreException(description + ": could not " + what + state, cause);
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private static void restore(Connection connection, boolean autoCommit) {
        try {
            if (!connection.isClosed()) {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException ignored) {
            // a broken connection: the pool discards it
        }
    }
}

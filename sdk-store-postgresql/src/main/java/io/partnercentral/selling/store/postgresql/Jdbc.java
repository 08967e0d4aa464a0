package io.partnercentral.selling.store.postgresql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.BiFunction;
import javax.sql.DataSource;

/** Runs one unit of work in a transaction on a connection of the user's data source. */
final class Jdbc {
    /** SQLSTATE of a serialization failure or deadlock: the transaction can simply run again. */
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";
    private static final int ATTEMPTS = 5;

    /** A unit of work on one connection. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final BiFunction<String, SQLException, RuntimeException> translator;

    Jdbc(DataSource dataSource, BiFunction<String, SQLException, RuntimeException> translator) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.translator = translator;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs {@code work} in one transaction and commits it; a serialization failure or deadlock runs it
     * again (a few times), any other SQL failure becomes {@code translator}'s exception for {@code what}.
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
                throw translator.apply(what, e);
            }
        }
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

package io.partnercentral.selling.store.postgresql;

import java.sql.Statement;

/** Creates the store's tables if missing, once per database at a time (a transaction-scoped advisory lock). */
final class SchemaInstaller {
    /** The advisory lock key that serializes schema creation: "pcs-ddl" in ASCII. */
    private static final long DDL_LOCK = 0x7063732d64646cL;

    private SchemaInstaller() {
    }

    static void install(Jdbc jdbc, PostgresSchema schema) {
        jdbc.inTransaction("create the store's tables", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + DDL_LOCK + ")");
                for (String ddl : schema.ddl()) {
                    statement.execute(ddl);
                }
            }
            return null;
        });
    }
}

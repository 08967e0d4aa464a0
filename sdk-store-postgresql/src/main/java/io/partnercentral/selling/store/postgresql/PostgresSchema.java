package io.partnercentral.selling.store.postgresql;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tables of a {@link PostgresCoordinationStore}, all named with one prefix (default
 * {@value #DEFAULT_PREFIX}; a schema-qualified prefix such as {@code "sdk.pcs_"} puts them in a schema
 * of their own).
 *
 * <p>The store creates them when it starts, idempotently ({@code CREATE TABLE IF NOT EXISTS} under a
 * transaction-scoped advisory lock, so processes starting together do not race). A database whose
 * application user may not create tables gets them from a DBA instead, who runs {@link #ddl()} once and
 * starts the stores with {@code createSchema(false)}.
 *
 * <pre>{@code
 * for (String statement : PostgresSchema.withPrefix("pcs_").ddl()) {
 *     System.out.println(statement + ";");
 * }
 * }</pre>
 */
public final class PostgresSchema {
    /** The table name prefix used unless another is given. */
    public static final String DEFAULT_PREFIX = "partnercentral_";
    private static final Pattern PREFIX = Pattern.compile("([a-z_][a-z0-9_]*\\.)?[a-z_][a-z0-9_]*");

    private final String prefix;

    private PostgresSchema(String prefix) {
        this.prefix = prefix;
    }

    /** The tables named with {@link #DEFAULT_PREFIX}. */
    public static PostgresSchema defaults() {
        return new PostgresSchema(DEFAULT_PREFIX);
    }

    /**
     * The tables named with {@code prefix}: lower-case letters, digits and underscores, optionally after
     * a schema name and a dot.
     *
     * @throws IllegalArgumentException if the prefix is not of that form (it is spliced into SQL)
     */
    public static PostgresSchema withPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches() || prefix.length() > 40) {
            throw new IllegalArgumentException("table prefix must match " + PREFIX.pattern() + " (at most 40 characters)");
        }
        return new PostgresSchema(prefix);
    }

    /** The prefix every table name starts with. */
    public String prefix() {
        return prefix;
    }

    /** Bucket4j's table: one row per quota bucket, its token-bucket state serialized by Bucket4j. */
    public String bucketsTable() {
        return prefix + "buckets";
    }

    /** One row per rolling 24-hour budget: the count of calls in the window, locked while counting. */
    public String windowsTable() {
        return prefix + "windows";
    }

    /** One row per call counted against a rolling budget, dropped once out of the window. */
    public String windowCallsTable() {
        return prefix + "window_calls";
    }

    /** One row per held lease: its holder, its fencing token and when it expires. */
    public String leasesTable() {
        return prefix + "leases";
    }

    /** One row per idempotency key: the reserving owner, and the outcome once recorded. */
    public String reservationsTable() {
        return prefix + "reservations";
    }

    /** One row per event already handled, kept until it expires. */
    public String seenTable() {
        return prefix + "seen_events";
    }

    /** The statements that create the tables and indexes when they do not exist, in order. */
    public List<String> ddl() {
        String schema = prefix.contains(".") ? prefix.substring(0, prefix.indexOf('.')) : null;
        List<String> tables = List.of(
                "CREATE TABLE IF NOT EXISTS " + bucketsTable()
                        + " (id VARCHAR(200) PRIMARY KEY, state BYTEA)",
                "CREATE TABLE IF NOT EXISTS " + windowsTable()
                        + " (name VARCHAR(200) PRIMARY KEY, calls BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + windowCallsTable()
                        + " (id BIGSERIAL PRIMARY KEY, name VARCHAR(200) NOT NULL, at_micros BIGINT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + bare(windowCallsTable()) + "_by_time ON " + windowCallsTable()
                        + " (name, at_micros)",
                "CREATE TABLE IF NOT EXISTS " + leasesTable()
                        + " (name VARCHAR(300) PRIMARY KEY, owner VARCHAR(200) NOT NULL, token BIGINT NOT NULL,"
                        + " expires_micros BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + reservationsTable()
                        + " (key VARCHAR(300) PRIMARY KEY, owner VARCHAR(200) NOT NULL, outcome TEXT,"
                        + " expires_micros BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + seenTable()
                        + " (key VARCHAR(300) PRIMARY KEY, owner VARCHAR(200) NOT NULL, expires_micros BIGINT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + bare(seenTable()) + "_by_expiry ON " + seenTable() + " (expires_micros)");
        return schema == null ? tables
                : Stream.concat(Stream.of("CREATE SCHEMA IF NOT EXISTS " + schema),
                        tables.stream()).toList();
    }

    private static String bare(String table) {
        return table.substring(table.indexOf('.') + 1);
    }

    @Override
    public String toString() {
        return "PostgresSchema{prefix=" + prefix + "}";
    }
}

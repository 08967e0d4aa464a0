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

    /** {@return the tables named with {@link #DEFAULT_PREFIX}} */
    public static PostgresSchema defaults() {
        return new PostgresSchema(DEFAULT_PREFIX);
    }

    /**
     * The tables named with {@code prefix}: lower-case letters, digits and underscores, optionally after
     * a schema name and a dot.
     *
     * @param prefix the prefix, at most 40 characters
     * @return the tables
     * @throws IllegalArgumentException if the prefix is not of that form (it is spliced into SQL)
     */
    public static PostgresSchema withPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches() || prefix.length() > 40) {
            throw new IllegalArgumentException("table prefix must match " + PREFIX.pattern() + " (at most 40 characters)");
        }
        return new PostgresSchema(prefix);
    }

    /** {@return the prefix every table name starts with} */
    public String prefix() {
        return prefix;
    }

    /** {@return the name of Bucket4j's table, with one row per quota bucket, its token-bucket state serialized by Bucket4j} */
    public String bucketsTable() {
        return prefix + "buckets";
    }

    /** {@return the name of the table with one row per rolling 24-hour budget: the count of calls in the window, locked while counting} */
    public String windowsTable() {
        return prefix + "windows";
    }

    /** {@return the name of the table with one row per call counted against a rolling budget, dropped once out of the window} */
    public String windowCallsTable() {
        return prefix + "window_calls";
    }

    /** {@return the name of the table with one row per held lease: its owner token and when it expires} */
    public String leasesTable() {
        return prefix + "leases";
    }

    /** {@return the name of the table with one row per idempotency key: the reserving owner, the outcome once recorded, and when it expires} */
    public String reservationsTable() {
        return prefix + "reservations";
    }

    /** {@return the name of the table with one row per event already handled, kept until it expires} */
    public String seenTable() {
        return prefix + "seen_events";
    }

    /** {@return the name of the table with one row per reconciler: the watermark of its last completed poll, to the nanosecond} */
    public String watermarksTable() {
        return prefix + "watermarks";
    }

    /** {@return the statements that create the tables and indexes when they do not exist, in order} */
    public List<String> ddl() {
        String schema = prefix.contains(".") ? prefix.substring(0, prefix.indexOf('.')) : null;
        List<String> tables = List.of(
                "CREATE TABLE IF NOT EXISTS " + bucketsTable() + " (id TEXT PRIMARY KEY, state BYTEA)",
                "CREATE TABLE IF NOT EXISTS " + windowsTable() + " (name TEXT PRIMARY KEY, calls BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + windowCallsTable()
                        + " (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, at_micros BIGINT NOT NULL)",
                index(windowCallsTable(), "by_time", "name, at_micros"),
                "CREATE TABLE IF NOT EXISTS " + leasesTable()
                        + " (key TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_micros BIGINT NOT NULL)",
                index(leasesTable(), "by_expiry", "expires_micros"),
                "CREATE TABLE IF NOT EXISTS " + reservationsTable()
                        + " (key TEXT PRIMARY KEY, owner TEXT NOT NULL, outcome TEXT, expires_micros BIGINT NOT NULL)",
                index(reservationsTable(), "by_expiry", "expires_micros"),
                "CREATE TABLE IF NOT EXISTS " + seenTable() + " (key TEXT PRIMARY KEY, expires_micros BIGINT NOT NULL)",
                index(seenTable(), "by_expiry", "expires_micros"),
                "CREATE TABLE IF NOT EXISTS " + watermarksTable()
                        + " (name TEXT PRIMARY KEY, epoch_second BIGINT NOT NULL, nano INTEGER NOT NULL)");
        return schema == null ? tables
                : Stream.concat(Stream.of("CREATE SCHEMA IF NOT EXISTS " + schema),
                        tables.stream()).toList();
    }

    private static String index(String table, String suffix, String columns) {
        return "CREATE INDEX IF NOT EXISTS " + table.substring(table.indexOf('.') + 1) + "_" + suffix
                + " ON " + table + " (" + columns + ")";
    }

    @Override
    public String toString() {
        return "PostgresSchema{prefix=" + prefix + "}";
    }
}

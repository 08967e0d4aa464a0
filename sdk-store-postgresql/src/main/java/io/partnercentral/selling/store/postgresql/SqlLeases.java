package io.partnercentral.selling.store.postgresql;

import static io.partnercentral.selling.store.postgresql.Jdbc.NOW_MICROS;

import io.partnercentral.selling.store.postgresql.ExpiringRows.Column;
import io.partnercentral.selling.store.postgresql.ExpiringRows.RowKey;
import java.time.Duration;
import java.util.List;

/**
 * Leases in a table: a row per key with its owner token and expiry, on the database's clock, claimed as
 * {@link ExpiringRows} claims (of any number of contenders exactly one gets a free or expired lease). A
 * lease lives in the table, not in a session: it survives a pooled connection's reuse and a restart of
 * the server, and the lease of a holder that died is free once it expires.
 */
final class SqlLeases {
    private final ExpiringRows rows;
    private final String renew;
    private final String held;
    private final String release;

    SqlLeases(Jdbc jdbc, PostgresSchema schema) {
        String table = schema.leasesTable();
        this.rows = new ExpiringRows(jdbc, table, List.of(new Column("owner", "?")));
        this.renew = "UPDATE " + table + " SET expires_micros = " + NOW_MICROS + " + ?"
                + " WHERE key = ? AND owner = ? AND expires_micros > " + NOW_MICROS;
        this.held = "SELECT 1 FROM " + table + " WHERE key = ? AND owner = ? AND expires_micros > " + NOW_MICROS;
        this.release = "DELETE FROM " + table + " WHERE key = ? AND owner = ?";
    }

    /** Takes the lease on {@code key} for {@code owner} for {@code ttl} if it is free or expired; false if held. */
    boolean tryAcquire(String key, String owner, Duration ttl) {
        return rows.claim("take a lease", key, ttl, owner);
    }

    /** Extends {@code owner}'s unexpired lease to {@code ttl} from now; false if it expired or was taken. */
    boolean renew(String key, String owner, Duration ttl) {
        return rows.update("renew a lease", renew, ttl, new RowKey(key), owner);
    }

    /** Whether {@code owner} still holds the lease on {@code key}. */
    boolean held(String key, String owner) {
        return rows.exists("check a lease", held, new RowKey(key), owner);
    }

    /** Deletes the lease on {@code key} if it is {@code owner}'s (expired or not: either way no one else's). */
    void release(String key, String owner) {
        rows.update("release a lease", release, new RowKey(key), owner);
    }
}

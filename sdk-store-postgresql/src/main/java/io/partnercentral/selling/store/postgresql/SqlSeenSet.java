package io.partnercentral.selling.store.postgresql;

import java.time.Duration;
import java.util.List;

/**
 * The events already seen, each kept for its retention: marking one claims its key as
 * {@link ExpiringRows} claims (an insert under the primary key, or the take-over of an expired mark), so
 * of the processes receiving one event exactly one sees it first.
 */
final class SqlSeenSet {
    private final ExpiringRows rows;

    SqlSeenSet(Jdbc jdbc, PostgresSchema schema) {
        this.rows = new ExpiringRows(jdbc, schema.seenTable(), List.of());
    }

    /** The row's key of {@code id} in {@code namespace}: the namespace's length first, so no two pairs make one key. */
    static String key(String namespace, String id) {
        return namespace.length() + ":" + namespace + id;
    }

    boolean markSeen(String namespace, String id, Duration retention) {
        return rows.claim("mark an event seen", key(namespace, id), retention);
    }
}

package io.partnercentral.selling.store.postgresql;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Duration;
import java.util.Optional;

/**
 * Paced slots through Bucket4j's PostgreSQL proxy manager ({@code SELECT ... FOR UPDATE} on the
 * bucket's row, the state serialized by Bucket4j): each bucket holds one token refilled once per
 * interval, and a caller reserves the next token, going into debt when none is there, so callers in
 * every process get send times at least one interval apart, the first after an idle spell at once.
 *
 * <p>Bucket4j computes the bucket's state on the calling host's clock (milliseconds since the epoch):
 * the hosts sharing a store must keep their clocks synchronized (NTP) well within the pacer's margin.
 *
 * <p>A bucket's row is keyed by its name and its interval: every process passes the same interval, and
 * when a new release or a raised quota changes it, the new interval takes effect at once in a row of its
 * own instead of being overruled by the one stored first (during a rolling deploy the two intervals
 * pace apart for a moment; the service's throttling and the SDK's back-off cover that).
 */
final class SqlPacer {
    private final Jdbc jdbc;
    private final ProxyManager<String> proxies;

    SqlPacer(Jdbc jdbc, PostgresSchema schema, Duration operationTimeout) {
        this.jdbc = jdbc;
        this.proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(jdbc.dataSource())
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(schema.bucketsTable())
                .idColumn("id")
                .stateColumn("state")
                .requestTimeout(operationTimeout)
                .build();
    }

    Optional<Duration> reserve(String bucketName, Duration interval, Duration maxWait) {
        String key = Jdbc.rowKey(bucketName + "@" + interval.toNanos() + "ns");
        BucketProxy bucket = proxies.builder().build(key, () -> BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(1).refillGreedy(1, interval))
                .build());
        long[] wait = {0};
        try {
            if (maxWait.isZero()) {
                return bucket.tryConsume(1) ? Optional.of(Duration.ZERO) : Optional.empty();
            }
            // Reserve without sleeping: the "blocking" strategy only records how long the caller must wait.
            boolean reserved = bucket.asBlocking().tryConsume(1, maxWait.toNanos(), nanos -> wait[0] = nanos);
            return reserved ? Optional.of(Duration.ofNanos(wait[0])) : Optional.empty();
        } catch (InterruptedException e) {
            throw new AssertionError("the recording strategy never blocks", e);
        } catch (BucketExceptions.BucketExecutionException e) {
            // Bucket4j's wrapper of the JDBC failure (a lost connection, a server shutting down), or its request timeout.
            throw jdbc.failure("reserve a paced slot", e);
        }
    }
}

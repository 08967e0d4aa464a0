package io.partnercentral.selling.store.postgresql;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BiFunction;
import javax.sql.DataSource;

/**
 * Paced slots through Bucket4j's PostgreSQL proxy manager ({@code SELECT ... FOR UPDATE} on the
 * bucket's row): each bucket holds one token refilled once per interval, and a caller reserves the
 * next token (going into debt when none is there), so callers in every process get send times at least
 * one interval apart, the first after an idle spell at once.
 *
 * <p>Processes configured with different intervals for one bucket converge on the longest (the
 * configuration's version is its interval, and Bucket4j replaces a stored configuration only by a
 * higher version), so no process can make the shared bucket faster than the slowest one asked for.
 */
final class SqlPacer {
    private final ProxyManager<String> proxies;
    private final BiFunction<String, SQLException, RuntimeException> translator;

    SqlPacer(DataSource dataSource, PostgresSchema schema, BiFunction<String, SQLException, RuntimeException> translator) {
        this.proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(schema.bucketsTable())
                .idColumn("id")
                .stateColumn("state")
                .build();
        this.translator = translator;
    }

    /**
     * Reserves the next slot of the bucket {@code name} paced at one call per {@code interval}; returns
     * how many nanoseconds the caller must wait before sending, or -1 if that would be longer than
     * {@code maxWaitNanos} (then nothing is reserved).
     */
    long reserve(String name, Duration interval, long maxWaitNanos) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(1).refillGreedy(1, interval))
                .build();
        BucketProxy bucket = proxies.builder()
                .withImplicitConfigurationReplacement(interval.toNanos(), TokensInheritanceStrategy.AS_IS)
                .build(name, () -> configuration);
        long[] wait = {0};
        try {
            boolean reserved = bucket.asBlocking().tryConsume(1, maxWaitNanos, nanos -> wait[0] = nanos);
            return reserved ? wait[0] : -1;
        } catch (InterruptedException e) {
            throw new AssertionError("the recording strategy does not block", e);
        } catch (RuntimeException e) {
            SQLException cause = sqlCause(e);
            if (cause != null) {
                throw translator.apply("reserve a paced slot", cause);
            }
            throw e;
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}

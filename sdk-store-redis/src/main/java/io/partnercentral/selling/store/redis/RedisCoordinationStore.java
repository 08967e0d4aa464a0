package io.partnercentral.selling.store.redis;

import static io.partnercentral.selling.coordination.StoreChecks.requirePositive;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.partnercentral.selling.coordination.AbstractLease;
import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.coordination.Lease;
import io.partnercentral.selling.coordination.Reservation;
import io.partnercentral.selling.coordination.StoreChecks;
import io.partnercentral.selling.exception.CoordinationStoreException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A {@link CoordinationStore} on Redis (5 or newer; Debian's {@code redis-server} package), shared by
 * every process that connects to the same server with the same key prefix.
 *
 * <ul>
 *   <li><b>Paced slots:</b> one Bucket4j bucket per quota bucket (capacity 1, refilled once per
 *       interval, consumed with reservation) through Bucket4j's Lettuce proxy manager, which updates
 *       the bucket's state with compare-and-swap. Bucket4j computes on the callers' clocks
 *       ({@code System.currentTimeMillis}): the hosts sharing a store must keep their clocks in step
 *       (NTP) well within the pacing margin (2% of an interval, 20 ms for writes, by default).</li>
 *   <li><b>Rolling windows:</b> a sorted set per bucket of the counted calls' times, trimmed and counted
 *       in one Lua script on the server's clock ({@code TIME}).</li>
 *   <li><b>Leases and seen events:</b> {@code SET NX PX} with a random owner token; renew and release
 *       compare the owner in a Lua script.</li>
 *   <li><b>Reservations:</b> one string per key ({@code P}+owner while pending, {@code C}+result once
 *       completed) with its expiry, read and written in Lua scripts.</li>
 * </ul>
 *
 * <p>Commands are rejected at once while the connection is down (Lettuce reconnects in the
 * background) and time out after {@link Builder#operationTimeout}: either way the caller gets
 * {@link CoordinationStoreException}, and the next call after Redis is back goes through. Completed
 * reservations are what keeps a re-run from creating duplicates: run Redis with persistence
 * ({@code appendonly yes}) if a restart must not forget them.
 *
 * <pre>{@code
 * try (RedisCoordinationStore store = RedisCoordinationStore.builder()
 *         .uri("redis://redis.internal:6379")
 *         .keyPrefix("pcs:123456789012:")   // one prefix per partner account on a shared server
 *         .build();
 *      PartnerCentralSelling selling = PartnerCentralSelling.builder().coordination(store).build()) {
 *     selling.opportunities().createAll(records, BulkOptions.defaults());
 * }
 * }</pre>
 *
 * <p>Thread-safe: one multiplexed connection serves every thread.
 */
public final class RedisCoordinationStore implements CoordinationStore {
    /** Trims the window, then counts the call if there is room: {1, 0} or {0, micros until the oldest leaves}. */
    private static final String COUNT_IN_WINDOW = String.join("\n",
            "local t = redis.call('TIME')",
            "local now = tonumber(t[1]) * 1000000 + tonumber(t[2])",
            "local window = tonumber(ARGV[2])",
            "redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)",
            "if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then",
            "  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')",
            "  return {0, tonumber(oldest[2]) + window - now}",
            "end",
            "redis.call('ZADD', KEYS[1], now, ARGV[3])",
            "redis.call('PEXPIRE', KEYS[1], math.floor(window / 1000) + 1000)",
            "return {1, 0}");
    /** Counts the window's entries younger than the window, on the server's clock; changes nothing. */
    private static final String COUNTED_IN_WINDOW = String.join("\n",
            "local t = redis.call('TIME')",
            "local now = tonumber(t[1]) * 1000000 + tonumber(t[2])",
            "return redis.call('ZCOUNT', KEYS[1], string.format('(%.0f', now - tonumber(ARGV[1])), '+inf')");
    /** Extends the lease if ARGV[1] owns it. */
    private static final String RENEW = String.join("\n",
            "if redis.call('GET', KEYS[1]) == ARGV[1] then",
            "  return redis.call('PEXPIRE', KEYS[1], ARGV[2])",
            "end",
            "return 0");
    /** Deletes the key if its value is ARGV[1] (a lease's owner, or 'P' + a pending reservation's owner). */
    private static final String DELETE_IF = String.join("\n",
            "if redis.call('GET', KEYS[1]) == ARGV[1] then",
            "  return redis.call('DEL', KEYS[1])",
            "end",
            "return 0");
    /** {'A'} acquired, {'C', result} completed, {'P', pttl} pending under another owner. */
    private static final String RESERVE = String.join("\n",
            "local v = redis.call('GET', KEYS[1])",
            "if not v then",
            "  redis.call('SET', KEYS[1], 'P' .. ARGV[1], 'PX', ARGV[2])",
            "  return {'A'}",
            "end",
            "if string.sub(v, 1, 1) == 'C' then",
            "  return {'C', string.sub(v, 2)}",
            "end",
            "return {'P', redis.call('PTTL', KEYS[1])}");
    /** Replaces 'P' + owner by 'C' + result with the retention as expiry. */
    private static final String COMPLETE = String.join("\n",
            "if redis.call('GET', KEYS[1]) == 'P' .. ARGV[1] then",
            "  redis.call('SET', KEYS[1], 'C' .. ARGV[2], 'PX', ARGV[3])",
            "  return 1",
            "end",
            "return 0");

    private final RedisClient client;
    private final StatefulRedisConnection<byte[], byte[]> connection;
    private final RedisCommands<byte[], byte[]> redis;
    private final LettuceBasedProxyManager<byte[]> buckets;
    private final Map<String, BucketProxy> bucketProxies = new ConcurrentHashMap<>();
    private final String prefix;
    private final String description;

    private RedisCoordinationStore(Builder builder) {
        RedisURI uri = RedisURI.create(builder.uri);
        uri.setTimeout(builder.operationTimeout);
        this.description = "redis://" + uri.getHost() + ":" + uri.getPort() + "/" + uri.getDatabase();
        this.prefix = builder.keyPrefix;
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                // Fail fast while disconnected instead of queueing: the caller gets a typed error now and
                // decides; Lettuce keeps reconnecting in the background.
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(builder.operationTimeout))
                .build());
        try {
            this.connection = client.connect(ByteArrayCodec.INSTANCE);
        } catch (RuntimeException e) {
            client.shutdown();
            throw new CoordinationStoreException("cannot connect to the coordination store " + description, e);
        }
        this.redis = connection.sync();
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /** {@return a builder; {@link Builder#uri} is required} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return a store on the Redis server at {@code uri} with the default settings}
     *
     * @param uri the server, e.g. {@code redis://localhost:6379}
     */
    public static RedisCoordinationStore connect(String uri) {
        return builder().uri(uri).build();
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public Optional<Duration> reserveSlot(String bucket, Duration interval, Duration maxWait) {
        requirePositive(interval, "interval");
        BucketProxy proxy = bucketProxies.computeIfAbsent(bucket + "\n" + interval.toNanos(), k -> buckets.builder()
                .build(key("slot", bucket), () -> BucketConfiguration.builder()
                        .addLimit(limit -> limit.capacity(1).refillGreedy(1, interval).initialTokens(1))
                        .build()));
        long[] wait = {0};
        boolean reserved = call("reserve a send slot", () -> {
            try {
                // Reserve-and-calculate-time-to-sleep on the server; the "sleep" only records the wait,
                // which the caller spends outside the store.
                return proxy.asBlocking().tryConsume(1, maxWait.toNanos(), nanos -> wait[0] = nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        });
        return reserved ? Optional.of(Duration.ofNanos(wait[0])) : Optional.empty();
    }

    @Override
    public WindowDecision countInWindow(String bucket, long limit, Duration window) {
        StoreChecks.requireLimit(limit);
        requirePositive(window, "window");
        List<Object> answer = call("count a call in its window", () -> redis.eval(COUNT_IN_WINDOW, ScriptOutputType.MULTI,
                keys(key("window", bucket)), bytes(Long.toString(limit)), bytes(Long.toString(micros(window))),
                bytes(UUID.randomUUID().toString())));
        if (((Long) answer.get(0)) == 1L) {
            return WindowDecision.allowed();
        }
        return WindowDecision.refused(Duration.ofNanos(Math.max(0, (Long) answer.get(1)) * 1000));
    }

    @Override
    public OptionalLong countedInWindow(String bucket, Duration window) {
        Long counted = call("read a window", () -> redis.eval(COUNTED_IN_WINDOW, ScriptOutputType.INTEGER,
                keys(key("window", bucket)), bytes(Long.toString(micros(window)))));
        return OptionalLong.of(counted);
    }

    @Override
    public Optional<Lease> tryLease(String key, Duration ttl) {
        requirePositive(ttl, "ttl");
        String owner = UUID.randomUUID().toString();
        byte[] redisKey = key("lease", key);
        String set = call("take a lease", () -> redis.set(redisKey, bytes(owner), SetArgs.Builder.nx().px(ttl.toMillis())));
        return "OK".equals(set) ? Optional.of(new RedisLease(key, redisKey, owner)) : Optional.empty();
    }

    @Override
    public Reservation reserve(String key, String owner, Duration ttl) {
        requirePositive(ttl, "ttl");
        List<Object> answer = call("reserve an idempotency key", () -> redis.eval(RESERVE, ScriptOutputType.MULTI,
                keys(key("reservation", key)), bytes(owner), bytes(Long.toString(ttl.toMillis()))));
        String kind = string(answer.get(0));
        switch (kind) {
            case "A":
                return new Reservation.Acquired();
            case "C":
                return new Reservation.Completed(string(answer.get(1)));
            default:
                return new Reservation.Pending(Duration.ofMillis(Math.max(0, (Long) answer.get(1))));
        }
    }

    @Override
    public boolean complete(String key, String owner, String result, Duration retention) {
        Objects.requireNonNull(result, "result");
        requirePositive(retention, "retention");
        Long done = call("complete a reservation", () -> redis.eval(COMPLETE, ScriptOutputType.INTEGER,
                keys(key("reservation", key)), bytes(owner), bytes(result), bytes(Long.toString(retention.toMillis()))));
        return done == 1L;
    }

    @Override
    public void release(String key, String owner) {
        call("release a reservation", () -> redis.eval(DELETE_IF, ScriptOutputType.INTEGER,
                keys(key("reservation", key)), bytes("P" + owner)));
    }

    @Override
    public boolean markSeen(String namespace, String id, Duration retention) {
        requirePositive(retention, "retention");
        byte[] redisKey = key("seen", namespace.length() + ":" + namespace + ":" + id);
        String set = call("mark an event seen", () -> redis.set(redisKey, new byte[] {'1'},
                SetArgs.Builder.nx().px(retention.toMillis())));
        return "OK".equals(set);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } finally {
            client.shutdown();
        }
    }

    @Override
    public String toString() {
        return "RedisCoordinationStore{" + description + "}";
    }

    private <T> T call(String what, Supplier<T> command) {
        try {
            return command.get();
        } catch (RuntimeException e) {
            // Lettuce's RedisException family (connection refused or lost, command timed out) and
            // Bucket4j's wrappers of them: the store did not answer, whatever the cause.
            throw new CoordinationStoreException("the coordination store " + description + " did not answer (" + what
                    + "): " + e.getClass().getSimpleName(), e);
        }
    }

    private byte[] key(String kind, String name) {
        return bytes(prefix + kind + ":" + name);
    }

    @SuppressWarnings("unchecked")
    private static byte[][] keys(byte[] key) {
        return new byte[][] {key};
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String string(Object value) {
        return new String((byte[]) value, StandardCharsets.UTF_8);
    }

    private static long micros(Duration d) {
        return d.toNanos() / 1000;
    }

    private final class RedisLease extends AbstractLease {
        private final byte[] redisKey;

        RedisLease(String key, byte[] redisKey, String owner) {
            super(key, owner);
            this.redisKey = redisKey;
        }

        @Override
        protected boolean renewInStore(Duration ttl) {
            Long renewed = call("renew a lease", () -> redis.eval(RENEW, ScriptOutputType.INTEGER, keys(redisKey),
                    bytes(owner()), bytes(Long.toString(ttl.toMillis()))));
            return renewed == 1L;
        }

        @Override
        public boolean held() {
            byte[] value = call("read a lease", () -> redis.get(redisKey));
            return value != null && owner().equals(new String(value, StandardCharsets.UTF_8));
        }

        @Override
        protected void releaseInStore() {
            call("release a lease", () -> redis.eval(DELETE_IF, ScriptOutputType.INTEGER, keys(redisKey), bytes(owner())));
        }
    }

    /** Settings of a {@link RedisCoordinationStore}. */
    public static final class Builder {
        private String uri;
        private String keyPrefix = "partnercentral:";
        private Duration operationTimeout = Duration.ofSeconds(2);

        private Builder() {}

        /**
         * The server, as a Redis URI: {@code redis://[password@]host[:port][/database]}, or {@code rediss://} for TLS.
         *
         * @param uri the URI
         * @return this builder
         */
        public Builder uri(String uri) {
            this.uri = Objects.requireNonNull(uri, "uri");
            return this;
        }

        /**
         * Put in front of every key; default {@code partnercentral:}. Use one prefix per partner account.
         *
         * @param keyPrefix the prefix
         * @return this builder
         */
        public Builder keyPrefix(String keyPrefix) {
            this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
            return this;
        }

        /**
         * How long one command may take before the call fails with {@link CoordinationStoreException}; default 2 s.
         *
         * @param timeout the limit, positive
         * @return this builder
         */
        public Builder operationTimeout(Duration timeout) {
            requirePositive(timeout, "operationTimeout");
            this.operationTimeout = timeout;
            return this;
        }

        /**
         * Connects.
         *
         * @return the connected store
         * @throws CoordinationStoreException if the server cannot be reached
         */
        public RedisCoordinationStore build() {
            if (uri == null) {
                throw new IllegalStateException("uri is required");
            }
            return new RedisCoordinationStore(this);
        }
    }
}

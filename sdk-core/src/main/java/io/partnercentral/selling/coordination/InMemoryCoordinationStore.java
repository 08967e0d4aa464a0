package io.partnercentral.selling.coordination;

import static io.partnercentral.selling.coordination.StoreChecks.requirePositive;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * The {@link CoordinationStore} the SDK uses by default: state in this JVM's memory, one lock for all
 * of it (every operation is a few map updates), times on one monotonic clock. It coordinates the
 * threads of every facade built with the same instance, and nothing outside this JVM.
 *
 * <p>Window entries are kept one per counted call, so a 24-hour budget of 10,000 costs at most 10,000
 * longs per bucket. Expired leases, reservations and seen ids are swept as later calls pass by.
 */
public final class InMemoryCoordinationStore implements CoordinationStore {
    private final LongSupplier nanoTime;
    private final Map<String, Long> lastSlot = new HashMap<>();
    private final Map<String, ArrayDeque<Long>> windows = new HashMap<>();
    private final Map<String, Entry> leases = new HashMap<>();
    private final Map<String, Entry> reservations = new HashMap<>();
    private final Map<String, Long> seen = new HashMap<>();
    private int operations;

    /** A store on {@link System#nanoTime()}. */
    public InMemoryCoordinationStore() {
        this(System::nanoTime);
    }

    /**
     * A store on {@code nanoTime}.
     *
     * @param nanoTime a monotonic clock in nanoseconds (e.g. a test's fake clock)
     */
    public InMemoryCoordinationStore(LongSupplier nanoTime) {
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** An owner's entry, or a completed result when {@code result} is set; gone at {@code expiresAt}. */
    private record Entry(String owner, String result, long expiresAt) {}

    @Override
    public String describe() {
        return "in-memory";
    }

    @Override
    public synchronized Optional<Duration> reserveSlot(String bucket, Duration interval, Duration maxWait) {
        requirePositive(interval, "interval");
        long now = nanoTime.getAsLong();
        Long last = lastSlot.get(bucket);
        long slot = last == null ? now : Math.max(now, last + interval.toNanos());
        if (slot - now > maxWait.toNanos()) {
            return Optional.empty();
        }
        lastSlot.put(bucket, slot);
        return Optional.of(Duration.ofNanos(slot - now));
    }

    @Override
    public synchronized WindowDecision countInWindow(String bucket, long limit, Duration window) {
        StoreChecks.requireLimit(limit);
        requirePositive(window, "window");
        long now = nanoTime.getAsLong();
        ArrayDeque<Long> times = windows.computeIfAbsent(bucket, b -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() >= window.toNanos()) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            return WindowDecision.refused(Duration.ofNanos(times.peekFirst() + window.toNanos() - now));
        }
        times.addLast(now);
        return WindowDecision.allowed();
    }

    @Override
    public synchronized OptionalLong countedInWindow(String bucket, Duration window) {
        long now = nanoTime.getAsLong();
        ArrayDeque<Long> times = windows.get(bucket);
        long counted = 0;
        if (times != null) {
            for (long time : times) {
                if (now - time < window.toNanos()) {
                    counted++;
                }
            }
        }
        return OptionalLong.of(counted);
    }

    @Override
    public synchronized Optional<Lease> tryLease(String key, Duration ttl) {
        requirePositive(ttl, "ttl");
        long now = tick();
        Entry current = live(leases, key, now);
        if (current != null) {
            return Optional.empty();
        }
        String owner = UUID.randomUUID().toString();
        leases.put(key, new Entry(owner, null, now + ttl.toNanos()));
        return Optional.of(new MemoryLease(key, owner));
    }

    @Override
    public synchronized Reservation reserve(String key, String owner, Duration ttl) {
        requirePositive(ttl, "ttl");
        long now = tick();
        Entry current = live(reservations, key, now);
        if (current == null) {
            reservations.put(key, new Entry(Objects.requireNonNull(owner, "owner"), null, now + ttl.toNanos()));
            return new Reservation.Acquired();
        }
        if (current.result() != null) {
            return new Reservation.Completed(current.result());
        }
        return new Reservation.Pending(Duration.ofNanos(current.expiresAt() - now));
    }

    @Override
    public synchronized boolean complete(String key, String owner, String result, Duration retention) {
        Objects.requireNonNull(result, "result");
        requirePositive(retention, "retention");
        long now = tick();
        Entry current = live(reservations, key, now);
        if (current == null || current.result() != null || !current.owner().equals(owner)) {
            return false;
        }
        reservations.put(key, new Entry(owner, result, now + retention.toNanos()));
        return true;
    }

    @Override
    public synchronized void release(String key, String owner) {
        Entry current = live(reservations, key, tick());
        if (current != null && current.result() == null && current.owner().equals(owner)) {
            reservations.remove(key);
        }
    }

    @Override
    public synchronized boolean markSeen(String namespace, String id, Duration retention) {
        requirePositive(retention, "retention");
        long now = tick();
        String key = namespace + "\n" + id;
        Long expiresAt = seen.get(key);
        if (expiresAt != null && expiresAt - now > 0) {
            return false;
        }
        seen.put(key, now + retention.toNanos());
        return true;
    }

    @Override
    public void close() {
        // Nothing to release: the state goes with the instance.
    }

    /** The clock, sweeping expired entries every so often so the maps do not grow without bound. */
    private long tick() {
        long now = nanoTime.getAsLong();
        if (++operations % 1024 == 0) {
            leases.values().removeIf(e -> e.expiresAt() - now <= 0);
            reservations.values().removeIf(e -> e.expiresAt() - now <= 0);
            seen.values().removeIf(expiresAt -> expiresAt - now <= 0);
            for (Iterator<ArrayDeque<Long>> it = windows.values().iterator(); it.hasNext(); ) {
                if (it.next().isEmpty()) {
                    it.remove();
                }
            }
        }
        return now;
    }

    private static Entry live(Map<String, Entry> map, String key, long now) {
        Entry entry = map.get(Objects.requireNonNull(key, "key"));
        if (entry != null && entry.expiresAt() - now <= 0) {
            map.remove(key);
            return null;
        }
        return entry;
    }

    private final class MemoryLease extends AbstractLease {
        MemoryLease(String key, String owner) {
            super(key, owner);
        }

        @Override
        protected boolean renewInStore(Duration ttl) {
            synchronized (InMemoryCoordinationStore.this) {
                long now = tick();
                Entry current = live(leases, key(), now);
                if (current == null || !current.owner().equals(owner())) {
                    return false;
                }
                leases.put(key(), new Entry(owner(), null, now + ttl.toNanos()));
                return true;
            }
        }

        @Override
        public boolean held() {
            synchronized (InMemoryCoordinationStore.this) {
                Entry current = live(leases, key(), tick());
                return current != null && current.owner().equals(owner());
            }
        }

        @Override
        protected void releaseInStore() {
            synchronized (InMemoryCoordinationStore.this) {
                Entry current = live(leases, key(), tick());
                if (current != null && current.owner().equals(owner())) {
                    leases.remove(key());
                }
            }
        }
    }
}

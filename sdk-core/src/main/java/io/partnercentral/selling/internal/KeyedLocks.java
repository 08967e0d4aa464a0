package io.partnercentral.selling.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Internal API: one reentrant lock per key, held only while someone uses it, so the table never
 * grows past the number of keys in use at once.
 *
 * <p>The opportunity writes take it per opportunity: while one thread's write is between its read
 * and the check of a lost answer, no other thread of this JVM can write the same opportunity, so an
 * opportunity found equal to what was sent is known to hold this thread's write, not a twin's.
 */
final class KeyedLocks {
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        /** Guarded by the map's per-key atomicity (compute), not by {@link #lock}. */
        int users;
    }

    <T> T withLock(String key, Supplier<T> body) {
        Entry entry = entries.compute(key, (k, existing) -> {
            Entry e = existing == null ? new Entry() : existing;
            e.users++;
            return e;
        });
        entry.lock.lock();
        try {
            return body.get();
        } finally {
            entry.lock.unlock();
            entries.computeIfPresent(key, (k, e) -> --e.users == 0 ? null : e);
        }
    }

    /**
     * As {@link #withLock(String, Supplier)}, waiting at most {@code timeoutNanos} for the lock.
     *
     * @return the body's result, or {@code timedOut}'s exception thrown if the lock stayed taken
     * @throws InterruptedException if interrupted while waiting (the body did not run)
     */
    <T> T withLock(String key, long timeoutNanos, Supplier<T> body, Supplier<? extends RuntimeException> timedOut)
            throws InterruptedException {
        Entry entry = entries.compute(key, (k, existing) -> {
            Entry e = existing == null ? new Entry() : existing;
            e.users++;
            return e;
        });
        try {
            if (!entry.lock.tryLock(Math.max(0, timeoutNanos), TimeUnit.NANOSECONDS)) {
                throw timedOut.get();
            }
            try {
                return body.get();
            } finally {
                entry.lock.unlock();
            }
        } finally {
            entries.computeIfPresent(key, (k, e) -> --e.users == 0 ? null : e);
        }
    }

    /** Keys in use, for tests. */
    int size() {
        return entries.size();
    }
}

package io.partnercentral.selling.events;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The seen-set of the shipped stores: key to expiry (epoch millis), in insertion order, which with
 * the reconciler's fixed retention is also expiry order. Not thread-safe; its stores lock around it.
 */
final class SeenSet {
    private final Clock clock;
    private final int max;
    private final LinkedHashMap<String, Long> entries = new LinkedHashMap<>();

    SeenSet(Clock clock, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxSeen must be at least 1");
        }
        this.clock = clock;
        this.max = max;
    }

    boolean contains(String key) {
        Long expiry = entries.get(checkKey(key));
        return expiry != null && expiry > clock.millis();
    }

    /** Adds the key unless present and unexpired; returns its expiry when added, else null. */
    Long add(String key, Duration retention) {
        checkKey(key);
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
        long now = clock.millis();
        Long current = entries.get(key);
        if (current != null && current > now) {
            return null;
        }
        long expiry = saturatedAdd(now, retention);
        entries.remove(key);
        entries.put(key, expiry);
        purge(now);
        return expiry;
    }

    /** Puts a key read back from storage, keeping the bound; expired keys are skipped. */
    void restore(String key, long expiry) {
        if (expiry > clock.millis()) {
            entries.remove(key);
            entries.put(key, expiry);
            purge(clock.millis());
        }
    }

    int size() {
        return entries.size();
    }

    void forEach(BiConsumer<String, Long> action) {
        entries.forEach(action);
    }

    private void purge(long now) {
        Iterator<Map.Entry<String, Long>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Long> eldest = it.next();
            if (eldest.getValue() <= now || entries.size() > max) {
                it.remove();
            } else {
                break;
            }
        }
    }

    private static long saturatedAdd(long now, Duration retention) {
        try {
            return Math.addExact(now, retention.toMillis());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    static String checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 512) {
            throw new IllegalArgumentException("a seen key must have 1..512 characters");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new IllegalArgumentException("a seen key must be printable ASCII without spaces (index " + i + ")");
            }
        }
        return key;
    }
}

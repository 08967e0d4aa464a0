package io.partnercentral.selling.coordination;

import java.time.Duration;

/**
 * The argument checks of {@link CoordinationStore}'s methods, shared by the engines so that every engine
 * refuses the same arguments with the same message.
 *
 * <pre>{@code
 * public Optional<Lease> tryLease(String key, Duration ttl) {
 *     StoreChecks.requirePositive(ttl, "ttl");
 *     ...
 * }
 * }</pre>
 */
public final class StoreChecks {
    private StoreChecks() {}

    /**
     * Checks that {@code duration} is set and longer than zero.
     *
     * @param duration the argument
     * @param name the parameter's name, for the message
     * @throws IllegalArgumentException if it is null, zero or negative
     */
    public static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    /**
     * Checks a window's limit of {@link CoordinationStore#countInWindow}.
     *
     * @param limit calls allowed per window
     * @throws IllegalArgumentException if it is below 1
     */
    public static void requireLimit(long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }
}

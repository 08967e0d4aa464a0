package io.partnercentral.selling.coordination;

import java.time.Duration;
import java.util.Objects;

/** The answer of {@link CoordinationStore#reserve}: acquired, pending under another owner, or completed. */
public sealed interface Reservation {
    /** The caller now owns the pending reservation: make the call, then complete or release it. */
    record Acquired() implements Reservation {}

    /**
     * Another owner holds the reservation and has not completed it yet.
     *
     * @param expiresIn how long the pending entry lasts unless completed or released
     */
    record Pending(Duration expiresIn) implements Reservation {
        /**
         * Checks the argument.
         *
         * @param expiresIn how long the pending entry lasts unless completed or released
         */
        public Pending {
            Objects.requireNonNull(expiresIn, "expiresIn");
        }
    }

    /**
     * The reservation was completed with {@code result}: the call it guarded has been made.
     *
     * @param result what the owner recorded, e.g. the created opportunity
     */
    record Completed(String result) implements Reservation {
        /**
         * Checks the argument.
         *
         * @param result what the owner recorded, e.g. the created opportunity
         */
        public Completed {
            Objects.requireNonNull(result, "result");
        }
    }
}

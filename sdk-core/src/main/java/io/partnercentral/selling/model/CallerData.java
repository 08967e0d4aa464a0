package io.partnercentral.selling.model;

import java.util.function.Supplier;

/**
 * Whose data the picklist values being read on this thread are. Values read from the service's answers
 * are the service's (an unknown one is sent back unchanged and never reported); values read inside
 * {@link Picklist#readAsCallerData} are the caller's, like values given to {@code of()}, so validation
 * reports an unknown one before anything is sent.
 */
final class CallerData {
    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private CallerData() {}

    /** Runs {@code read} on this thread with every unknown picklist value it reads taken as the caller's. */
    static <T> T during(Supplier<T> read) {
        Boolean previous = READING.get();
        READING.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            if (previous == null) {
                READING.remove();
            } else {
                READING.set(previous);
            }
        }
    }

    /** Whether an unknown picklist value read now on this thread is the caller's data. */
    static boolean reading() {
        return READING.get() != null;
    }
}

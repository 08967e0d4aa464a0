package io.partnercentral.selling.internal.validation;

import java.util.function.Supplier;

/**
 * Internal API: whose data the picklist values being read are. Values read from the service's
 * answers are the service's (an unknown one is sent back unchanged and never reported); values read
 * from the caller's stored JSON are the caller's, like values given to {@code of()}, so validation
 * reports an unknown one before anything is sent.
 */
public final class PicklistSources {
    private static final ThreadLocal<Boolean> CALLER_DATA = new ThreadLocal<>();

    private PicklistSources() {}

    /**
     * Runs {@code read} on this thread with every unknown picklist value it reads taken as the caller's.
     *
     * @param read the read to run
     * @param <T> what it reads
     * @return what {@code read} returned
     */
    public static <T> T asCallerData(Supplier<T> read) {
        Boolean previous = CALLER_DATA.get();
        CALLER_DATA.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            if (previous == null) {
                CALLER_DATA.remove();
            } else {
                CALLER_DATA.set(previous);
            }
        }
    }

    /**
     * Whether an unknown picklist value read now on this thread is the caller's data.
     *
     * @return true inside {@link #asCallerData}
     */
    public static boolean readingCallerData() {
        return CALLER_DATA.get() != null;
    }
}

package io.partnercentral.selling.metrics;

/**
 * What reading a resource back found after a write's answer was lost: the {@code outcome} tag of
 * {@link MeterNames#SETTLEMENTS}.
 */
public enum Settlement {
    /** The write had landed: the call returns success. */
    LANDED("landed"),
    /** Nothing was written: the original failure is thrown. */
    NOT_LANDED("not_landed"),
    /** It cannot be known (another writer got in, or the read failed): OutcomeUnknownException is thrown. */
    UNKNOWN("unknown");

    private final String tag;

    Settlement(String tag) {
        this.tag = tag;
    }

    /** {@return the tag value} */
    public String tag() {
        return tag;
    }
}

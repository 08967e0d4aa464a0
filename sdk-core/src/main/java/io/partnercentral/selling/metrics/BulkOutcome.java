package io.partnercentral.selling.metrics;

/** How one record of a bulk write ended: the {@code outcome} tag of {@link MeterNames#BULK_ITEMS}. */
public enum BulkOutcome {
    /** Written. */
    SUCCEEDED("succeeded"),
    /** Skipped as invalid (locally or by the service). */
    INVALID("invalid"),
    /** Failed otherwise. */
    FAILED("failed"),
    /**
     * Stopped the whole run (the rolling 24-hour budget was spent, or the run was interrupted): not
     * written, and not among the report's results.
     */
    STOPPED("stopped");

    private final String tag;

    BulkOutcome(String tag) {
        this.tag = tag;
    }

    /** {@return the tag value} */
    public String tag() {
        return tag;
    }
}

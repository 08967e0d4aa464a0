package io.partnercentral.selling.metrics;

/**
 * Why the SDK could not understand an event: the {@code reason} tag of
 * {@link MeterNames#EVENTS_UNRECOGNIZED}.
 */
public enum EventProblem {
    /**
     * Read, but not typed: an {@link io.partnercentral.selling.events.UnknownEvent} (a detail-type
     * newer than this SDK, or a detail of a shape this SDK does not expect). Counted in
     * {@link MeterNames#EVENTS_RECEIVED} too.
     */
    UNKNOWN("unknown"),
    /**
     * Not readable as a Partner Central event (not JSON, another source, a member every event has
     * missing): rejected with {@link io.partnercentral.selling.exception.MalformedEventException}.
     * Not counted in {@link MeterNames#EVENTS_RECEIVED}.
     */
    MALFORMED("malformed");

    private final String tag;

    EventProblem(String tag) {
        this.tag = tag;
    }

    /** {@return the tag value} */
    public String tag() {
        return tag;
    }
}

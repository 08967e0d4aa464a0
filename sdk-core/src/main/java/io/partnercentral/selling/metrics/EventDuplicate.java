package io.partnercentral.selling.metrics;

/**
 * What a {@link io.partnercentral.selling.events.Reconciler} recognised as a repeat and dropped: the
 * {@code reason} tag of {@link MeterNames#EVENT_DUPLICATES}.
 */
public enum EventDuplicate {
    /**
     * An event whose envelope id was handled before (EventBridge delivered it again): dropped without
     * reading anything.
     */
    EVENT("event"),
    /**
     * A state read that was already delivered (by an earlier event or poll): not handed to the
     * handler again.
     */
    STATE("state");

    private final String tag;

    EventDuplicate(String tag) {
        this.tag = tag;
    }

    /** {@return the tag value} */
    public String tag() {
        return tag;
    }
}

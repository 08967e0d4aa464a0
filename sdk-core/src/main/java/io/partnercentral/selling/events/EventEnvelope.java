package io.partnercentral.selling.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The EventBridge envelope of a Partner Central event, with the whole event as received. Immutable:
 * {@link #json()} and {@link #detail()} hand out copies. Its {@code toString} shows the id,
 * detail-type, time and region only: the detail may hold personal data such as company names.
 */
public final class EventEnvelope {
    private final String version;
    private final String id;
    private final String detailType;
    private final String account;
    private final Instant time;
    private final String region;
    private final List<String> resources;
    private final ObjectNode json;

    EventEnvelope(String version, String id, String detailType, String account, Instant time, String region,
            List<String> resources, ObjectNode json) {
        this.version = version;
        this.id = Objects.requireNonNull(id, "id");
        this.detailType = Objects.requireNonNull(detailType, "detailType");
        this.account = account;
        this.time = Objects.requireNonNull(time, "time");
        this.region = region;
        this.resources = List.copyOf(resources);
        this.json = Objects.requireNonNull(json, "json");
    }

    /** {@return the envelope's {@code version}; the documented examples have {@code "0"} and {@code "1"}. Empty if absent} */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** {@return the event's unique id: what EventBridge's redeliveries of one event share} */
    public String id() {
        return id;
    }

    /** {@return the {@code detail-type} as received, e.g. {@code Opportunity Updated}} */
    public String detailType() {
        return detailType;
    }

    /** {@return the AWS account the event belongs to; empty if absent} */
    public Optional<String> account() {
        return Optional.ofNullable(account);
    }

    /** {@return when the event happened} */
    public Instant time() {
        return time;
    }

    /** {@return the region, {@code us-east-1} for Partner Central; empty if absent} */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** {@return the ARNs in {@code resources}, possibly none} */
    public List<String> resources() {
        return resources;
    }

    /** {@return the whole event as received, unknown members included (a copy)} */
    public ObjectNode json() {
        return json.deepCopy();
    }

    /** {@return the event's {@code detail} as received (a copy)} */
    public ObjectNode detail() {
        return ((ObjectNode) json.get("detail")).deepCopy();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventEnvelope that && json.equals(that.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "EventEnvelope[id=" + id + ", detailType=" + detailType + ", time=" + time + ", region=" + region + "]";
    }
}

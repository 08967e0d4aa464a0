package io.partnercentral.selling.model;

/**
 * A union of the service's API: exactly one member is set. Each generated union is a sealed
 * interface with one record per member and an {@code Unknown} record that keeps a member newer
 * than this SDK by name with its raw JSON, so it is sent back unchanged.
 *
 * <pre>{@code String member = payload.memberName();   // e.g. "OpportunitySummary"}</pre>
 */
public interface WireUnion {
    /** {@return the wire name of the member this value holds} */
    String memberName();

    /** {@return the member's value: a model type, or a {@code JsonNode} for an unknown member} */
    Object memberValue();
}

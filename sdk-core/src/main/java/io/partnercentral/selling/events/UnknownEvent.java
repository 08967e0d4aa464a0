package io.partnercentral.selling.events;

import io.partnercentral.selling.model.Catalog;
import java.util.Objects;

/**
 * A Partner Central event this SDK cannot type: a detail-type newer than this SDK, or one of the
 * undocumented detail-types (see {@link DetailType}) whose detail does not have the shape assumed for
 * it. Kept whole: {@link #envelope()} holds it as received, and
 * {@link PartnerCentralEvents#toJson(PartnerCentralEvent)} gives it back unchanged.
 *
 * <pre>{@code
 * case UnknownEvent unknown -> deadLetters.keep(PartnerCentralEvents.toJson(unknown));
 * }</pre>
 *
 * @param envelope the envelope
 * @param catalog {@code detail.catalog}
 */
public record UnknownEvent(EventEnvelope envelope, Catalog catalog) implements PartnerCentralEvent {
    /**
     * Checks that no component is null.
     *
     * @param envelope the envelope
     * @param catalog {@code detail.catalog}
     */
    public UnknownEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(catalog, "catalog");
    }
}

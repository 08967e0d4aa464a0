package io.partnercentral.selling.events;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.Engagement;
import java.util.Objects;

/**
 * An event about an engagement itself ({@code detail.engagement}).
 *
 * <pre>{@code
 * if (event instanceof EngagementEvent.Created created) {
 *     Engagement engagement = created.resolve(selling);
 * }
 * }</pre>
 */
public sealed interface EngagementEvent extends PartnerCentralEvent {
    /** {@return the engagement as the event describes it} */
    EngagementRef engagement();

    /** {@return the engagement's id ({@code detail.engagement.engagementId})} */
    default String engagementId() {
        return engagement().engagementId();
    }

    /**
     * Reads the engagement now (GetEngagement) in the event's catalog.
     *
     * @param selling the facade to read through
     * @return the engagement as the service has it now
     */
    default Engagement resolve(PartnerCentralSelling selling) {
        return selling.engagements().inCatalog(catalog()).get(engagementId());
    }

    /**
     * Detail-type {@code Engagement Created}.
     *
     * @param envelope the envelope
     * @param catalog {@code detail.catalog}
     * @param engagement {@code detail.engagement}
     */
    record Created(EventEnvelope envelope, Catalog catalog, EngagementRef engagement) implements EngagementEvent {
        /**
         * Checks that no component is null.
         *
         * @param envelope the envelope
         * @param catalog {@code detail.catalog}
         * @param engagement {@code detail.engagement}
         */
        public Created {
            Objects.requireNonNull(envelope, "envelope");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(engagement, "engagement");
        }
    }

    /**
     * Detail-type {@code Engagement Updated}.
     *
     * @param envelope the envelope
     * @param catalog {@code detail.catalog}
     * @param engagement {@code detail.engagement}
     */
    record Updated(EventEnvelope envelope, Catalog catalog, EngagementRef engagement) implements EngagementEvent {
        /**
         * Checks that no component is null.
         *
         * @param envelope the envelope
         * @param catalog {@code detail.catalog}
         * @param engagement {@code detail.engagement}
         */
        public Updated {
            Objects.requireNonNull(envelope, "envelope");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(engagement, "engagement");
        }
    }
}

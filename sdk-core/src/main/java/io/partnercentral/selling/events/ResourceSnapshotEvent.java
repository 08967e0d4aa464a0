package io.partnercentral.selling.events;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.Snapshot;
import io.partnercentral.selling.SnapshotClient;
import java.util.Objects;

/**
 * An event about a resource snapshot ({@code detail.resourceSnapshot}).
 *
 * <pre>{@code
 * if (event instanceof ResourceSnapshotEvent taken) {
 *     Snapshot snapshot = taken.resolve(selling);
 * }
 * }</pre>
 */
public sealed interface ResourceSnapshotEvent extends PartnerCentralEvent {
    /** {@return the snapshot as the event describes it} */
    ResourceSnapshotRef snapshot();

    /**
     * Reads the snapshot now (GetResourceSnapshot) in the event's catalog: the revision the event
     * names, or the latest when it names none (the documented example does not).
     *
     * @param selling the facade to read through
     * @return the snapshot as the service has it now
     */
    default Snapshot resolve(PartnerCentralSelling selling) {
        SnapshotClient snapshots = selling.snapshots().inCatalog(catalog());
        ResourceSnapshotRef ref = snapshot();
        return ref.revision().isPresent()
                ? snapshots.get(ref.target(), ref.revision().getAsInt())
                : snapshots.get(ref.target());
    }

    /**
     * Detail-type {@code Resource Snapshot Created}. AWS documents no example; read when its detail has the shape of Engagement Resource Snapshot Created's, else the event is an {@link UnknownEvent}.
     *
     * @param envelope the envelope
     * @param catalog {@code detail.catalog}
     * @param snapshot {@code detail.resourceSnapshot}
     */
    record ResourceSnapshotCreated(EventEnvelope envelope, Catalog catalog, ResourceSnapshotRef snapshot)
            implements ResourceSnapshotEvent {
        /**
         * Checks that no component is null.
         *
         * @param envelope the envelope
         * @param catalog {@code detail.catalog}
         * @param snapshot {@code detail.resourceSnapshot}
         */
        public ResourceSnapshotCreated {
            Objects.requireNonNull(envelope, "envelope");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(snapshot, "snapshot");
        }
    }

    /**
     * Detail-type {@code Engagement Resource Snapshot Created}.
     *
     * @param envelope the envelope
     * @param catalog {@code detail.catalog}
     * @param snapshot {@code detail.resourceSnapshot}
     */
    record EngagementResourceSnapshotCreated(EventEnvelope envelope, Catalog catalog, ResourceSnapshotRef snapshot)
            implements ResourceSnapshotEvent {
        /**
         * Checks that no component is null.
         *
         * @param envelope the envelope
         * @param catalog {@code detail.catalog}
         * @param snapshot {@code detail.resourceSnapshot}
         */
        public EngagementResourceSnapshotCreated {
            Objects.requireNonNull(envelope, "envelope");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(snapshot, "snapshot");
        }
    }
}

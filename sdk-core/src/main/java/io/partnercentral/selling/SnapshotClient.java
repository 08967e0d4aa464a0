package io.partnercentral.selling;

import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreatedSnapshot;
import io.partnercentral.selling.model.Snapshot;
import io.partnercentral.selling.model.SnapshotTarget;

/**
 * Resource snapshots: immutable, revisioned copies of an opportunity's state shared inside an
 * engagement. Obtained from {@link PartnerCentralSelling#snapshots()}. Thread-safe.
 *
 * <p>For fakes in tests: every method has a default that throws
 * {@link UnsupportedOperationException}, so a fake overrides only the calls its test makes and
 * keeps compiling when a later release adds methods.
 *
 * <pre>{@code
 * SnapshotTarget target = SnapshotTarget.opportunity("eng-0123456789abcd", "O1234567", "OpportunitySummaryView");
 * CreatedSnapshot created = selling.snapshots().create(target);
 * Snapshot snapshot = selling.snapshots().get(target);
 * String stage = snapshot.payload().orElseThrow().fold(
 *     summary -> "partner view",
 *     awsView -> "AWS view",
 *     unknown -> "newer payload " + unknown.memberName());
 * }</pre>
 */
public interface SnapshotClient extends SnapshotOperations {
    /** {@return the catalog calls of this client act on} */
    default Catalog catalog() {
        throw NotImplemented.method("SnapshotClient.catalog");
    }

    /**
     * {@return this client bound to another catalog}
     *
     * @param catalog the catalog, {@code AWS} or {@code Sandbox}
     */
    default SnapshotClient inCatalog(Catalog catalog) {
        throw NotImplemented.method("SnapshotClient.inCatalog");
    }

    /**
     * Takes a snapshot (CreateResourceSnapshot) with a client token drawn once for this call and
     * reused on every retry; returns its ARN and revision.
     *
     * @param target the snapshot target: engagement, resource and template
     * @return the new snapshot's ARN and revision
     */
    default CreatedSnapshot create(SnapshotTarget target) {
        throw NotImplemented.method("SnapshotClient.create");
    }

    /**
     * {@return the latest revision of the snapshot}
     *
     * @param target the snapshot target: engagement, resource and template
     */
    default Snapshot get(SnapshotTarget target) {
        throw NotImplemented.method("SnapshotClient.get");
    }

    /**
     * {@return a given revision (1 or more) of the snapshot}
     *
     * @param target the snapshot target: engagement, resource and template
     * @param revision the snapshot revision
     */
    default Snapshot get(SnapshotTarget target, int revision) {
        throw NotImplemented.method("SnapshotClient.get");
    }

}

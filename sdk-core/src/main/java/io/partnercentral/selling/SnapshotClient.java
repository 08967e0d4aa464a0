package io.partnercentral.selling;

import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreatedSnapshot;
import io.partnercentral.selling.model.ListSnapshotsRequest;
import io.partnercentral.selling.model.Snapshot;
import io.partnercentral.selling.model.SnapshotSummary;
import io.partnercentral.selling.model.SnapshotTarget;
import java.util.function.Consumer;

/**
 * Resource snapshots: immutable, revisioned copies of an opportunity's state shared inside an
 * engagement. Obtained from {@link PartnerCentralSelling#snapshots()}. Thread-safe.
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
public interface SnapshotClient {
    /** The catalog calls of this client act on. */
    Catalog catalog();

    /** This client bound to another catalog. */
    SnapshotClient inCatalog(Catalog catalog);

    /**
     * Takes a snapshot (CreateResourceSnapshot) with a client token drawn once for this call and
     * reused on every retry; returns its ARN and revision.
     */
    CreatedSnapshot create(SnapshotTarget target);

    /** The latest revision of the snapshot. */
    Snapshot get(SnapshotTarget target);

    /** A given revision (1 or more) of the snapshot. */
    Snapshot get(SnapshotTarget target, int revision);

    /** Lists snapshots lazily. */
    PageIterable<SnapshotSummary> list(ListSnapshotsRequest request);

    /** Lists snapshots lazily with the filters the consumer sets. */
    default PageIterable<SnapshotSummary> list(Consumer<ListSnapshotsRequest.Builder> request) {
        ListSnapshotsRequest.Builder builder = ListSnapshotsRequest.builder();
        request.accept(builder);
        return list(builder.build());
    }
}

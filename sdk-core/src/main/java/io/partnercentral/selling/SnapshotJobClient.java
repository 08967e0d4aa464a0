package io.partnercentral.selling;

import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreatedSnapshotJob;
import io.partnercentral.selling.model.ListSnapshotJobsRequest;
import io.partnercentral.selling.model.SnapshotJob;
import io.partnercentral.selling.model.SnapshotJobStatus;
import io.partnercentral.selling.model.SnapshotJobSummary;
import io.partnercentral.selling.model.SnapshotTarget;
import io.partnercentral.selling.model.Tag;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Resource snapshot jobs, which keep taking snapshots of a resource as it changes. Obtained from
 * {@link PartnerCentralSelling#snapshotJobs()}. Thread-safe.
 *
 * <pre>{@code
 * CreatedSnapshotJob job = selling.snapshotJobs().create(target, List.of(Tag.of("sync", "crm")));
 * selling.snapshotJobs().start(job.id().orElseThrow());
 * SnapshotJob running = selling.snapshotJobs().waitFor(job.id().orElseThrow(), SnapshotJobStatus.RUNNING,
 *     Duration.ofSeconds(30));
 * }</pre>
 */
public interface SnapshotJobClient {
    /** The catalog calls of this client act on. */
    Catalog catalog();

    /** This client bound to another catalog. */
    SnapshotJobClient inCatalog(Catalog catalog);

    /** Creates a job with a client token drawn once for this call and reused on every retry. */
    CreatedSnapshotJob create(SnapshotTarget target, List<Tag> tags);

    /** Creates a job without tags. */
    default CreatedSnapshotJob create(SnapshotTarget target) {
        return create(target, List.of());
    }

    SnapshotJob get(String jobId);

    void start(String jobId);

    void stop(String jobId);

    void delete(String jobId);

    /** Lists jobs lazily. */
    PageIterable<SnapshotJobSummary> list(ListSnapshotJobsRequest request);

    /** Lists jobs lazily with the filters the consumer sets. */
    default PageIterable<SnapshotJobSummary> list(Consumer<ListSnapshotJobsRequest.Builder> request) {
        ListSnapshotJobsRequest.Builder builder = ListSnapshotJobsRequest.builder();
        request.accept(builder);
        return list(builder.build());
    }

    /**
     * Polls the job until it reaches {@code status}, with exponential backoff from 200 ms up to 5 s
     * between reads, and returns it.
     *
     * @throws io.partnercentral.selling.exception.WaiterTimeoutException if {@code timeout} passes first
     */
    SnapshotJob waitFor(String jobId, SnapshotJobStatus status, Duration timeout);
}

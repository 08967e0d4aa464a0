package io.partnercentral.selling;

import io.partnercentral.selling.internal.RequestChecks;
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
 * <p>For fakes in tests: every method has a default that throws
 * {@link UnsupportedOperationException}, so a fake overrides only the calls its test makes and
 * keeps compiling when a later release adds methods.
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
    default Catalog catalog() {
        throw NotImplemented.method("SnapshotJobClient.catalog");
    }

    /** This client bound to another catalog. */
    default SnapshotJobClient inCatalog(Catalog catalog) {
        throw NotImplemented.method("SnapshotJobClient.inCatalog");
    }

    /** Creates a job with a client token drawn once for this call and reused on every retry. */
    default CreatedSnapshotJob create(SnapshotTarget target, List<Tag> tags) {
        throw NotImplemented.method("SnapshotJobClient.create");
    }

    /** Creates a job without tags. */
    default CreatedSnapshotJob create(SnapshotTarget target) {
        return create(target, List.of());
    }

    default SnapshotJob get(String jobId) {
        throw NotImplemented.method("SnapshotJobClient.get");
    }

    default void start(String jobId) {
        throw NotImplemented.method("SnapshotJobClient.start");
    }

    default void stop(String jobId) {
        throw NotImplemented.method("SnapshotJobClient.stop");
    }

    default void delete(String jobId) {
        throw NotImplemented.method("SnapshotJobClient.delete");
    }

    /** Lists jobs lazily. */
    default PageIterable<SnapshotJobSummary> list(ListSnapshotJobsRequest request) {
        throw NotImplemented.method("SnapshotJobClient.list");
    }

    /** Lists jobs lazily with the filters the consumer sets. */
    default PageIterable<SnapshotJobSummary> list(Consumer<ListSnapshotJobsRequest.Builder> request) {
        ListSnapshotJobsRequest.Builder builder = ListSnapshotJobsRequest.builder();
        RequestChecks.argument("ListSnapshotJobs", "request", request).accept(builder);
        return list(builder.build());
    }

    /**
     * Polls the job until it reaches {@code status}, with exponential backoff from 200 ms up to 5 s
     * between reads, and returns it. Each read may take at most the time left of the wait; a read that
     * fails with a retryable error is polled again, any other failure ends the wait.
     *
     * @throws io.partnercentral.selling.exception.WaiterTimeoutException if {@code timeout} passes first
     */
    default SnapshotJob waitFor(String jobId, SnapshotJobStatus status, Duration timeout) {
        throw NotImplemented.method("SnapshotJobClient.waitFor");
    }
}

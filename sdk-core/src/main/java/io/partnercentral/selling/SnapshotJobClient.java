package io.partnercentral.selling;

import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreatedSnapshotJob;
import io.partnercentral.selling.model.SnapshotJob;
import io.partnercentral.selling.model.SnapshotJobStatus;
import io.partnercentral.selling.model.SnapshotTarget;
import io.partnercentral.selling.model.Tag;
import java.time.Duration;
import java.util.List;

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
 * SnapshotJob running = selling.snapshotJobs().waitFor(SnapshotJobStatus.RUNNING, job.id().orElseThrow(),
 *     Duration.ofSeconds(30));
 * }</pre>
 */
public interface SnapshotJobClient extends SnapshotJobOperations {
    /** {@return the catalog calls of this client act on} */
    default Catalog catalog() {
        throw NotImplemented.method("SnapshotJobClient.catalog");
    }

    /**
     * {@return this client bound to another catalog}
     *
     * @param catalog the catalog, {@code AWS} or {@code Sandbox}
     */
    default SnapshotJobClient inCatalog(Catalog catalog) {
        throw NotImplemented.method("SnapshotJobClient.inCatalog");
    }

    /**
     * Creates a job with a client token drawn once for this call and reused on every retry.
     *
     * @param target the snapshot target: engagement, resource and template
     * @param tags the tags
     * @return the new job's id and ARN
     */
    default CreatedSnapshotJob create(SnapshotTarget target, List<Tag> tags) {
        throw NotImplemented.method("SnapshotJobClient.create");
    }

    /**
     * Creates a job without tags.
     *
     * @param target the snapshot target: engagement, resource and template
     * @return the new job's id and ARN
     */
    default CreatedSnapshotJob create(SnapshotTarget target) {
        return create(target, List.of());
    }

    /**
     * GetResourceSnapshotJob in the bound catalog.
     *
     * @param jobId the snapshot job's id
     * @return the job, with its status
     */
    default SnapshotJob get(String jobId) {
        throw NotImplemented.method("SnapshotJobClient.get");
    }

    /**
     * StartResourceSnapshotJob: starts a job, which then takes a new snapshot revision whenever the opportunity changes.
     *
     * @param jobId the snapshot job's id
     */
    default void start(String jobId) {
        throw NotImplemented.method("SnapshotJobClient.start");
    }

    /**
     * StopResourceSnapshotJob: stops a running job, which then takes no new snapshot revisions.
     *
     * @param jobId the snapshot job's id
     */
    default void stop(String jobId) {
        throw NotImplemented.method("SnapshotJobClient.stop");
    }

    /**
     * DeleteResourceSnapshotJob: deletes a stopped snapshot job; a lost answer is settled by reading the job back.
     *
     * @param jobId the snapshot job's id
     */
    default void delete(String jobId) {
        throw NotImplemented.method("SnapshotJobClient.delete");
    }

    /**
     * Polls the job until it reaches {@code status}, with exponential backoff from 200 ms up to 5 s
     * between reads, and returns it. Each read may take at most the time left of the wait; a read that
     * fails with a retryable error is polled again, any other failure ends the wait.
     *
     * @param status the status
     * @param jobId the snapshot job's id
     * @param timeout how long to wait at most
     * @return the job as last read, in {@code status}
     * @throws io.partnercentral.selling.exception.WaiterTimeoutException if {@code timeout} passes first
     */
    default SnapshotJob waitFor(SnapshotJobStatus status, String jobId, Duration timeout) {
        throw NotImplemented.method("SnapshotJobClient.waitFor");
    }
}

package io.partnercentral.selling;

import io.partnercentral.selling.model.SnapshotJob;
import io.partnercentral.selling.model.SnapshotJobStatus;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link SnapshotJobClient}: every resource snapshot job operation generated
 * from the model ({@link SnapshotJobAsyncOperations}) and a waiter that holds no thread between polls.
 * Obtained from {@link PartnerCentralSellingAsync#snapshotJobs()}. Thread-safe.
 *
 * <pre>{@code
 * CompletableFuture<SnapshotJob> running = selling.snapshotJobs()
 *         .waitFor(SnapshotJobStatus.RUNNING, "job-0123456789abc", Duration.ofMinutes(1));
 * }</pre>
 */
public interface SnapshotJobAsyncClient extends SnapshotJobAsyncOperations {
    /**
     * Polls the job until it has {@code status}, at growing intervals on a timer. Each poll is bounded by
     * what is left of {@code timeout}; a retryable failure polls again, any other ends the wait with it.
     * Past {@code timeout} the future fails with
     * {@link io.partnercentral.selling.exception.WaiterTimeoutException}.
     *
     * @param status the status to wait for
     * @param jobId the job's id ({@code job-} and 13 characters)
     * @param timeout the longest the whole wait may take
     * @return the job as read when it had {@code status}
     */
    CompletableFuture<SnapshotJob> waitFor(SnapshotJobStatus status, String jobId, Duration timeout);
}

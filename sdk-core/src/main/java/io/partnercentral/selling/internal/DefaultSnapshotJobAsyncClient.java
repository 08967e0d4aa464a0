package io.partnercentral.selling.internal;

import io.partnercentral.selling.SnapshotJobAsyncClient;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.GetResourceSnapshotJobRequest;
import io.partnercentral.selling.model.SnapshotJob;
import io.partnercentral.selling.model.SnapshotJobStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/** Internal API: the async snapshot job client; its waiter polls on a timer. Thread-safe. */
final class DefaultSnapshotJobAsyncClient extends AsyncHost implements SnapshotJobAsyncClient {
    private static final Duration FIRST_DELAY = Duration.ofMillis(200);
    private static final Duration MAX_DELAY = Duration.ofSeconds(5);

    DefaultSnapshotJobAsyncClient(AsyncOperationCalls calls, Catalog catalog) {
        super(calls, catalog);
    }

    @Override
    public CompletableFuture<SnapshotJob> waitFor(SnapshotJobStatus status, String jobId, Duration timeout) {
        try {
            RequestChecks.argument("GetResourceSnapshotJob", "status", status);
            RequestChecks.argument("GetResourceSnapshotJob", "timeout", timeout);
            RequestChecks.of(Operation.GET_RESOURCE_SNAPSHOT_JOB).jobId("ResourceSnapshotJobIdentifier", jobId)
                    .throwIfInvalid();
        } catch (RuntimeException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        AtomicReference<SnapshotJob> last = new AtomicReference<>();
        GetResourceSnapshotJobRequest request = GetResourceSnapshotJobRequest.builder()
                .resourceSnapshotJobIdentifier(jobId).build();
        return AsyncPolling.timed(calls.transport().metrics(), Operation.GET_RESOURCE_SNAPSHOT_JOB.wireName(),
                () -> AsyncPolling.until(
                        left -> calls.<SnapshotJob>call(Operation.GET_RESOURCE_SNAPSHOT_JOB, catalog, request, left)
                                .thenApply(job -> {
                                    last.set(job);
                                    return job.status().filter(status::equals).isPresent() ? Optional.of(job) : Optional.empty();
                                }),
                        timeout, FIRST_DELAY, MAX_DELAY,
                        () -> "snapshot job " + jobId + " did not reach status " + status.value() + " within " + timeout
                                + " (last status: " + Optional.ofNullable(last.get()).flatMap(SnapshotJob::status)
                                        .map(SnapshotJobStatus::value).orElse("unknown") + ")"));
    }
}

package io.partnercentral.selling.internal;

import io.partnercentral.selling.TaskAsyncClient;
import io.partnercentral.selling.TaskKind;
import io.partnercentral.selling.TaskOutcome;
import io.partnercentral.selling.exception.TaskFailedException;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.TaskStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Internal API: the async task client; its waiter polls on a timer with the same poll definition
 * (request and reading of the answer) as {@link DefaultTaskClient}'s. Thread-safe.
 */
final class DefaultTaskAsyncClient extends AsyncHost implements TaskAsyncClient {
    private static final Duration FIRST_DELAY = Duration.ofMillis(500);
    private static final Duration MAX_DELAY = Duration.ofSeconds(10);

    DefaultTaskAsyncClient(AsyncOperationCalls calls, Catalog catalog) {
        super(calls, catalog);
    }

    @Override
    public CompletableFuture<TaskOutcome> waitFor(TaskKind kind, String taskId, Duration timeout) {
        Operation read;
        Object request;
        try {
            RequestChecks.argument("waitFor", "kind", kind);
            RequestChecks.argument("waitFor", "timeout", timeout);
            RequestChecks.of(Operation.ofWireName(kind.operation())).notBlank("TaskIdentifier", taskId).throwIfInvalid();
            read = DefaultTaskClient.pollOperation(kind);
            request = DefaultTaskClient.pollRequest(kind, taskId);
        } catch (RuntimeException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        return AsyncPolling.timed(calls.transport().metrics(), kind.operation(), () -> AsyncPolling.until(
                left -> calls.call(read, catalog, request, left).thenApply(response -> {
                    DefaultTaskClient.Poll poll = DefaultTaskClient.pollResult(kind, taskId, response);
                    if (!poll.finished()) {
                        return Optional.empty();
                    }
                    if (TaskStatus.FAILED.equals(poll.status())) {
                        throw new TaskFailedException(kind.operation(), taskId, poll.reasonCode(), poll.message());
                    }
                    return Optional.of(poll.outcome());
                }),
                timeout, FIRST_DELAY, MAX_DELAY,
                () -> kind.operation() + " task " + taskId + " did not finish within " + timeout));
    }
}

package io.partnercentral.selling;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link TaskClient}: every task operation generated from the model
 * ({@link TaskAsyncOperations}) and a waiter that holds no thread between polls. Obtained from
 * {@link PartnerCentralSellingAsync#tasks()}. Thread-safe.
 *
 * <pre>{@code
 * CompletableFuture<TaskOutcome> outcome = selling.tasks()
 *         .startEngagementByAcceptingInvitation(r -> r.identifier(invitationId))
 *         .thenCompose(started -> selling.tasks().waitFor(TaskKind.ENGAGEMENT_BY_ACCEPTING_INVITATION,
 *                 started.taskId().orElseThrow(), Duration.ofMinutes(2)));
 * }</pre>
 */
public interface TaskAsyncClient extends TaskAsyncOperations {
    /**
     * Polls the task until it has finished, at growing intervals on a timer, each poll bounded by what is
     * left of {@code timeout}. A task that failed completes the future with
     * {@link io.partnercentral.selling.exception.TaskFailedException}; one still running after
     * {@code timeout} with {@link io.partnercentral.selling.exception.WaiterTimeoutException}.
     *
     * @param kind the kind of task
     * @param taskId the task's id
     * @param timeout the longest the whole wait may take
     * @return what the finished task produced
     */
    CompletableFuture<TaskOutcome> waitFor(TaskKind kind, String taskId, Duration timeout);
}

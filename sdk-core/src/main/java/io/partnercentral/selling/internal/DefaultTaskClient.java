package io.partnercentral.selling.internal;

import io.partnercentral.selling.PageIterable;
import io.partnercentral.selling.TaskClient;
import io.partnercentral.selling.TaskKind;
import io.partnercentral.selling.TaskOutcome;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.TaskFailedException;
import io.partnercentral.selling.exception.WaiterTimeoutException;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.GetProspectingFromEngagementTaskRequest;
import io.partnercentral.selling.model.GetProspectingFromEngagementTaskResponse;
import io.partnercentral.selling.model.ListEngagementByAcceptingInvitationTaskSummary;
import io.partnercentral.selling.model.ListEngagementByAcceptingInvitationTasksRequest;
import io.partnercentral.selling.model.ListEngagementByAcceptingInvitationTasksResponse;
import io.partnercentral.selling.model.ListEngagementFromOpportunityTaskSummary;
import io.partnercentral.selling.model.ListEngagementFromOpportunityTasksRequest;
import io.partnercentral.selling.model.ListEngagementFromOpportunityTasksResponse;
import io.partnercentral.selling.model.ListOpportunityFromEngagementTaskSummary;
import io.partnercentral.selling.model.ListOpportunityFromEngagementTasksRequest;
import io.partnercentral.selling.model.ListOpportunityFromEngagementTasksResponse;
import io.partnercentral.selling.model.ListProspectingFromEngagementTasksRequest;
import io.partnercentral.selling.model.ListProspectingFromEngagementTasksResponse;
import io.partnercentral.selling.model.ProspectingTaskSummary;
import io.partnercentral.selling.model.ReasonCode;
import io.partnercentral.selling.model.StartEngagementByAcceptingInvitationTaskRequest;
import io.partnercentral.selling.model.StartEngagementByAcceptingInvitationTaskResponse;
import io.partnercentral.selling.model.StartEngagementFromOpportunityTaskRequest;
import io.partnercentral.selling.model.StartEngagementFromOpportunityTaskResponse;
import io.partnercentral.selling.model.StartOpportunityFromEngagementTaskRequest;
import io.partnercentral.selling.model.StartOpportunityFromEngagementTaskResponse;
import io.partnercentral.selling.model.StartProspectingFromEngagementTaskRequest;
import io.partnercentral.selling.model.StartProspectingFromEngagementTaskResponse;
import io.partnercentral.selling.model.TaskStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * Internal API: the task operations, and waiters built on the AWS SDK's waiter support. A poll reads
 * the task through its listing filtered by its id (or GetProspectingFromEngagementTask); the task not
 * being listed yet and retryable failures mean "poll again", any other failure ends the wait.
 */
public final class DefaultTaskClient extends CatalogBoundClient<TaskClient> implements TaskClient {
    private static final BackoffStrategy DEFAULT_BACKOFF =
            BackoffStrategy.exponentialDelay(Duration.ofMillis(500), Duration.ofSeconds(10));

    public DefaultTaskClient(OperationCalls calls, Catalog catalog) {
        super(calls, catalog, DefaultTaskClient::new);
    }

    @Override
    public StartEngagementByAcceptingInvitationTaskResponse startEngagementByAcceptingInvitation(
            StartEngagementByAcceptingInvitationTaskRequest request) {
        return calls.call(Operation.START_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASK, catalog, request);
    }

    @Override
    public StartEngagementFromOpportunityTaskResponse startEngagementFromOpportunity(
            StartEngagementFromOpportunityTaskRequest request) {
        return calls.call(Operation.START_ENGAGEMENT_FROM_OPPORTUNITY_TASK, catalog, request);
    }

    @Override
    public StartOpportunityFromEngagementTaskResponse startOpportunityFromEngagement(
            StartOpportunityFromEngagementTaskRequest request) {
        return calls.call(Operation.START_OPPORTUNITY_FROM_ENGAGEMENT_TASK, catalog, request);
    }

    @Override
    public StartProspectingFromEngagementTaskResponse startProspectingFromEngagement(
            StartProspectingFromEngagementTaskRequest request) {
        return calls.call(Operation.START_PROSPECTING_FROM_ENGAGEMENT_TASK, catalog, request);
    }

    @Override
    public GetProspectingFromEngagementTaskResponse getProspectingFromEngagement(
            GetProspectingFromEngagementTaskRequest request) {
        return calls.call(Operation.GET_PROSPECTING_FROM_ENGAGEMENT_TASK, catalog, request);
    }

    @Override
    public PageIterable<ListEngagementByAcceptingInvitationTaskSummary> listEngagementByAcceptingInvitation(
            ListEngagementByAcceptingInvitationTasksRequest request) {
        return calls.pages(Operation.LIST_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASKS, catalog, request);
    }

    @Override
    public PageIterable<ListEngagementFromOpportunityTaskSummary> listEngagementFromOpportunity(
            ListEngagementFromOpportunityTasksRequest request) {
        return calls.pages(Operation.LIST_ENGAGEMENT_FROM_OPPORTUNITY_TASKS, catalog, request);
    }

    @Override
    public PageIterable<ListOpportunityFromEngagementTaskSummary> listOpportunityFromEngagement(
            ListOpportunityFromEngagementTasksRequest request) {
        return calls.pages(Operation.LIST_OPPORTUNITY_FROM_ENGAGEMENT_TASKS, catalog, request);
    }

    @Override
    public PageIterable<ProspectingTaskSummary> listProspectingFromEngagement(
            ListProspectingFromEngagementTasksRequest request) {
        return calls.pages(Operation.LIST_PROSPECTING_FROM_ENGAGEMENT_TASKS, catalog, request);
    }

    // Waiters

    /** One poll's view of a task: done or not, and if done, how it ended. */
    record Poll(boolean finished, TaskStatus status, ReasonCode reasonCode, String message, TaskOutcome outcome) {
        static final Poll NOT_LISTED_YET = new Poll(false, null, null, null, null);
    }

    @Override
    public TaskOutcome waitFor(TaskKind kind, String taskId, Duration timeout) {
        RequestChecks.argument("waitFor", "timeout", timeout);
        return waitFor(kind, taskId, WaiterOverrideConfiguration.builder()
                .waitTimeout(timeout)
                .maxAttempts(Integer.MAX_VALUE)
                .backoffStrategyV2(DEFAULT_BACKOFF)
                .build());
    }

    @Override
    public TaskOutcome waitFor(TaskKind kind, String taskId, WaiterOverrideConfiguration waiting) {
        RequestChecks.argument("waitFor", "kind", kind);
        RequestChecks.argument("waitFor", "waiting", waiting);
        RequestChecks.of(Operation.ofWireName(kind.operation())).notBlank("TaskIdentifier", taskId).throwIfInvalid();
        return Waits.timed(calls.metrics(), kind.operation(), () -> waitUntilFinished(kind, taskId, waiting));
    }

    private TaskOutcome waitUntilFinished(TaskKind kind, String taskId, WaiterOverrideConfiguration waiting) {
        Waiter<Poll> waiter = Waiter.builder(Poll.class)
                .overrideConfiguration(waiting)
                .addAcceptor(WaiterAcceptor.successOnResponseAcceptor(Poll::finished))
                .addAcceptor(WaiterAcceptor.retryOnResponseAcceptor(poll -> !poll.finished()))
                .addAcceptor(WaiterAcceptor.retryOnExceptionAcceptor(DefaultTaskClient::retryable))
                // Anything else ends the wait and is rethrown as it came.
                .addAcceptor(WaiterAcceptor.successOnExceptionAcceptor(e -> true))
                .build();
        // Each poll gets what is left of the wait as its whole call's timeout, so a poll in flight ends
        // with the wait instead of running to the client's own call timeout.
        long deadline = waiting.waitTimeout().map(t -> System.nanoTime() + t.toNanos()).orElse(Long.MAX_VALUE);
        WaiterResponse<Poll> response;
        try {
            response = waiter.run(() -> poll(kind, taskId, timeLeft(kind, taskId, waiting, deadline)));
        } catch (SdkClientException exhausted) {
            throw new WaiterTimeoutException(kind.operation() + " task " + taskId + " did not finish within "
                    + describe(waiting) + ": " + exhausted.getMessage());
        }
        Optional<Throwable> failure = response.matched().exception();
        if (failure.isPresent()) {
            Throwable e = failure.get();
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
        Poll poll = response.matched().response().orElseThrow();
        if (TaskStatus.FAILED.equals(poll.status())) {
            throw new TaskFailedException(kind.operation(), taskId, poll.reasonCode(), poll.message());
        }
        return poll.outcome();
    }

    private static boolean retryable(Throwable e) {
        return e instanceof PartnerCentralException pce && pce.isRetryable();
    }

    private static String describe(WaiterOverrideConfiguration waiting) {
        return waiting.waitTimeout().map(Duration::toString).orElse("the waiter's attempts");
    }

    /** The time left until {@code deadline} ({@code null}: no deadline); a wait whose time is up ends here. */
    private static Duration timeLeft(TaskKind kind, String taskId, WaiterOverrideConfiguration waiting, long deadline) {
        if (deadline == Long.MAX_VALUE) {
            return null;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new WaiterTimeoutException(kind.operation() + " task " + taskId + " did not finish within "
                    + describe(waiting));
        }
        return Duration.ofNanos(left);
    }

    private <O> O call(Operation operation, Object request, Duration timeout) {
        return timeout == null ? calls.call(operation, catalog, request) : calls.call(operation, catalog, request, timeout);
    }

    private Poll poll(TaskKind kind, String taskId, Duration timeout) {
        return pollResult(kind, taskId, call(pollOperation(kind), pollRequest(kind, taskId), timeout));
    }

    /** The operation one poll of a {@code kind} task calls: the one that reads it back. Shared with the async waiter. */
    static Operation pollOperation(TaskKind kind) {
        return Operation.ofWireName(kind.readOperation());
    }

    /** The request one poll of task {@code taskId} sends. Shared with the async waiter. */
    static Object pollRequest(TaskKind kind, String taskId) {
        return switch (kind) {
            case ENGAGEMENT_BY_ACCEPTING_INVITATION ->
                    ListEngagementByAcceptingInvitationTasksRequest.builder().addTaskIdentifier(taskId).build();
            case ENGAGEMENT_FROM_OPPORTUNITY ->
                    ListEngagementFromOpportunityTasksRequest.builder().addTaskIdentifier(taskId).build();
            case OPPORTUNITY_FROM_ENGAGEMENT ->
                    ListOpportunityFromEngagementTasksRequest.builder().addTaskIdentifier(taskId).build();
            case PROSPECTING_FROM_ENGAGEMENT ->
                    GetProspectingFromEngagementTaskRequest.builder().taskIdentifier(taskId).build();
        };
    }

    /** What one poll's answer says of task {@code taskId}. Shared with the async waiter. */
    static Poll pollResult(TaskKind kind, String taskId, Object response) {
        switch (kind) {
            case ENGAGEMENT_BY_ACCEPTING_INVITATION: {
                ListEngagementByAcceptingInvitationTasksResponse page = (ListEngagementByAcceptingInvitationTasksResponse) response;
                return page.taskSummaries().stream().filter(t -> matches(t.taskId(), taskId)).findFirst()
                        .map(t -> poll(t.taskStatus(), t.reasonCode(), t.message(), new TaskOutcome(kind, taskId,
                                TaskStatus.COMPLETE, t.opportunityId().orElse(null), null,
                                t.engagementInvitationId().orElse(null), t.resourceSnapshotJobId().orElse(null), null, null)))
                        .orElse(Poll.NOT_LISTED_YET);
            }
            case ENGAGEMENT_FROM_OPPORTUNITY: {
                ListEngagementFromOpportunityTasksResponse page = (ListEngagementFromOpportunityTasksResponse) response;
                return page.taskSummaries().stream().filter(t -> matches(t.taskId(), taskId)).findFirst()
                        .map(t -> poll(t.taskStatus(), t.reasonCode(), t.message(), new TaskOutcome(kind, taskId,
                                TaskStatus.COMPLETE, t.opportunityId().orElse(null), t.engagementId().orElse(null),
                                t.engagementInvitationId().orElse(null), t.resourceSnapshotJobId().orElse(null), null, null)))
                        .orElse(Poll.NOT_LISTED_YET);
            }
            case OPPORTUNITY_FROM_ENGAGEMENT: {
                ListOpportunityFromEngagementTasksResponse page = (ListOpportunityFromEngagementTasksResponse) response;
                return page.taskSummaries().stream().filter(t -> matches(t.taskId(), taskId)).findFirst()
                        .map(t -> poll(t.taskStatus(), t.reasonCode(), t.message(), new TaskOutcome(kind, taskId,
                                TaskStatus.COMPLETE, t.opportunityId().orElse(null), t.engagementId().orElse(null),
                                null, t.resourceSnapshotJobId().orElse(null), t.contextId().orElse(null), null)))
                        .orElse(Poll.NOT_LISTED_YET);
            }
            case PROSPECTING_FROM_ENGAGEMENT: {
                GetProspectingFromEngagementTaskResponse task = (GetProspectingFromEngagementTaskResponse) response;
                // A prospecting task has no status of its own: it is done once it has an end time,
                // each engagement then carrying its own COMPLETED or FAILED.
                if (task.endTime().isEmpty()) {
                    return Poll.NOT_LISTED_YET;
                }
                return new Poll(true, TaskStatus.COMPLETE, null, null, new TaskOutcome(kind, taskId,
                        TaskStatus.COMPLETE, null, null, null, null, null, task.engagements()));
            }
            default:
                throw new IllegalArgumentException("unknown task kind " + kind);
        }
    }

    private static boolean matches(Optional<String> listed, String taskId) {
        // The listing may name the task by id or by an ARN ending in it.
        return listed.filter(id -> id.equals(taskId) || id.endsWith("/" + taskId)).isPresent();
    }

    private static Poll poll(Optional<TaskStatus> status, Optional<ReasonCode> reasonCode, Optional<String> message,
            TaskOutcome outcome) {
        TaskStatus current = status.orElse(TaskStatus.IN_PROGRESS);
        boolean finished = current.equals(TaskStatus.COMPLETE) || current.equals(TaskStatus.FAILED);
        return new Poll(finished, current, reasonCode.orElse(null), message.orElse(null), outcome);
    }
}

package io.partnercentral.selling;

import io.partnercentral.selling.internal.RequestChecks;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.GetProspectingFromEngagementTaskRequest;
import io.partnercentral.selling.model.GetProspectingFromEngagementTaskResponse;
import io.partnercentral.selling.model.ListEngagementByAcceptingInvitationTaskSummary;
import io.partnercentral.selling.model.ListEngagementByAcceptingInvitationTasksRequest;
import io.partnercentral.selling.model.ListEngagementFromOpportunityTaskSummary;
import io.partnercentral.selling.model.ListEngagementFromOpportunityTasksRequest;
import io.partnercentral.selling.model.ListOpportunityFromEngagementTaskSummary;
import io.partnercentral.selling.model.ListOpportunityFromEngagementTasksRequest;
import io.partnercentral.selling.model.ListProspectingFromEngagementTasksRequest;
import io.partnercentral.selling.model.ProspectingTaskSummary;
import io.partnercentral.selling.model.StartEngagementByAcceptingInvitationTaskRequest;
import io.partnercentral.selling.model.StartEngagementByAcceptingInvitationTaskResponse;
import io.partnercentral.selling.model.StartEngagementFromOpportunityTaskRequest;
import io.partnercentral.selling.model.StartEngagementFromOpportunityTaskResponse;
import io.partnercentral.selling.model.StartOpportunityFromEngagementTaskRequest;
import io.partnercentral.selling.model.StartOpportunityFromEngagementTaskResponse;
import io.partnercentral.selling.model.StartProspectingFromEngagementTaskRequest;
import io.partnercentral.selling.model.StartProspectingFromEngagementTaskResponse;
import java.time.Duration;
import java.util.function.Consumer;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;

/**
 * Partner Central's asynchronous tasks: starting them, listing them, and waiting for one to finish.
 * The service has no Get operation for three of the four kinds; the waiters read them through their
 * listing filtered by task id. Obtained from {@link PartnerCentralSelling#tasks()}. Thread-safe.
 *
 * <p>For fakes in tests: every method has a default that throws
 * {@link UnsupportedOperationException}.
 *
 * <pre>{@code
 * StartEngagementByAcceptingInvitationTaskResponse started =
 *     selling.tasks().startEngagementByAcceptingInvitation(r -> r.identifier("engi-0123456789abc"));
 * TaskOutcome outcome = selling.tasks().waitFor(TaskKind.ENGAGEMENT_BY_ACCEPTING_INVITATION,
 *     started.taskId().orElseThrow(), Duration.ofMinutes(2));
 * String opportunityId = outcome.opportunityId().orElseThrow();
 * }</pre>
 */
public interface TaskClient extends TaskOperations {
    /** {@return the catalog calls of this client act on} */
    default Catalog catalog() {
        throw NotImplemented.method("TaskClient.catalog");
    }

    /**
     * {@return this client bound to another catalog}
     *
     * @param catalog the catalog, {@code AWS} or {@code Sandbox}
     */
    default TaskClient inCatalog(Catalog catalog) {
        throw NotImplemented.method("TaskClient.inCatalog");
    }

    /**
     * StartEngagementByAcceptingInvitationTask: accepts an invitation and creates the partner's opportunity.
     *
     * @param request the request
     * @return the started task: its id and status; wait for it with {@link #waitFor(TaskKind, String, Duration)}
     */
    default StartEngagementByAcceptingInvitationTaskResponse startEngagementByAcceptingInvitation(
            StartEngagementByAcceptingInvitationTaskRequest request) {
        throw NotImplemented.method("TaskClient.startEngagementByAcceptingInvitation");
    }

    /**
     * As {@link #startEngagementByAcceptingInvitation(StartEngagementByAcceptingInvitationTaskRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code StartEngagementByAcceptingInvitationTaskRequest} builder
     * @return the same as {@link #startEngagementByAcceptingInvitation(StartEngagementByAcceptingInvitationTaskRequest)}
     */
    default StartEngagementByAcceptingInvitationTaskResponse startEngagementByAcceptingInvitation(
            Consumer<StartEngagementByAcceptingInvitationTaskRequest.Builder> request) {
        StartEngagementByAcceptingInvitationTaskRequest.Builder builder = StartEngagementByAcceptingInvitationTaskRequest.builder();
        RequestChecks.argument("StartEngagementByAcceptingInvitationTask", "request", request).accept(builder);
        return startEngagementByAcceptingInvitation(builder.build());
    }

    /**
     * StartEngagementFromOpportunityTask: submits the opportunity to AWS and creates, on the service's
     * side, an engagement, a resource snapshot of the opportunity, a <b>snapshot job</b> that keeps it
     * current, and the invitation. Do not create another snapshot job on the same target afterwards:
     * the service refuses it with a ConflictException; read the job's id from the outcome of
     * {@link #waitFor(TaskKind, String, Duration)} ({@link TaskOutcome#resourceSnapshotJobId()}).
     *
     * @param request the request
     * @return the started task: its id and status
     */
    default StartEngagementFromOpportunityTaskResponse startEngagementFromOpportunity(
            StartEngagementFromOpportunityTaskRequest request) {
        throw NotImplemented.method("TaskClient.startEngagementFromOpportunity");
    }

    /**
     * As {@link #startEngagementFromOpportunity(StartEngagementFromOpportunityTaskRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code StartEngagementFromOpportunityTaskRequest} builder
     * @return the same as {@link #startEngagementFromOpportunity(StartEngagementFromOpportunityTaskRequest)}
     */
    default StartEngagementFromOpportunityTaskResponse startEngagementFromOpportunity(
            Consumer<StartEngagementFromOpportunityTaskRequest.Builder> request) {
        StartEngagementFromOpportunityTaskRequest.Builder builder = StartEngagementFromOpportunityTaskRequest.builder();
        RequestChecks.argument("StartEngagementFromOpportunityTask", "request", request).accept(builder);
        return startEngagementFromOpportunity(builder.build());
    }

    /**
     * StartOpportunityFromEngagementTask: converts a (lead) engagement context into an opportunity.
     *
     * @param request the request
     * @return the started task: its id and status; wait for it with {@link #waitFor(TaskKind, String, Duration)}
     */
    default StartOpportunityFromEngagementTaskResponse startOpportunityFromEngagement(
            StartOpportunityFromEngagementTaskRequest request) {
        throw NotImplemented.method("TaskClient.startOpportunityFromEngagement");
    }

    /**
     * As {@link #startOpportunityFromEngagement(StartOpportunityFromEngagementTaskRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code StartOpportunityFromEngagementTaskRequest} builder
     * @return the same as {@link #startOpportunityFromEngagement(StartOpportunityFromEngagementTaskRequest)}
     */
    default StartOpportunityFromEngagementTaskResponse startOpportunityFromEngagement(
            Consumer<StartOpportunityFromEngagementTaskRequest.Builder> request) {
        StartOpportunityFromEngagementTaskRequest.Builder builder = StartOpportunityFromEngagementTaskRequest.builder();
        RequestChecks.argument("StartOpportunityFromEngagementTask", "request", request).accept(builder);
        return startOpportunityFromEngagement(builder.build());
    }

    /**
     * StartProspectingFromEngagementTask: enriches up to 100 engagements.
     *
     * @param request the request
     * @return the started task: its id and status; wait for it with {@link #waitFor(TaskKind, String, Duration)}
     */
    default StartProspectingFromEngagementTaskResponse startProspectingFromEngagement(
            StartProspectingFromEngagementTaskRequest request) {
        throw NotImplemented.method("TaskClient.startProspectingFromEngagement");
    }

    /**
     * As {@link #startProspectingFromEngagement(StartProspectingFromEngagementTaskRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code StartProspectingFromEngagementTaskRequest} builder
     * @return the same as {@link #startProspectingFromEngagement(StartProspectingFromEngagementTaskRequest)}
     */
    default StartProspectingFromEngagementTaskResponse startProspectingFromEngagement(
            Consumer<StartProspectingFromEngagementTaskRequest.Builder> request) {
        StartProspectingFromEngagementTaskRequest.Builder builder = StartProspectingFromEngagementTaskRequest.builder();
        RequestChecks.argument("StartProspectingFromEngagementTask", "request", request).accept(builder);
        return startProspectingFromEngagement(builder.build());
    }

    /**
     * GetProspectingFromEngagementTask.
     *
     * @param request the request
     * @return the service's answer
     */
    default GetProspectingFromEngagementTaskResponse getProspectingFromEngagement(
            GetProspectingFromEngagementTaskRequest request) {
        throw NotImplemented.method("TaskClient.getProspectingFromEngagement");
    }

    /**
     * GetProspectingFromEngagementTask by task id.
     *
     * @param taskId the task's id
     * @return the task, with its status and results
     */
    default GetProspectingFromEngagementTaskResponse getProspectingFromEngagement(String taskId) {
        return getProspectingFromEngagement(GetProspectingFromEngagementTaskRequest.builder().taskIdentifier(taskId).build());
    }

    /**
     * ListEngagementByAcceptingInvitationTasks, lazily.
     *
     * @param request the request
     * @return the items, lazily: each page is fetched when the previous one is used up
     */
    default PageIterable<ListEngagementByAcceptingInvitationTaskSummary> listEngagementByAcceptingInvitation(
            ListEngagementByAcceptingInvitationTasksRequest request) {
        throw NotImplemented.method("TaskClient.listEngagementByAcceptingInvitation");
    }

    /**
     * As {@link #listEngagementByAcceptingInvitation(ListEngagementByAcceptingInvitationTasksRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code ListEngagementByAcceptingInvitationTasksRequest} builder
     * @return the same as {@link #listEngagementByAcceptingInvitation(ListEngagementByAcceptingInvitationTasksRequest)}
     */
    default PageIterable<ListEngagementByAcceptingInvitationTaskSummary> listEngagementByAcceptingInvitation(
            Consumer<ListEngagementByAcceptingInvitationTasksRequest.Builder> request) {
        ListEngagementByAcceptingInvitationTasksRequest.Builder builder = ListEngagementByAcceptingInvitationTasksRequest.builder();
        RequestChecks.argument("ListEngagementByAcceptingInvitationTasks", "request", request).accept(builder);
        return listEngagementByAcceptingInvitation(builder.build());
    }

    /**
     * ListEngagementFromOpportunityTasks, lazily.
     *
     * @param request the request
     * @return the items, lazily: each page is fetched when the previous one is used up
     */
    default PageIterable<ListEngagementFromOpportunityTaskSummary> listEngagementFromOpportunity(
            ListEngagementFromOpportunityTasksRequest request) {
        throw NotImplemented.method("TaskClient.listEngagementFromOpportunity");
    }

    /**
     * As {@link #listEngagementFromOpportunity(ListEngagementFromOpportunityTasksRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code ListEngagementFromOpportunityTasksRequest} builder
     * @return the same as {@link #listEngagementFromOpportunity(ListEngagementFromOpportunityTasksRequest)}
     */
    default PageIterable<ListEngagementFromOpportunityTaskSummary> listEngagementFromOpportunity(
            Consumer<ListEngagementFromOpportunityTasksRequest.Builder> request) {
        ListEngagementFromOpportunityTasksRequest.Builder builder = ListEngagementFromOpportunityTasksRequest.builder();
        RequestChecks.argument("ListEngagementFromOpportunityTasks", "request", request).accept(builder);
        return listEngagementFromOpportunity(builder.build());
    }

    /**
     * ListOpportunityFromEngagementTasks, lazily.
     *
     * @param request the request
     * @return the items, lazily: each page is fetched when the previous one is used up
     */
    default PageIterable<ListOpportunityFromEngagementTaskSummary> listOpportunityFromEngagement(
            ListOpportunityFromEngagementTasksRequest request) {
        throw NotImplemented.method("TaskClient.listOpportunityFromEngagement");
    }

    /**
     * As {@link #listOpportunityFromEngagement(ListOpportunityFromEngagementTasksRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code ListOpportunityFromEngagementTasksRequest} builder
     * @return the same as {@link #listOpportunityFromEngagement(ListOpportunityFromEngagementTasksRequest)}
     */
    default PageIterable<ListOpportunityFromEngagementTaskSummary> listOpportunityFromEngagement(
            Consumer<ListOpportunityFromEngagementTasksRequest.Builder> request) {
        ListOpportunityFromEngagementTasksRequest.Builder builder = ListOpportunityFromEngagementTasksRequest.builder();
        RequestChecks.argument("ListOpportunityFromEngagementTasks", "request", request).accept(builder);
        return listOpportunityFromEngagement(builder.build());
    }

    /**
     * ListProspectingFromEngagementTasks, lazily.
     *
     * @param request the request
     * @return the items, lazily: each page is fetched when the previous one is used up
     */
    default PageIterable<ProspectingTaskSummary> listProspectingFromEngagement(
            ListProspectingFromEngagementTasksRequest request) {
        throw NotImplemented.method("TaskClient.listProspectingFromEngagement");
    }

    /**
     * As {@link #listProspectingFromEngagement(ListProspectingFromEngagementTasksRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code ListProspectingFromEngagementTasksRequest} builder
     * @return the same as {@link #listProspectingFromEngagement(ListProspectingFromEngagementTasksRequest)}
     */
    default PageIterable<ProspectingTaskSummary> listProspectingFromEngagement(
            Consumer<ListProspectingFromEngagementTasksRequest.Builder> request) {
        ListProspectingFromEngagementTasksRequest.Builder builder = ListProspectingFromEngagementTasksRequest.builder();
        RequestChecks.argument("ListProspectingFromEngagementTasks", "request", request).accept(builder);
        return listProspectingFromEngagement(builder.build());
    }

    /**
     * Waits until the task finishes, polling with jittered exponential backoff (0.5 s up to 10 s),
     * and returns what it produced.
     *
     * @param kind which of the four task operations started the task
     * @param taskId the task's id
     * @param timeout how long to wait at most
     * @return what the finished task produced
     * @throws io.partnercentral.selling.exception.TaskFailedException if the task failed, with its reason code
     * @throws io.partnercentral.selling.exception.WaiterTimeoutException if {@code timeout} passes first
     */
    default TaskOutcome waitFor(TaskKind kind, String taskId, Duration timeout) {
        throw NotImplemented.method("TaskClient.waitFor");
    }

    /**
     * As {@link #waitFor(TaskKind, String, Duration)}, with the AWS SDK's waiter settings (backoff,
     * maximum attempts, wait timeout) instead of the defaults.
     *
     * @param kind which of the four task operations started the task
     * @param taskId the task's id
     * @param waiting the AWS SDK's waiter settings
     * @return what the finished task produced
     */
    default TaskOutcome waitFor(TaskKind kind, String taskId, WaiterOverrideConfiguration waiting) {
        throw NotImplemented.method("TaskClient.waitFor");
    }
}

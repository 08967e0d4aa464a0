package io.partnercentral.selling;

import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.GetProspectingFromEngagementTaskRequest;
import io.partnercentral.selling.model.GetProspectingFromEngagementTaskResponse;
import io.partnercentral.selling.model.StartEngagementByAcceptingInvitationTaskResponse;
import java.time.Duration;
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
     * GetProspectingFromEngagementTask by task id.
     *
     * @param taskId the task's id
     * @return the task, with its status and results
     */
    default GetProspectingFromEngagementTaskResponse getProspectingFromEngagement(String taskId) {
        return getProspectingFromEngagement(GetProspectingFromEngagementTaskRequest.builder().taskIdentifier(taskId).build());
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

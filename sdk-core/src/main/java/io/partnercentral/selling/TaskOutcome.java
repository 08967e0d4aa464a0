package io.partnercentral.selling;

import io.partnercentral.selling.model.EngagementProspectingResult;
import io.partnercentral.selling.model.TaskStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a finished task produced: the ids of the opportunity, engagement, invitation, snapshot job
 * and context it touched (each present when the task's kind reports it), and for prospecting tasks
 * the result per engagement. Immutable.
 *
 * <pre>{@code
 * TaskOutcome outcome = selling.tasks().waitFor(TaskKind.ENGAGEMENT_BY_ACCEPTING_INVITATION, taskId,
 *     Duration.ofMinutes(2));
 * String opportunityId = outcome.opportunityId().orElseThrow();
 * }</pre>
 */
public final class TaskOutcome {
    private final TaskKind kind;
    private final String taskId;
    private final TaskStatus status;
    private final String opportunityId;
    private final String engagementId;
    private final String engagementInvitationId;
    private final String resourceSnapshotJobId;
    private final String contextId;
    private final List<EngagementProspectingResult> prospectingResults;

    /**
     * An outcome; any id may be {@code null} when the task's kind does not report it.
     *
     * @param kind which of the four task operations started the task
     * @param taskId the task's id
     * @param status the status
     * @param opportunityId the opportunity's id
     * @param engagementId the engagement's id
     * @param engagementInvitationId the invitation's id, or {@code null}
     * @param resourceSnapshotJobId the snapshot job's id, or {@code null}
     * @param contextId the engagement context's id, or {@code null}
     * @param prospectingResults the prospecting results; empty for other tasks
     */
    public TaskOutcome(TaskKind kind, String taskId, TaskStatus status, String opportunityId, String engagementId,
            String engagementInvitationId, String resourceSnapshotJobId, String contextId,
            List<EngagementProspectingResult> prospectingResults) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.taskId = Objects.requireNonNull(taskId, "taskId");
        this.status = Objects.requireNonNull(status, "status");
        this.opportunityId = opportunityId;
        this.engagementId = engagementId;
        this.engagementInvitationId = engagementInvitationId;
        this.resourceSnapshotJobId = resourceSnapshotJobId;
        this.contextId = contextId;
        this.prospectingResults = prospectingResults == null ? List.of() : List.copyOf(prospectingResults);
    }

    /** {@return which operation started the task} */
    public TaskKind kind() {
        return kind;
    }

    /** {@return the task's id} */
    public String taskId() {
        return taskId;
    }

    /**
     * {@link TaskStatus#COMPLETE}; for prospecting, once the task has an end time.
     *
     * @return the task's final status
     */
    public TaskStatus status() {
        return status;
    }

    /** {@return the opportunity the task created or started from} */
    public Optional<String> opportunityId() {
        return Optional.ofNullable(opportunityId);
    }

    /** {@return the engagement the task created or started from} */
    public Optional<String> engagementId() {
        return Optional.ofNullable(engagementId);
    }

    /** {@return the invitation the task accepted or created} */
    public Optional<String> engagementInvitationId() {
        return Optional.ofNullable(engagementInvitationId);
    }

    /** {@return the snapshot job the task created} */
    public Optional<String> resourceSnapshotJobId() {
        return Optional.ofNullable(resourceSnapshotJobId);
    }

    /** {@return the engagement context the task used} */
    public Optional<String> contextId() {
        return Optional.ofNullable(contextId);
    }

    /**
     * Per engagement, for prospecting tasks; empty for the other kinds.
     *
     * @return the results per engagement; empty for the other kinds
     */
    public List<EngagementProspectingResult> prospectingResults() {
        return prospectingResults;
    }

    @Override
    public String toString() {
        return "TaskOutcome{" + kind + " " + taskId + " " + status.value()
                + (opportunityId == null ? "" : ", opportunity " + opportunityId)
                + (engagementId == null ? "" : ", engagement " + engagementId)
                + (engagementInvitationId == null ? "" : ", invitation " + engagementInvitationId)
                + (resourceSnapshotJobId == null ? "" : ", snapshot job " + resourceSnapshotJobId)
                + (contextId == null ? "" : ", context " + contextId)
                + (prospectingResults.isEmpty() ? "" : ", " + prospectingResults.size() + " prospecting results") + "}";
    }
}

package io.partnercentral.selling.exception;

import io.partnercentral.selling.model.ReasonCode;
import java.util.Optional;

/**
 * A Partner Central task (accepting an invitation, starting an engagement or opportunity, prospecting)
 * ended in {@code FAILED}. Carries the task's id, its reason code and the service's message.
 *
 * <pre>{@code
 * try {
 *     selling.tasks().waitFor(TaskKind.ENGAGEMENT_BY_ACCEPTING_INVITATION, taskId, Duration.ofMinutes(2));
 * } catch (TaskFailedException failed) {
 *     if (failed.reasonCode().filter(ReasonCode.INVITATION_VALIDATION_FAILED::equals).isPresent()) { ... }
 * }
 * }</pre>
 */
public class TaskFailedException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    /** The task's id. */
    private final String taskId;
    private final transient ReasonCode reasonCode;
    /** The service's message about the failure. */
    private final String taskMessage;

    /**
     * Creates the exception for a task that ended {@code FAILED}.
     *
     * @param taskKind the operation that started the task
     * @param taskId the task's id
     * @param reasonCode the service's reason code
     * @param taskMessage the service's message about the failure
     */
    public TaskFailedException(String taskKind, String taskId, ReasonCode reasonCode, String taskMessage) {
        super(new ErrorDetails(taskKind + " task " + taskId + " failed: "
                + (reasonCode == null ? "no reason code" : reasonCode.value())
                + (taskMessage == null ? "" : ": " + taskMessage),
                reasonCode == null ? null : reasonCode.value(), null, 0, retryable(reasonCode), null, taskKind));
        this.taskId = taskId;
        this.reasonCode = reasonCode;
        this.taskMessage = taskMessage;
    }

    /** A new task may succeed where this one was throttled or met an internal error. */
    private static boolean retryable(ReasonCode reasonCode) {
        return reasonCode != null && (reasonCode.equals(ReasonCode.REQUEST_THROTTLED)
                || reasonCode.equals(ReasonCode.INTERNAL_ERROR));
    }

    /** {@return the id of the task that failed} */
    public String taskId() {
        return taskId;
    }

    /** {@return the task's {@code ReasonCode}; empty if the service gave none} */
    public Optional<ReasonCode> reasonCode() {
        return Optional.ofNullable(reasonCode);
    }

    /** {@return the task's {@code Message}; empty if the service gave none} */
    public Optional<String> taskMessage() {
        return Optional.ofNullable(taskMessage);
    }
}

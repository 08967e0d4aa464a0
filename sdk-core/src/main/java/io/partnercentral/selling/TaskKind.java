package io.partnercentral.selling;

/**
 * The four kinds of Partner Central task, each started by its own operation and read back by its
 * own listing (or, for prospecting, by GetProspectingFromEngagementTask).
 *
 * <pre>{@code
 * TaskOutcome outcome = selling.tasks().waitFor(TaskKind.OPPORTUNITY_FROM_ENGAGEMENT, taskId, Duration.ofMinutes(2));
 * }</pre>
 */
public enum TaskKind {
    /** StartEngagementByAcceptingInvitationTask, read with ListEngagementByAcceptingInvitationTasks. */
    ENGAGEMENT_BY_ACCEPTING_INVITATION("StartEngagementByAcceptingInvitationTask"),
    /** StartEngagementFromOpportunityTask, read with ListEngagementFromOpportunityTasks. */
    ENGAGEMENT_FROM_OPPORTUNITY("StartEngagementFromOpportunityTask"),
    /** StartOpportunityFromEngagementTask, read with ListOpportunityFromEngagementTasks. */
    OPPORTUNITY_FROM_ENGAGEMENT("StartOpportunityFromEngagementTask"),
    /** StartProspectingFromEngagementTask, read with GetProspectingFromEngagementTask. */
    PROSPECTING_FROM_ENGAGEMENT("StartProspectingFromEngagementTask");

    private final String operation;

    TaskKind(String operation) {
        this.operation = operation;
    }

    /** {@return the operation that starts a task of this kind} */
    public String operation() {
        return operation;
    }
}

package io.partnercentral.selling.internal;

import io.partnercentral.selling.model.StartOpportunityFromEngagementTaskResponse;
import io.partnercentral.selling.model.StartOpportunityFromEngagementTaskRequest;
import io.partnercentral.selling.model.StartEngagementByAcceptingInvitationTaskResponse;
import io.partnercentral.selling.model.StartEngagementByAcceptingInvitationTaskRequest;
import io.partnercentral.selling.model.GetEngagementRequest;
import io.partnercentral.selling.exception.WaiterTimeoutException;
import io.partnercentral.selling.EngagementClient;
import io.partnercentral.selling.InvitationClient;
import io.partnercentral.selling.OpportunityClient;
import io.partnercentral.selling.ReferralInbox;
import io.partnercentral.selling.TaskClient;
import io.partnercentral.selling.TaskKind;
import io.partnercentral.selling.TaskOutcome;
import io.partnercentral.selling.model.EngagementContextDetails;
import io.partnercentral.selling.model.EngagementContextType;
import io.partnercentral.selling.model.EngagementInvitationPayloadType;
import io.partnercentral.selling.model.EngagementInvitationSummary;
import io.partnercentral.selling.model.EngagementInvitation;
import io.partnercentral.selling.model.Engagement;
import io.partnercentral.selling.model.InvitationStatus;
import io.partnercentral.selling.model.LeadContext;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.ParticipantType;
import io.partnercentral.selling.model.UpdateEngagementContextPayload;
import io.partnercentral.selling.model.UpdateEngagementContextResponse;
import io.partnercentral.selling.model.UpdateLeadContext;
import io.partnercentral.selling.exception.InvalidResponseException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import io.partnercentral.selling.PageIterable;
import io.partnercentral.selling.model.OpportunityEngagementInvitationSortName;
import io.partnercentral.selling.model.SortOrder;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Internal API: the inbox as a composition of the sub-clients, so it works the same over the real
 * facade and over a user's fakes of those clients.
 */
public final class DefaultReferralInbox implements ReferralInbox {
    private final InvitationClient invitations;
    private final TaskClient tasks;
    private final EngagementClient engagements;
    private final OpportunityClient opportunities;
    private final Clock clock;

    public DefaultReferralInbox(InvitationClient invitations, TaskClient tasks, EngagementClient engagements,
            OpportunityClient opportunities, Clock clock) {
        this.invitations = Objects.requireNonNull(invitations, "invitations");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.engagements = Objects.requireNonNull(engagements, "engagements");
        this.opportunities = Objects.requireNonNull(opportunities, "opportunities");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Iterable<EngagementInvitationSummary> pending() {
        // The service sorts, so that nothing is gathered here: a page at a time, as the caller consumes it.
        PageIterable<EngagementInvitationSummary> pages = invitations.list(r -> r.participantType(ParticipantType.RECEIVER)
                .addStatus(InvitationStatus.PENDING)
                .addPayloadType(EngagementInvitationPayloadType.OPPORTUNITY_INVITATION,
                        EngagementInvitationPayloadType.LEAD_INVITATION)
                .sort(s -> s.sortBy(OpportunityEngagementInvitationSortName.INVITATION_DATE).sortOrder(SortOrder.ASCENDING)));
        return () -> {
            Instant now = clock.instant();
            // The service marks expired invitations EXPIRED on its own schedule; do not offer one that has run out.
            return pages.stream().filter(i -> i.expirationDate().map(now::isBefore).orElse(true)).iterator();
        };
    }

    @Override
    public Opportunity accept(String invitationId, Duration timeout) {
        RequestChecks.argument("StartEngagementByAcceptingInvitationTask", "timeout", timeout);
        Deadline deadline = new Deadline("accepting invitation " + invitationId, timeout);
        StartEngagementByAcceptingInvitationTaskRequest start = StartEngagementByAcceptingInvitationTaskRequest.builder()
                .identifier(invitationId).build();
        StartEngagementByAcceptingInvitationTaskResponse started = deadline.write(
                Operation.START_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASK, invitationId,
                () -> tasks.startEngagementByAcceptingInvitation(start),
                left -> ((DefaultTaskClient) tasks).callWithin(Operation.START_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASK,
                        start, left), tasks instanceof DefaultTaskClient);
        String taskId = started.taskId()
                .filter(id -> !id.isEmpty())
                .orElseThrow(() -> invalid("StartEngagementByAcceptingInvitationTask", "returned no TaskId"));
        TaskOutcome outcome = tasks.waitFor(TaskKind.ENGAGEMENT_BY_ACCEPTING_INVITATION, taskId, deadline.left());
        return opportunity(createdOpportunity(outcome, "ListEngagementByAcceptingInvitationTasks", taskId), deadline);
    }

    /** The opportunity a task created, read within what is left of the wait when the client is the SDK's own. */
    private Opportunity opportunity(String id, Deadline deadline) {
        return deadline.read(() -> opportunities.get(id),
                left -> ((DefaultOpportunityClient) opportunities).getWithin(id, left), opportunities instanceof DefaultOpportunityClient);
    }

    /**
     * What is left of an inbox call's timeout, spread over all its steps (the start of a task, the
     * wait for it, the reads around it), so that a server which never answers cannot hold the call
     * past it. Over the facade's own clients each step is bounded by the time left; over a caller's
     * fakes only the wait is.
     */
    private static final class Deadline {
        private final String what;
        private final Duration timeout;
        private final long end;

        Deadline(String what, Duration timeout) {
            this.what = what;
            this.timeout = timeout;
            this.end = System.nanoTime() + timeout.toNanos();
        }

        Duration left() {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new WaiterTimeoutException(what + " did not finish within " + timeout);
            }
            return Duration.ofNanos(left);
        }

        private boolean passed() {
            return end - System.nanoTime() <= 0;
        }

        /** A read: one that the time left cut short is the wait's timeout. */
        <T> T read(java.util.function.Supplier<T> unbounded, java.util.function.Function<Duration, T> bounded, boolean canBound) {
            if (!canBound) {
                return unbounded.get();
            }
            try {
                return bounded.apply(left());
            } catch (PartnerCentralException failure) {
                if (passed()) {
                    WaiterTimeoutException timedOut = new WaiterTimeoutException(what + " did not finish within " + timeout);
                    timedOut.addSuppressed(failure);
                    throw timedOut;
                }
                throw failure;
            }
        }

        /** A write: one that the time left cut short may have landed, so its outcome is unknown. */
        <T> T write(Operation operation, String id, java.util.function.Supplier<T> unbounded,
                java.util.function.Function<Duration, T> bounded, boolean canBound) {
            if (!canBound) {
                return unbounded.get();
            }
            try {
                return bounded.apply(left());
            } catch (PartnerCentralException failure) {
                if (passed() && !(failure instanceof io.partnercentral.selling.exception.ValidationException v && v.isLocal())) {
                    throw DefaultOpportunityClient.outcomeUnknown(operation, id, failure,
                            "the timeout of " + timeout + " ended the call before its answer came");
                }
                throw failure;
            }
        }
    }

    @Override
    public void reject(String invitationId, String reason) {
        invitations.reject(invitationId, reason);
    }

    @Override
    public Engagement acceptLead(String invitationId) {
        invitations.accept(invitationId);
        EngagementInvitation invitation = invitations.get(invitationId);
        return engagements.get(invitation.engagementId().filter(id -> !id.isEmpty()).orElseThrow(() -> invalid(
                "GetEngagementInvitation", "returned an invitation that names no EngagementId")));
    }

    @Override
    public UpdateEngagementContextResponse qualifyLead(String engagementId, UnaryOperator<UpdateLeadContext> change) {
        RequestChecks.argument("UpdateEngagementContext", "change", change);
        Engagement engagement = engagements.get(engagementId);
        EngagementContextDetails context = leadContext(engagement, engagementId);
        LeadContext lead = context.payload().flatMap(p -> p.lead()).orElseThrow(() -> invalid(
                "GetEngagement", "returned a lead context without a Lead payload"));
        UpdateLeadContext current = UpdateLeadContext.builder()
                .customer(lead.customer())
                .qualificationStatus(lead.qualificationStatus())
                .insights(lead.insights())
                .build();
        UpdateLeadContext changed = Objects.requireNonNull(change.apply(current), "change returned null");
        Instant lastModified = engagement.modifiedAt().orElseThrow(() -> invalid(
                "GetEngagement", "returned no ModifiedAt; the lead cannot be updated safely"));
        return engagements.updateContext(r -> r.engagementIdentifier(engagementId)
                .contextIdentifier(context.id().orElseThrow())
                .engagementLastModifiedAt(lastModified)
                .type(EngagementContextType.LEAD)
                .payload(UpdateEngagementContextPayload.of(changed)));
    }

    @Override
    public Opportunity convertLead(String engagementId, Duration timeout) {
        RequestChecks.argument("StartOpportunityFromEngagementTask", "timeout", timeout);
        Deadline deadline = new Deadline("converting lead " + engagementId, timeout);
        GetEngagementRequest read = GetEngagementRequest.builder().identifier(engagementId).build();
        Engagement engagement = deadline.read(() -> engagements.get(read),
                left -> ((DefaultEngagementClient) engagements).callWithin(Operation.GET_ENGAGEMENT, read, left),
                engagements instanceof DefaultEngagementClient);
        EngagementContextDetails context = leadContext(engagement, engagementId);
        StartOpportunityFromEngagementTaskRequest start = StartOpportunityFromEngagementTaskRequest.builder()
                .identifier(engagementId).contextIdentifier(context.id().orElseThrow()).build();
        StartOpportunityFromEngagementTaskResponse started = deadline.write(Operation.START_OPPORTUNITY_FROM_ENGAGEMENT_TASK,
                engagementId, () -> tasks.startOpportunityFromEngagement(start),
                left -> ((DefaultTaskClient) tasks).callWithin(Operation.START_OPPORTUNITY_FROM_ENGAGEMENT_TASK, start, left),
                tasks instanceof DefaultTaskClient);
        String taskId = started.taskId()
                .filter(id -> !id.isEmpty())
                .orElseThrow(() -> invalid("StartOpportunityFromEngagementTask", "returned no TaskId"));
        TaskOutcome outcome = tasks.waitFor(TaskKind.OPPORTUNITY_FROM_ENGAGEMENT, taskId, deadline.left());
        return opportunity(createdOpportunity(outcome, "ListOpportunityFromEngagementTasks", taskId), deadline);
    }

    private static EngagementContextDetails leadContext(Engagement engagement, String engagementId) {
        return engagement.contexts().stream()
                .filter(c -> c.type().filter(EngagementContextType.LEAD::equals).isPresent() && c.id().isPresent())
                .findFirst()
                .orElseThrow(() -> ValidationException.local("GetEngagement", List.of(new Violation("Identifier",
                        ValidationErrorCode.INVALID_RESOURCE_STATE, "names an engagement without a lead context"))));
    }

    /** The opportunity a COMPLETE task names; a task listed as COMPLETE without one is a malformed answer. */
    private static String createdOpportunity(TaskOutcome outcome, String listing, String taskId) {
        return outcome.opportunityId().filter(id -> !id.isEmpty()).orElseThrow(() -> invalid(listing,
                "listed task " + taskId + " as COMPLETE without an OpportunityId"));
    }

    /** An answer that parsed but lacks what the model's workflow needs from it. */
    private static InvalidResponseException invalid(String operation, String what) {
        return new InvalidResponseException(new PartnerCentralException.ErrorDetails(
                operation + " " + what, null, null, 200, false, null, operation));
    }
}

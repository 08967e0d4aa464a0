package io.partnercentral.selling.internal;

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
import io.partnercentral.selling.model.GetEngagementInvitationResponse;
import io.partnercentral.selling.model.GetEngagementResponse;
import io.partnercentral.selling.model.InvitationStatus;
import io.partnercentral.selling.model.LeadContext;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.ParticipantType;
import io.partnercentral.selling.model.UpdateEngagementContextPayload;
import io.partnercentral.selling.model.UpdateEngagementContextResponse;
import io.partnercentral.selling.model.UpdateLeadContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
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
    public List<EngagementInvitationSummary> pending() {
        Instant now = clock.instant();
        return invitations.list(r -> r.participantType(ParticipantType.RECEIVER)
                        .addStatus(InvitationStatus.PENDING)
                        .addPayloadType(EngagementInvitationPayloadType.OPPORTUNITY_INVITATION,
                                EngagementInvitationPayloadType.LEAD_INVITATION))
                .stream()
                // The service marks expired invitations EXPIRED on its own schedule; do not offer one that has run out.
                .filter(i -> i.expirationDate().map(now::isBefore).orElse(true))
                .sorted(Comparator.comparing((EngagementInvitationSummary i) -> i.expirationDate().orElse(Instant.MAX)))
                .toList();
    }

    @Override
    public Opportunity accept(String invitationId, Duration timeout) {
        String taskId = tasks.startEngagementByAcceptingInvitation(r -> r.identifier(invitationId)).taskId()
                .orElseThrow(() -> new IllegalStateException("StartEngagementByAcceptingInvitationTask returned no TaskId"));
        TaskOutcome outcome = tasks.waitFor(TaskKind.ENGAGEMENT_BY_ACCEPTING_INVITATION, taskId, timeout);
        return opportunities.get(outcome.opportunityId().orElseThrow(() -> new IllegalStateException(
                "task " + taskId + " completed without an OpportunityId")));
    }

    @Override
    public void reject(String invitationId, String reason) {
        invitations.reject(invitationId, reason);
    }

    @Override
    public GetEngagementResponse acceptLead(String invitationId) {
        invitations.accept(invitationId);
        GetEngagementInvitationResponse invitation = invitations.get(invitationId);
        return engagements.get(invitation.engagementId().orElseThrow(() -> new IllegalStateException(
                "invitation " + invitationId + " names no engagement")));
    }

    @Override
    public UpdateEngagementContextResponse qualifyLead(String engagementId, UnaryOperator<UpdateLeadContext> change) {
        Objects.requireNonNull(change, "change");
        GetEngagementResponse engagement = engagements.get(engagementId);
        EngagementContextDetails context = leadContext(engagement, engagementId);
        LeadContext lead = context.payload().flatMap(p -> p.lead()).orElseThrow(() -> new IllegalStateException(
                "the lead context of engagement " + engagementId + " has no Lead payload"));
        UpdateLeadContext current = UpdateLeadContext.builder()
                .customer(lead.customer())
                .qualificationStatus(lead.qualificationStatus())
                .insights(lead.insights())
                .build();
        UpdateLeadContext changed = Objects.requireNonNull(change.apply(current), "change returned null");
        Instant lastModified = engagement.modifiedAt().orElseThrow(() -> new IllegalStateException(
                "GetEngagement returned no ModifiedAt; the lead cannot be updated safely"));
        return engagements.updateContext(r -> r.engagementIdentifier(engagementId)
                .contextIdentifier(context.id().orElseThrow())
                .engagementLastModifiedAt(lastModified)
                .type(EngagementContextType.LEAD)
                .payload(UpdateEngagementContextPayload.of(changed)));
    }

    @Override
    public Opportunity convertLead(String engagementId, Duration timeout) {
        EngagementContextDetails context = leadContext(engagements.get(engagementId), engagementId);
        String taskId = tasks.startOpportunityFromEngagement(r -> r.identifier(engagementId)
                        .contextIdentifier(context.id().orElseThrow())).taskId()
                .orElseThrow(() -> new IllegalStateException("StartOpportunityFromEngagementTask returned no TaskId"));
        TaskOutcome outcome = tasks.waitFor(TaskKind.OPPORTUNITY_FROM_ENGAGEMENT, taskId, timeout);
        return opportunities.get(outcome.opportunityId().orElseThrow(() -> new IllegalStateException(
                "task " + taskId + " completed without an OpportunityId")));
    }

    private static EngagementContextDetails leadContext(GetEngagementResponse engagement, String engagementId) {
        return engagement.contexts().stream()
                .filter(c -> c.type().filter(EngagementContextType.LEAD::equals).isPresent() && c.id().isPresent())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("engagement " + engagementId + " has no lead context"));
    }
}

package io.partnercentral.selling;

import io.partnercentral.selling.model.Engagement;
import io.partnercentral.selling.model.EngagementInvitationSummary;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.UpdateEngagementContextResponse;
import io.partnercentral.selling.model.UpdateLeadContext;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * The partner's inbox of what AWS sends: opportunity referrals ({@code OpportunityInvitation}) and
 * leads ({@code LeadInvitation}). Built on {@link InvitationClient}, {@link TaskClient},
 * {@link EngagementClient} and {@link OpportunityClient}; obtained from
 * {@link PartnerCentralSelling#inbox()}. Thread-safe.
 *
 * <p>For fakes in tests: every method has a default that throws
 * {@link UnsupportedOperationException}.
 *
 * <pre>{@code
 * ReferralInbox inbox = selling.inbox();
 * for (EngagementInvitationSummary invitation : inbox.pending()) {
 *     if (invitation.payloadType().filter(EngagementInvitationPayloadType.OPPORTUNITY_INVITATION::equals).isPresent()) {
 *         Opportunity accepted = inbox.accept(invitation.id().orElseThrow(), Duration.ofMinutes(2));
 *         crm.link(accepted.id().orElseThrow());
 *     }
 * }
 * }</pre>
 */
public interface ReferralInbox {
    /**
     * The invitations of both payload kinds waiting for this partner's answer and not yet expired,
     * oldest first (so, as invitations run for a fixed time, soonest to expire first; each summary
     * carries its {@code ExpirationDate}). Lazy: each iteration lists anew, a page at a time as it is
     * consumed, and holds no more than one page.
     *
     * @return the pending invitations of both kinds, lazily
     */
    default Iterable<EngagementInvitationSummary> pending() {
        throw NotImplemented.method("ReferralInbox.pending");
    }

    /**
     * Accepts a referral through StartEngagementByAcceptingInvitationTask, waits for the task and
     * returns the opportunity it created in the partner's catalog.
     *
     * @param invitationId the engagement invitation's id
     * @param timeout how long to wait at most
     * @return the opportunity the task created
     * @throws io.partnercentral.selling.exception.TaskFailedException if the task failed (e.g. the invitation expired)
     * @throws io.partnercentral.selling.exception.WaiterTimeoutException if {@code timeout} passes first
     */
    default Opportunity accept(String invitationId, Duration timeout) {
        throw NotImplemented.method("ReferralInbox.accept");
    }

    /**
     * Rejects an invitation with a reason (1 to 80 printable characters).
     *
     * @param invitationId the engagement invitation's id
     * @param reason why, as the service records it
     */
    default void reject(String invitationId, String reason) {
        throw NotImplemented.method("ReferralInbox.reject");
    }

    /**
     * Accepts a lead (AcceptEngagementInvitation) and returns the engagement it joined, with its lead context.
     *
     * @param invitationId the engagement invitation's id
     * @return the service's answer
     */
    default Engagement acceptLead(String invitationId) {
        throw NotImplemented.method("ReferralInbox.acceptLead");
    }

    /**
     * Qualifies a lead: reads the engagement, applies {@code change} to its lead context and sends it
     * with UpdateEngagementContext, carrying the engagement's last-modified time exactly as read, so a
     * concurrent change fails with {@link io.partnercentral.selling.exception.ConflictException}
     * instead of being overwritten.
     *
     * @param engagementId the engagement's id
     * @param change the change, applied to the value as read
     * @return the service's answer
     */
    default UpdateEngagementContextResponse qualifyLead(String engagementId, UnaryOperator<UpdateLeadContext> change) {
        throw NotImplemented.method("ReferralInbox.qualifyLead");
    }

    /**
     * Converts a lead into an opportunity through StartOpportunityFromEngagementTask on the
     * engagement's lead context, waits for the task and returns the new opportunity.
     *
     * @param engagementId the engagement's id
     * @param timeout how long to wait at most
     * @return the opportunity the task created
     */
    default Opportunity convertLead(String engagementId, Duration timeout) {
        throw NotImplemented.method("ReferralInbox.convertLead");
    }
}

package io.partnercentral.selling;

import io.partnercentral.selling.model.AcceptEngagementInvitationRequest;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.EngagementInvitation;
import io.partnercentral.selling.model.GetEngagementInvitationRequest;
import io.partnercentral.selling.model.RejectEngagementInvitationRequest;

/**
 * Engagement invitations: AWS referrals ({@code OpportunityInvitation}), leads
 * ({@code LeadInvitation}) and invitations between partners. Obtained from
 * {@link PartnerCentralSelling#invitations()}. Thread-safe. To accept a referral and get the
 * opportunity it creates, use {@link TaskClient#startEngagementByAcceptingInvitation} and its
 * waiter, or {@link ReferralInbox#accept}.
 *
 * <p>For fakes in tests: every method has a default that throws
 * {@link UnsupportedOperationException}.
 *
 * <pre>{@code
 * selling.invitations().list(r -> r.participantType(ParticipantType.RECEIVER)
 *         .addStatus(InvitationStatus.PENDING)).stream()
 *     .forEach(invitation -> log.info("{} expires {}", invitation.id(), invitation.expirationDate()));
 * selling.invitations().reject("engi-0123456789abc", "Customer is outside our territory");
 * }</pre>
 */
public interface InvitationClient extends InvitationOperations {
    /** {@return the catalog calls of this client act on} */
    default Catalog catalog() {
        throw NotImplemented.method("InvitationClient.catalog");
    }

    /**
     * {@return this client bound to another catalog}
     *
     * @param catalog the catalog, {@code AWS} or {@code Sandbox}
     */
    default InvitationClient inCatalog(Catalog catalog) {
        throw NotImplemented.method("InvitationClient.inCatalog");
    }

    /**
     * GetEngagementInvitation by invitation id or ARN.
     *
     * @param invitationId the engagement invitation's id
     * @return the service's answer
     */
    default EngagementInvitation get(String invitationId) {
        return get(GetEngagementInvitationRequest.builder().identifier(invitationId).build());
    }

    /**
     * AcceptEngagementInvitation by invitation id or ARN, in the bound catalog.
     *
     * @param invitationId the invitation's id or ARN
     */
    default void accept(String invitationId) {
        accept(AcceptEngagementInvitationRequest.builder().identifier(invitationId).build());
    }

    /**
     * RejectEngagementInvitation with a reason (1 to 80 printable characters).
     *
     * @param invitationId the engagement invitation's id
     * @param reason why, as the service records it
     */
    default void reject(String invitationId, String reason) {
        reject(RejectEngagementInvitationRequest.builder().identifier(invitationId).rejectionReason(reason).build());
    }

}

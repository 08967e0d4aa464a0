package io.partnercentral.selling;

import io.partnercentral.selling.internal.RequestChecks;
import io.partnercentral.selling.model.AcceptEngagementInvitationRequest;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreateEngagementInvitationRequest;
import io.partnercentral.selling.model.CreateEngagementInvitationResponse;
import io.partnercentral.selling.model.EngagementInvitationSummary;
import io.partnercentral.selling.model.GetEngagementInvitationRequest;
import io.partnercentral.selling.model.GetEngagementInvitationResponse;
import io.partnercentral.selling.model.ListEngagementInvitationsRequest;
import io.partnercentral.selling.model.RejectEngagementInvitationRequest;
import java.util.function.Consumer;

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
     * ListEngagementInvitations, lazily. {@code ParticipantType} is required.
     *
     * @param request the request
     * @return the items, lazily: each page is fetched when the previous one is used up
     */
    default PageIterable<EngagementInvitationSummary> list(ListEngagementInvitationsRequest request) {
        throw NotImplemented.method("InvitationClient.list");
    }

    /**
     * As {@link #list(ListEngagementInvitationsRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code ListEngagementInvitationsRequest} builder
     * @return the same as {@link #list(ListEngagementInvitationsRequest)}
     */
    default PageIterable<EngagementInvitationSummary> list(Consumer<ListEngagementInvitationsRequest.Builder> request) {
        ListEngagementInvitationsRequest.Builder builder = ListEngagementInvitationsRequest.builder();
        RequestChecks.argument("ListEngagementInvitations", "request", request).accept(builder);
        return list(builder.build());
    }

    /**
     * GetEngagementInvitation.
     *
     * @param request the request
     * @return the service's answer
     */
    default GetEngagementInvitationResponse get(GetEngagementInvitationRequest request) {
        throw NotImplemented.method("InvitationClient.get");
    }

    /**
     * GetEngagementInvitation by invitation id or ARN.
     *
     * @param invitationId the engagement invitation's id
     * @return the service's answer
     */
    default GetEngagementInvitationResponse get(String invitationId) {
        return get(GetEngagementInvitationRequest.builder().identifier(invitationId).build());
    }

    /**
     * AcceptEngagementInvitation: accepts without creating an opportunity.
     *
     * @param request the request
     */
    default void accept(AcceptEngagementInvitationRequest request) {
        throw NotImplemented.method("InvitationClient.accept");
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
     * RejectEngagementInvitation.
     *
     * @param request the request
     */
    default void reject(RejectEngagementInvitationRequest request) {
        throw NotImplemented.method("InvitationClient.reject");
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

    /**
     * CreateEngagementInvitation: invites another partner into an engagement.
     *
     * @param request the request
     * @return the service's answer
     */
    default CreateEngagementInvitationResponse create(CreateEngagementInvitationRequest request) {
        throw NotImplemented.method("InvitationClient.create");
    }

    /**
     * As {@link #create(CreateEngagementInvitationRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code CreateEngagementInvitationRequest} builder
     * @return the same as {@link #create(CreateEngagementInvitationRequest)}
     */
    default CreateEngagementInvitationResponse create(Consumer<CreateEngagementInvitationRequest.Builder> request) {
        CreateEngagementInvitationRequest.Builder builder = CreateEngagementInvitationRequest.builder();
        RequestChecks.argument("CreateEngagementInvitation", "request", request).accept(builder);
        return create(builder.build());
    }
}

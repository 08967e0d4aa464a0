package io.partnercentral.selling.events;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.EngagementInvitation;
import java.util.Objects;

/**
 * An event about an engagement invitation ({@code detail.engagementInvitation}): an AWS referral or
 * lead received, an invitation this partner sent, or an answer to one.
 *
 * <pre>{@code
 * if (event instanceof EngagementInvitationEvent.Created created && !created.invitation().sentByThisAccount()) {
 *     EngagementInvitation invitation = created.resolve(selling);
 *     inbox.review(invitation);
 * }
 * }</pre>
 */
public sealed interface EngagementInvitationEvent extends PartnerCentralEvent {
    /** {@return the invitation as the event describes it} */
    EngagementInvitationRef invitation();

    /** {@return the invitation's id ({@code detail.engagementInvitation.id})} */
    default String invitationId() {
        return invitation().id();
    }

    /**
     * Reads the invitation now (GetEngagementInvitation) in the event's catalog.
     *
     * @param selling the facade to read through
     * @return the invitation as the service has it now
     */
    default EngagementInvitation resolve(PartnerCentralSelling selling) {
        return selling.invitations().inCatalog(catalog()).get(invitationId());
    }

    /**
     * Detail-type {@code Engagement Invitation Created}.
     *
     * @param envelope the envelope
     * @param catalog {@code detail.catalog}
     * @param invitation {@code detail.engagementInvitation}
     */
    record Created(EventEnvelope envelope, Catalog catalog, EngagementInvitationRef invitation)
            implements EngagementInvitationEvent {
        /**
         * Checks that no component is null.
         *
         * @param envelope the envelope
         * @param catalog {@code detail.catalog}
         * @param invitation {@code detail.engagementInvitation}
         */
        public Created {
            Objects.requireNonNull(envelope, "envelope");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(invitation, "invitation");
        }
    }

    /**
     * Detail-type {@code Engagement Invitation Accepted}.
     *
     * @param envelope the envelope
     * @param catalog {@code detail.catalog}
     * @param invitation {@code detail.engagementInvitation}
     */
    record Accepted(EventEnvelope envelope, Catalog catalog, EngagementInvitationRef invitation)
            implements EngagementInvitationEvent {
        /**
         * Checks that no component is null.
         *
         * @param envelope the envelope
         * @param catalog {@code detail.catalog}
         * @param invitation {@code detail.engagementInvitation}
         */
        public Accepted {
            Objects.requireNonNull(envelope, "envelope");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(invitation, "invitation");
        }
    }

    /**
     * Detail-type {@code Engagement Invitation Rejected}.
     *
     * @param envelope the envelope
     * @param catalog {@code detail.catalog}
     * @param invitation {@code detail.engagementInvitation}
     */
    record Rejected(EventEnvelope envelope, Catalog catalog, EngagementInvitationRef invitation)
            implements EngagementInvitationEvent {
        /**
         * Checks that no component is null.
         *
         * @param envelope the envelope
         * @param catalog {@code detail.catalog}
         * @param invitation {@code detail.engagementInvitation}
         */
        public Rejected {
            Objects.requireNonNull(envelope, "envelope");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(invitation, "invitation");
        }
    }

    /**
     * Detail-type {@code Engagement Invitation Expired}.
     *
     * @param envelope the envelope
     * @param catalog {@code detail.catalog}
     * @param invitation {@code detail.engagementInvitation}
     */
    record Expired(EventEnvelope envelope, Catalog catalog, EngagementInvitationRef invitation)
            implements EngagementInvitationEvent {
        /**
         * Checks that no component is null.
         *
         * @param envelope the envelope
         * @param catalog {@code detail.catalog}
         * @param invitation {@code detail.engagementInvitation}
         */
        public Expired {
            Objects.requireNonNull(envelope, "envelope");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(invitation, "invitation");
        }
    }
}

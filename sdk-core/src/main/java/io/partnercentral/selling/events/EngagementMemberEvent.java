package io.partnercentral.selling.events;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.Engagement;
import java.util.Objects;
import java.util.Optional;

/**
 * An event about a member of an engagement ({@code detail.engagement.id} and
 * {@code detail.engagementMember}). {@code toString} leaves out the member's account id and company
 * name.
 *
 * <pre>{@code
 * if (event instanceof EngagementMemberEvent.Added added) {
 *     Engagement engagement = added.resolve(selling);
 * }
 * }</pre>
 */
public sealed interface EngagementMemberEvent extends PartnerCentralEvent {
    /** {@return the engagement's id ({@code detail.engagement.id}), unchecked} */
    String engagementId();

    /** {@return {@code detail.engagementMember.accountId}, if given} */
    Optional<String> memberAccountId();

    /** {@return {@code detail.engagementMember.companyName}, if given: personal data, keep it out of logs} */
    Optional<String> memberCompanyName();

    /**
     * Reads the engagement now (GetEngagement) in the event's catalog.
     *
     * @param selling the facade to read through
     * @return the engagement as the service has it now
     */
    default Engagement resolve(PartnerCentralSelling selling) {
        return selling.engagements().inCatalog(catalog()).get(engagementId());
    }

    /**
     * Detail-type {@code Engagement Member Joined}. AWS documents no example; read when its detail has the shape of Engagement Member Added's, else the event is an {@link UnknownEvent}.
     *
     * @param envelope the envelope
     * @param catalog {@code detail.catalog}
     * @param engagementId {@code detail.engagement.id}
     * @param memberAccountId {@code detail.engagementMember.accountId}
     * @param memberCompanyName {@code detail.engagementMember.companyName}
     */
    record Joined(EventEnvelope envelope, Catalog catalog, String engagementId, Optional<String> memberAccountId,
            Optional<String> memberCompanyName) implements EngagementMemberEvent {
        /**
         * Checks that no component is null.
         *
         * @param envelope the envelope
         * @param catalog {@code detail.catalog}
         * @param engagementId {@code detail.engagement.id}
         * @param memberAccountId {@code detail.engagementMember.accountId}
         * @param memberCompanyName {@code detail.engagementMember.companyName}
         */
        public Joined {
            Objects.requireNonNull(envelope, "envelope");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(engagementId, "engagementId");
            Objects.requireNonNull(memberAccountId, "memberAccountId");
            Objects.requireNonNull(memberCompanyName, "memberCompanyName");
        }

        @Override
        public String toString() {
            return "Joined[envelope=" + envelope + ", catalog=" + catalog + ", engagementId=" + engagementId + "]";
        }
    }

    /**
     * Detail-type {@code Engagement Member Added}.
     *
     * @param envelope the envelope
     * @param catalog {@code detail.catalog}
     * @param engagementId {@code detail.engagement.id}
     * @param memberAccountId {@code detail.engagementMember.accountId}
     * @param memberCompanyName {@code detail.engagementMember.companyName}
     */
    record Added(EventEnvelope envelope, Catalog catalog, String engagementId, Optional<String> memberAccountId,
            Optional<String> memberCompanyName) implements EngagementMemberEvent {
        /**
         * Checks that no component is null.
         *
         * @param envelope the envelope
         * @param catalog {@code detail.catalog}
         * @param engagementId {@code detail.engagement.id}
         * @param memberAccountId {@code detail.engagementMember.accountId}
         * @param memberCompanyName {@code detail.engagementMember.companyName}
         */
        public Added {
            Objects.requireNonNull(envelope, "envelope");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(engagementId, "engagementId");
            Objects.requireNonNull(memberAccountId, "memberAccountId");
            Objects.requireNonNull(memberCompanyName, "memberCompanyName");
        }

        @Override
        public String toString() {
            return "Added[envelope=" + envelope + ", catalog=" + catalog + ", engagementId=" + engagementId + "]";
        }
    }
}

package io.partnercentral.selling.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an engagement invitation event says of the invitation ({@code detail.engagementInvitation}).
 * Only {@code id} is required; the rest is as the event gives it, unchecked. {@code toString} shows
 * the ids and types, not the sender's company name or the account ids.
 *
 * @param id {@code id}, e.g. {@code engi-...}
 * @param arn {@code arn}
 * @param engagementId {@code engagementId}
 * @param senderAccountId {@code senderAccountId}
 * @param receiverAccountId {@code receiverAccountId}
 * @param senderCompanyName {@code senderCompanyName} (Created only)
 * @param expirationDate {@code expirationDate} (Created only)
 * @param participantType {@code participantType}: {@code Sender} or {@code Receiver} in the documented
 *     examples (the API's filter spells them {@code SENDER}/{@code RECEIVER})
 * @param payloadType {@code payloadType}: {@code OpportunityInvitation} or {@code LeadInvitation}
 */
public record EngagementInvitationRef(String id, Optional<String> arn, Optional<String> engagementId,
        Optional<String> senderAccountId, Optional<String> receiverAccountId, Optional<String> senderCompanyName,
        Optional<Instant> expirationDate, Optional<String> participantType, Optional<String> payloadType) {
    /**
     * Checks that no component is null.
     *
     * @param id {@code id}, e.g. {@code engi-...}
     * @param arn {@code arn}
     * @param engagementId {@code engagementId}
     * @param senderAccountId {@code senderAccountId}
     * @param receiverAccountId {@code receiverAccountId}
     * @param senderCompanyName {@code senderCompanyName} (Created only)
     * @param expirationDate {@code expirationDate} (Created only)
     * @param participantType {@code participantType}: {@code Sender} or {@code Receiver} in the documented examples (the API's filter spells them {@code SENDER}/{@code RECEIVER})
     * @param payloadType {@code payloadType}: {@code OpportunityInvitation} or {@code LeadInvitation}
     */
    public EngagementInvitationRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(engagementId, "engagementId");
        Objects.requireNonNull(senderAccountId, "senderAccountId");
        Objects.requireNonNull(receiverAccountId, "receiverAccountId");
        Objects.requireNonNull(senderCompanyName, "senderCompanyName");
        Objects.requireNonNull(expirationDate, "expirationDate");
        Objects.requireNonNull(participantType, "participantType");
        Objects.requireNonNull(payloadType, "payloadType");
    }

    /** {@return whether this account sent the invitation (participant type {@code Sender}, in any casing)} */
    public boolean sentByThisAccount() {
        return participantType.map(type -> type.equalsIgnoreCase("Sender")).orElse(false);
    }

    @Override
    public String toString() {
        return "EngagementInvitationRef[id=" + id + ", engagementId=" + engagementId.orElse(null) + ", participantType="
                + participantType.orElse(null) + ", payloadType=" + payloadType.orElse(null) + "]";
    }
}

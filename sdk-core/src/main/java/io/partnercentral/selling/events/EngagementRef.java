package io.partnercentral.selling.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an engagement event says of the engagement ({@code detail.engagement}), read whatever the
 * casing of its keys ({@code CreatedAt} beside {@code engagementId} in the documented example).
 * {@code toString} leaves out who created or changed it.
 *
 * @param engagementId {@code engagementId}
 * @param arn {@code engagementArn}
 * @param createdAt {@code CreatedAt} (Engagement Created)
 * @param createdBy {@code CreatedBy} (Engagement Created)
 * @param lastModifiedAt {@code LastModifiedAt} (Engagement Updated)
 * @param lastModifiedBy {@code LastModifiedBy} (Engagement Updated)
 * @param contextTypes {@code ContextTypes}
 */
public record EngagementRef(String engagementId, Optional<String> arn, Optional<Instant> createdAt,
        Optional<String> createdBy, Optional<Instant> lastModifiedAt, Optional<String> lastModifiedBy,
        List<String> contextTypes) {
    /**
     * Checks that no component is null and copies the list.
     *
     * @param engagementId {@code engagementId}
     * @param arn {@code engagementArn}
     * @param createdAt {@code CreatedAt} (Engagement Created)
     * @param createdBy {@code CreatedBy} (Engagement Created)
     * @param lastModifiedAt {@code LastModifiedAt} (Engagement Updated)
     * @param lastModifiedBy {@code LastModifiedBy} (Engagement Updated)
     * @param contextTypes {@code ContextTypes}
     */
    public EngagementRef {
        Objects.requireNonNull(engagementId, "engagementId");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(lastModifiedAt, "lastModifiedAt");
        Objects.requireNonNull(lastModifiedBy, "lastModifiedBy");
        contextTypes = List.copyOf(contextTypes);
    }

    @Override
    public String toString() {
        return "EngagementRef[engagementId=" + engagementId + ", contextTypes=" + contextTypes + "]";
    }
}

package io.partnercentral.selling.events;

import io.partnercentral.selling.model.ResourceType;
import io.partnercentral.selling.model.SnapshotTarget;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a snapshot event says of the snapshot ({@code detail.resourceSnapshot}), unchecked.
 * {@code toString} leaves out the creator and the member accounts.
 *
 * @param arn {@code arn}
 * @param engagementId {@code engagementId}
 * @param resourceType {@code resourceType}, {@code Opportunity} today
 * @param resourceId {@code resourceId}
 * @param templateName {@code resourceSnapshotTemplateName}
 * @param createdBy {@code createdBy}
 * @param targetMemberAccounts {@code targetMemberAccounts}
 * @param revision {@code revision}, which the documented example does not carry
 */
public record ResourceSnapshotRef(Optional<String> arn, String engagementId, String resourceType, String resourceId,
        String templateName, Optional<String> createdBy, List<String> targetMemberAccounts, OptionalInt revision) {
    /**
     * Checks that no component is null and copies the list.
     *
     * @param arn {@code arn}
     * @param engagementId {@code engagementId}
     * @param resourceType {@code resourceType}, {@code Opportunity} today
     * @param resourceId {@code resourceId}
     * @param templateName {@code resourceSnapshotTemplateName}
     * @param createdBy {@code createdBy}
     * @param targetMemberAccounts {@code targetMemberAccounts}
     * @param revision {@code revision}, which the documented example does not carry
     */
    public ResourceSnapshotRef {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(engagementId, "engagementId");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(templateName, "templateName");
        Objects.requireNonNull(createdBy, "createdBy");
        targetMemberAccounts = List.copyOf(targetMemberAccounts);
        Objects.requireNonNull(revision, "revision");
    }

    /** {@return the snapshot's target, for {@link io.partnercentral.selling.SnapshotClient#get(SnapshotTarget)}} */
    public SnapshotTarget target() {
        return new SnapshotTarget(engagementId, ResourceType.of(resourceType), resourceId, templateName);
    }

    @Override
    public String toString() {
        return "ResourceSnapshotRef[engagementId=" + engagementId + ", resourceType=" + resourceType + ", resourceId="
                + resourceId + ", templateName=" + templateName
                + (revision.isPresent() ? ", revision=" + revision.getAsInt() : "") + "]";
    }
}

package io.partnercentral.selling.model;

import java.util.Objects;

/**
 * What a snapshot is taken of: an opportunity within an engagement, through a template. Checked
 * locally against the API's identifier patterns before any request.
 *
 * <pre>{@code SnapshotTarget.opportunity("eng-0123456789abcd", "O1234567", "OpportunitySummaryView")}</pre>
 *
 * @param engagementIdentifier the engagement ({@code eng-} and 14 lowercase alphanumerics, or an ARN)
 * @param resourceType the resource's type; only {@link ResourceType#OPPORTUNITY} exists today
 * @param resourceIdentifier the resource's id, for an opportunity {@code O} and digits
 * @param templateIdentifier the snapshot template ({@code [a-zA-Z0-9]{3,80}})
 */
public record SnapshotTarget(
        String engagementIdentifier, ResourceType resourceType, String resourceIdentifier, String templateIdentifier) {
    /**
     * Creates a {@code SnapshotTarget}, checking its components.
     *
     * @param engagementIdentifier the engagement ({@code eng-} and 14 lowercase alphanumerics, or an ARN)
     * @param resourceType the resource's type; only {@link ResourceType#OPPORTUNITY} exists today
     * @param resourceIdentifier the resource's id, for an opportunity {@code O} and digits
     * @param templateIdentifier the snapshot template ({@code [a-zA-Z0-9]{3,80}})
     */
    public SnapshotTarget {
        Objects.requireNonNull(resourceType, "resourceType");
    }

    /**
     * {@return an opportunity in an engagement, through a template}
     *
     * @param engagementIdentifier the engagement's id
     * @param opportunityId the opportunity's id
     * @param templateIdentifier the snapshot template's name
     */
    public static SnapshotTarget opportunity(String engagementIdentifier, String opportunityId, String templateIdentifier) {
        return new SnapshotTarget(engagementIdentifier, ResourceType.OPPORTUNITY, opportunityId, templateIdentifier);
    }
}

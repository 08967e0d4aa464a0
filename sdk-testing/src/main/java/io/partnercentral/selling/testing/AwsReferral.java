package io.partnercentral.selling.testing;

/**
 * The identifiers of an AWS referral seeded with {@link PartnerCentralEmulator#seedAwsReferral()}.
 *
 * <p>The partner's opportunity ({@link #opportunityId()}) is what GetOpportunity and
 * ListOpportunities return. AWS's own opportunity ({@link #awsOpportunityId()}) exists only as the
 * resource of the engagement's snapshot, whose payload is an {@code AwsOpportunitySummaryFullView}:
 *
 * <pre>{@code
 * AwsReferral referral = emulator.seedAwsReferral();
 * client.getResourceSnapshot(r -> r.catalog(referral.catalog())
 *     .engagementIdentifier(referral.engagementId())
 *     .resourceType("Opportunity")
 *     .resourceIdentifier(referral.awsOpportunityId())
 *     .resourceSnapshotTemplateIdentifier(referral.snapshotTemplateName()));
 * }</pre>
 *
 * @param catalog the catalog everything was seeded in
 * @param opportunityId the partner's opportunity, Origin {@code AWS Referral}
 * @param awsOpportunityId AWS's opportunity, the snapshot's ResourceIdentifier
 * @param engagementId the engagement, {@code eng-} and 14 characters
 * @param snapshotTemplateName the snapshot's template, {@value PartnerCentralEmulator#AWS_FULL_VIEW_TEMPLATE}
 * @param snapshotArn the snapshot's ARN
 * @param snapshotRevision the snapshot's revision, 1
 */
public record AwsReferral(
        String catalog,
        String opportunityId,
        String awsOpportunityId,
        String engagementId,
        String snapshotTemplateName,
        String snapshotArn,
        int snapshotRevision) {}

package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Internal API: one immutable snapshot revision.
 *
 * @param sequence creation order across all snapshots, for stable listing
 * @param payloadMember the member of the Payload union: {@code OpportunitySummary} or
 *     {@code AwsOpportunitySummaryFullView}
 * @param payload the member's value; never handed out without a copy
 */
record Snapshot(
        long sequence,
        String catalog,
        String engagementId,
        String resourceType,
        String resourceId,
        String templateName,
        int revision,
        String arn,
        String createdBy,
        Instant createdAt,
        String payloadMember,
        ObjectNode payload) {}

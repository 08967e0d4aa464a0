package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;

/** Internal API: a resource snapshot job; mutable, guarded by the service's lock. */
final class SnapshotJob {
    final String id;
    final String arn;
    final String catalog;
    final String engagementId;
    final String resourceType;
    final String resourceId;
    final String resourceArn;
    final String templateName;
    final Instant createdAt;
    final ArrayNode tags;
    String status = "Stopped";
    Instant lastSuccessfulExecution;

    SnapshotJob(String id, String arn, String catalog, String engagementId, String resourceType, String resourceId,
            String resourceArn, String templateName, Instant createdAt, ArrayNode tags) {
        this.id = id;
        this.arn = arn;
        this.catalog = catalog;
        this.engagementId = engagementId;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.resourceArn = resourceArn;
        this.templateName = templateName;
        this.createdAt = createdAt;
        this.tags = tags;
    }
}

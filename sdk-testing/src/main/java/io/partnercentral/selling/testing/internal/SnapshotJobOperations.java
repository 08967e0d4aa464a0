package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.SnapshotJobStatus;
import io.partnercentral.selling.model.SortOrder;
import io.partnercentral.selling.model.ValidationErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Internal API: Create, Start, Stop, Get, Delete and ListResourceSnapshotJobs.
 *
 * <p>A job is created Stopped. While Running it does what the service's asynchronous job does, but at
 * once: when started and whenever its opportunity changes, it takes a new snapshot revision if the
 * opportunity's OpportunitySummary differs from the latest revision.
 */
final class SnapshotJobOperations {
    private final EmulatorState state;
    private final SnapshotOperations snapshots;

    SnapshotJobOperations(EmulatorState state, SnapshotOperations snapshots) {
        this.state = state;
        this.snapshots = snapshots;
    }

    ObjectNode create(ObjectNode request, Violations v) {
        SnapshotOperations.Target target = SnapshotOperations.target(request, v);
        String token = Json.text(request, "ClientToken");
        if (target.catalog() != null && token != null) {
            ObjectNode earlier = state.replay("CreateResourceSnapshotJob", token, request);
            if (earlier != null) {
                return earlier;
            }
        }
        v.throwIfAny();
        SnapshotOperations.rejectAwsTemplate(target.template());

        StoredOpportunity opportunity = state.opportunity(target.catalog(), target.resourceId());
        Engagement engagement = snapshots.engagementForWrite(target.catalog(), target.engagementId());
        for (SnapshotJob job : state.jobs.values()) {
            if (job.engagementId.equals(engagement.id()) && job.resourceId.equals(opportunity.id)
                    && job.templateName.equals(target.template())) {
                throw ServiceException.conflict("A snapshot job for this engagement, resource and template exists.");
            }
        }
        String id = state.newJobId();
        ArrayNode tags = Json.arr(request, "Tags");
        SnapshotJob job = new SnapshotJob(id, state.arn(target.catalog(), "resource-snapshot-job/" + id),
                target.catalog(), engagement.id(), target.resourceType(), opportunity.id, opportunity.arn,
                target.template(), state.now(), tags == null ? Json.array() : tags.deepCopy());
        state.jobs.put(id, job);
        state.tag(job.arn, tags);

        ObjectNode response = Json.object();
        response.put("Id", id);
        response.put("Arn", job.arn);
        state.remember("CreateResourceSnapshotJob", token, request, response);
        return response;
    }

    ObjectNode start(ObjectNode request, Violations v) {
        SnapshotJob job = job(request, v);
        if (SnapshotJobStatus.RUNNING.value().equals(job.status)) {
            invalidState("The job is already running.");
        }
        job.status = SnapshotJobStatus.RUNNING.value();
        run(job);
        return Json.object();
    }

    ObjectNode stop(ObjectNode request, Violations v) {
        SnapshotJob job = job(request, v);
        if (!SnapshotJobStatus.RUNNING.value().equals(job.status)) {
            invalidState("The job must be started before it can be stopped.");
        }
        job.status = SnapshotJobStatus.STOPPED.value();
        return Json.object();
    }

    ObjectNode delete(ObjectNode request, Violations v) {
        SnapshotJob job = job(request, v);
        if (SnapshotJobStatus.RUNNING.value().equals(job.status)) {
            throw ServiceException.conflict("The job must be stopped before it can be deleted.");
        }
        state.jobs.remove(job.id);
        state.tags.remove(job.arn);
        return Json.object();
    }

    ObjectNode get(ObjectNode request, Violations v) {
        SnapshotJob job = job(request, v);
        ObjectNode response = Json.object();
        response.put("Catalog", job.catalog);
        response.put("Id", job.id);
        response.put("Arn", job.arn);
        response.put("EngagementId", job.engagementId);
        response.put("ResourceType", job.resourceType);
        response.put("ResourceId", job.resourceId);
        response.put("ResourceArn", job.resourceArn);
        response.put("ResourceSnapshotTemplateName", job.templateName);
        response.put("CreatedAt", Json.timestamp(job.createdAt));
        response.put("Status", job.status);
        if (job.lastSuccessfulExecution != null) {
            response.put("LastSuccessfulExecutionDate", Json.timestamp(job.lastSuccessfulExecution));
        }
        return response;
    }

    ObjectNode list(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        int maxResults = Pagination.maxResults(request, 100);
        String engagementId = Json.text(request, "EngagementIdentifier");
        String status = Json.text(request, "Status");
        // SortBy has one value, CreatedDate, the only order jobs are listed in; newest first by default.
        boolean ascending = SortOrder.ASCENDING.value().equals(Json.textAt(request, "Sort.SortOrder"));
        v.throwIfAny();

        List<SnapshotJob> matching = new ArrayList<>();
        for (SnapshotJob job : state.jobs.values()) {
            if (job.catalog.equals(catalog) && (engagementId == null || job.engagementId.equals(engagementId))
                    && (status == null || job.status.equals(status))) {
                matching.add(job);
            }
        }
        Pagination.Page<SnapshotJob> page = Pagination.page(matching,
                job -> new Pagination.Cursor(Json.timestamp(job.createdAt), job.id),
                Pagination.order(ascending), request, maxResults);
        ObjectNode response = Json.object();
        ArrayNode summaries = response.putArray("ResourceSnapshotJobSummaries");
        for (SnapshotJob job : page.items()) {
            ObjectNode summary = summaries.addObject();
            summary.put("Id", job.id);
            summary.put("Arn", job.arn);
            summary.put("EngagementId", job.engagementId);
            summary.put("Status", job.status);
        }
        if (page.nextToken() != null) {
            response.put("NextToken", page.nextToken());
        }
        return response;
    }

    /** Lets every running job of this opportunity catch up with its change. */
    void opportunityChanged(StoredOpportunity opportunity) {
        for (SnapshotJob job : state.jobs.values()) {
            if (job.resourceId.equals(opportunity.id) && SnapshotJobStatus.RUNNING.value().equals(job.status)) {
                run(job);
            }
        }
    }

    private void run(SnapshotJob job) {
        StoredOpportunity opportunity = state.opportunities.get(job.resourceId);
        Snapshot latest = snapshots.latest(job.engagementId, job.resourceId, job.templateName);
        if (latest == null || !latest.payload().equals(SnapshotOperations.summaryView(state, opportunity))) {
            snapshots.take(state.engagements.get(job.engagementId), opportunity, job.templateName);
        }
        job.lastSuccessfulExecution = state.now();
    }

    private SnapshotJob job(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        String id = Json.text(request, "ResourceSnapshotJobIdentifier");
        v.throwIfAny();
        SnapshotJob job = state.jobs.get(id);
        if (job == null || !job.catalog.equals(catalog)) {
            throw ServiceException.notFound("Resource snapshot job not found in catalog " + catalog + ".");
        }
        return job;
    }

    private static void invalidState(String message) {
        Violations v = new Violations();
        v.business("ResourceSnapshotJobIdentifier", ValidationErrorCode.INVALID_RESOURCE_STATE, message);
        v.throwIfAny();
    }

}

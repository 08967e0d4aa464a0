package io.partnercentral.selling.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.partnercentral.selling.PageIterable;
import io.partnercentral.selling.SnapshotJobClient;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.ResourceNotFoundException;
import io.partnercentral.selling.exception.WaiterTimeoutException;
import io.partnercentral.selling.model.ListResourceSnapshotJobsResponse;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreatedSnapshotJob;
import io.partnercentral.selling.model.ListSnapshotJobsRequest;
import io.partnercentral.selling.model.ResourceType;
import io.partnercentral.selling.model.SnapshotJob;
import io.partnercentral.selling.model.SnapshotJobStatus;
import io.partnercentral.selling.model.SnapshotJobSummary;
import io.partnercentral.selling.model.SnapshotTarget;
import io.partnercentral.selling.model.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Internal API: the snapshot job operations of the facade, each with the JSON body it sends. */
public final class DefaultSnapshotJobClient implements SnapshotJobClient {
    private static final io.partnercentral.selling.model.WireCodec<CreatedSnapshotJob> CREATED = io.partnercentral.selling.model.ModelCodecs.of(CreatedSnapshotJob.class);
    private static final io.partnercentral.selling.model.WireCodec<SnapshotJob> JOB = io.partnercentral.selling.model.ModelCodecs.of(SnapshotJob.class);
    private static final io.partnercentral.selling.model.WireCodec<ListResourceSnapshotJobsResponse> LISTED = io.partnercentral.selling.model.ModelCodecs.of(ListResourceSnapshotJobsResponse.class);
    private static final Duration FIRST_DELAY = Duration.ofMillis(200);
    private static final Duration MAX_DELAY = Duration.ofSeconds(5);

    /** Waits between polls; replaced in tests so they need not sleep. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final WireTransport transport;
    private final Catalog catalog;
    private final Clock clock;
    private final Sleeper sleeper;

    public DefaultSnapshotJobClient(WireTransport transport, Catalog catalog) {
        this(transport, catalog, Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
    }

    DefaultSnapshotJobClient(WireTransport transport, Catalog catalog, Clock clock, Sleeper sleeper) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public SnapshotJobClient inCatalog(Catalog other) {
        return other.equals(catalog) ? this : new DefaultSnapshotJobClient(transport, other, clock, sleeper);
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record CreateBody(
            @JsonProperty("Catalog") Catalog catalog,
            @JsonProperty("ClientToken") String clientToken,
            @JsonProperty("EngagementIdentifier") String engagementIdentifier,
            @JsonProperty("ResourceType") ResourceType resourceType,
            @JsonProperty("ResourceIdentifier") String resourceIdentifier,
            @JsonProperty("ResourceSnapshotTemplateIdentifier") String templateIdentifier,
            @JsonProperty("Tags") List<Tag> tags) {}

    /** Get, Start, Stop and DeleteResourceSnapshotJob all name the job alone. */
    record JobBody(
            @JsonProperty("Catalog") Catalog catalog,
            @JsonProperty("ResourceSnapshotJobIdentifier") String jobIdentifier) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ListBody(
            @JsonProperty("ResourceSnapshotJobSummaries") List<SnapshotJobSummary> summaries,
            @JsonProperty("NextToken") String nextToken) {}

    @Override
    public CreatedSnapshotJob create(SnapshotTarget target, List<Tag> tags) {
        RequestChecks checks = DefaultSnapshotClient.check(Operation.CREATE_RESOURCE_SNAPSHOT_JOB, target)
                .atMost("Tags", tags, 200);
        checks.throwIfInvalid();
        CreateBody body = new CreateBody(catalog, UUID.randomUUID().toString(), target.engagementIdentifier(),
                target.resourceType(), target.resourceIdentifier(), target.templateIdentifier(), List.copyOf(tags));
        return transport.call(Operation.CREATE_RESOURCE_SNAPSHOT_JOB, bytes(body), CREATED);
    }

    @Override
    public SnapshotJob get(String jobId) {
        return transport.call(Operation.GET_RESOURCE_SNAPSHOT_JOB, bytes(job(Operation.GET_RESOURCE_SNAPSHOT_JOB, jobId)), JOB);
    }

    @Override
    public void start(String jobId) {
        settled(Operation.START_RESOURCE_SNAPSHOT_JOB, jobId, SnapshotJobStatus.RUNNING);
    }

    @Override
    public void stop(String jobId) {
        settled(Operation.STOP_RESOURCE_SNAPSHOT_JOB, jobId, SnapshotJobStatus.STOPPED);
    }

    @Override
    public void delete(String jobId) {
        settled(Operation.DELETE_RESOURCE_SNAPSHOT_JOB, jobId, null);
    }

    /**
     * Start, Stop and Delete aim at a state ({@code target}; null for gone), and the service refuses
     * to repeat them (a running job cannot be started, a deleted one is not found). So when an
     * attempt's answer may have been lost, the job is read back, and a job already in the target
     * state means the call landed.
     */
    private void settled(Operation operation, String jobId, SnapshotJobStatus target) {
        WireExchange exchange = transport.exchange(bytes(job(operation, jobId)), null);
        try {
            transport.execute(operation, exchange);
        } catch (PartnerCentralException failure) {
            if (DefaultOpportunityClient.refused(failure, exchange)) {
                throw failure;
            }
            boolean reached;
            try {
                reached = target != null && get(jobId).status().filter(target::equals).isPresent();
            } catch (ResourceNotFoundException gone) {
                reached = target == null;
            } catch (PartnerCentralException readFailure) {
                PartnerCentralException unknown =
                        DefaultOpportunityClient.outcomeUnknown(operation, jobId, failure, "reading it back failed too");
                unknown.addSuppressed(readFailure);
                throw unknown;
            }
            if (!reached) {
                throw failure;
            }
        }
    }

    /** The body naming one job, after checking its id. */
    private JobBody job(Operation operation, String jobId) {
        RequestChecks.of(operation).jobId("ResourceSnapshotJobIdentifier", jobId).throwIfInvalid();
        return new JobBody(catalog, jobId);
    }

    @Override
    public PageIterable<SnapshotJobSummary> list(ListSnapshotJobsRequest request) {
        ListSnapshotJobsRequest bound = request.catalog().isPresent() ? request : request.toBuilder().catalog(catalog).build();
        RequestChecks.of(Operation.LIST_RESOURCE_SNAPSHOT_JOBS).catalog(bound.catalog().orElse(null))
                .model("ListResourceSnapshotJobs", bound).throwIfInvalid();
        return Paginator.over(Operation.LIST_RESOURCE_SNAPSHOT_JOBS, bound, bound.nextToken(),
                (first, token) -> first.toBuilder().nextToken(token).build(),
                page -> {
                    ListResourceSnapshotJobsResponse body = transport.call(Operation.LIST_RESOURCE_SNAPSHOT_JOBS, bytes(page), LISTED);
                    return Paginator.page(body.resourceSnapshotJobSummaries(), body.nextToken().orElse(null));
                });
    }

    @Override
    public SnapshotJob waitFor(String jobId, SnapshotJobStatus status, Duration timeout) {
        Objects.requireNonNull(status, "status");
        Instant deadline = clock.instant().plus(timeout);
        Duration delay = FIRST_DELAY;
        while (true) {
            SnapshotJob job = get(jobId);
            if (job.status().filter(status::equals).isPresent()) {
                return job;
            }
            Instant now = clock.instant();
            if (!now.isBefore(deadline)) {
                throw new WaiterTimeoutException("snapshot job " + jobId + " did not reach status " + status.value()
                        + " within " + timeout + " (last status: " + job.status().map(SnapshotJobStatus::value).orElse("none") + ")");
            }
            Duration remaining = Duration.between(now, deadline);
            try {
                sleeper.sleep(delay.compareTo(remaining) < 0 ? delay : remaining);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WaiterTimeoutException("interrupted while waiting for snapshot job " + jobId);
            }
            delay = delay.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay.multipliedBy(2);
        }
    }

    /** Transitional: the hand-made body records still go through the databind mapper. */
    private static byte[] bytes(Object body) {
        try {
            return WireJson.mapper().writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write request body", e);
        }
    }
}

package io.partnercentral.selling.internal;

import io.partnercentral.selling.PageIterable;
import io.partnercentral.selling.SnapshotJobClient;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.ResourceNotFoundException;
import io.partnercentral.selling.exception.WaiterTimeoutException;
import io.partnercentral.selling.metrics.Settlement;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreateResourceSnapshotJobRequest;
import io.partnercentral.selling.model.CreatedSnapshotJob;
import io.partnercentral.selling.model.DeleteResourceSnapshotJobRequest;
import io.partnercentral.selling.model.GetResourceSnapshotJobRequest;
import io.partnercentral.selling.model.ListSnapshotJobsRequest;
import io.partnercentral.selling.model.SnapshotJob;
import io.partnercentral.selling.model.SnapshotJobStatus;
import io.partnercentral.selling.model.SnapshotJobSummary;
import io.partnercentral.selling.model.SnapshotTarget;
import io.partnercentral.selling.model.StartResourceSnapshotJobRequest;
import io.partnercentral.selling.model.StopResourceSnapshotJobRequest;
import io.partnercentral.selling.model.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Internal API: the snapshot job operations, each through its {@link Operation} definition, with
 * start, stop and delete settled exactly once when an answer is lost, and a waiter.
 *
 * <p>Thread-safe: holds only immutable state; each call and each wait uses its own locals.
 */
public final class DefaultSnapshotJobClient extends CatalogBoundClient<SnapshotJobClient> implements SnapshotJobClient {
    private static final Duration FIRST_DELAY = Duration.ofMillis(200);
    private static final Duration MAX_DELAY = Duration.ofSeconds(5);
    /** The least time a poll gets, so that a wait whose time is nearly up still asks once more. */
    private static final Duration MIN_POLL = Duration.ofMillis(100);

    /** Waits between polls; replaced in tests so they need not sleep. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final WireTransport transport;
    private final Clock clock;
    private final Sleeper sleeper;

    /** {@code transport} must be the one {@code calls} sends through: settlement needs the attempt count. */
    public DefaultSnapshotJobClient(OperationCalls calls, WireTransport transport, Catalog catalog) {
        this(calls, transport, catalog, Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
    }

    DefaultSnapshotJobClient(OperationCalls calls, WireTransport transport, Catalog catalog, Clock clock,
            Sleeper sleeper) {
        super(calls, catalog, (sameCalls, other) -> new DefaultSnapshotJobClient(sameCalls, transport, other, clock, sleeper));
        this.transport = Objects.requireNonNull(transport, "transport");
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public CreatedSnapshotJob create(SnapshotTarget target, List<Tag> tags) {
        RequestChecks.argument("CreateResourceSnapshotJob", "Tags", tags);
        DefaultSnapshotClient.check(Operation.CREATE_RESOURCE_SNAPSHOT_JOB, target).atMost("Tags", tags, 200)
                .throwIfInvalid();
        return calls.call(Operation.CREATE_RESOURCE_SNAPSHOT_JOB, catalog, CreateResourceSnapshotJobRequest.builder()
                .engagementIdentifier(target.engagementIdentifier())
                .resourceType(target.resourceType())
                .resourceIdentifier(target.resourceIdentifier())
                .resourceSnapshotTemplateIdentifier(target.templateIdentifier())
                .addAllTags(tags)
                .build());
    }

    @Override
    public SnapshotJob get(String jobId) {
        checkJobId(Operation.GET_RESOURCE_SNAPSHOT_JOB, jobId);
        return calls.call(Operation.GET_RESOURCE_SNAPSHOT_JOB, catalog,
                GetResourceSnapshotJobRequest.builder().resourceSnapshotJobIdentifier(jobId).build());
    }

    /** A waiter's poll: GetResourceSnapshotJob ending, retries included, within {@code timeout}. */
    private SnapshotJob get(String jobId, Duration timeout) {
        return calls.call(Operation.GET_RESOURCE_SNAPSHOT_JOB, catalog,
                GetResourceSnapshotJobRequest.builder().resourceSnapshotJobIdentifier(jobId).build(), timeout);
    }

    @Override
    public void start(String jobId) {
        checkJobId(Operation.START_RESOURCE_SNAPSHOT_JOB, jobId);
        settled(OperationCalls.prepare(Operation.START_RESOURCE_SNAPSHOT_JOB, catalog,
                StartResourceSnapshotJobRequest.builder().resourceSnapshotJobIdentifier(jobId).build()),
                jobId, SnapshotJobStatus.RUNNING);
    }

    @Override
    public void stop(String jobId) {
        checkJobId(Operation.STOP_RESOURCE_SNAPSHOT_JOB, jobId);
        settled(OperationCalls.prepare(Operation.STOP_RESOURCE_SNAPSHOT_JOB, catalog,
                StopResourceSnapshotJobRequest.builder().resourceSnapshotJobIdentifier(jobId).build()),
                jobId, SnapshotJobStatus.STOPPED);
    }

    @Override
    public void delete(String jobId) {
        checkJobId(Operation.DELETE_RESOURCE_SNAPSHOT_JOB, jobId);
        settled(OperationCalls.prepare(Operation.DELETE_RESOURCE_SNAPSHOT_JOB, catalog,
                DeleteResourceSnapshotJobRequest.builder().resourceSnapshotJobIdentifier(jobId).build()),
                jobId, null);
    }

    /**
     * Start, Stop and Delete aim at a state ({@code target}; null for gone), and the service refuses
     * to repeat them (a running job cannot be started, a deleted one is not found). So when an
     * attempt's answer may have been lost, the job is read back, and a job already in the target
     * state means the call landed. Sent like {@link OperationCalls#send}, but keeping the exchange,
     * whose attempt count tells a refusal from a lost answer.
     */
    private void settled(OperationCalls.Prepared prepared, String jobId, SnapshotJobStatus target) {
        Operation operation = prepared.operation();
        WireExchange exchange = transport.exchange(prepared.bytes(), null);
        try {
            transport.execute(operation, exchange);
        } catch (PartnerCentralException failure) {
            if (DefaultOpportunityClient.refused(failure, exchange)) {
                throw failure;
            }
            boolean reached;
            try {
                // Read back for delete too (target null): only a job that is gone means it landed.
                SnapshotJob job = get(jobId);
                reached = target != null && job.status().filter(target::equals).isPresent();
            } catch (ResourceNotFoundException gone) {
                reached = target == null;
            } catch (PartnerCentralException readFailure) {
                transport.metrics().settlement(operation.wireName(), Settlement.UNKNOWN);
                PartnerCentralException unknown =
                        DefaultOpportunityClient.outcomeUnknown(operation, jobId, failure, "reading it back failed too");
                unknown.addSuppressed(readFailure);
                throw unknown;
            }
            transport.metrics().settlement(operation.wireName(), reached ? Settlement.LANDED : Settlement.NOT_LANDED);
            if (!reached) {
                throw failure;
            }
        }
    }

    /** A job id given as a plain argument: required, and by the model's rule, before anything is built. */
    private static void checkJobId(Operation operation, String jobId) {
        RequestChecks.of(operation).jobId("ResourceSnapshotJobIdentifier", jobId).throwIfInvalid();
    }

    @Override
    public PageIterable<SnapshotJobSummary> list(ListSnapshotJobsRequest request) {
        RequestChecks.argument("ListResourceSnapshotJobs", "request", request);
        // The checks of the facade before this class used OperationCalls, kept for their messages and
        // order; OperationCalls then checks the model's rules again, which pass by then.
        ListSnapshotJobsRequest bound = request.catalog().isPresent() ? request : request.toBuilder().catalog(catalog).build();
        RequestChecks.of(Operation.LIST_RESOURCE_SNAPSHOT_JOBS).catalog(bound.catalog().orElse(null))
                .model("ListResourceSnapshotJobs", bound).throwIfInvalid();
        return calls.pages(Operation.LIST_RESOURCE_SNAPSHOT_JOBS, catalog, request);
    }

    @Override
    public SnapshotJob waitFor(SnapshotJobStatus status, String jobId, Duration timeout) {
        RequestChecks.argument("GetResourceSnapshotJob", "status", status);
        RequestChecks.argument("GetResourceSnapshotJob", "timeout", timeout);
        checkJobId(Operation.GET_RESOURCE_SNAPSHOT_JOB, jobId);
        return Waits.timed(transport.metrics(), Operation.GET_RESOURCE_SNAPSHOT_JOB.wireName(),
                () -> waitUntil(jobId, status, timeout));
    }

    private SnapshotJob waitUntil(String jobId, SnapshotJobStatus status, Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        Duration delay = FIRST_DELAY;
        while (true) {
            // Each poll gets what is left of the wait, so one in flight cannot outlast it.
            Duration left = Duration.between(clock.instant(), deadline);
            SnapshotJob job = null;
            PartnerCentralException transientFailure = null;
            try {
                job = get(jobId, left.compareTo(MIN_POLL) > 0 ? left : MIN_POLL);
            } catch (PartnerCentralException failure) {
                if (!failure.isRetryable()) {
                    throw failure;
                }
                // A poll that timed out or met a transient failure: poll again while there is time.
                transientFailure = failure;
            }
            if (job != null && job.status().filter(status::equals).isPresent()) {
                return job;
            }
            Instant now = clock.instant();
            if (!now.isBefore(deadline)) {
                WaiterTimeoutException timedOut = new WaiterTimeoutException("snapshot job " + jobId
                        + " did not reach status " + status.value() + " within " + timeout + " (last status: "
                        + (job == null ? "unknown, the last poll failed" : job.status().map(SnapshotJobStatus::value).orElse("none"))
                        + ")");
                if (transientFailure != null) {
                    timedOut.addSuppressed(transientFailure);
                }
                throw timedOut;
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
}

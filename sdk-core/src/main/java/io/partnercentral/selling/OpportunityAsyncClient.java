package io.partnercentral.selling;

import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.ListOpportunitiesRequest;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.OpportunitySummary;
import io.partnercentral.selling.model.UpdatedOpportunity;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The asynchronous twin of {@link OpportunityClient}: create, read, read-modify-write, replace and list
 * opportunities, plus every other opportunity operation generated from the model
 * ({@link OpportunityAsyncOperations}). Obtained from {@link PartnerCentralSellingAsync#opportunities()}.
 * Thread-safe.
 *
 * <p>Each call checks its input exactly as the sync client does, from the same definition: a violation
 * completes the future with a {@link io.partnercentral.selling.exception.ValidationException} before
 * anything is sent. Failures arrive as the future's cause: {@code join()} throws a
 * {@link java.util.concurrent.CompletionException} and {@code get()} an
 * {@link java.util.concurrent.ExecutionException} whose {@code getCause()} is the
 * {@link io.partnercentral.selling.exception.PartnerCentralException} the sync call would throw, with
 * the same {@code isRetryable()} and, for a {@code ValidationException}, the same violations.
 *
 * <pre>{@code
 * CompletableFuture<UpdatedOpportunity> updated = selling.opportunities()
 *         .create(r -> r.opportunity(opportunity).idempotencyKey(crmRecordId))
 *         .thenCompose(created -> selling.opportunities().update(created.id(), current -> current.toBuilder()
 *                 .partnerOpportunityIdentifier(crmRecordId)
 *                 .build()));
 * }</pre>
 */
public interface OpportunityAsyncClient extends OpportunityAsyncOperations {
    /**
     * Validates and creates an opportunity. The client token is the request's, or one derived from its
     * idempotency key, or a random UUID, chosen once: every retry of this call sends it unchanged.
     *
     * @param request the opportunity and, optionally, its catalog, client token or idempotency key
     * @return the created opportunity's id and the client token sent
     */
    CompletableFuture<CreatedOpportunity> create(CreateOpportunityRequest request);

    /**
     * Creates an opportunity; see {@link #create(CreateOpportunityRequest)}.
     *
     * @param request fills a builder of {@link CreateOpportunityRequest}
     * @return the created opportunity's id and the client token sent
     */
    CompletableFuture<CreatedOpportunity> create(Consumer<CreateOpportunityRequest.Builder> request);

    /**
     * Creates an opportunity with a fresh client token; see {@link #create(CreateOpportunityRequest)}.
     *
     * @param opportunity the opportunity to create
     * @return the created opportunity's id and the client token sent
     */
    CompletableFuture<CreatedOpportunity> create(Opportunity opportunity);

    /**
     * Reads an opportunity, with every member of the reference.
     *
     * @param id the opportunity's id ({@code O} and digits)
     * @return the opportunity
     */
    CompletableFuture<Opportunity> get(String id);

    /**
     * Read-modify-write without blocking: reads the opportunity, applies {@code change}, checks the
     * result against the editability rules of its review status and the validator, and sends it whole
     * with the {@code LastModifiedDate} it read. On ConflictException (another writer got in) it reads
     * and applies {@code change} again, up to the builder's {@code maxUpdateAttempts}; {@code change}
     * must be free of side effects. When an attempt failed after it may have landed, a read-back
     * decides: the change found in place is a success, anything else completes the future with
     * {@link io.partnercentral.selling.exception.OutcomeUnknownException}. Unlike the sync client, no
     * lock orders this JVM's writers of one opportunity: they are ordered by the service's
     * LastModifiedDate check alone.
     *
     * @param id the opportunity's id
     * @param change makes the new version from the current one
     * @return the id and new LastModifiedDate
     */
    CompletableFuture<UpdatedOpportunity> update(String id, UnaryOperator<Opportunity> change);

    /**
     * Replaces the opportunity as a whole: every member {@code opportunity} omits becomes empty on the
     * service. {@code lastModifiedDate} must equal the service's current value, else the future fails
     * with ConflictException. Prefer {@link #update(String, UnaryOperator)}.
     *
     * @param id the opportunity's id
     * @param lastModifiedDate the version replaced
     * @param opportunity the new version
     * @return the id and new LastModifiedDate
     */
    CompletableFuture<UpdatedOpportunity> replace(String id, Instant lastModifiedDate, Opportunity opportunity);

    /**
     * Lists every opportunity of the bound catalog, a page per demand.
     *
     * @return the listing
     */
    default PagePublisher<OpportunitySummary> list() {
        return list(ListOpportunitiesRequest.builder().build());
    }
}

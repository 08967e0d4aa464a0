package io.partnercentral.selling;

import io.partnercentral.selling.internal.RequestChecks;
import io.partnercentral.selling.model.AssignOpportunityRequest;
import io.partnercentral.selling.model.AssigneeContact;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.GetAwsOpportunitySummaryRequest;
import io.partnercentral.selling.model.GetAwsOpportunitySummaryResponse;
import io.partnercentral.selling.model.ReviewStatus;
import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.InvolvementType;
import io.partnercentral.selling.model.ListOpportunitiesRequest;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.OpportunitySummary;
import io.partnercentral.selling.model.RelatedEntityType;
import io.partnercentral.selling.model.UpdatedOpportunity;
import io.partnercentral.selling.model.Visibility;
import java.time.Instant;
import java.util.Collection;
import java.util.stream.Stream;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Opportunities: create, read, update, list and submit. Obtained from
 * {@link PartnerCentralSelling#opportunities()}; bound to the client's catalog unless
 * {@link #inCatalog(Catalog)} says otherwise. Thread-safe.
 *
 * <p>Every write is validated locally first: when anything is invalid, a
 * {@link io.partnercentral.selling.exception.ValidationException} lists every violation and no
 * request is sent.
 *
 * <p>For fakes in tests: every method has a default that throws
 * {@link UnsupportedOperationException}, so a fake overrides only the calls its test makes and
 * keeps compiling when a later release adds methods.
 *
 * <pre>{@code
 * OpportunityClient opportunities = selling.opportunities();
 * CreatedOpportunity created = opportunities.create(r -> r.opportunity(opportunity).idempotencyKey(crmRecordId));
 * opportunities.update(created.id(), current -> current.toBuilder()
 *     .lifeCycle(current.lifeCycle().orElseThrow().toBuilder().nextSteps("Pricing call").build())
 *     .build());
 * }</pre>
 */
public interface OpportunityClient extends OpportunityOperations {
    /** {@return the catalog calls of this client act on} */
    default Catalog catalog() {
        throw NotImplemented.method("OpportunityClient.catalog");
    }

    /**
     * {@return this client bound to another catalog, for calls that name no catalog of their own}
     *
     * @param catalog the catalog, {@code AWS} or {@code Sandbox}
     */
    default OpportunityClient inCatalog(Catalog catalog) {
        throw NotImplemented.method("OpportunityClient.inCatalog");
    }

    /**
     * Creates an opportunity with a fresh client token; see {@link #create(CreateOpportunityRequest)}.
     *
     * @param opportunity the opportunity
     * @return the new opportunity's id and the ClientToken it was created with
     */
    default CreatedOpportunity create(Opportunity opportunity) {
        return create(CreateOpportunityRequest.builder()
                .opportunity(RequestChecks.argument("CreateOpportunity", "opportunity", opportunity)).build());
    }

    /**
     * Creates an opportunity; see {@link #create(CreateOpportunityRequest)}.
     *
     * @param request fills in a new {@code CreateOpportunityRequest} builder
     * @return the new opportunity's id and the ClientToken it was created with
     */
    default CreatedOpportunity create(Consumer<CreateOpportunityRequest.Builder> request) {
        CreateOpportunityRequest.Builder builder = CreateOpportunityRequest.builder();
        RequestChecks.argument("CreateOpportunity", "request", request).accept(builder);
        return create(builder.build());
    }

    /**
     * Validates and creates an opportunity. The client token is the request's, or one derived from
     * its idempotency key, or a random UUID, chosen once: every retry of this call sends it
     * unchanged, so a retried create never makes a duplicate. The result carries the token.
     *
     * @param request the request
     * @return the new opportunity's id and the ClientToken it was created with
     * @throws io.partnercentral.selling.exception.ValidationException before sending, if invalid
     */
    default CreatedOpportunity create(CreateOpportunityRequest request) {
        throw NotImplemented.method("OpportunityClient.create");
    }

    /**
     * Creates one opportunity per request at the pace of the write quota (see {@link PacingSettings}),
     * with up to {@link BulkOptions#concurrency()} calls in flight, and reports each record's outcome
     * in input order: {@link BulkResult.Succeeded} with the
     * {@link CreatedOpportunity}, {@link BulkResult.Invalid} with its violations (nothing sent), or
     * {@link BulkResult.Failed} with its typed error. A failed or invalid record does not stop the
     * others; a spent 24-hour budget or an interrupt does ({@link BulkReport#stoppedBy()}).
     *
     * <p><b>Resuming after a crash.</b> Every request must carry an idempotency key (or client token);
     * one without is reported invalid. The key fixes the ClientToken, and the service answers a known
     * token with the opportunity it already created, so running the same input again never makes a
     * duplicate: records done before the crash come back as succeeded with their existing ids. Each
     * such repeat still costs a write of the quota, so store the succeeded keys ({@code onResult}) and
     * leave them out of the re-run; the key covers the record that was in flight when the crash hit.
     * The payload for a key must not change between runs (no dates relative to today): the service
     * answers a known token with a different body with ConflictException, reported as failed.
     *
     * <pre>{@code
     * BulkReport<CreatedOpportunity> report = selling.opportunities().createAll(
     *     deals.stream().filter(d -> !store.isDone(d.id()))
     *         .map(d -> CreateOpportunityRequest.builder().opportunity(toOpportunity(d)).idempotencyKey(d.id()).build()),
     *     BulkOptions.builder().total(deals.size()).onProgress(bar::show).build(),
     *     result -> { if (result instanceof BulkResult.Succeeded<CreatedOpportunity> ok) store.markDone(ok.key(), ok.value().id()); });
     * }</pre>
     *
     * <p>Callbacks run on the calling thread. An exception from a callback, or from anything but the
     * service call (a bug), ends the bulk write and propagates; calls already in flight still finish
     * in the background, and a re-run with the same keys picks them up without duplicates.
     *
     * @param onResult called with each record's result, in input order, on the calling thread
     * @param requests the requests, consumed lazily
     * @param options the bulk options: concurrency, expected total, progress callback
     * @return one result per record processed, in input order, and why the write stopped early if it did
     */
    default BulkReport<CreatedOpportunity> createAll(Stream<CreateOpportunityRequest> requests, BulkOptions options,
            Consumer<? super BulkResult<CreatedOpportunity>> onResult) {
        throw NotImplemented.method("OpportunityClient.createAll");
    }

    /**
     * {@link #createAll(Stream, BulkOptions, Consumer)} without a per-record callback.
     *
     * @param requests the requests, consumed lazily
     * @param options the bulk options: concurrency, expected total, progress callback
     * @return one result per record processed, in input order, and why the write stopped early if it did
     */
    default BulkReport<CreatedOpportunity> createAll(Stream<CreateOpportunityRequest> requests, BulkOptions options) {
        return createAll(requests, options, result -> {});
    }

    /**
     * {@link #createAll(Stream, BulkOptions, Consumer)} over a collection, whose size is the progress total.
     *
     * @param requests the requests, consumed lazily
     * @return one result per record processed, in input order, and why the write stopped early if it did
     */
    default BulkReport<CreatedOpportunity> createAll(Collection<CreateOpportunityRequest> requests) {
        RequestChecks.argument("CreateOpportunity", "requests", requests);
        return createAll(requests.stream(), BulkOptions.builder().total(requests.size()).build(), result -> {});
    }

    /**
     * Updates many opportunities by read-modify-write ({@link #update}) at the pace of the
     * quotas (each record costs one read and one write), with a result per record as
     * {@link #createAll(Stream, BulkOptions, Consumer)}. Re-running after a crash is safe when each
     * change sets values rather than deriving them from the current ones (a change applied twice gives
     * the same opportunity).
     *
     * @param updates the updates, consumed lazily
     * @param options the bulk options: concurrency, expected total, progress callback
     * @param onResult called with each record's result as it is settled, on the thread running the bulk write
     * @return one result per record processed, in input order, and why the write stopped early if it did
     */
    default BulkReport<UpdatedOpportunity> updateAll(Stream<OpportunityUpdate> updates, BulkOptions options,
            Consumer<? super BulkResult<UpdatedOpportunity>> onResult) {
        throw NotImplemented.method("OpportunityClient.updateAll");
    }

    /**
     * {@link #updateAll(Stream, BulkOptions, Consumer)} without a per-record callback.
     *
     * @param updates the updates, consumed lazily
     * @param options the bulk options: concurrency, expected total, progress callback
     * @return one result per record processed, in input order, and why the write stopped early if it did
     */
    default BulkReport<UpdatedOpportunity> updateAll(Stream<OpportunityUpdate> updates, BulkOptions options) {
        return updateAll(updates, options, result -> {});
    }

    /**
     * Reads an opportunity, with every member of the reference.
     *
     * @param id the opportunity's id
     * @return the opportunity
     */
    default Opportunity get(String id) {
        throw NotImplemented.method("OpportunityClient.get");
    }

    /**
     * Read-modify-write: reads the opportunity, applies {@code change} to it, checks the change
     * against the editability rules of its review status and the validator, and sends the complete
     * result with the {@code LastModifiedDate} it read, so nothing the change did not touch is lost.
     * When someone else changed the opportunity in between (ConflictException), it reads again and
     * re-applies {@code change}, a bounded number of times; {@code change} must therefore be free
     * of side effects.
     *
     * @param id the opportunity's id
     * @param change the change, applied to the value as read
     * @return the opportunity's id and its new last modified date
     * @throws io.partnercentral.selling.exception.ValidationException before sending, if the change
     *     is invalid or not allowed in the current review status
     * @throws io.partnercentral.selling.exception.ConflictException if conflicts persist
     */
    default UpdatedOpportunity update(String id, UnaryOperator<Opportunity> change) {
        throw NotImplemented.method("OpportunityClient.update");
    }

    /**
     * Replaces the opportunity with {@code opportunity} as a whole: every member it omits becomes
     * empty on the service. {@code lastModifiedDate} must equal the service's current value, else
     * the service answers ConflictException. Prefer {@link #update(String, UnaryOperator)}.
     *
     * @param id the opportunity's id
     * @param lastModifiedDate the opportunity's LastModifiedDate as read, so a concurrent change is detected
     * @param opportunity the opportunity
     * @return the opportunity's id and its new last modified date
     */
    default UpdatedOpportunity replace(String id, Instant lastModifiedDate, Opportunity opportunity) {
        throw NotImplemented.method("OpportunityClient.replace");
    }

    /**
     * Lists every opportunity of the catalog lazily.
     *
     * @return the items, lazily: each page is fetched when the previous one is used up
     */
    default PageIterable<OpportunitySummary> list() {
        return list(ListOpportunitiesRequest.builder().build());
    }

    /**
     * {@return the opportunities changed after {@code watermark}, oldest first, for incremental sync}
     *
     * @param watermark the last modified date of the last change already seen
     */
    default OpportunityChanges changedSince(Instant watermark) {
        throw NotImplemented.method("OpportunityClient.changedSince");
    }

    /**
     * Associates an entity (a solution, AWS product or Marketplace offer) with the opportunity.
     *
     * @param id the opportunity's id
     * @param type the type of the related entity
     * @param entityIdentifier the related entity's identifier
     */
    default void associate(String id, RelatedEntityType type, String entityIdentifier) {
        throw NotImplemented.method("OpportunityClient.associate");
    }

    /**
     * Removes an association made by {@link #associate}.
     *
     * @param id the opportunity's id
     * @param type the type of the related entity
     * @param entityIdentifier the related entity's identifier
     */
    default void disassociate(String id, RelatedEntityType type, String entityIdentifier) {
        throw NotImplemented.method("OpportunityClient.disassociate");
    }

    /**
     * Submits the opportunity to AWS for review (SubmitOpportunity), after which it cannot be
     * edited until the review completes.
     *
     * @param id the opportunity's id
     * @param involvementType the involvement type of the submission (For Visibility Only or Co-Sell)
     * @param visibility the visibility of the submission
     */
    default void submit(String id, InvolvementType involvementType, Visibility visibility) {
        throw NotImplemented.method("OpportunityClient.submit");
    }

    /**
     * AssignOpportunity: hands the opportunity {@code id} to {@code assignee}.
     *
     * @param id the opportunity's id
     * @param assignee the user of the partner account who takes it over
     */
    default void assign(String id, AssigneeContact assignee) {
        assign(AssignOpportunityRequest.builder().identifier(id).assignee(assignee).build());
    }

    /**
     * GetAwsOpportunitySummary for the partner opportunity {@code id}.
     *
     * @param id the partner opportunity's id
     * @return AWS's side of the opportunity
     */
    default GetAwsOpportunitySummaryResponse getAwsSummary(String id) {
        return getAwsSummary(GetAwsOpportunitySummaryRequest.builder().relatedOpportunityIdentifier(id).build());
    }

    /**
     * Sandbox only: moves the opportunity's review to {@code status} the way partners simulate
     * AWS's review there (UpdateOpportunity carrying {@code LifeCycle.ReviewStatus}, read-modify-write
     * of the current opportunity). Refused locally, before any request, on catalog {@code AWS},
     * where the review status is read-only.
     *
     * <p>A review moves only once the opportunity is submitted: from Submitted or In review, and from
     * Action Required, to In review, Approved, Action Required or Rejected. From Pending Submission
     * (call {@link #submit} first) the service refuses the change with a ValidationException
     * ({@code INVALID_RESOURCE_STATE}), as it does from a decided review (Approved, Rejected) and for a
     * move to Submitted or Pending Submission.
     *
     * <pre>{@code
     * selling.opportunities().simulateReview("O1234567", ReviewStatus.APPROVED);
     * }</pre>
     *
     * @param id the opportunity's id
     * @param status the review status to move to
     * @return the opportunity's id and its new last modified date
     * @throws io.partnercentral.selling.exception.ValidationException on catalog {@code AWS}
     *     ({@code LifeCycle.ReviewStatus}, {@code ACTION_NOT_PERMITTED})
     */
    default UpdatedOpportunity simulateReview(String id, ReviewStatus status) {
        throw NotImplemented.method("OpportunityClient.simulateReview");
    }
}

package io.partnercentral.selling.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnercentral.selling.BulkOptions;
import io.partnercentral.selling.BulkReport;
import io.partnercentral.selling.BulkResult;
import io.partnercentral.selling.OpportunityChanges;
import io.partnercentral.selling.OpportunityUpdate;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.metrics.Settlement;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import java.util.function.Consumer;
import java.util.stream.Stream;
import io.partnercentral.selling.OpportunityClient;
import io.partnercentral.selling.PageIterable;
import io.partnercentral.selling.exception.ConflictException;
import io.partnercentral.selling.model.AssignOpportunityRequest;
import io.partnercentral.selling.model.AssociateOpportunityRequest;
import io.partnercentral.selling.model.DisassociateOpportunityRequest;
import io.partnercentral.selling.model.SubmitOpportunityRequest;
import io.partnercentral.selling.exception.InvalidResponseException;
import io.partnercentral.selling.exception.OutcomeUnknownException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.GetAwsOpportunitySummaryRequest;
import io.partnercentral.selling.model.GetAwsOpportunitySummaryResponse;
import io.partnercentral.selling.model.ReviewStatus;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.InvolvementType;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.ListOpportunitiesRequest;
import io.partnercentral.selling.model.ListOpportunitiesResponse;
import io.partnercentral.selling.model.ModelCodecs;
import io.partnercentral.selling.model.WireCodec;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.OpportunitySort;
import io.partnercentral.selling.model.OpportunitySortField;
import io.partnercentral.selling.model.OpportunitySummary;
import io.partnercentral.selling.internal.validation.OpportunityRules;
import io.partnercentral.selling.model.RelatedEntityType;
import io.partnercentral.selling.model.SortOrder;
import io.partnercentral.selling.model.UpdatedOpportunity;
import io.partnercentral.selling.model.Visibility;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal API: every opportunity operation of the facade, each with the JSON body it sends.
 * Thread-safe: immutable once built.
 */
public final class DefaultOpportunityClient implements OpportunityClient {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultOpportunityClient.class);
    private static final WireCodec<CreatedOpportunity> CREATED = ModelCodecs.of(CreatedOpportunity.class);
    private static final WireCodec<Opportunity> OPPORTUNITY = ModelCodecs.of(Opportunity.class);
    private static final WireCodec<UpdatedOpportunity> UPDATED = ModelCodecs.of(UpdatedOpportunity.class);
    private static final WireCodec<ListOpportunitiesRequest> LIST_REQUEST = ModelCodecs.of(ListOpportunitiesRequest.class);
    private static final WireCodec<ListOpportunitiesResponse> LISTED = ModelCodecs.of(ListOpportunitiesResponse.class);
    private static final int MAX_RESULTS_LIMIT = 100;

    private final WireTransport transport;
    final Catalog catalog;
    private final OpportunityRules validator;
    private final int maxUpdateAttempts;
    final OperationCalls calls;
    private final Ticker ticker;
    /** One write per opportunity at a time (this JVM, or everyone sharing the store), creates once per key. */
    private final WriteCoordination writes;

    public DefaultOpportunityClient(
            WireTransport transport, Catalog catalog, OpportunityRules validator, int maxUpdateAttempts) {
        this(transport, catalog, validator, maxUpdateAttempts, Ticker.system());
    }

    public DefaultOpportunityClient(WireTransport transport, Catalog catalog, OpportunityRules validator,
            int maxUpdateAttempts, Ticker ticker) {
        this(transport, catalog, validator, maxUpdateAttempts, ticker, WriteCoordination.jvm());
    }

    DefaultOpportunityClient(WireTransport transport, Catalog catalog, OpportunityRules validator,
            int maxUpdateAttempts, Ticker ticker, WriteCoordination writes) {
        this.writes = Objects.requireNonNull(writes, "writes");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        RequestChecks.of(Operation.CREATE_OPPORTUNITY).catalog(catalog).throwIfInvalid();
        this.validator = Objects.requireNonNull(validator, "validator");
        this.maxUpdateAttempts = maxUpdateAttempts;
        this.calls = new OperationCalls(transport);
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public OpportunityClient inCatalog(Catalog other) {
        return RequestChecks.argument("inCatalog", "catalog", other).equals(catalog) ? this
                : new DefaultOpportunityClient(transport, other, validator, maxUpdateAttempts, ticker, writes);
    }

    // CreateOpportunity: {Catalog, ClientToken, ...the payload in the Create view}

    static byte[] createBody(Catalog catalog, String clientToken, Opportunity opportunity) {
        Opportunity payload = RequestChecks.withoutRequestMembers(opportunity);
        return WireJson.body(g -> {
            g.writeStartObject();
            g.writeStringField("Catalog", catalog.value());
            g.writeStringField("ClientToken", clientToken);
            OPPORTUNITY.writeMembers(g, payload, WireCodec.CREATE);
            g.writeEndObject();
        });
    }

    @Override
    public CreatedOpportunity create(CreateOpportunityRequest request) {
        RequestChecks.argument("CreateOpportunity", "request", request);
        OpportunityDefinitions.Create prepared = OpportunityDefinitions.create(request, catalog, validator);
        Catalog target = request.catalog().orElse(catalog);
        String token = prepared.clientToken();
        java.util.function.Supplier<CreatedOpportunity> send = () -> {
            CreatedOpportunity created = ClientTokenWrites.send(transport, Operation.CREATE_OPPORTUNITY, prepared.body(), CREATED);
            LOG.debug("created opportunity {}", created.id());
            return created.withClientToken(token);
        };
        if (request.idempotencyKey().isEmpty() && request.clientToken().isEmpty()) {
            return send.get();
        }
        // A key of the caller's: with a shared store, the first creator in any process records its answer
        // under the key and every later create of it returns that answer unsent.
        return writes.once(Operation.CREATE_OPPORTUNITY, "CreateOpportunity/" + target.value() + "/" + token, send,
                created -> new String(WireJson.write(CREATED, created, WireCodec.ALL), StandardCharsets.UTF_8),
                recorded -> recordedCreate(recorded).withClientToken(token));
    }

    /** A CreateOpportunity answer as recorded under its idempotency key in the coordination store. */
    private static CreatedOpportunity recordedCreate(String recorded) {
        try (com.fasterxml.jackson.core.JsonParser parser = WireJson.factory().createParser(recorded)) {
            parser.nextToken();
            return Objects.requireNonNull(CREATED.read(parser), "recorded outcome");
        } catch (IOException | RuntimeException e) {
            throw new InvalidResponseException(new PartnerCentralException.ErrorDetails(
                    "CreateOpportunity not sent: the outcome recorded for its idempotency key in the coordination"
                            + " store cannot be read", null, null, 0, false, e, Operation.CREATE_OPPORTUNITY.wireName()));
        }
    }

    /** The request's token, or a name-based UUID of its idempotency key, or a random one: fixed per call. */
    static String clientToken(CreateOpportunityRequest request, Catalog target) {
        if (request.clientToken().isPresent()) {
            return request.clientToken().get();
        }
        return request.idempotencyKey()
                .map(key -> UUID.nameUUIDFromBytes(("partnercentral-selling/CreateOpportunity/" + target.value() + "/" + key)
                        .getBytes(StandardCharsets.UTF_8)).toString())
                .orElseGet(() -> UUID.randomUUID().toString());
    }

    // Bulk writes: one call per record through the paced transport.

    private static final BulkRunner.Keyed<CreateOpportunityRequest> CREATE_KEYS = new BulkRunner.Keyed<>() {
        @Override
        public String key(CreateOpportunityRequest request) {
            return request.idempotencyKey().or(request::clientToken).orElse(null);
        }

        @Override
        public ValidationException reject(CreateOpportunityRequest request) {
            if (request.idempotencyKey().isPresent() || request.clientToken().isPresent()) {
                return null;
            }
            return ValidationException.local(Operation.CREATE_OPPORTUNITY.wireName(), List.of(new Violation("ClientToken",
                    ValidationErrorCode.REQUIRED_FIELD_MISSING,
                    "a bulk create needs an idempotency key or client token, so that a re-run cannot duplicate it")));
        }
    };

    @Override
    public BulkReport<CreatedOpportunity> createAll(Stream<CreateOpportunityRequest> requests, BulkOptions options,
            Consumer<? super BulkResult<CreatedOpportunity>> onResult) {
        RequestChecks.argument("CreateOpportunity", "requests", requests);
        RequestChecks.argument("CreateOpportunity", "options", options);
        RequestChecks.argument("CreateOpportunity", "onResult", onResult);
        return BulkRunner.run(requests, CREATE_KEYS, this::create, options, onResult, ticker,
                new BulkRunner.Metered(transport.metrics(), Operation.CREATE_OPPORTUNITY.wireName()), transport.pacer());
    }

    @Override
    public BulkReport<UpdatedOpportunity> updateAll(Stream<OpportunityUpdate> updates, BulkOptions options,
            Consumer<? super BulkResult<UpdatedOpportunity>> onResult) {
        RequestChecks.argument("UpdateOpportunity", "updates", updates);
        RequestChecks.argument("UpdateOpportunity", "options", options);
        RequestChecks.argument("UpdateOpportunity", "onResult", onResult);
        return BulkRunner.run(updates, OpportunityUpdate::id, u -> update(u.id(), u.change()), options, onResult, ticker,
                new BulkRunner.Metered(transport.metrics(), Operation.UPDATE_OPPORTUNITY.wireName()), transport.pacer());
    }

    // GetOpportunity: {Catalog, Identifier}

    @Override
    public Opportunity get(String id) {
        return transport.call(Operation.GET_OPPORTUNITY, OpportunityDefinitions.get(catalog, id), OPPORTUNITY);
    }

    /** {@link #get} that must end within {@code timeout}, retries included: the last step of an inbox call that waits. */
    Opportunity getWithin(String id, java.time.Duration timeout) {
        WireExchange exchange = transport.exchange(OpportunityDefinitions.get(catalog, id), OPPORTUNITY);
        exchange.timeout(timeout);
        return transport.execute(Operation.GET_OPPORTUNITY, exchange);
    }

    // UpdateOpportunity: {Catalog, Identifier, LastModifiedDate, ...the payload in the Update view}

    static byte[] updateBody(Catalog catalog, String id, Instant lastModifiedDate, Opportunity opportunity) {
        Opportunity payload = RequestChecks.withoutRequestMembers(opportunity);
        return WireJson.body(g -> {
            g.writeStartObject();
            g.writeStringField("Catalog", catalog.value());
            g.writeStringField("Identifier", id);
            g.writeStringField("LastModifiedDate", lastModifiedDate.toString());
            OPPORTUNITY.writeMembers(g, payload, WireCodec.UPDATE);
            g.writeEndObject();
        });
    }

    @Override
    public UpdatedOpportunity update(String id, UnaryOperator<Opportunity> change) {
        RequestChecks.of(Operation.UPDATE_OPPORTUNITY).opportunityId("Identifier", id).required("change", change).throwIfInvalid();
        return writes.exclusive(Operation.UPDATE_OPPORTUNITY, lockKey(id), turn -> {
            Unsettled unsettled = new Unsettled(id);
            for (int round = 1; ; round++) {
                Opportunity current = unsettled.read(this::get);
                UpdatedOpportunity lateLanding = unsettled.landedIn(current);
                if (lateLanding != null) {
                    return lateLanding;
                }
                Opportunity changed;
                Instant lastModified;
                try {
                    changed = Objects.requireNonNull(change.apply(current), "change returned null");
                    lastModified = OpportunityDefinitions.checkChange(current, changed, catalog, validator);
                    turn.beforeWrite();
                } catch (RuntimeException refusedLocally) {
                    throw unsettled.unknownUnlessNone(refusedLocally);
                }
                try {
                    return replaceLocked(id, lastModified, changed);
                } catch (ConflictException conflict) {
                    // Refused: another writer got in, or an earlier round's attempt landed late (the next read says which).
                    if (round >= maxUpdateAttempts) {
                        throw unsettled.unknownUnlessNone(conflict);
                    }
                    LOG.debug("opportunity {} changed concurrently; re-reading (attempt {} of {})", id, round + 1,
                            maxUpdateAttempts);
                } catch (OutcomeUnknownException unknown) {
                    throw unknown;
                } catch (PartnerCentralException refused) {
                    // Refused (or never sent): this round's write did not land, but an earlier one may still.
                    throw unsettled.unknownUnlessNone(refused);
                } catch (NotSeenToLand notSeen) {
                    unsettled.add(changed, lastModified, notSeen.failure);
                    if (round >= maxUpdateAttempts) {
                        throw unsettled.unknown();
                    }
                    LOG.debug("UpdateOpportunity of {} failed and was not seen to land; writing again over it (attempt"
                            + " {} of {})", id, round + 1, maxUpdateAttempts);
                }
            }
        });
    }

    @Override
    public UpdatedOpportunity replace(String id, Instant lastModifiedDate, Opportunity opportunity) {
        OpportunityDefinitions.checkReplace(catalog, id, lastModifiedDate, opportunity, validator);
        return writes.exclusive(Operation.UPDATE_OPPORTUNITY, lockKey(id), turn -> {
            Unsettled unsettled = new Unsettled(id);
            for (int round = 1; ; round++) {
                try {
                    turn.beforeWrite();
                } catch (RuntimeException notSent) {
                    throw unsettled.unknownUnlessNone(notSent);
                }
                try {
                    return replaceLocked(id, lastModifiedDate, opportunity);
                } catch (ConflictException conflict) {
                    if (unsettled.isEmpty()) {
                        throw conflict;
                    }
                    // An earlier round's attempt may have landed since, which would explain the conflict.
                    UpdatedOpportunity lateLanding = unsettled.landedIn(unsettled.read(this::get));
                    if (lateLanding != null) {
                        return lateLanding;
                    }
                    throw unsettled.unknown();
                } catch (OutcomeUnknownException unknown) {
                    throw unknown;
                } catch (PartnerCentralException refused) {
                    throw unsettled.unknownUnlessNone(refused);
                } catch (NotSeenToLand notSeen) {
                    // The same bytes again: they carry the same LastModifiedDate, so at most one copy can land.
                    unsettled.add(opportunity, lastModifiedDate, notSeen.failure);
                    if (round >= maxUpdateAttempts) {
                        throw unsettled.unknown();
                    }
                }
            }
        });
    }

    /**
     * Sends one UpdateOpportunity and, when its answer may have been lost after the service applied it,
     * finds out by reading the opportunity back instead of letting the caller apply the change again.
     *
     * <p>The generated client retries a lost answer with the same bytes; if the first attempt was
     * applied, the retry's LastModifiedDate is stale and the service answers ConflictException. So a
     * conflict after more than one attempt, or any failure that does not prove the request was
     * refused, is settled by a read: a moved LastModifiedDate with every member equal to what was sent
     * means this write landed (no other thread of this JVM, nor with a shared store any other process,
     * can have written meanwhile: the caller holds the opportunity's lock and lease); another writer's change means whether this write landed first cannot be
     * known; an unchanged one means no attempt has landed yet, which is {@link NotSeenToLand}: an
     * attempt the client gave up on (a timeout) may still be on its way, so the caller must not report
     * the failure as one to retry.
     */
    private UpdatedOpportunity replaceLocked(String id, Instant lastModifiedDate, Opportunity opportunity) {
        WireExchange exchange = transport.exchange(updateBody(catalog, id, lastModifiedDate, opportunity), UPDATED);
        try {
            return transport.execute(Operation.UPDATE_OPPORTUNITY, exchange);
        } catch (PartnerCentralException failure) {
            return settleLostUpdate(id, lastModifiedDate, exchange, failure, now -> sameUpdate(now, opportunity));
        }
    }

    /**
     * Settles an UpdateOpportunity whose answer may have been lost by reading the opportunity back:
     * nothing written since {@code lastModifiedDate} means no attempt has landed so far
     * ({@link NotSeenToLand}); a newer version that {@code landed} recognises as this write is its
     * success; anything else is another writer's change, and whether this write landed first is unknown.
     */
    private UpdatedOpportunity settleLostUpdate(String id, Instant lastModifiedDate, WireExchange exchange,
            PartnerCentralException failure, java.util.function.Predicate<Opportunity> landed) {
        if (refused(failure, exchange)) {
            throw failure;
        }
        Opportunity now = readBack(Operation.UPDATE_OPPORTUNITY, id, failure);
        Instant nowModified = now.lastModifiedDate().orElse(null);
        if (lastModifiedDate.equals(nowModified)) {
            settled(Operation.UPDATE_OPPORTUNITY, Settlement.NOT_LANDED);
            throw new NotSeenToLand(failure);
        }
        if (nowModified != null && landed.test(now)) {
            LOG.debug("UpdateOpportunity of {} landed although its answer was lost ({} attempts)", id, exchange.attempts());
            settled(Operation.UPDATE_OPPORTUNITY, Settlement.LANDED);
            return UpdatedOpportunity.of(id, nowModified);
        }
        settled(Operation.UPDATE_OPPORTUNITY, Settlement.UNKNOWN);
        throw outcomeUnknown(Operation.UPDATE_OPPORTUNITY, id, failure,
                "the opportunity was changed by another writer meanwhile");
    }

    /**
     * An UpdateOpportunity that failed without proof of refusal, whose read-back shows it has not
     * landed: not yet, for an attempt the client timed out on may still reach the service. Only a later
     * write of this caller (whose newer LastModifiedDate makes that attempt's a stale one) or finding it
     * landed settles it; never a failure the caller would retry.
     */
    private static final class NotSeenToLand extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient PartnerCentralException failure;

        NotSeenToLand(PartnerCentralException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    /** The writes of one update or replace call that failed, were not seen to land, and may still. */
    private final class Unsettled {
        private final String id;
        private final List<Opportunity> sent = new java.util.ArrayList<>(2);
        private final List<Instant> over = new java.util.ArrayList<>(2);
        private PartnerCentralException lastFailure;

        Unsettled(String id) {
            this.id = id;
        }

        boolean isEmpty() {
            return sent.isEmpty();
        }

        void add(Opportunity payload, Instant lastModifiedDate, PartnerCentralException failure) {
            sent.add(payload);
            over.add(lastModifiedDate);
            lastFailure = failure;
        }

        /** Reads the opportunity; a failed read with writes unsettled leaves their outcome unknown. */
        Opportunity read(java.util.function.Function<String, Opportunity> get) {
            try {
                return get.apply(id);
            } catch (PartnerCentralException readFailure) {
                throw unknownUnlessNone(readFailure);
            }
        }

        /** The success of an earlier write found in {@code current}, or {@code null}. */
        UpdatedOpportunity landedIn(Opportunity current) {
            Instant modified = current.lastModifiedDate().orElse(null);
            for (int i = 0; i < sent.size(); i++) {
                if (modified != null && !modified.equals(over.get(i)) && sameUpdate(current, sent.get(i))) {
                    LOG.debug("an earlier UpdateOpportunity of {} landed after the client gave up on it", id);
                    settled(Operation.UPDATE_OPPORTUNITY, Settlement.LANDED);
                    return UpdatedOpportunity.of(id, modified);
                }
            }
            return null;
        }

        /** {@code failure} as it is when nothing is unsettled, else an outcome-unknown caused by it. */
        RuntimeException unknownUnlessNone(RuntimeException failure) {
            if (sent.isEmpty()) {
                return failure;
            }
            OutcomeUnknownException unknown = unknown();
            unknown.addSuppressed(failure);
            return unknown;
        }

        OutcomeUnknownException unknown() {
            settled(Operation.UPDATE_OPPORTUNITY, Settlement.UNKNOWN);
            return outcomeUnknown(Operation.UPDATE_OPPORTUNITY, id, lastFailure,
                    "no attempt was seen to land, but one the client gave up on may still");
        }
    }

    /** Whether a failure proves the service did not apply the request; see {@link WriteOutcomes#refused}. */
    static boolean refused(PartnerCentralException failure, WireExchange exchange) {
        return WriteOutcomes.refused(failure, exchange);
    }

    /** Reads the opportunity to settle a write's outcome; if that fails too, the outcome is unknown. */
    private Opportunity readBack(Operation operation, String id, PartnerCentralException failure) {
        try {
            return get(id);
        } catch (PartnerCentralException readFailure) {
            settled(operation, Settlement.UNKNOWN);
            OutcomeUnknownException unknown = outcomeUnknown(operation, id, failure, "reading it back failed too");
            unknown.addSuppressed(readFailure);
            throw unknown;
        }
    }

    /**
     * A write that failed without proof of refusal and whose read-back shows it has not landed: not
     * yet, for an attempt the client gave up on (a timeout) may still reach the service. Its outcome is
     * unknown, never a failure the caller would retry.
     */
    private OutcomeUnknownException notSeenToLand(Operation operation, String id, PartnerCentralException failure) {
        settled(operation, Settlement.UNKNOWN);
        return outcomeUnknown(operation, id, failure, "no attempt was seen to land, but one the client gave up on may still");
    }

    /** Reports how reading back settled a write whose answer was lost. */
    private void settled(Operation operation, Settlement result) {
        transport.metrics().settlement(operation.wireName(), result);
    }

    static OutcomeUnknownException outcomeUnknown(Operation operation, String id, PartnerCentralException failure,
            String why) {
        return new OutcomeUnknownException(new PartnerCentralException.ErrorDetails(
                operation.wireName() + " of " + id + " may or may not have been applied (" + failure.getMessage()
                        + "); " + why + ". Read it before trying again.",
                failure.errorCode().orElse(null), failure.requestId().orElse(null), failure.statusCode(), false,
                failure, operation.wireName()));
    }

    /** Whether the opportunity holds exactly the members an UpdateOpportunity of {@code sent} writes. */
    static boolean sameUpdate(Opportunity current, Opportunity sent) {
        byte[] now = WireJson.write(OPPORTUNITY, current, WireCodec.UPDATE);
        byte[] mine = WireJson.write(OPPORTUNITY, sent, WireCodec.UPDATE);
        if (Arrays.equals(now, mine)) {
            return true;
        }
        try {
            // Unknown members may come back in another order: compare as JSON, not as bytes.
            return WireJson.mapper().readTree(now).equals(WireJson.mapper().readTree(mine));
        } catch (IOException e) {
            return false;
        }
    }

    private String lockKey(String id) {
        return catalog.value() + "/" + id;
    }

    private static InvalidResponseException invalidResponse(Operation operation, String what) {
        return new InvalidResponseException(new PartnerCentralException.ErrorDetails(
                operation.wireName() + " " + what, null, null, 200, false, null, operation.wireName()));
    }

    // ListOpportunities: the request type is the body; the response is {OpportunitySummaries, NextToken}

    @Override
    public PageIterable<OpportunitySummary> list(ListOpportunitiesRequest request) {
        RequestChecks.argument("ListOpportunities", "request", request);
        ListOpportunitiesRequest bound = request.catalog().isPresent() ? request : request.toBuilder().catalog(catalog).build();
        // The request type is the model's input shape: its rules (page size, filter sizes, ids) are the model's.
        RequestChecks.of(Operation.LIST_OPPORTUNITIES).catalog(bound.catalog().orElse(null))
                .model("ListOpportunities", bound).throwIfInvalid();
        return Paginator.over(Operation.LIST_OPPORTUNITIES, transport.maxPages(), bound, bound.nextToken(),
                (first, token) -> first.toBuilder().nextToken(token).build(),
                page -> {
                    ListOpportunitiesResponse body = transport.call(Operation.LIST_OPPORTUNITIES,
                            WireJson.write(LIST_REQUEST, page, WireCodec.ALL), LISTED);
                    return Paginator.page(body.opportunitySummaries(), body.nextToken().orElse(null));
                });
    }

    @Override
    public OpportunityChanges changedSince(Instant watermark) {
        RequestChecks.argument("ListOpportunities", "watermark", watermark);
        PageIterable<OpportunitySummary> pages = list(r -> r
                .lastModifiedAfter(watermark)
                .sort(OpportunitySort.of(OpportunitySortField.LAST_MODIFIED_DATE, SortOrder.ASCENDING))
                .maxResults(MAX_RESULTS_LIMIT));
        return new Changes(pages, watermark);
    }

    /** Advances the watermark from the service's LastModifiedDate values as items are consumed. */
    private static final class Changes implements OpportunityChanges {
        private final PageIterable<OpportunitySummary> pages;
        private volatile Instant watermark;

        Changes(PageIterable<OpportunitySummary> pages, Instant start) {
            this.pages = pages;
            this.watermark = start;
        }

        @Override
        public Instant watermark() {
            return watermark;
        }

        @Override
        public Iterator<OpportunitySummary> iterator() {
            Iterator<OpportunitySummary> items = pages.items().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return items.hasNext();
                }

                @Override
                public OpportunitySummary next() {
                    OpportunitySummary summary = items.next();
                    summary.lastModifiedDate().filter(date -> date.isAfter(watermark)).ifPresent(date -> watermark = date);
                    return summary;
                }
            };
        }
    }

    // AssociateOpportunity / DisassociateOpportunity / SubmitOpportunity

    @Override
    public void associate(String id, RelatedEntityType type, String entityIdentifier) {
        association(Operation.ASSOCIATE_OPPORTUNITY, id, type, entityIdentifier);
    }

    @Override
    public void disassociate(String id, RelatedEntityType type, String entityIdentifier) {
        association(Operation.DISASSOCIATE_OPPORTUNITY, id, type, entityIdentifier);
    }

    /**
     * Associate and Disassociate are set operations: the state to reach is known, so when an
     * attempt's answer may have been lost (the retry of an applied disassociation gets
     * ResourceNotFoundException, for one) the opportunity is read back and the call succeeds if the
     * entity is, or is no longer, associated.
     */
    private void association(Operation operation, String id, RelatedEntityType type, String entityIdentifier) {
        boolean associate = operation == Operation.ASSOCIATE_OPPORTUNITY;
        Object request = associate
                ? AssociateOpportunityRequest.builder().catalog(catalog).opportunityIdentifier(id)
                        .relatedEntityType(type).relatedEntityIdentifier(entityIdentifier).build()
                : DisassociateOpportunityRequest.builder().catalog(catalog).opportunityIdentifier(id)
                        .relatedEntityType(type).relatedEntityIdentifier(entityIdentifier).build();
        // The model's rules for every member of the request (length, pattern, known picklist value).
        RequestChecks.of(operation)
                .model(operation.wireName(), request)
                .blank("RelatedEntityIdentifier", entityIdentifier)
                .throwIfInvalid();
        writes.exclusive(operation, lockKey(id), turn -> {
            turn.beforeWrite();
            WireExchange exchange = transport.exchange(WireJson.write(operation.inputCodec(), request, WireCodec.ALL), null);
            try {
                return transport.execute(operation, exchange);
            } catch (PartnerCentralException failure) {
                if (refused(failure, exchange)) {
                    throw failure;
                }
                Opportunity now = readBack(operation, id, failure);
                if (associated(now, type, entityIdentifier) == associate) {
                    LOG.debug("{} of {} found applied after {} attempts", operation.wireName(), id, exchange.attempts());
                    settled(operation, Settlement.LANDED);
                    return null;
                }
                // Not landed so far; but an attempt the client gave up on may still arrive.
                throw notSeenToLand(operation, id, failure);
            }
        });
    }

    private static boolean associated(Opportunity opportunity, RelatedEntityType type, String entityIdentifier) {
        JsonNode related = WireJson.mapper().valueToTree(opportunity).path("RelatedEntityIdentifiers").path(type.value());
        for (JsonNode entity : related) {
            if (entityIdentifier.equals(entity.asText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SubmitOpportunity moves the review out of Pending Submission, and a retry of an applied
     * submission is refused for that very reason; when an answer may have been lost, a review no
     * longer pending means the submission landed.
     */
    @Override
    public void submit(String id, InvolvementType involvementType, Visibility visibility) {
        SubmitOpportunityRequest request = SubmitOpportunityRequest.builder().catalog(catalog).identifier(id)
                .involvementType(involvementType).visibility(Optional.ofNullable(visibility)).build();
        RequestChecks.of(Operation.SUBMIT_OPPORTUNITY).model(Operation.SUBMIT_OPPORTUNITY.wireName(), request).throwIfInvalid();
        writes.exclusive(Operation.SUBMIT_OPPORTUNITY, lockKey(id), turn -> {
            turn.beforeWrite();
            WireExchange exchange = transport.exchange(
                    WireJson.write(Operation.SUBMIT_OPPORTUNITY.inputCodec(), request, WireCodec.ALL), null);
            try {
                return transport.execute(Operation.SUBMIT_OPPORTUNITY, exchange);
            } catch (PartnerCentralException failure) {
                if (refused(failure, exchange)) {
                    throw failure;
                }
                Opportunity now = readBack(Operation.SUBMIT_OPPORTUNITY, id, failure);
                boolean pending = now.lifeCycle().flatMap(LifeCycle::reviewStatus)
                        .map(ReviewStatus.PENDING_SUBMISSION::equals).orElse(true);
                if (!pending) {
                    LOG.debug("SubmitOpportunity of {} found applied after {} attempts", id, exchange.attempts());
                    settled(Operation.SUBMIT_OPPORTUNITY, Settlement.LANDED);
                    return null;
                }
                throw notSeenToLand(Operation.SUBMIT_OPPORTUNITY, id, failure);
            }
        });
    }

    @Override
    public void assign(AssignOpportunityRequest request) {
        calls.call(Operation.ASSIGN_OPPORTUNITY, catalog, request);
    }

    @Override
    public GetAwsOpportunitySummaryResponse getAwsSummary(GetAwsOpportunitySummaryRequest request) {
        return calls.call(Operation.GET_AWS_OPPORTUNITY_SUMMARY, catalog, request);
    }

    @Override
    public UpdatedOpportunity simulateReview(String id, ReviewStatus status) {
        RequestChecks checks = RequestChecks.of(Operation.UPDATE_OPPORTUNITY)
                .opportunityId("Identifier", id)
                .required("LifeCycle.ReviewStatus", status);
        if (status != null && status.isUnrecognized()) {
            // The status is sent as the model's ReviewStatus: a value built with of() must be one it knows.
            checks.add(List.of(new Violation("LifeCycle.ReviewStatus", ValidationErrorCode.INVALID_ENUM_VALUE,
                    "is not a ReviewStatus value this SDK knows; send a newer value with ReviewStatus.unchecked(String)")));
        }
        if (catalog.equals(Catalog.AWS)) {
            // In AWS the review is AWS's to make; the service ignores or rejects a partner-sent status.
            checks.add(List.of(new Violation("LifeCycle.ReviewStatus", ValidationErrorCode.ACTION_NOT_PERMITTED,
                    "is read-only in catalog AWS; a review can only be simulated in Sandbox")));
        }
        checks.throwIfInvalid();
        return writes.exclusive(Operation.UPDATE_OPPORTUNITY, lockKey(id), turn -> {
            Opportunity current = get(id);
            Instant lastModified = current.lastModifiedDate().orElseThrow(() -> invalidResponse(
                    Operation.GET_OPPORTUNITY, "returned no LastModifiedDate; an update cannot be made safely"));
            RequestChecks.of(Operation.UPDATE_OPPORTUNITY).add(validator.validateForUpdate(current, catalog)).throwIfInvalid();
            byte[] body;
            try {
                // The Update view leaves read-only members out; ReviewStatus is the one this call must send.
                ObjectNode tree = (ObjectNode) WireJson.mapper().readTree(updateBody(catalog, id, lastModified, current));
                tree.with("LifeCycle").put("ReviewStatus", status.value());
                body = WireJson.mapper().writeValueAsBytes(tree);
            } catch (IOException e) {
                throw new IllegalStateException("UpdateOpportunity: cannot write the body", e);
            }
            turn.beforeWrite();
            WireExchange exchange = transport.exchange(body, UPDATED);
            try {
                return transport.execute(Operation.UPDATE_OPPORTUNITY, exchange);
            } catch (PartnerCentralException failure) {
                // As for update(): a lost answer is settled by reading back, not by sending again.
                try {
                    return settleLostUpdate(id, lastModified, exchange, failure,
                            now -> now.lifeCycle().flatMap(LifeCycle::reviewStatus).map(status::equals).orElse(false));
                } catch (NotSeenToLand notSeen) {
                    settled(Operation.UPDATE_OPPORTUNITY, Settlement.UNKNOWN);
                    throw outcomeUnknown(Operation.UPDATE_OPPORTUNITY, id, failure,
                            "no attempt was seen to land, but one the client gave up on may still");
                }
            }
        });
    }
}

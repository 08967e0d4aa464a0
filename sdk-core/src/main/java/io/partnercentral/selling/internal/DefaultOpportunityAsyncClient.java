package io.partnercentral.selling.internal;

import io.partnercentral.selling.OpportunityAsyncClient;
import io.partnercentral.selling.exception.ConflictException;
import io.partnercentral.selling.exception.OutcomeUnknownException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.metrics.Settlement;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.ModelCodecs;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.UpdatedOpportunity;
import io.partnercentral.selling.model.WireCodec;
import io.partnercentral.selling.internal.validation.OpportunityRules;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Internal API: the async opportunity client. Its hand-written operations use the same
 * {@link OpportunityDefinitions} as {@link DefaultOpportunityClient}; the generated ones are its
 * interface's own. Thread-safe.
 */
public final class DefaultOpportunityAsyncClient extends AsyncHost implements OpportunityAsyncClient {
    private static final WireCodec<CreatedOpportunity> CREATED = ModelCodecs.of(CreatedOpportunity.class);
    private static final WireCodec<Opportunity> OPPORTUNITY = ModelCodecs.of(Opportunity.class);
    private static final WireCodec<UpdatedOpportunity> UPDATED = ModelCodecs.of(UpdatedOpportunity.class);

    private final AsyncWireTransport transport;
    private final OpportunityRules validator;
    private final int maxUpdateAttempts;

    DefaultOpportunityAsyncClient(AsyncOperationCalls calls, Catalog catalog, OpportunityRules validator,
            int maxUpdateAttempts) {
        super(calls, catalog);
        this.transport = calls.transport();
        this.validator = Objects.requireNonNull(validator, "validator");
        this.maxUpdateAttempts = maxUpdateAttempts;
    }

    @Override
    public CompletableFuture<CreatedOpportunity> create(CreateOpportunityRequest request) {
        OpportunityDefinitions.Create prepared;
        try {
            prepared = OpportunityDefinitions.create(request, catalog, validator);
        } catch (RuntimeException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        boolean drawn = request.idempotencyKey().isEmpty() && request.clientToken().isEmpty();
        WireExchange exchange = transport.exchange(prepared.body(), CREATED);
        return transport.<CreatedOpportunity>execute(Operation.CREATE_OPPORTUNITY, exchange).exceptionallyCompose(failure -> {
            Throwable cause = AsyncWireTransport.unwrap(failure);
            if (drawn && cause instanceof PartnerCentralException pce && !DefaultOpportunityClient.refused(pce, exchange)) {
                transport.metrics().settlement(Operation.CREATE_OPPORTUNITY.wireName(), Settlement.UNKNOWN);
                return CompletableFuture.failedFuture(WriteOutcomes.unknown(Operation.CREATE_OPPORTUNITY, pce, prepared.clientToken()));
            }
            return CompletableFuture.failedFuture(cause);
        }).thenApply(created -> created.withClientToken(prepared.clientToken()));
    }

    @Override
    public CompletableFuture<CreatedOpportunity> create(Consumer<CreateOpportunityRequest.Builder> request) {
        CreateOpportunityRequest built;
        try {
            built = (CreateOpportunityRequest) AsyncCalls.built(CreateOpportunityRequest::builder, request,
                    CreateOpportunityRequest.Builder::build).get();
        } catch (RuntimeException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        return create(built);
    }

    @Override
    public CompletableFuture<CreatedOpportunity> create(Opportunity opportunity) {
        CreateOpportunityRequest built;
        try {
            built = CreateOpportunityRequest.builder()
                    .opportunity(RequestChecks.argument("CreateOpportunity", "opportunity", opportunity)).build();
        } catch (RuntimeException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        return create(built);
    }

    @Override
    public CompletableFuture<Opportunity> get(String id) {
        byte[] body;
        try {
            body = OpportunityDefinitions.get(catalog, id);
        } catch (RuntimeException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        return transport.execute(Operation.GET_OPPORTUNITY, transport.exchange(body, OPPORTUNITY));
    }

    @Override
    public CompletableFuture<UpdatedOpportunity> update(String id, UnaryOperator<Opportunity> change) {
        try {
            RequestChecks.argument("UpdateOpportunity", "change", change);
            RequestChecks.of(Operation.UPDATE_OPPORTUNITY).opportunityId("Identifier", id).throwIfInvalid();
        } catch (RuntimeException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        return round(id, change, 1);
    }

    /** One read-modify-write round; a refused conflict starts the next while attempts remain. */
    private CompletableFuture<UpdatedOpportunity> round(String id, UnaryOperator<Opportunity> change, int round) {
        return get(id).thenCompose(current -> {
            Opportunity changed;
            Instant lastModified;
            byte[] body;
            try {
                changed = Objects.requireNonNull(change.apply(current), "change returned null");
                lastModified = OpportunityDefinitions.checkChange(current, changed, catalog, validator);
                body = DefaultOpportunityClient.updateBody(catalog, id, lastModified, changed);
            } catch (RuntimeException refusedLocally) {
                return CompletableFuture.failedFuture(refusedLocally);
            }
            return send(id, lastModified, changed, body).exceptionallyCompose(failure -> {
                Throwable cause = AsyncWireTransport.unwrap(failure);
                if (cause instanceof ConflictException && !(cause instanceof OutcomeUnknownException)
                        && round < maxUpdateAttempts) {
                    return round(id, change, round + 1);
                }
                return CompletableFuture.failedFuture(cause);
            });
        });
    }

    @Override
    public CompletableFuture<UpdatedOpportunity> replace(String id, Instant lastModifiedDate, Opportunity opportunity) {
        byte[] body;
        try {
            body = OpportunityDefinitions.replace(catalog, id, lastModifiedDate, opportunity, validator);
        } catch (RuntimeException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        return send(id, lastModifiedDate, opportunity, body);
    }

    /**
     * Sends one UpdateOpportunity. A failure that does not prove the request was refused is settled by a
     * read-back: the change found in place after a newer LastModifiedDate is this write's success; any
     * other state leaves the outcome unknown, so the caller never retries a write that may have landed.
     */
    private CompletableFuture<UpdatedOpportunity> send(String id, Instant lastModifiedDate, Opportunity sent, byte[] body) {
        WireExchange exchange = transport.exchange(body, UPDATED);
        return transport.<UpdatedOpportunity>execute(Operation.UPDATE_OPPORTUNITY, exchange).exceptionallyCompose(failure -> {
            Throwable cause = AsyncWireTransport.unwrap(failure);
            if (!(cause instanceof PartnerCentralException pce) || DefaultOpportunityClient.refused(pce, exchange)) {
                return CompletableFuture.failedFuture(cause);
            }
            return get(id).handle((now, readFailure) -> {
                if (readFailure != null) {
                    settled(Settlement.UNKNOWN);
                    OutcomeUnknownException unknown = DefaultOpportunityClient.outcomeUnknown(Operation.UPDATE_OPPORTUNITY,
                            id, pce, "reading it back failed too");
                    unknown.addSuppressed(AsyncWireTransport.unwrap(readFailure));
                    throw unknown;
                }
                Instant nowModified = now.lastModifiedDate().orElse(null);
                if (nowModified != null && !nowModified.equals(lastModifiedDate)
                        && DefaultOpportunityClient.sameUpdate(now, sent)) {
                    settled(Settlement.LANDED);
                    return UpdatedOpportunity.of(id, nowModified);
                }
                settled(Settlement.UNKNOWN);
                throw DefaultOpportunityClient.outcomeUnknown(Operation.UPDATE_OPPORTUNITY, id, pce,
                        lastModifiedDate.equals(nowModified)
                                ? "no attempt was seen to land, but one the client gave up on may still"
                                : "the opportunity was changed by another writer meanwhile");
            });
        });
    }

    private void settled(Settlement result) {
        transport.metrics().settlement(Operation.UPDATE_OPPORTUNITY.wireName(), result);
    }
}

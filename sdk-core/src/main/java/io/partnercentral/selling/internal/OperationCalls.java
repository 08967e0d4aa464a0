package io.partnercentral.selling.internal;

import io.partnercentral.selling.Page;
import io.partnercentral.selling.PageIterable;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.internal.validation.ModelRules;
import io.partnercentral.selling.internal.validation.ViolationCollector;
import io.partnercentral.selling.metrics.SellingMetrics;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import io.partnercentral.selling.model.WireCodec;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Internal API: turns an {@link Operation} and a request value into one logical call. The body is
 * prepared once (bound catalog filled in unless the request names one, a client token drawn once
 * unless the caller set one, every model rule checked before anything is sent) and the same bytes
 * go out on every retry; the response is read into the operation's output type as it arrives.
 *
 * <p>{@link #prepare} and the operation's codecs hold no transport: an asynchronous twin would send the
 * prepared bytes its own way and read the answer with the same definition. Thread-safe.
 */
public final class OperationCalls {
    private final WireTransport transport;

    public OperationCalls(WireTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** Where the facade these calls belong to reports what it does. */
    SellingMetrics metrics() {
        return transport.metrics();
    }

    /**
     * A request ready to send: checked, with catalog and client token fixed; written by the generated codec.
     *
     * @param operation the operation
     * @param request the request as sent
     * @param given the request as the caller gave it, read only when a write fails (whose token it was)
     */
    public record Prepared(Operation operation, Object request, Object given) {
        /** The same request asking for the page after {@code token}; the client token stays. */
        Prepared withNextToken(String token) {
            return new Prepared(operation, operation.inputCodec().withNextToken(request, token), given);
        }

        /** Whether the SDK drew the request's {@code ClientToken}: the caller set none, so cannot send the same one again. */
        boolean tokenDrawn() {
            return operation.hasClientToken() && clientToken(given) == null;
        }

        /** The {@code ClientToken} the SDK drew for this call, or {@code null} if the caller set it or there is none. */
        String drawnToken() {
            return tokenDrawn() ? clientToken(request) : null;
        }

        private static String clientToken(Object value) {
            return WireJson.mapper().valueToTree(value).path("ClientToken").asText(null);
        }

        /** The request's own {@code NextToken}, where a listing starts, or {@code null}. */
        String nextToken() {
            return operation.inputCodec().nextToken(request);
        }

        byte[] bytes() {
            return WireJson.write(operation.inputCodec(), request, operation.bodyView());
        }
    }

    /**
     * Fills and checks {@code request}, an instance of the operation's input type.
     *
     * @throws ValidationException listing every violation of the model's rules, before any request
     */
    public static Prepared prepare(Operation operation, Catalog catalog, Object request) {
        if (request == null) {
            throw ValidationException.local(operation.wireName(), List.of(new Violation(
                    operation.inputType().getSimpleName(), ValidationErrorCode.REQUIRED_FIELD_MISSING, "is required")));
        }
        if (!operation.inputType().isInstance(request)) {
            throw new IllegalArgumentException(operation.wireName() + " takes a " + operation.inputType().getSimpleName());
        }
        Object filled = operation.inputCodec().withDefaults(request, operation.hasCatalog() ? catalog : null,
                operation.hasClientToken());
        ViolationCollector out = new ViolationCollector();
        ModelRules.checkInput(operation.wireName(), filled, out);
        List<Violation> violations = out.toList();
        if (!violations.isEmpty()) {
            throw ValidationException.local(operation.wireName(), violations);
        }
        return new Prepared(operation, filled, request);
    }

    /** Prepares, sends and reads one call. */
    public <O> O call(Operation operation, Catalog catalog, Object request) {
        return send(prepare(operation, catalog, request));
    }

    /**
     * Prepares, sends and reads one call that must end within {@code timeout}, retries included: a
     * waiter's poll, bounded by what is left of the wait.
     */
    public <O> O call(Operation operation, Catalog catalog, Object request, Duration timeout) {
        return send(prepare(operation, catalog, request), Objects.requireNonNull(timeout, "timeout"));
    }

    /** Sends a prepared request and reads its response. */
    public <O> O send(Prepared prepared) {
        return send(prepared, null);
    }

    private <O> O send(Prepared prepared, Duration timeout) {
        Operation operation = prepared.operation();
        WireExchange exchange = transport.exchange(prepared.bytes(), operation.outputCodec());
        exchange.timeout(timeout);
        try {
            return transport.execute(operation, exchange);
        } catch (PartnerCentralException failure) {
            throw WriteOutcomes.of(prepared, failure, exchange, transport.metrics());
        }
    }

    /**
     * A lazy listing of a paginated operation, paged as the model's paginators file says: the request
     * is checked once, before the first page is asked for; each later page repeats it with the
     * previous page's token.
     */
    @SuppressWarnings("unchecked")
    public <T> PageIterable<T> pages(Operation operation, Catalog catalog, Object request) {
        if (!operation.isPaginated()) {
            throw new IllegalArgumentException(operation.wireName() + " is not paginated");
        }
        return pages(operation, catalog, request, response -> (List<T>) operation.pageItems(response),
                response -> Optional.ofNullable(operation.nextPageToken(response)));
    }

    /**
     * A lazy listing: the request is checked once, before the first page is asked for; each later
     * page repeats it with the previous page's {@code NextToken}.
     */
    public <R, T> PageIterable<T> pages(Operation operation, Catalog catalog, Object request,
            Function<R, List<T>> items, Function<R, Optional<String>> nextToken) {
        Prepared first = prepare(operation, catalog, request);
        String start = first.nextToken();
        return new Paginator<>(operation, start, transport.maxPages(), token -> {
            Prepared page = Objects.equals(token, start) ? first : first.withNextToken(token);
            R response = send(page);
            return new Page<>(items.apply(response), nextToken.apply(response).orElse(null));
        });
    }
}

package io.partnercentral.selling.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.Page;
import io.partnercentral.selling.PageIterable;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.internal.validation.ModelRules;
import io.partnercentral.selling.internal.validation.ViolationCollector;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.Violation;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Internal API: turns an {@link Operation} and a request value into one logical call. The body is
 * prepared once (bound catalog filled in unless the request names one, a client token drawn once
 * unless the caller set one, every model rule checked before anything is sent) and the same bytes
 * go out on every retry; the response is read into the operation's output type as it arrives.
 *
 * <p>{@link #prepare} and {@link #reader} hold no transport: an asynchronous twin would send the
 * prepared bytes its own way and read the answer with the same definition. Thread-safe.
 */
public final class OperationCalls {
    private static final ObjectMapper MAPPER = WireJson.mapper();

    private final WireTransport transport;

    public OperationCalls(WireTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** A request body ready to send: checked, with catalog and client token fixed. */
    public record Prepared(Operation operation, ObjectNode body) {
        /** The same request asking for the page after {@code token}; the client token stays. */
        Prepared withNextToken(String token) {
            ObjectNode copy = body.deepCopy();
            copy.put("NextToken", token);
            return new Prepared(operation, copy);
        }

        byte[] bytes() {
            try {
                return MAPPER.writeValueAsBytes(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write request body", e);
            }
        }
    }

    /**
     * Fills and checks {@code request}, an instance of the operation's input type.
     *
     * @throws ValidationException listing every violation of the model's rules, before any request
     */
    public static Prepared prepare(Operation operation, Catalog catalog, Object request) {
        Objects.requireNonNull(request, "request");
        if (!operation.inputType().isInstance(request)) {
            throw new IllegalArgumentException(operation.wireName() + " takes a " + operation.inputType().getSimpleName());
        }
        ObjectNode body = MAPPER.valueToTree(request);
        if (operation.hasCatalog() && !body.hasNonNull("Catalog") && catalog != null) {
            body.put("Catalog", catalog.value());
        }
        if (operation.hasClientToken() && !body.hasNonNull("ClientToken")) {
            body.put("ClientToken", UUID.randomUUID().toString());
        }
        Object filled;
        try {
            filled = MAPPER.treeToValue(body, operation.inputType());
        } catch (IOException e) {
            throw new IllegalStateException("cannot re-read the " + operation.wireName() + " request", e);
        }
        ViolationCollector out = new ViolationCollector();
        ModelRules.checkInput(operation.wireName(), filled, out);
        List<Violation> violations = out.toList();
        if (!violations.isEmpty()) {
            throw ValidationException.local(operation.wireName(), violations);
        }
        return new Prepared(operation, body);
    }

    /**
     * The reader of the operation's output type, which the transport's interceptor parses the
     * response with, straight from the connection; {@code null} when the model has no output (the
     * body is still read through, so a cut-off answer is noticed).
     */
    static ObjectReader reader(Operation operation) {
        return operation.outputType().map(MAPPER::readerFor).orElse(null);
    }

    /** Prepares, sends and reads one call. */
    public <O> O call(Operation operation, Catalog catalog, Object request) {
        return send(prepare(operation, catalog, request));
    }

    /** Sends a prepared request and reads its response. */
    public <O> O send(Prepared prepared) {
        Operation operation = prepared.operation();
        return transport.execute(operation, transport.exchange(prepared.bytes(), reader(operation)));
    }

    /**
     * A lazy listing: the request is checked once, before the first page is asked for; each later
     * page repeats it with the previous page's {@code NextToken}.
     */
    public <R, T> PageIterable<T> pages(Operation operation, Catalog catalog, Object request,
            Function<R, List<T>> items, Function<R, Optional<String>> nextToken) {
        Prepared first = prepare(operation, catalog, request);
        String start = first.body().hasNonNull("NextToken") ? first.body().get("NextToken").asText() : null;
        return new Paginator<>(operation, start, token -> {
            Prepared page = Objects.equals(token, start) ? first : first.withNextToken(token);
            R response = send(page);
            return new Page<>(items.apply(response), nextToken.apply(response).orElse(null));
        });
    }
}

package io.partnercentral.selling.events;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.exception.MalformedEventException;
import io.partnercentral.selling.metrics.EventProblem;
import io.partnercentral.selling.metrics.SellingMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Entry points for Partner Central's EventBridge events, wherever they arrive: an EventBridge
 * target such as a Lambda function ({@link #parse(String)}, {@link #parse(InputStream)}), an SQS
 * message, possibly through SNS ({@link #parseSqsBody(String)}), or a Lambda function fed by SQS
 * ({@link #handleSqsBatch(String, Consumer)}, which reports failed messages one by one).
 *
 * <pre>{@code
 * // A Lambda RequestStreamHandler on an SQS queue with ReportBatchItemFailures on:
 * SqsBatchResult result = PartnerCentralEvents.handleSqsBatch(input, event -> reconciler.accept(event));
 * output.write(result.toLambdaResponseJson().getBytes(StandardCharsets.UTF_8));
 * }</pre>
 */
public final class PartnerCentralEvents {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private PartnerCentralEvents() {}

    /**
     * Reads one EventBridge event.
     *
     * @param json the event as JSON text
     * @return the typed event; {@link UnknownEvent} for a detail-type this SDK does not know
     * @throws MalformedEventException if it is not JSON, not from {@code aws.partnercentral-selling},
     *     or lacks a member every event has; the exception names the member, never its value
     */
    public static PartnerCentralEvent parse(String json) {
        Objects.requireNonNull(json, "json");
        return EventReader.read(tree(json));
    }

    /**
     * Reads one EventBridge event from a stream (not closed).
     *
     * @param json the event as JSON, UTF-8
     * @return the typed event; {@link UnknownEvent} for a detail-type this SDK does not know
     * @throws MalformedEventException as {@link #parse(String)}
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static PartnerCentralEvent parse(InputStream json) {
        Objects.requireNonNull(json, "json");
        return EventReader.read(tree(json));
    }

    /**
     * Reads one EventBridge event already parsed into a tree.
     *
     * @param event the event's JSON tree (not modified)
     * @return the typed event; {@link UnknownEvent} for a detail-type this SDK does not know
     */
    public static PartnerCentralEvent parse(JsonNode event) {
        return EventReader.read(Objects.requireNonNull(event, "event"));
    }

    /**
     * Reads the body of an SQS message: the EventBridge event itself (an SQS target of a rule), or an
     * SNS notification whose {@code Message} is the event (a rule targeting an SNS topic with an SQS
     * subscription without raw message delivery).
     *
     * @param body the SQS message's body
     * @return the typed event
     * @throws MalformedEventException as {@link #parse(String)}
     */
    public static PartnerCentralEvent parseSqsBody(String body) {
        JsonNode tree = tree(Objects.requireNonNull(body, "body"));
        if (tree instanceof ObjectNode object && !object.has("detail-type")
                && "Notification".equals(object.path("Type").asText()) && object.path("Message").isTextual()) {
            return EventReader.read(tree(object.get("Message").asText()));
        }
        return EventReader.read(tree);
    }

    /**
     * {@return the event exactly as received (members this SDK does not read included), as JSON text}
     *
     * @param event an event read by this class
     */
    public static String toJson(PartnerCentralEvent event) {
        return write(event.envelope().json());
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON could not be written", e);
        }
    }

    /**
     * Handles a Lambda function's SQS event ({@code {"Records": [{"messageId": ..., "body": ...}]}})
     * message by message, as {@link #handleSqsBatch(Iterable, Function, Function, Consumer)} does.
     *
     * @param lambdaSqsEvent the Lambda function's input, as JSON text
     * @param handler receives each event read
     * @return which messages succeeded and which failed, for a partial batch response
     * @throws MalformedEventException if the batch itself is not an SQS event (then no message was handled)
     */
    public static SqsBatchResult handleSqsBatch(String lambdaSqsEvent, Consumer<? super PartnerCentralEvent> handler) {
        return handleRecords(tree(Objects.requireNonNull(lambdaSqsEvent, "lambdaSqsEvent")), handler, false,
                SellingMetrics.noop());
    }

    /**
     * {@link #handleSqsBatch(String, Consumer)} reading the Lambda event from a stream (not closed).
     *
     * @param lambdaSqsEvent the Lambda function's input, as JSON
     * @param handler receives each event read
     * @return which messages succeeded and which failed, for a partial batch response
     */
    public static SqsBatchResult handleSqsBatch(InputStream lambdaSqsEvent, Consumer<? super PartnerCentralEvent> handler) {
        return handleRecords(tree(Objects.requireNonNull(lambdaSqsEvent, "lambdaSqsEvent")), handler, false,
                SellingMetrics.noop());
    }

    /**
     * Handles SQS messages one by one: each body is read ({@link #parseSqsBody}) and given to
     * {@code handler}; a message that cannot be read or whose handler throws is reported in the
     * result and the others still run. Works with any message type, e.g. the Lambda events library's
     * {@code SQSMessage} or the AWS SDK's {@code Message}:
     *
     * <pre>{@code
     * SqsBatchResult result = PartnerCentralEvents.handleSqsBatch(
     *     receive.messages(), Message::messageId, Message::body, reconciler::accept);
     * result.succeededMessageIds().forEach(queue::delete);
     * }</pre>
     *
     * @param <M> the message type
     * @param messages the messages received
     * @param messageId reads a message's id
     * @param body reads a message's body
     * @param handler receives each event read
     * @return which messages succeeded and which failed
     */
    public static <M> SqsBatchResult handleSqsBatch(Iterable<M> messages, Function<? super M, String> messageId,
            Function<? super M, String> body, Consumer<? super PartnerCentralEvent> handler) {
        return handle(messages, messageId, body, handler, false, SellingMetrics.noop());
    }

    /**
     * As {@link #handleSqsBatch(Iterable, Function, Function, Consumer)} for a FIFO queue: at the
     * first failure it stops, and that message and every later one are reported failed, so the
     * queue redelivers them in order.
     *
     * @param <M> the message type
     * @param messages the messages received, in queue order
     * @param messageId reads a message's id
     * @param body reads a message's body
     * @param handler receives each event read
     * @return which messages succeeded and which failed
     */
    public static <M> SqsBatchResult handleFifoSqsBatch(Iterable<M> messages, Function<? super M, String> messageId,
            Function<? super M, String> body, Consumer<? super PartnerCentralEvent> handler) {
        return handle(messages, messageId, body, handler, true, SellingMetrics.noop());
    }

    /**
     * {@link #handleFifoSqsBatch(Iterable, Function, Function, Consumer)} for a Lambda function's SQS event.
     *
     * @param lambdaSqsEvent the Lambda function's input, as JSON text
     * @param handler receives each event read
     * @return which messages succeeded and which failed, for a partial batch response
     */
    public static SqsBatchResult handleFifoSqsBatch(String lambdaSqsEvent, Consumer<? super PartnerCentralEvent> handler) {
        return handleRecords(tree(Objects.requireNonNull(lambdaSqsEvent, "lambdaSqsEvent")), handler, true,
                SellingMetrics.noop());
    }

    /** {@link #handleSqsBatch(String, Consumer)} counting unreadable messages on {@code metrics}. */
    static SqsBatchResult handleSqsBatch(String lambdaSqsEvent, Consumer<? super PartnerCentralEvent> handler,
            SellingMetrics metrics) {
        return handleRecords(tree(Objects.requireNonNull(lambdaSqsEvent, "lambdaSqsEvent")), handler, false, metrics);
    }

    /** {@link #handleSqsBatch(Iterable, Function, Function, Consumer)} counting unreadable messages on {@code metrics}. */
    static <M> SqsBatchResult handleSqsBatch(Iterable<M> messages, Function<? super M, String> messageId,
            Function<? super M, String> body, Consumer<? super PartnerCentralEvent> handler, SellingMetrics metrics) {
        return handle(messages, messageId, body, handler, false, metrics);
    }

    private static SqsBatchResult handleRecords(JsonNode batch, Consumer<? super PartnerCentralEvent> handler, boolean fifo,
            SellingMetrics metrics) {
        JsonNode records = batch instanceof ObjectNode object ? EventReader.member(object, "Records") : null;
        if (records == null || !records.isArray()) {
            throw new MalformedEventException("Records", "not an SQS event (no Records list)", null);
        }
        List<ObjectNode> messages = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            JsonNode id = records.get(i) instanceof ObjectNode record ? EventReader.member(record, "messageId") : null;
            if (id == null || !id.isTextual()) {
                throw new MalformedEventException("Records[" + i + "].messageId", "missing", null);
            }
            messages.add((ObjectNode) records.get(i));
        }
        return handle(messages, record -> EventReader.member(record, "messageId").asText(), record -> {
            JsonNode body = EventReader.member(record, "body");
            if (body == null || !body.isTextual()) {
                throw new MalformedEventException("body", "missing", null);
            }
            return body.asText();
        }, handler, fifo, metrics);
    }

    private static <M> SqsBatchResult handle(Iterable<M> messages, Function<? super M, String> messageId,
            Function<? super M, String> body, Consumer<? super PartnerCentralEvent> handler, boolean fifo,
            SellingMetrics metrics) {
        Objects.requireNonNull(handler, "handler");
        List<String> succeeded = new ArrayList<>();
        List<SqsBatchResult.Failure> failures = new ArrayList<>();
        boolean stopped = false;
        for (M message : messages) {
            String id = Objects.requireNonNull(messageId.apply(message), "messageId");
            if (stopped) {
                failures.add(new SqsBatchResult.Failure(id, Optional.empty()));
                continue;
            }
            PartnerCentralEvent event;
            try {
                event = parseSqsBody(body.apply(message));
            } catch (MalformedEventException e) {
                metrics.eventUnrecognized(EventProblem.MALFORMED);
                failures.add(new SqsBatchResult.Failure(id, Optional.of(e)));
                stopped = fifo;
                continue;
            } catch (RuntimeException e) {
                failures.add(new SqsBatchResult.Failure(id, Optional.of(e)));
                stopped = fifo;
                continue;
            }
            try {
                handler.accept(event);
                succeeded.add(id);
            } catch (RuntimeException e) {
                failures.add(new SqsBatchResult.Failure(id, Optional.of(e)));
                stopped = fifo;
            }
        }
        return new SqsBatchResult(succeeded, failures);
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
    }

    private static JsonNode tree(InputStream json) {
        try {
            JsonNode tree = JSON.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new MalformedEventException("$", "empty", null);
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException("the event could not be read", e);
        }
    }

    /** Where the JSON broke, not what it said: the parser's own message may quote the input. */
    private static MalformedEventException notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return new MalformedEventException("$", "not JSON" + where, null);
    }
}

package io.partnercentral.selling.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link PartnerCentralEvents#handleSqsBatch} did with each message of a batch: which
 * succeeded and which failed (and why). {@link #toLambdaResponse()} is the partial batch response a
 * Lambda function returns with {@code ReportBatchItemFailures} on, so SQS redelivers only the failed
 * messages.
 *
 * <pre>{@code
 * public Map<String, Object> handleRequest(Map<String, Object> sqsEvent, Context context) { ... }
 * return result.toLambdaResponse();
 * }</pre>
 */
public final class SqsBatchResult {
    private final List<String> succeeded;
    private final List<Failure> failures;

    SqsBatchResult(List<String> succeeded, List<Failure> failures) {
        this.succeeded = List.copyOf(succeeded);
        this.failures = List.copyOf(failures);
    }

    /**
     * One failed message.
     *
     * @param messageId the SQS message id
     * @param cause why: a {@link io.partnercentral.selling.exception.MalformedEventException} for an
     *     unreadable body, or what the handler threw; empty for a FIFO message not tried because an
     *     earlier one failed
     */
    public record Failure(String messageId, Optional<RuntimeException> cause) {
        /**
         * Checks that no component is null.
         *
         * @param messageId the SQS message id
         * @param cause why: a {@link io.partnercentral.selling.exception.MalformedEventException} for an unreadable body, or what the handler threw; empty for a FIFO message not tried because an earlier one failed
         */
        public Failure {
            java.util.Objects.requireNonNull(messageId, "messageId");
            java.util.Objects.requireNonNull(cause, "cause");
        }

        @Override
        public String toString() {
            return "Failure[" + messageId + ": " + cause.map(e -> e.getClass().getSimpleName()).orElse("not tried") + "]";
        }
    }

    /** {@return the ids of the messages handled successfully, in batch order: delete these from the queue} */
    public List<String> succeededMessageIds() {
        return succeeded;
    }

    /** {@return the ids of the messages that failed, in batch order: leave these for SQS to redeliver} */
    public List<String> failedMessageIds() {
        return failures.stream().map(Failure::messageId).toList();
    }

    /** {@return the failed messages with their causes} */
    public List<Failure> failures() {
        return failures;
    }

    /** {@return whether every message succeeded} */
    public boolean allSucceeded() {
        return failures.isEmpty();
    }

    /** {@return Lambda's partial
 batch response: {@code {"batchItemFailures": [{"itemIdentifier": id}, ...]}}} */
    public Map<String, Object> toLambdaResponse() {
        List<Map<String, String>> items = new ArrayList<>();
        for (Failure failure : failures) {
            items.add(Map.of("itemIdentifier", failure.messageId()));
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("batchItemFailures", items);
        return response;
    }

    /** {@return {@link #toLambdaResponse()} as JSON text, for a {@code RequestStreamHandler}} */
    public String toLambdaResponseJson() {
        return PartnerCentralEvents.write(toLambdaResponse());
    }

    @Override
    public String toString() {
        return "SqsBatchResult[succeeded=" + succeeded.size() + ", failed=" + failedMessageIds() + "]";
    }
}

package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.testing.ReviewOutcome;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Internal API: everything one emulator remembers. Not thread-safe by itself: every access holds the
 * {@link EmulatedService}'s lock, which serialises operations the way a single-writer store would.
 */
final class EmulatorState {
    /** Opportunity ids are {@code O} and ten digits, so their text sorts in creation order. */
    private static final long FIRST_OPPORTUNITY_NUMBER = 1_000_000_001L;
    private static final String ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

    final Settings settings;
    /** The events the actions fire; see {@link EventBus}. */
    final EventBus events;
    final Map<String, StoredOpportunity> opportunities = new LinkedHashMap<>();
    final Map<String, Engagement> engagements = new LinkedHashMap<>();
    final List<Snapshot> snapshots = new ArrayList<>();
    final Map<String, SnapshotJob> jobs = new LinkedHashMap<>();
    /** Tags by the ARN of the resource they are on; a resource without tags has none here. */
    final Map<String, Map<String, String>> tags = new HashMap<>();
    private final Map<String, IdempotentCall> idempotentCalls = new HashMap<>();
    private final Deque<ReviewOutcome> scriptedOutcomes = new ArrayDeque<>();
    private final Map<String, Deque<ReviewOutcome>> scriptedOutcomesByOpportunity = new HashMap<>();
    // Seeded so a test sees the same engagement and job ids on every run.
    private Random ids = new Random(0);
    private long nextOpportunityNumber = FIRST_OPPORTUNITY_NUMBER;
    private long nextSequence;

    EmulatorState(Settings settings) {
        this.settings = settings;
        this.events = new EventBus(settings);
    }

    void clear() {
        opportunities.clear();
        engagements.clear();
        snapshots.clear();
        jobs.clear();
        tags.clear();
        idempotentCalls.clear();
        scriptedOutcomes.clear();
        scriptedOutcomesByOpportunity.clear();
        ids = new Random(0);
        nextOpportunityNumber = FIRST_OPPORTUNITY_NUMBER;
        nextSequence = 0;
        events.clear();
    }

    Instant now() {
        return Json.truncate(settings.clock().instant());
    }

    /**
     * The next LastModifiedDate after {@code previous}: the clock's reading, but at least a
     * millisecond later, so two writes never share a date and a stale one is always detected even
     * with a fixed clock.
     */
    Instant nextModified(Instant previous) {
        Instant now = now();
        return now.isAfter(previous) ? now : previous.plusMillis(1);
    }

    long nextSequence() {
        return nextSequence++;
    }

    String newOpportunityId() {
        return "O" + nextOpportunityNumber++;
    }

    String newEngagementId() {
        return "eng-" + randomId(14);
    }

    String newJobId() {
        String id;
        do {
            id = "job-" + randomId(13);
        } while (jobs.containsKey(id));
        return id;
    }

    private String randomId(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ID_ALPHABET.charAt(ids.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    String arn(String catalog, String resourcePath) {
        return "arn:aws:partnercentral:" + settings.region() + ":" + settings.accountId()
                + ":catalog/" + catalog + "/" + resourcePath;
    }

    /** Adds tags (a request's TagList, possibly null) to the resource with this ARN. */
    void tag(String arn, JsonNode tagList) {
        if (tagList != null && !tagList.isEmpty()) {
            Map<String, String> onResource = tags.computeIfAbsent(arn, a -> new LinkedHashMap<>());
            tagList.forEach(tag -> onResource.put(Json.text(tag, "Key"), Json.text(tag, "Value")));
        }
    }

    /** The shape an opportunity is read back in: GetOpportunity's output. */
    ModelShape opportunityView() {
        return settings.model().output("GetOpportunity");
    }

    StoredOpportunity opportunity(String catalog, String id) {
        StoredOpportunity opportunity = opportunities.get(id);
        if (opportunity == null || !opportunity.catalog.equals(catalog)) {
            throw ServiceException.notFound("Opportunity not found in catalog " + catalog + ".");
        }
        return opportunity;
    }

    // Review scripting: per opportunity first, then the shared queue, then the default.

    void scriptNextOutcome(ReviewOutcome outcome) {
        scriptedOutcomes.addLast(outcome);
    }

    void scriptOutcomes(String opportunityId, List<ReviewOutcome> outcomes) {
        scriptedOutcomesByOpportunity.computeIfAbsent(opportunityId, id -> new ArrayDeque<>()).addAll(outcomes);
    }

    ReviewOutcome takeOutcome(String opportunityId) {
        Deque<ReviewOutcome> own = scriptedOutcomesByOpportunity.get(opportunityId);
        if (own != null && !own.isEmpty()) {
            return own.removeFirst();
        }
        if (!scriptedOutcomes.isEmpty()) {
            return scriptedOutcomes.removeFirst();
        }
        return settings.defaultReviewOutcome();
    }

    // ClientToken idempotency, scoped per operation as the token is a per-API parameter.

    /**
     * The response of an earlier successful call with this token, if the body is the same; null if
     * the token is new.
     *
     * @throws ServiceException ConflictException if the token was used with another body
     */
    ObjectNode replay(String operation, String clientToken, ObjectNode request) {
        IdempotentCall earlier = idempotentCalls.get(operation + '\n' + clientToken);
        if (earlier == null) {
            return null;
        }
        if (!earlier.request().equals(request)) {
            throw ServiceException.conflict("Conflicting client token submitted for a new request body.");
        }
        return earlier.response().deepCopy();
    }

    void remember(String operation, String clientToken, ObjectNode request, ObjectNode response) {
        idempotentCalls.put(operation + '\n' + clientToken, new IdempotentCall(request.deepCopy(), response.deepCopy()));
    }

    private record IdempotentCall(JsonNode request, ObjectNode response) {}
}

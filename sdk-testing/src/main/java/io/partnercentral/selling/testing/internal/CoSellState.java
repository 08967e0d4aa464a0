package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Internal API: what the emulator remembers of engagements, invitations, tasks, solutions and
 * settings, beside {@link EmulatorState}'s opportunities and snapshots. Guarded by the
 * {@link EmulatedService}'s lock like the rest of the state.
 */
final class CoSellState {
    private static final String ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
    /** The account AWS's referrals and leads come from, as the service shows it. */
    static final String AWS_ACCOUNT = "aws";

    final EmulatorState state;
    final Map<String, EngagementRecord> engagements = new LinkedHashMap<>();
    final Map<String, InvitationRecord> invitations = new LinkedHashMap<>();
    final Map<String, TaskRecord> tasks = new LinkedHashMap<>();
    final Map<String, String> snapshotJobRoles = new LinkedHashMap<>();
    final Map<String, ObjectNode> assignees = new LinkedHashMap<>();
    /** AWS's own stage of an opportunity, once its sales team has moved it; by opportunity id. */
    final Map<String, String> awsStages = new LinkedHashMap<>();
    private Random ids = new Random(1);
    private long nanos;

    CoSellState(EmulatorState state) {
        this.state = state;
    }

    void clear() {
        engagements.clear();
        invitations.clear();
        tasks.clear();
        snapshotJobRoles.clear();
        assignees.clear();
        awsStages.clear();
        ids = new Random(1);
        nanos = 0;
    }

    String randomId(String prefix, int length) {
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < length; i++) {
            id.append(ID_ALPHABET.charAt(ids.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    /**
     * An engagement's modification time as the service gives it: to the nanosecond, and in a later
     * millisecond than {@code previous}, so that a stale value stays stale at every precision a client
     * may send it back with ({@link #sameModification}). Below the millisecond it stays under half a
     * millisecond and under half a microsecond, so a client that rounds to either sends what one that
     * truncates does.
     */
    Instant nextEngagementModified(Instant previous) {
        long count = ++nanos;
        long belowMilli = (count % 500) * 1_000 + count % 499 + 1;
        Instant now = state.now().plusNanos(belowMilli);
        if (previous == null) {
            return now;
        }
        Instant floor = previous.truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
        return now.isBefore(floor) ? floor.plusNanos(belowMilli) : now;
    }

    /**
     * Whether an EngagementLastModifiedAt a client sent back names the stored {@code modifiedAt}: the
     * exact instant, or that instant cut to the precision a client keeps (microseconds for botocore's
     * datetime, milliseconds for JavaScript's Date; rounding gives the same, see
     * {@link #nextEngagementModified}). Successive values differ in the millisecond, so no cut value
     * of an older modification matches.
     */
    static boolean sameModification(Instant modifiedAt, Instant sent) {
        return sent != null && (sent.equals(modifiedAt) || sent.equals(modifiedAt.truncatedTo(ChronoUnit.MICROS))
                || sent.equals(modifiedAt.truncatedTo(ChronoUnit.MILLIS)));
    }

    static String nanoTimestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** An engagement with its members and contexts. */
    static final class EngagementRecord {
        final String id;
        final String arn;
        final String catalog;
        final Instant createdAt;
        final String createdBy;
        String title;
        String description;
        Instant modifiedAt;
        String modifiedBy;
        final List<ObjectNode> contexts = new ArrayList<>();
        final List<ObjectNode> members = new ArrayList<>();
        /** Opportunities associated with the engagement, by id. */
        final List<String> opportunityIds = new ArrayList<>();
        private int nextContext = 1;

        EngagementRecord(String id, String arn, String catalog, Instant createdAt, String createdBy) {
            this.id = id;
            this.arn = arn;
            this.catalog = catalog;
            this.createdAt = createdAt;
            this.createdBy = createdBy;
            this.modifiedAt = createdAt;
            this.modifiedBy = createdBy;
        }

        String addContext(String type, ObjectNode payload) {
            String contextId = Integer.toString(nextContext++);
            ObjectNode context = Json.object();
            context.put("Id", contextId);
            context.put("Type", type);
            context.set("Payload", payload);
            contexts.add(context);
            return contextId;
        }

        ObjectNode context(String contextId) {
            for (ObjectNode context : contexts) {
                if (contextId.equals(Json.text(context, "Id"))) {
                    return context;
                }
            }
            return null;
        }

        boolean hasMember(String accountId) {
            return members.stream().anyMatch(m -> accountId.equals(Json.text(m, "AccountId")));
        }

        void addMember(String accountId, String companyName, String websiteUrl) {
            if (!hasMember(accountId)) {
                ObjectNode member = Json.object();
                member.put("AccountId", accountId);
                member.put("CompanyName", companyName);
                member.put("WebsiteUrl", websiteUrl);
                members.add(member);
            }
        }
    }

    /** An engagement invitation, received from AWS or another partner or sent by this partner. */
    static final class InvitationRecord {
        final String id;
        final String arn;
        final String catalog;
        final String engagementId;
        final String payloadType;
        final String participantType;
        final Instant invitationDate;
        Instant expirationDate;
        final String senderAwsAccountId;
        final String senderCompanyName;
        final ObjectNode payload;
        final ObjectNode receiver;
        final String message;
        String status = "PENDING";
        String rejectionReason;

        InvitationRecord(String id, String arn, String catalog, String engagementId, String payloadType,
                String participantType, Instant invitationDate, Instant expirationDate, String senderAwsAccountId,
                String senderCompanyName, ObjectNode payload, ObjectNode receiver, String message) {
            this.id = id;
            this.arn = arn;
            this.catalog = catalog;
            this.engagementId = engagementId;
            this.payloadType = payloadType;
            this.participantType = participantType;
            this.invitationDate = invitationDate;
            this.expirationDate = expirationDate;
            this.senderAwsAccountId = senderAwsAccountId;
            this.senderCompanyName = senderCompanyName;
            this.payload = payload;
            this.receiver = receiver;
            this.message = message;
        }
    }

    /** The work a task does when it completes; returns null on success or a failure. */
    interface TaskWork {
        TaskFailure run(TaskRecord task);
    }

    record TaskFailure(String reasonCode, String message) {}

    /** A task of one of the four kinds. Its work runs when the task completes on the emulator's clock. */
    static final class TaskRecord {
        final String kind;
        final String id;
        final String arn;
        final String catalog;
        final Instant startTime;
        final ObjectNode ids = Json.object();
        TaskWork work;
        String status = "IN_PROGRESS";
        String reasonCode;
        String message;
        Instant endTime;
        int reads;
        // Prospecting tasks only.
        String taskName;
        ArrayNode identifiers;
        ArrayNode results;

        TaskRecord(String kind, String id, String arn, String catalog, Instant startTime) {
            this.kind = kind;
            this.id = id;
            this.arn = arn;
            this.catalog = catalog;
            this.startTime = startTime;
        }
    }
}

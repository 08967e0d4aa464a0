package io.partnercentral.selling.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.exception.MalformedEventException;
import io.partnercentral.selling.model.Catalog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads one event tree into its type, leniently: keys match in any casing when no exact match
 * exists, ids are taken as given (a number too), and an undocumented detail-type whose detail lacks
 * the assumed members becomes an {@link UnknownEvent}. What every event must have (envelope id,
 * detail-type, source, time, an object detail with a catalog) and the members a documented detail
 * carries are required; a missing or mistyped one is a {@link MalformedEventException} naming it.
 */
final class EventReader {
    private EventReader() {}

    /** Thrown inside for an undocumented detail-type's missing member: the event stays whole as Unknown. */
    private static final class NotThisShape extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotThisShape() {
            super(null, null, false, false);
        }
    }

    static PartnerCentralEvent read(JsonNode tree) {
        if (!(tree instanceof ObjectNode root)) {
            throw new MalformedEventException("$", "an event is a JSON object", null);
        }
        String source = requiredText(root, "source", "source");
        if (!DetailType.SOURCE.equals(source)) {
            throw new MalformedEventException("source", "not a Partner Central event (source is not "
                    + DetailType.SOURCE + ")", null);
        }
        String id = requiredText(root, "id", "id");
        String detailType = requiredText(root, "detail-type", "detail-type");
        Instant time = instant(root, "time", "time", true).orElseThrow();
        JsonNode detailNode = member(root, "detail");
        if (!(detailNode instanceof ObjectNode detail)) {
            throw new MalformedEventException("detail", detailNode == null ? "missing" : "not an object", null);
        }
        List<String> resources = texts(root, "resources", "resources");
        EventEnvelope envelope = new EventEnvelope(optionalText(root, "version", "version").orElse(null), id, detailType,
                optionalText(root, "account", "account").orElse(null), time,
                optionalText(root, "region", "region").orElse(null), resources, root.deepCopy());
        Catalog catalog = Catalog.unchecked(requiredText(detail, "catalog", "detail.catalog"));
        Optional<DetailType> known = DetailType.of(detailType);
        if (known.isEmpty()) {
            return new UnknownEvent(envelope, catalog);
        }
        try {
            return typed(known.get(), envelope, catalog, detail);
        } catch (NotThisShape undocumented) {
            return new UnknownEvent(envelope, catalog);
        }
    }

    private static PartnerCentralEvent typed(DetailType type, EventEnvelope envelope, Catalog catalog, ObjectNode detail) {
        return switch (type) {
            case OPPORTUNITY_CREATED -> new OpportunityEvent.Created(envelope, catalog, opportunityId(detail, true));
            case OPPORTUNITY_UPDATED -> new OpportunityEvent.Updated(envelope, catalog, opportunityId(detail, true));
            case OPPORTUNITY_ACCEPTED -> new OpportunityEvent.Accepted(envelope, catalog, opportunityId(detail, false));
            case OPPORTUNITY_REJECTED -> new OpportunityEvent.Rejected(envelope, catalog, opportunityId(detail, false));
            case ENGAGEMENT_INVITATION_CREATED -> new EngagementInvitationEvent.Created(envelope, catalog, invitation(detail));
            case ENGAGEMENT_INVITATION_ACCEPTED -> new EngagementInvitationEvent.Accepted(envelope, catalog, invitation(detail));
            case ENGAGEMENT_INVITATION_REJECTED -> new EngagementInvitationEvent.Rejected(envelope, catalog, invitation(detail));
            case ENGAGEMENT_INVITATION_EXPIRED -> new EngagementInvitationEvent.Expired(envelope, catalog, invitation(detail));
            case ENGAGEMENT_MEMBER_JOINED -> member(detail, false, (id, account, company) ->
                    new EngagementMemberEvent.Joined(envelope, catalog, id, account, company));
            case ENGAGEMENT_MEMBER_ADDED -> member(detail, true, (id, account, company) ->
                    new EngagementMemberEvent.Added(envelope, catalog, id, account, company));
            case RESOURCE_SNAPSHOT_CREATED ->
                    new ResourceSnapshotEvent.ResourceSnapshotCreated(envelope, catalog, snapshot(detail, false));
            case ENGAGEMENT_RESOURCE_SNAPSHOT_CREATED ->
                    new ResourceSnapshotEvent.EngagementResourceSnapshotCreated(envelope, catalog, snapshot(detail, true));
            case ENGAGEMENT_CREATED -> new EngagementEvent.Created(envelope, catalog, engagement(detail));
            case ENGAGEMENT_UPDATED -> new EngagementEvent.Updated(envelope, catalog, engagement(detail));
        };
    }

    private static String opportunityId(ObjectNode detail, boolean documented) {
        ObjectNode opportunity = object(detail, "opportunity", "detail.opportunity", documented);
        return text(opportunity, "identifier", "detail.opportunity.identifier", documented);
    }

    private static EngagementInvitationRef invitation(ObjectNode detail) {
        String at = "detail.engagementInvitation";
        ObjectNode invitation = object(detail, "engagementInvitation", at, true);
        return new EngagementInvitationRef(text(invitation, "id", at + ".id", true),
                optionalText(invitation, "arn", at + ".arn"),
                optionalText(invitation, "engagementId", at + ".engagementId"),
                optionalText(invitation, "senderAccountId", at + ".senderAccountId"),
                optionalText(invitation, "receiverAccountId", at + ".receiverAccountId"),
                optionalText(invitation, "senderCompanyName", at + ".senderCompanyName"),
                instant(invitation, "expirationDate", at + ".expirationDate", false),
                optionalText(invitation, "participantType", at + ".participantType"),
                optionalText(invitation, "payloadType", at + ".payloadType"));
    }

    private interface MemberFactory {
        PartnerCentralEvent make(String engagementId, Optional<String> accountId, Optional<String> companyName);
    }

    private static PartnerCentralEvent member(ObjectNode detail, boolean documented, MemberFactory factory) {
        ObjectNode engagement = object(detail, "engagement", "detail.engagement", documented);
        // The documented example says engagement.id here; Engagement Created says engagementId: take either.
        String id = member(engagement, "id") != null
                ? text(engagement, "id", "detail.engagement.id", documented)
                : text(engagement, "engagementId", "detail.engagement.id", documented);
        JsonNode memberNode = member(detail, "engagementMember");
        Optional<String> account = Optional.empty();
        Optional<String> company = Optional.empty();
        if (memberNode != null && !memberNode.isNull()) {
            ObjectNode member = object(detail, "engagementMember", "detail.engagementMember", documented);
            account = optionalText(member, "accountId", "detail.engagementMember.accountId");
            company = optionalText(member, "companyName", "detail.engagementMember.companyName");
        }
        return factory.make(id, account, company);
    }

    private static ResourceSnapshotRef snapshot(ObjectNode detail, boolean documented) {
        String at = "detail.resourceSnapshot";
        ObjectNode snapshot = object(detail, "resourceSnapshot", at, documented);
        JsonNode revision = member(snapshot, "revision");
        OptionalInt number = OptionalInt.empty();
        if (revision != null && !revision.isNull()) {
            if (revision.canConvertToInt() && (revision.isIntegralNumber() || revision.isTextual() && revision.asText().matches("[0-9]{1,9}"))) {
                number = OptionalInt.of(revision.asInt());
            } else {
                throw new MalformedEventException(at + ".revision", "not an integer", null);
            }
        }
        return new ResourceSnapshotRef(optionalText(snapshot, "arn", at + ".arn"),
                text(snapshot, "engagementId", at + ".engagementId", documented),
                text(snapshot, "resourceType", at + ".resourceType", documented),
                text(snapshot, "resourceId", at + ".resourceId", documented),
                text(snapshot, "resourceSnapshotTemplateName", at + ".resourceSnapshotTemplateName", documented),
                optionalText(snapshot, "createdBy", at + ".createdBy"),
                texts(snapshot, "targetMemberAccounts", at + ".targetMemberAccounts"), number);
    }

    private static EngagementRef engagement(ObjectNode detail) {
        String at = "detail.engagement";
        ObjectNode engagement = object(detail, "engagement", at, true);
        String id = member(engagement, "engagementId") != null
                ? text(engagement, "engagementId", at + ".engagementId", true)
                : text(engagement, "id", at + ".engagementId", true);
        return new EngagementRef(id, optionalText(engagement, "engagementArn", at + ".engagementArn"),
                instant(engagement, "createdAt", at + ".CreatedAt", false),
                optionalText(engagement, "createdBy", at + ".CreatedBy"),
                instant(engagement, "lastModifiedAt", at + ".LastModifiedAt", false),
                optionalText(engagement, "lastModifiedBy", at + ".LastModifiedBy"),
                texts(engagement, "contextTypes", at + ".ContextTypes"));
    }

    // Lenient member access

    /** The member with exactly this name, else the first whose name matches ignoring case; null if none. */
    static JsonNode member(ObjectNode node, String name) {
        JsonNode exact = node.get(name);
        if (exact != null) {
            return exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    private static ObjectNode object(ObjectNode node, String name, String path, boolean required) {
        JsonNode value = member(node, name);
        if (value instanceof ObjectNode object) {
            return object;
        }
        if (!required && (value == null || value.isNull())) {
            throw new NotThisShape();
        }
        throw new MalformedEventException(path, value == null || value.isNull() ? "missing" : "not an object", null);
    }

    private static String text(ObjectNode node, String name, String path, boolean required) {
        Optional<String> value = optionalText(node, name, path);
        if (value.isPresent()) {
            return value.get();
        }
        if (!required) {
            throw new NotThisShape();
        }
        throw new MalformedEventException(path, "missing", null);
    }

    private static String requiredText(ObjectNode node, String name, String path) {
        return text(node, name, path, true);
    }

    /** A scalar as text (ids may come as numbers); empty when absent, null or blank. */
    private static Optional<String> optionalText(ObjectNode node, String name, String path) {
        JsonNode value = member(node, name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw new MalformedEventException(path, "not a string", null);
        }
        String text = value.asText();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private static List<String> texts(ObjectNode node, String name, String path) {
        JsonNode value = member(node, name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new MalformedEventException(path, "not a list", null);
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isValueNode() || element.isNull()) {
                throw new MalformedEventException(path + "[" + i + "]", "not a string", null);
            }
            texts.add(element.asText());
        }
        return texts;
    }

    /** An ISO-8601 instant, an offset date-time, or a date (read as its start, UTC). */
    private static Optional<Instant> instant(ObjectNode node, String name, String path, boolean required) {
        Optional<String> text = optionalText(node, name, path);
        if (text.isEmpty()) {
            if (required) {
                throw new MalformedEventException(path, "missing", null);
            }
            return Optional.empty();
        }
        String value = text.get();
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException notInstant) {
            try {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException notOffset) {
                try {
                    return Optional.of(LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC));
                } catch (DateTimeParseException notDate) {
                    throw new MalformedEventException(path, "not an ISO-8601 date-time", null);
                }
            }
        }
    }
}

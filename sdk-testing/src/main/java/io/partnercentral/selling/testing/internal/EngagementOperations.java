package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.testing.internal.CoSellState.EngagementRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Internal API: Create, Get and ListEngagements, ListEngagementMembers,
 * ListEngagementResourceAssociations, Create and UpdateEngagementContext.
 *
 * <p>An engagement's ModifiedAt carries nanoseconds, and UpdateEngagementContext succeeds only with
 * that value as EngagementLastModifiedAt (optimistic concurrency, as the service does), sent exactly
 * or cut to the microseconds or milliseconds a client's timestamp type keeps.
 */
final class EngagementOperations {
    /** The partner's company, as other members of its engagements see it. */
    static final String PARTNER_COMPANY = "Example Partner";

    private final CoSellState cosell;
    private final EmulatorState state;

    EngagementOperations(CoSellState cosell) {
        this.cosell = cosell;
        this.state = cosell.state;
    }

    /** Creates an engagement (the partner's, or AWS's when it sends a referral or lead). */
    EngagementRecord newEngagement(String catalog, String title, String description, String createdBy) {
        String id;
        do {
            id = cosell.randomId("eng-", 14);
        } while (cosell.engagements.containsKey(id) || state.engagements.containsKey(id));
        EngagementRecord engagement = new EngagementRecord(id, state.arn(catalog, "engagement/" + id), catalog,
                cosell.nextEngagementModified(null), createdBy);
        engagement.title = title;
        engagement.description = description;
        cosell.engagements.put(id, engagement);
        // Snapshot operations know engagements by this record.
        state.engagements.put(id, new Engagement(id, catalog, List.of(state.settings.accountId())));
        if (createdBy.equals(state.settings.accountId())) {
            state.events.engagement("Engagement Created", engagement);
        }
        return engagement;
    }

    EngagementRecord engagement(String catalog, String identifier) {
        String id = identifier != null && identifier.startsWith("arn:")
                ? identifier.substring(identifier.lastIndexOf('/') + 1) : identifier;
        EngagementRecord engagement = cosell.engagements.get(id);
        if (engagement == null || !engagement.catalog.equals(catalog)) {
            throw ServiceException.notFound("Engagement not found in catalog " + catalog + ".");
        }
        return engagement;
    }

    void touch(EngagementRecord engagement, String by) {
        engagement.modifiedAt = cosell.nextEngagementModified(engagement.modifiedAt);
        engagement.modifiedBy = by;
    }

    ObjectNode create(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        String token = Json.text(request, "ClientToken");
        ObjectNode earlier = catalog == null || token == null ? null : state.replay("CreateEngagement", token, request);
        if (earlier != null) {
            return earlier;
        }
        v.throwIfAny();
        EngagementRecord engagement = newEngagement(catalog, Json.text(request, "Title"),
                Json.text(request, "Description"), state.settings.accountId());
        engagement.addMember(state.settings.accountId(), PARTNER_COMPANY, "https://partner.example.com");
        state.events.memberAdded(engagement, state.settings.accountId(), PARTNER_COMPANY);
        ArrayNode contexts = Json.arr(request, "Contexts");
        if (contexts != null) {
            for (JsonNode context : contexts) {
                JsonNode payload = context.get("Payload");
                engagement.addContext(Json.text(context, "Type"),
                        payload instanceof ObjectNode object ? object.deepCopy() : Json.object());
            }
        }
        ObjectNode response = Json.object();
        response.put("Id", engagement.id);
        response.put("Arn", engagement.arn);
        response.put("ModifiedAt", CoSellState.nanoTimestamp(engagement.modifiedAt));
        state.remember("CreateEngagement", token, request, response);
        return response;
    }

    ObjectNode get(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        v.throwIfAny();
        return view(engagement(catalog, Json.text(request, "Identifier")));
    }

    private ObjectNode view(EngagementRecord engagement) {
        ObjectNode response = Json.object();
        response.put("Id", engagement.id);
        response.put("Arn", engagement.arn);
        putIfPresent(response, "Title", engagement.title);
        putIfPresent(response, "Description", engagement.description);
        response.put("CreatedAt", Json.timestamp(engagement.createdAt));
        response.put("CreatedBy", engagement.createdBy);
        response.put("MemberCount", engagement.members.size());
        response.put("ModifiedAt", CoSellState.nanoTimestamp(engagement.modifiedAt));
        response.put("ModifiedBy", engagement.modifiedBy);
        ArrayNode contexts = response.putArray("Contexts");
        engagement.contexts.forEach(c -> contexts.add(c.deepCopy()));
        return response;
    }

    ObjectNode list(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        v.throwIfAny();
        Set<String> ids = strings(request, "EngagementIdentifier");
        Set<String> createdBy = strings(request, "CreatedBy");
        Set<String> excludeCreatedBy = strings(request, "ExcludeCreatedBy");
        Set<String> contextTypes = strings(request, "ContextTypes");
        Set<String> excludeContextTypes = strings(request, "ExcludeContextTypes");
        List<EngagementRecord> matching = new ArrayList<>();
        for (EngagementRecord e : cosell.engagements.values()) {
            Set<String> types = new java.util.HashSet<>();
            e.contexts.forEach(c -> types.add(Json.text(c, "Type")));
            if (e.catalog.equals(catalog) && (ids.isEmpty() || ids.contains(e.id))
                    && (createdBy.isEmpty() || createdBy.contains(e.createdBy)) && !excludeCreatedBy.contains(e.createdBy)
                    && (contextTypes.isEmpty() || types.stream().anyMatch(contextTypes::contains))
                    && types.stream().noneMatch(excludeContextTypes::contains)) {
                matching.add(e);
            }
        }
        boolean ascending = !"DESCENDING".equals(Json.textAt(request, "Sort.SortOrder"));
        Pagination.Page<EngagementRecord> page = Pagination.page(matching,
                e -> new Pagination.Cursor(Json.timestamp(e.createdAt), e.id), Pagination.order(ascending), request,
                Pagination.maxResults(request, 20));
        ObjectNode response = Json.object();
        ArrayNode summaries = response.putArray("EngagementSummaryList");
        for (EngagementRecord e : page.items()) {
            ObjectNode summary = summaries.addObject();
            summary.put("Arn", e.arn);
            summary.put("Id", e.id);
            putIfPresent(summary, "Title", e.title);
            summary.put("CreatedAt", Json.timestamp(e.createdAt));
            summary.put("CreatedBy", e.createdBy);
            summary.put("MemberCount", e.members.size());
            summary.put("ModifiedAt", CoSellState.nanoTimestamp(e.modifiedAt));
            summary.put("ModifiedBy", e.modifiedBy);
            ArrayNode types = summary.putArray("ContextTypes");
            e.contexts.stream().map(c -> Json.text(c, "Type")).distinct().forEach(types::add);
        }
        putIfPresent(response, "NextToken", page.nextToken());
        return response;
    }

    ObjectNode listMembers(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        v.throwIfAny();
        EngagementRecord engagement = engagement(catalog, Json.text(request, "Identifier"));
        Pagination.Page<ObjectNode> page = Pagination.page(engagement.members,
                m -> new Pagination.Cursor(null, Json.text(m, "AccountId")), Pagination.order(true), request,
                Pagination.maxResults(request, 20));
        ObjectNode response = Json.object();
        ArrayNode members = response.putArray("EngagementMemberList");
        page.items().forEach(m -> members.add(m.deepCopy()));
        putIfPresent(response, "NextToken", page.nextToken());
        return response;
    }

    ObjectNode listResourceAssociations(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        v.throwIfAny();
        String engagementId = Json.text(request, "EngagementIdentifier");
        String resourceId = Json.text(request, "ResourceIdentifier");
        String createdBy = Json.text(request, "CreatedBy");
        List<ObjectNode> associations = new ArrayList<>();
        for (EngagementRecord e : cosell.engagements.values()) {
            if (!e.catalog.equals(catalog) || (engagementId != null && !engagementId.equals(e.id))) {
                continue;
            }
            for (String opportunityId : e.opportunityIds) {
                if (resourceId != null && !resourceId.equals(opportunityId)) {
                    continue;
                }
                ObjectNode association = Json.object();
                association.put("Catalog", catalog);
                association.put("EngagementId", e.id);
                association.put("ResourceType", "Opportunity");
                association.put("ResourceId", opportunityId);
                association.put("CreatedBy", state.settings.accountId());
                if (createdBy == null || createdBy.equals(state.settings.accountId())) {
                    associations.add(association);
                }
            }
        }
        Pagination.Page<ObjectNode> page = Pagination.page(associations,
                a -> new Pagination.Cursor(Json.text(a, "EngagementId"), Json.text(a, "ResourceId")), Pagination.order(true),
                request, Pagination.maxResults(request, 20));
        ObjectNode response = Json.object();
        ArrayNode summaries = response.putArray("EngagementResourceAssociationSummaries");
        page.items().forEach(summaries::add);
        putIfPresent(response, "NextToken", page.nextToken());
        return response;
    }

    ObjectNode createContext(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        String token = Json.text(request, "ClientToken");
        ObjectNode earlier = catalog == null || token == null ? null : state.replay("CreateEngagementContext", token, request);
        if (earlier != null) {
            return earlier;
        }
        String type = Json.text(request, "Type");
        ObjectNode payload = Json.obj(request, "Payload");
        checkPayloadType(type, payload, v);
        v.throwIfAny();
        EngagementRecord engagement = engagement(catalog, Json.text(request, "EngagementIdentifier"));
        String contextId = engagement.addContext(type, payload.deepCopy());
        touch(engagement, state.settings.accountId());
        state.events.engagement("Engagement Updated", engagement);
        ObjectNode response = contextResponse(engagement, contextId);
        state.remember("CreateEngagementContext", token, request, response);
        return response;
    }

    ObjectNode updateContext(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        String type = Json.text(request, "Type");
        ObjectNode payload = Json.obj(request, "Payload");
        checkPayloadType(type, payload, v);
        Instant expected = Json.parseTimestamp(request.get("EngagementLastModifiedAt"));
        v.throwIfAny();
        EngagementRecord engagement = engagement(catalog, Json.text(request, "EngagementIdentifier"));
        String contextId = Json.text(request, "ContextIdentifier");
        ObjectNode context = engagement.context(contextId);
        if (context == null) {
            throw ServiceException.notFound("Context " + contextId + " not found on the engagement.");
        }
        if (!CoSellState.sameModification(engagement.modifiedAt, expected)) {
            throw ServiceException.conflict("The engagement was modified after EngagementLastModifiedAt.");
        }
        if (!type.equals(Json.text(context, "Type"))) {
            Violations business = new Violations();
            business.business("Type", ValidationErrorCode.INVALID_VALUE, "Type must be the context's type.");
            business.throwIfAny();
        }
        ObjectNode stored = Json.obj(context, "Payload");
        ObjectNode update = (ObjectNode) payload.get(type);
        ObjectNode current = stored == null ? null : Json.obj(stored, type);
        if ("Lead".equals(type) && current != null) {
            // Interaction is one more interaction; the other members replace what the lead had.
            update.properties().forEach(member -> {
                if (member.getKey().equals("Interaction")) {
                    ArrayNode interactions = current.withArray("Interactions");
                    interactions.add(member.getValue().deepCopy());
                } else {
                    current.set(member.getKey(), member.getValue().deepCopy());
                }
            });
        } else {
            ObjectNode replaced = Json.object();
            replaced.set(type, update.deepCopy());
            context.set("Payload", replaced);
        }
        touch(engagement, state.settings.accountId());
        state.events.engagement("Engagement Updated", engagement);
        return contextResponse(engagement, contextId);
    }

    private static void checkPayloadType(String type, ObjectNode payload, Violations v) {
        if (type != null && payload != null && !payload.has(type)) {
            v.request("Payload", ValidationErrorCode.INVALID_VALUE, "The payload must be of the context's Type.");
        }
    }

    private static ObjectNode contextResponse(EngagementRecord engagement, String contextId) {
        ObjectNode response = Json.object();
        response.put("EngagementId", engagement.id);
        response.put("EngagementArn", engagement.arn);
        response.put("EngagementLastModifiedAt", CoSellState.nanoTimestamp(engagement.modifiedAt));
        response.put("ContextId", contextId);
        return response;
    }

    static Set<String> strings(ObjectNode request, String member) {
        Set<String> values = new java.util.LinkedHashSet<>();
        ArrayNode array = Json.arr(request, member);
        if (array != null) {
            array.forEach(n -> values.add(n.asText()));
        }
        return values;
    }

    static void putIfPresent(ObjectNode node, String member, String value) {
        if (value != null) {
            node.put(member, value);
        }
    }
}

package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.partnercentral.selling.model.OpportunitySortField;
import io.partnercentral.selling.model.Origin;
import io.partnercentral.selling.model.ReviewStatus;
import io.partnercentral.selling.model.SortOrder;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Visibility;
import io.partnercentral.selling.testing.ReviewOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal API: CreateOpportunity, GetOpportunity, UpdateOpportunity, ListOpportunities,
 * SubmitOpportunity, AssociateOpportunity and DisassociateOpportunity, plus the emulated AWS review.
 */
final class OpportunityOperations {
    private static final Logger LOG = LoggerFactory.getLogger(OpportunityOperations.class);

    /** Review statuses under which UpdateOpportunity is refused outright. */
    private static final Set<String> LOCKED_STATUSES =
            Set.of(ReviewStatus.SUBMITTED.value(), ReviewStatus.IN_REVIEW.value(), ReviewStatus.REJECTED.value());

    /** Where a Sandbox UpdateOpportunity may move a review to. */
    private static final Set<String> SIMULATED_REVIEW_TARGETS = Set.of(ReviewStatus.IN_REVIEW.value(),
            ReviewStatus.APPROVED.value(), ReviewStatus.ACTION_REQUIRED.value(), ReviewStatus.REJECTED.value());

    /**
     * What may change under Action Required, from the reference's list (which says
     * Project.ExpectedMonthlyAWSRevenue for what the 2026 model calls ExpectedCustomerSpend).
     */
    private static final List<String> EDITABLE_UNDER_ACTION_REQUIRED = List.of(
            "PartnerOpportunityIdentifier",
            "Customer.Account.WebsiteUrl",
            "Customer.Account.Address.City",
            "Customer.Account.Address.CountryCode",
            "Customer.Account.Address.PostalCode",
            "Customer.Account.Address.StateOrRegion",
            "Customer.Account.Address.StreetAddress",
            "LifeCycle.TargetCloseDate",
            "Project.CustomerBusinessProblem");

    /** Members an opportunity must have before AWS accepts it for review. */
    private static final List<String> REQUIRED_FOR_SUBMISSION = List.of(
            "Customer.Account.Industry",
            "Customer.Account.Address.CountryCode",
            "Project.Title",
            "Project.CustomerBusinessProblem",
            "LifeCycle.TargetCloseDate");

    /**
     * Associations per opportunity and type, from the developer guide's limits (one Marketplace
     * offer: a private offer); the model does not state them.
     */
    private static final Map<String, Integer> ASSOCIATION_LIMITS = Map.of(
            "AwsProducts", 20, "Solutions", 10, "AwsMarketplaceSolutions", 10, "AwsMarketplaceProducts", 10,
            "AwsMarketplaceOffers", 1);

    private final EmulatorState state;
    private final Consumer<StoredOpportunity> changed;
    private final Set<String> payloadMembers;

    OpportunityOperations(EmulatorState state, Consumer<StoredOpportunity> changed) {
        this.state = state;
        this.changed = changed;
        ServiceModel model = state.settings.model();
        Set<String> members = new LinkedHashSet<>(model.input("CreateOpportunity").members().keySet());
        members.retainAll(model.input("UpdateOpportunity").members().keySet());
        members.remove("Catalog");
        this.payloadMembers = Set.copyOf(members);
    }

    ObjectNode create(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        String token = Json.text(request, "ClientToken");
        if (catalog != null && token != null) {
            ObjectNode earlier = state.replay("CreateOpportunity", token, request);
            if (earlier != null) {
                return earlier;
            }
        }
        OpportunityRules.checkCreate(request, catalog, v, OpportunityRules.today(state));
        v.throwIfAny();

        Instant now = state.now();
        String id = state.newOpportunityId();
        String origin = Objects.requireNonNullElse(Json.text(request, "Origin"), Origin.PARTNER_REFERRAL.value());
        StoredOpportunity opportunity = new StoredOpportunity(state.opportunityView(), state.nextSequence(), id, catalog,
                state.arn(catalog, "opportunity/" + id), origin, now, payload(request),
                arrayOrEmpty(request, "OpportunityTeam"), arrayOrEmpty(request, "Tags"),
                ReviewStatus.PENDING_SUBMISSION.value());
        state.opportunities.put(id, opportunity);
        state.tag(opportunity.arn, request.get("Tags"));
        state.events.opportunity("Opportunity Created", opportunity);

        ObjectNode response = Json.object();
        response.put("Id", id);
        String partnerId = Json.text(request, "PartnerOpportunityIdentifier");
        if (partnerId != null) {
            response.put("PartnerOpportunityIdentifier", partnerId);
        }
        response.put("LastModifiedDate", Json.timestamp(opportunity.lastModifiedDate));
        // Kept only when the model's CreateOpportunityResponse has Arn (the answer is projected onto it).
        response.put("Arn", opportunity.arn);
        state.remember("CreateOpportunity", token, request, response);
        LOG.debug("CreateOpportunity created {} in {}", id, catalog);
        return response;
    }

    ObjectNode get(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        String id = Json.text(request, "Identifier");
        v.throwIfAny();
        return state.opportunity(catalog, id).view();
    }

    ObjectNode update(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        String id = Json.text(request, "Identifier");
        OpportunityRules.checkUpdate(request, v, OpportunityRules.today(state));
        v.throwIfAny();

        StoredOpportunity opportunity = state.opportunity(catalog, id);
        Instant quoted = Json.parseTimestamp(request.get("LastModifiedDate"));
        if (!opportunity.lastModifiedDate.equals(quoted)) {
            throw ServiceException.conflict("The opportunity was modified after the LastModifiedDate in the request;"
                    + " get it again, reapply the change and retry.");
        }
        String status = opportunity.reviewStatus;
        ReviewOutcome simulated = simulatedReview(catalog, status, Json.obj(request, "LifeCycle"));
        if (simulated == null && status != null && LOCKED_STATUSES.contains(status)) {
            Violations locked = new Violations();
            locked.business("LifeCycle.ReviewStatus", ValidationErrorCode.INVALID_RESOURCE_STATE,
                    "The opportunity cannot be updated while its review status is " + status + ".");
            locked.throwIfAny();
        }
        ObjectNode payload = payload(request);
        ObjectNode lifeCycle = Json.obj(payload, "LifeCycle");
        if (lifeCycle != null) {
            lifeCycle.remove(StoredOpportunity.READ_ONLY_LIFE_CYCLE_MEMBERS);
            if (lifeCycle.isEmpty()) {
                payload.remove("LifeCycle");
            }
        }
        if (simulated != null && LOCKED_STATUSES.contains(status)) {
            // Under review the opportunity is read-only: the update may move the review, nothing else.
            List<String> changes = new ArrayList<>();
            diff(opportunity.payload, payload, "", changes);
            Violations readOnly = new Violations();
            changes.forEach(path -> readOnly.business(path, ValidationErrorCode.ACTION_NOT_PERMITTED,
                    "Cannot be changed while the review status is " + status + "; only LifeCycle.ReviewStatus moves."));
            readOnly.throwIfAny();
        }
        boolean actionRequired = ReviewStatus.ACTION_REQUIRED.value().equals(status);
        if (actionRequired) {
            Violations notEditable = new Violations();
            for (String path : nonEditableChanges(opportunity.payload, payload)) {
                notEditable.business(path, ValidationErrorCode.ACTION_NOT_PERMITTED,
                        "Cannot be changed while the review status is Action Required.");
            }
            notEditable.throwIfAny();
        }

        Instant now = state.nextModified(opportunity.lastModifiedDate);
        opportunity.replacePayload(payload, now);
        opportunity.lastModifiedDate = now;
        if (simulated != null) {
            applyReview(opportunity, simulated);
        } else if (actionRequired) {
            // The reference: after the update the opportunity re-enters validation, whose outcome is
            // scripted like a submission's (ReviewOutcome.SUBMITTED leaves it visibly Submitted).
            applyReview(opportunity, state.takeOutcome(id));
        }
        changed.accept(opportunity);

        ObjectNode response = Json.object();
        response.put("Id", id);
        response.put("LastModifiedDate", Json.timestamp(now));
        return response;
    }

    /**
     * The review a Sandbox UpdateOpportunity simulates by carrying {@code LifeCycle.ReviewStatus}, the
     * way partners test AWS's review there; null when the update moves no review (another catalog,
     * where the member is read-only and ignored, or the status the opportunity already has).
     *
     * <p>A review moves only once the opportunity was submitted: from Submitted or In review (where the
     * update may change nothing else) or Action Required (where the usual editable members may change),
     * to In review, Approved, Action Required or Rejected. From Pending Submission (submit it first),
     * Approved or Rejected (decided), and to Submitted or Pending Submission, the update is refused.
     * Action Required and Rejected take the request's ReviewStatusReason and ReviewComments, or the
     * emulator's defaults.
     */
    private static ReviewOutcome simulatedReview(String catalog, String current, ObjectNode lifeCycle) {
        String requested = Json.text(lifeCycle, "ReviewStatus");
        if (!"Sandbox".equals(catalog) || requested == null || requested.equals(current)) {
            return null;
        }
        Violations refused = new Violations();
        if (ReviewStatus.PENDING_SUBMISSION.value().equals(current)) {
            refused.business("LifeCycle.ReviewStatus", ValidationErrorCode.INVALID_RESOURCE_STATE,
                    "The opportunity is Pending Submission: submit it (SubmitOpportunity) before moving its review.");
        } else if (!LOCKED_STATUSES.contains(current) && !ReviewStatus.ACTION_REQUIRED.value().equals(current)
                || ReviewStatus.REJECTED.value().equals(current)) {
            refused.business("LifeCycle.ReviewStatus", ValidationErrorCode.INVALID_RESOURCE_STATE,
                    "The review is decided (" + current + "); it cannot move again.");
        } else if (!SIMULATED_REVIEW_TARGETS.contains(requested)) {
            refused.business("LifeCycle.ReviewStatus", ValidationErrorCode.INVALID_VALUE,
                    "A review can move to In review, Approved, Action Required or Rejected.");
        }
        refused.throwIfAny();
        String reason = Json.text(lifeCycle, "ReviewStatusReason");
        String comments = Json.text(lifeCycle, "ReviewComments");
        if (ReviewStatus.ACTION_REQUIRED.value().equals(requested)) {
            return reason == null && comments == null ? ReviewOutcome.ACTION_REQUIRED
                    : ReviewOutcome.actionRequired(reason, comments);
        }
        if (ReviewStatus.REJECTED.value().equals(requested)) {
            return reason == null && comments == null ? ReviewOutcome.REJECTED : ReviewOutcome.rejected(reason, comments);
        }
        return new ReviewOutcome(ReviewStatus.of(requested), null, null);
    }

    ObjectNode list(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        int maxResults = Pagination.maxResults(request, 20);

        List<Predicate<StoredOpportunity>> filters = new ArrayList<>();
        Set<String> ids = stringSet(request, "Identifier");
        if (ids != null) {
            filters.add(o -> ids.contains(o.id));
        }
        Set<String> stages = stringSet(request, "LifeCycleStage");
        if (stages != null) {
            filters.add(o -> stages.contains(Json.textAt(o.payload, "LifeCycle.Stage")));
        }
        Set<String> statuses = stringSet(request, "LifeCycleReviewStatus");
        if (statuses != null) {
            filters.add(o -> statuses.contains(o.reviewStatus));
        }
        Set<String> names = stringSet(request, "CustomerCompanyName");
        if (names != null) {
            Set<String> folded = new LinkedHashSet<>();
            names.forEach(name -> folded.add(name.toLowerCase(Locale.ROOT)));
            filters.add(o -> folded.contains(companyNameKey(o)));
        }
        instantRange(request, "LastModifiedDate", "AfterLastModifiedDate", "BeforeLastModifiedDate",
                o -> o.lastModifiedDate, filters);
        instantRange(request, "CreatedDate", "AfterCreatedDate", "BeforeCreatedDate", o -> o.createdDate, filters);
        dateRange(request, v, filters);

        String sortBy = OpportunitySortField.LAST_MODIFIED_DATE.value();
        boolean ascending = false;
        ObjectNode sort = Json.obj(request, "Sort");
        if (sort != null) {
            ascending = SortOrder.ASCENDING.value().equals(Json.text(sort, "SortOrder"));
            sortBy = Objects.requireNonNullElse(Json.text(sort, "SortBy"), sortBy);
        }
        v.throwIfAny();

        List<StoredOpportunity> matching = new ArrayList<>();
        for (StoredOpportunity opportunity : state.opportunities.values()) {
            if (opportunity.catalog.equals(catalog) && filters.stream().allMatch(f -> f.test(opportunity))) {
                matching.add(opportunity);
            }
        }
        String key = sortBy;
        Pagination.Page<StoredOpportunity> page = Pagination.page(matching,
                o -> new Pagination.Cursor(sortKey(o, key), o.id), Pagination.order(ascending), request, maxResults);

        ObjectNode response = Json.object();
        ArrayNode summaries = response.putArray("OpportunitySummaries");
        // The output shape's projection reduces each view to the summary's members.
        page.items().forEach(o -> summaries.add(o.view()));
        if (page.nextToken() != null) {
            response.put("NextToken", page.nextToken());
        }
        return response;
    }

    ObjectNode submit(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        String id = Json.text(request, "Identifier");
        String involvement = Json.text(request, "InvolvementType");
        String visibility = Json.text(request, "Visibility");
        v.throwIfAny();

        StoredOpportunity opportunity = state.opportunity(catalog, id);
        Violations business = new Violations();
        if (!ReviewStatus.PENDING_SUBMISSION.value().equals(opportunity.reviewStatus)) {
            business.business("LifeCycle.ReviewStatus", ValidationErrorCode.INVALID_RESOURCE_STATE,
                    "Only an opportunity in Pending Submission can be submitted.");
        }
        for (String path : REQUIRED_FOR_SUBMISSION) {
            if (Json.at(opportunity.payload, path) == null) {
                business.business(path, ValidationErrorCode.REQUIRED_FIELD_MISSING, "Required before submission.");
            }
        }
        business.throwIfAny();

        opportunity.involvementType = involvement;
        opportunity.visibility = Objects.requireNonNullElse(visibility, Visibility.FULL.value());
        opportunity.lastModifiedDate = state.nextModified(opportunity.lastModifiedDate);
        // Submitted, then at once the scripted outcome (which may be to stay Submitted).
        applyReview(opportunity, state.takeOutcome(id));
        changed.accept(opportunity);
        LOG.debug("SubmitOpportunity moved {} to {}", id, opportunity.reviewStatus);
        return Json.object();
    }

    ObjectNode associate(ObjectNode request, Violations v) {
        return changeAssociation(request, v, true);
    }

    ObjectNode disassociate(ObjectNode request, Violations v) {
        return changeAssociation(request, v, false);
    }

    /** The model's RelatedEntityType enum decides the types; each is a member of RelatedEntityIdentifiers. */
    private ObjectNode changeAssociation(ObjectNode request, Violations v, boolean associate) {
        String catalog = OpportunityRules.catalog(request, v);
        String id = Json.text(request, "OpportunityIdentifier");
        String type = Json.text(request, "RelatedEntityType");
        String entity = Json.text(request, "RelatedEntityIdentifier");
        if (associate && type != null && entity != null && !v.reported("RelatedEntityIdentifier")) {
            // The input allows any 1..255 characters; the type's list in RelatedEntityIdentifiers
            // says what an id of that type looks like, and GetOpportunity must be able to return it.
            ModelShape listed = state.opportunityView().members().get("RelatedEntityIdentifiers").members().get(type);
            if (listed != null && listed.element() != null) {
                listed.element().validate(TextNode.valueOf(entity), "RelatedEntityIdentifier", v, true);
            }
        }
        v.throwIfAny();

        StoredOpportunity opportunity = state.opportunity(catalog, id);
        List<String> related = opportunity.relatedEntities.computeIfAbsent(type, t -> new ArrayList<>());
        if (associate) {
            if (related.contains(entity)) {
                return Json.object();
            }
            Integer limit = ASSOCIATION_LIMITS.get(type);
            if (limit != null && related.size() >= limit) {
                Violations full = new Violations();
                full.business("RelatedEntityIdentifier", ValidationErrorCode.TOO_MANY_VALUES, "An opportunity takes at most "
                        + limit + " of type " + type + "; disassociate one first.");
                full.throwIfAny();
            }
            related.add(entity);
        } else if (!related.remove(entity)) {
            throw ServiceException.notFound("The related entity is not associated with the opportunity.");
        }
        opportunity.lastModifiedDate = state.nextModified(opportunity.lastModifiedDate);
        changed.accept(opportunity);
        return Json.object();
    }

    /** Moves an opportunity to a review outcome, as AWS's reviewers would. */
    void applyReview(StoredOpportunity opportunity, ReviewOutcome outcome) {
        opportunity.reviewStatus = outcome.status().value();
        opportunity.reviewStatusReason = outcome.reviewStatusReason();
        opportunity.reviewComments = outcome.reviewComments();
    }

    /** Decides a review that was left Submitted or In review; the public completeReview. */
    void completeReview(String id, ReviewOutcome outcome) {
        StoredOpportunity opportunity = state.opportunities.get(id);
        if (opportunity == null) {
            throw new IllegalArgumentException("no opportunity " + id);
        }
        if (!ReviewStatus.SUBMITTED.value().equals(opportunity.reviewStatus)
                && !ReviewStatus.IN_REVIEW.value().equals(opportunity.reviewStatus)) {
            throw new IllegalStateException(id + " is not under review; its status is " + opportunity.reviewStatus);
        }
        applyReview(opportunity, outcome);
        opportunity.lastModifiedDate = state.nextModified(opportunity.lastModifiedDate);
        changed.accept(opportunity);
    }

    /**
     * The opportunity members a CreateOpportunity or UpdateOpportunity carries: those both
     * operations' inputs have, but Catalog. Request-level members (ClientToken, Identifier,
     * LastModifiedDate, Origin, Tags, OpportunityTeam) are thereby never part of the stored payload.
     */
    private ObjectNode payload(ObjectNode request) {
        ObjectNode payload = request.deepCopy();
        payload.retain(payloadMembers);
        return payload;
    }

    private static ArrayNode arrayOrEmpty(ObjectNode request, String member) {
        ArrayNode array = Json.arr(request, member);
        return array == null ? Json.array() : array.deepCopy();
    }

    private static String companyNameKey(StoredOpportunity o) {
        String name = Json.textAt(o.payload, "Customer.Account.CompanyName");
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    private static String sortKey(StoredOpportunity o, String sortBy) {
        switch (sortBy) {
            case "Identifier":
                return o.id;
            case "CustomerCompanyName":
                return companyNameKey(o);
            case "CreatedDate":
                return Json.timestamp(o.createdDate);
            case "TargetCloseDate":
                return Json.textAt(o.payload, "LifeCycle.TargetCloseDate");
            default:
                return Json.timestamp(o.lastModifiedDate);
        }
    }

    private static Set<String> stringSet(ObjectNode request, String member) {
        ArrayNode values = Json.arr(request, member);
        if (values == null) {
            return null;
        }
        Set<String> set = new LinkedHashSet<>();
        values.forEach(value -> set.add(value.asText()));
        return set;
    }

    /** After is inclusive ("on or after", as the reference says), Before exclusive. */
    private static void instantRange(ObjectNode request, String member, String after, String before,
            Function<StoredOpportunity, Instant> value, List<Predicate<StoredOpportunity>> filters) {
        ObjectNode range = Json.obj(request, member);
        Instant from = Json.parseTimestamp(range == null ? null : range.get(after));
        Instant to = Json.parseTimestamp(range == null ? null : range.get(before));
        if (from != null) {
            filters.add(o -> !value.apply(o).isBefore(from));
        }
        if (to != null) {
            filters.add(o -> value.apply(o).isBefore(to));
        }
    }

    private static void dateRange(ObjectNode request, Violations v, List<Predicate<StoredOpportunity>> filters) {
        ObjectNode range = Json.obj(request, "TargetCloseDate");
        if (range == null) {
            return;
        }
        LocalDate from = date(range, "AfterTargetCloseDate", v);
        LocalDate to = date(range, "BeforeTargetCloseDate", v);
        if (from != null || to != null) {
            filters.add(o -> {
                LocalDate close = Json.parseDate(Json.textAt(o.payload, "LifeCycle.TargetCloseDate"));
                return close != null && (from == null || !close.isBefore(from)) && (to == null || close.isBefore(to));
            });
        }
    }

    private static LocalDate date(ObjectNode range, String member, Violations v) {
        String text = Json.text(range, member);
        LocalDate date = Json.parseDate(text);
        // The model's pattern has checked the form; 2027-02-30 fits it but is no date.
        if (text != null && date == null && !v.reported("TargetCloseDate." + member)) {
            v.business("TargetCloseDate." + member, ValidationErrorCode.INVALID_VALUE, "Must be a calendar date.");
        }
        return date;
    }

    /** Paths whose values differ between two payloads once the editable members are set aside. */
    static List<String> nonEditableChanges(ObjectNode before, ObjectNode after) {
        List<String> changes = new ArrayList<>();
        diff(maskEditable(before), maskEditable(after), "", changes);
        return changes;
    }

    private static JsonNode maskEditable(ObjectNode payload) {
        ObjectNode masked = payload.deepCopy();
        for (String path : EDITABLE_UNDER_ACTION_REQUIRED) {
            int dot = path.lastIndexOf('.');
            JsonNode parent = dot < 0 ? masked : Json.at(masked, path.substring(0, dot));
            if (parent instanceof ObjectNode object) {
                object.remove(path.substring(dot + 1));
            }
        }
        ArrayNode spends = (ArrayNode) Json.at(masked, "Project.ExpectedCustomerSpend");
        if (spends != null) {
            for (JsonNode spend : spends) {
                ((ObjectNode) spend).remove(List.of("Amount", "CurrencyCode"));
            }
        }
        dropEmptyObjects(masked);
        return masked;
    }

    private static void dropEmptyObjects(ObjectNode node) {
        for (Iterator<JsonNode> values = node.elements(); values.hasNext(); ) {
            JsonNode value = values.next();
            if (value instanceof ObjectNode object) {
                dropEmptyObjects(object);
                if (object.isEmpty()) {
                    values.remove();
                }
            }
        }
    }

    private static void diff(JsonNode before, JsonNode after, String path, List<String> changes) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before instanceof ObjectNode a && after instanceof ObjectNode b) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(a.get(name), b.get(name), path.isEmpty() ? name : path + "." + name, changes);
            }
        } else {
            changes.add(path);
        }
    }
}

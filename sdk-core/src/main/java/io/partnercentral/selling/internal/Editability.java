package io.partnercentral.selling.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.ReviewStatus;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import java.util.Set;
import java.util.TreeSet;

/**
 * Internal API: which changes the opportunity's review status allows, checked before an update is
 * sent. Submitted, In review and Rejected opportunities cannot be updated; under Action Required
 * only the members the API reference lists may change.
 */
final class Editability {
    private static final Set<ReviewStatus> LOCKED =
            Set.of(ReviewStatus.SUBMITTED, ReviewStatus.IN_REVIEW, ReviewStatus.REJECTED);

    /** Paths (with list indexes as {@code [*]}) editable under Action Required, and everything below them. */
    private static final List<String> EDITABLE_UNDER_ACTION_REQUIRED = List.of(
            "Customer.Account.Address",
            "Customer.Account.WebsiteUrl",
            "LifeCycle.TargetCloseDate",
            "Project.ExpectedCustomerSpend[*].Amount",
            "Project.ExpectedCustomerSpend[*].CurrencyCode",
            "Project.CustomerBusinessProblem",
            "PartnerOpportunityIdentifier");

    private Editability() {}

    static List<Violation> check(Opportunity current, Opportunity changed) {
        ReviewStatus status = current.lifeCycle().flatMap(LifeCycle::reviewStatus).orElse(null);
        if (status == null) {
            return List.of();
        }
        if (LOCKED.contains(status)) {
            return List.of(new Violation("LifeCycle.ReviewStatus", ValidationErrorCode.INVALID_RESOURCE_STATE,
                    "opportunity cannot be updated while its review status is " + status.value()));
        }
        if (!ReviewStatus.ACTION_REQUIRED.equals(status)) {
            return List.of();
        }
        JsonNode before = sent(current);
        JsonNode after = sent(changed);
        Set<String> changedPaths = new TreeSet<>();
        diff("", before, after, changedPaths);
        List<Violation> violations = new ArrayList<>();
        for (String path : changedPaths) {
            if (!editable(path)) {
                violations.add(new Violation(path, ValidationErrorCode.ACTION_NOT_PERMITTED,
                        "cannot change while the review status is Action Required"));
            }
        }
        return violations;
    }

    /** The members an update sends, as a tree: read-only and create-only members do not count. */
    private static JsonNode sent(Opportunity opportunity) {
        try {
            return WireJson.mapper().readTree(WireJson.updateWriter().writeValueAsBytes(opportunity));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean editable(String path) {
        String general = path.replaceAll("\\[\\d+]", "[*]");
        for (String prefix : EDITABLE_UNDER_ACTION_REQUIRED) {
            if (general.equals(prefix) || general.startsWith(prefix + ".") || general.startsWith(prefix + "[")) {
                return true;
            }
        }
        return false;
    }

    private static void diff(String path, JsonNode before, JsonNode after, Set<String> out) {
        if (before == null || after == null || before.isMissingNode() || after.isMissingNode()) {
            if (!(isAbsent(before) && isAbsent(after))) {
                out.add(path);
            }
            return;
        }
        if (before.isObject() && after.isObject()) {
            Set<String> names = new TreeSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(path.isEmpty() ? name : path + "." + name, before.get(name), after.get(name), out);
            }
        } else if (before.isArray() && after.isArray() && before.size() == after.size()) {
            Iterator<JsonNode> a = before.elements();
            Iterator<JsonNode> b = after.elements();
            for (int i = 0; a.hasNext(); i++) {
                diff(path + "[" + i + "]", a.next(), b.next(), out);
            }
        } else if (!before.equals(after)) {
            out.add(path);
        }
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }
}

package io.partnercentral.selling.testing.internal;

import static io.partnercentral.selling.testing.internal.EngagementOperations.putIfPresent;
import static io.partnercentral.selling.testing.internal.EngagementOperations.strings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Internal API: ListSolutions over a fixed set of seeded solutions, the same in each catalog. */
final class SolutionOperations {
    /** Id, name, status, category: what a partner's solution list typically holds. */
    private static final String[][] SEEDED = {
        {"S-0000001", "Data Lake Accelerator", "Active", "Software Product"},
        {"S-0000002", "Migration Factory", "Active", "Consulting Service"},
        {"S-0000003", "Managed Kubernetes Operations", "Active", "Managed Service"},
        {"S-0000004", "Legacy Reporting Add-on", "Inactive", "Software Product"},
        {"S-0000005", "GenAI Starter Kit", "Draft", "Software Product"},
    };
    private static final Instant CREATED = Instant.parse("2025-01-15T09:00:00Z");

    ObjectNode list(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        v.throwIfAny();
        Set<String> statuses = strings(request, "Status");
        Set<String> ids = strings(request, "Identifier");
        Set<String> categories = strings(request, "Category");
        List<ObjectNode> matching = new ArrayList<>();
        for (String[] s : SEEDED) {
            if ((statuses.isEmpty() || statuses.contains(s[2])) && (ids.isEmpty() || ids.contains(s[0]))
                    && (categories.isEmpty() || categories.contains(s[3]))) {
                ObjectNode solution = Json.object();
                solution.put("Catalog", catalog);
                solution.put("Id", s[0]);
                solution.put("Arn", s[0]);
                solution.put("Name", s[1]);
                solution.put("Status", s[2]);
                solution.put("Category", s[3]);
                solution.put("CreatedDate", Json.timestamp(CREATED));
                matching.add(solution);
            }
        }
        boolean ascending = !"DESCENDING".equals(Json.textAt(request, "Sort.SortOrder"));
        Pagination.Page<ObjectNode> page = Pagination.page(matching,
                s -> new Pagination.Cursor(Json.text(s, "Name"), Json.text(s, "Id")), Pagination.order(ascending), request,
                Pagination.maxResults(request, 20));
        ObjectNode response = Json.object();
        ArrayNode summaries = response.putArray("SolutionSummaries");
        page.items().forEach(summaries::add);
        putIfPresent(response, "NextToken", page.nextToken());
        return response;
    }
}

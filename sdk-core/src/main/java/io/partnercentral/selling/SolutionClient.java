package io.partnercentral.selling;

import io.partnercentral.selling.internal.RequestChecks;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.ListSolutionsRequest;
import io.partnercentral.selling.model.SolutionBase;
import java.util.function.Consumer;

/**
 * The partner's solutions, which must be listed before one can be associated with an opportunity.
 * Obtained from {@link PartnerCentralSelling#solutions()}. Thread-safe.
 *
 * <p>For fakes in tests: every method has a default that throws
 * {@link UnsupportedOperationException}.
 *
 * <pre>{@code
 * SolutionBase solution = selling.solutions().list(r -> r.addStatus(SolutionStatus.ACTIVE)).stream()
 *     .findFirst().orElseThrow();
 * selling.opportunities().associate("O1234567", RelatedEntityType.SOLUTIONS, solution.id().orElseThrow());
 * }</pre>
 */
public interface SolutionClient {
    /** The catalog calls of this client act on. */
    default Catalog catalog() {
        throw NotImplemented.method("SolutionClient.catalog");
    }

    /** This client bound to another catalog. */
    default SolutionClient inCatalog(Catalog catalog) {
        throw NotImplemented.method("SolutionClient.inCatalog");
    }

    /** ListSolutions, lazily. */
    default PageIterable<SolutionBase> list(ListSolutionsRequest request) {
        throw NotImplemented.method("SolutionClient.list");
    }

    default PageIterable<SolutionBase> list(Consumer<ListSolutionsRequest.Builder> request) {
        ListSolutionsRequest.Builder builder = ListSolutionsRequest.builder();
        RequestChecks.argument("ListSolutions", "request", request).accept(builder);
        return list(builder.build());
    }

    /** Every solution, lazily. */
    default PageIterable<SolutionBase> list() {
        return list(ListSolutionsRequest.builder().build());
    }
}

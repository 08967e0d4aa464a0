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
public interface SolutionClient extends SolutionOperations {
    /** {@return the catalog calls of this client act on} */
    default Catalog catalog() {
        throw NotImplemented.method("SolutionClient.catalog");
    }

    /**
     * {@return this client bound to another catalog}
     *
     * @param catalog the catalog, {@code AWS} or {@code Sandbox}
     */
    default SolutionClient inCatalog(Catalog catalog) {
        throw NotImplemented.method("SolutionClient.inCatalog");
    }

    /**
     * ListSolutions, lazily.
     *
     * @param request the request
     * @return the items, lazily: each page is fetched when the previous one is used up
     */
    default PageIterable<SolutionBase> list(ListSolutionsRequest request) {
        throw NotImplemented.method("SolutionClient.list");
    }

    /**
     * As {@link #list(ListSolutionsRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code ListSolutionsRequest} builder
     * @return the same as {@link #list(ListSolutionsRequest)}
     */
    default PageIterable<SolutionBase> list(Consumer<ListSolutionsRequest.Builder> request) {
        ListSolutionsRequest.Builder builder = ListSolutionsRequest.builder();
        RequestChecks.argument("ListSolutions", "request", request).accept(builder);
        return list(builder.build());
    }

    /** {@return every solution, lazily} */
    default PageIterable<SolutionBase> list() {
        return list(ListSolutionsRequest.builder().build());
    }
}

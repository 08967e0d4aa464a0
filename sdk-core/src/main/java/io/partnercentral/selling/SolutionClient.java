package io.partnercentral.selling;

import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.ListSolutionsRequest;
import io.partnercentral.selling.model.SolutionBase;

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

    /** {@return every solution, lazily} */
    default PageIterable<SolutionBase> list() {
        return list(ListSolutionsRequest.builder().build());
    }
}

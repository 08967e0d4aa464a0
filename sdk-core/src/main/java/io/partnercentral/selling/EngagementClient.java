package io.partnercentral.selling;

import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreateEngagementResponse;
import io.partnercentral.selling.model.Engagement;
import io.partnercentral.selling.model.GetEngagementRequest;

/**
 * Engagements (the shared space where AWS and partners co-sell), their members, contexts and
 * resource associations. Obtained from {@link PartnerCentralSelling#engagements()}. Thread-safe.
 * Every request is checked against the service model before it is sent; the bound catalog is
 * filled in unless the request names one; a client token is drawn once per call and reused on
 * retries unless the request carries one.
 *
 * <p>For fakes in tests: every method has a default that throws
 * {@link UnsupportedOperationException}.
 *
 * <pre>{@code
 * CreateEngagementResponse created = selling.engagements().create(r -> r
 *     .title("Data platform migration").description("Joint pursuit with a consulting partner"));
 * selling.engagements().listMembers(r -> r.identifier(created.id().orElseThrow())).stream()
 *     .forEach(member -> log.info("member {}", member.accountId()));
 * }</pre>
 */
public interface EngagementClient extends EngagementOperations {
    /** {@return the catalog calls of this client act on} */
    default Catalog catalog() {
        throw NotImplemented.method("EngagementClient.catalog");
    }

    /**
     * {@return this client bound to another catalog}
     *
     * @param catalog the catalog, {@code AWS} or {@code Sandbox}
     */
    default EngagementClient inCatalog(Catalog catalog) {
        throw NotImplemented.method("EngagementClient.inCatalog");
    }

    /**
     * GetEngagement by engagement id or ARN.
     *
     * @param engagementId the engagement's id
     * @return the service's answer
     */
    default Engagement get(String engagementId) {
        return get(GetEngagementRequest.builder().identifier(engagementId).build());
    }

}

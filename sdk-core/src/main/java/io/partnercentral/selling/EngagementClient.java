package io.partnercentral.selling;

import io.partnercentral.selling.internal.RequestChecks;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreateEngagementContextRequest;
import io.partnercentral.selling.model.CreateEngagementContextResponse;
import io.partnercentral.selling.model.CreateEngagementRequest;
import io.partnercentral.selling.model.CreateEngagementResponse;
import io.partnercentral.selling.model.EngagementMember;
import io.partnercentral.selling.model.EngagementResourceAssociationSummary;
import io.partnercentral.selling.model.EngagementSummary;
import io.partnercentral.selling.model.GetEngagementRequest;
import io.partnercentral.selling.model.GetEngagementResponse;
import io.partnercentral.selling.model.ListEngagementMembersRequest;
import io.partnercentral.selling.model.ListEngagementResourceAssociationsRequest;
import io.partnercentral.selling.model.ListEngagementsRequest;
import io.partnercentral.selling.model.UpdateEngagementContextRequest;
import io.partnercentral.selling.model.UpdateEngagementContextResponse;
import java.util.function.Consumer;

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
     * CreateEngagement.
     *
     * @param request the request
     * @return the service's answer
     */
    default CreateEngagementResponse create(CreateEngagementRequest request) {
        throw NotImplemented.method("EngagementClient.create");
    }

    /**
     * As {@link #create(CreateEngagementRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code CreateEngagementRequest} builder
     * @return the same as {@link #create(CreateEngagementRequest)}
     */
    default CreateEngagementResponse create(Consumer<CreateEngagementRequest.Builder> request) {
        CreateEngagementRequest.Builder builder = CreateEngagementRequest.builder();
        RequestChecks.argument("CreateEngagement", "request", request).accept(builder);
        return create(builder.build());
    }

    /**
     * GetEngagement.
     *
     * @param request the request
     * @return the service's answer
     */
    default GetEngagementResponse get(GetEngagementRequest request) {
        throw NotImplemented.method("EngagementClient.get");
    }

    /**
     * GetEngagement by engagement id or ARN.
     *
     * @param engagementId the engagement's id
     * @return the service's answer
     */
    default GetEngagementResponse get(String engagementId) {
        return get(GetEngagementRequest.builder().identifier(engagementId).build());
    }

    /**
     * ListEngagements, lazily.
     *
     * @param request the request
     * @return the items, lazily: each page is fetched when the previous one is used up
     */
    default PageIterable<EngagementSummary> list(ListEngagementsRequest request) {
        throw NotImplemented.method("EngagementClient.list");
    }

    /**
     * As {@link #list(ListEngagementsRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code ListEngagementsRequest} builder
     * @return the same as {@link #list(ListEngagementsRequest)}
     */
    default PageIterable<EngagementSummary> list(Consumer<ListEngagementsRequest.Builder> request) {
        ListEngagementsRequest.Builder builder = ListEngagementsRequest.builder();
        RequestChecks.argument("ListEngagements", "request", request).accept(builder);
        return list(builder.build());
    }

    /**
     * ListEngagementMembers, lazily.
     *
     * @param request the request
     * @return the items, lazily: each page is fetched when the previous one is used up
     */
    default PageIterable<EngagementMember> listMembers(ListEngagementMembersRequest request) {
        throw NotImplemented.method("EngagementClient.listMembers");
    }

    /**
     * As {@link #listMembers(ListEngagementMembersRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code ListEngagementMembersRequest} builder
     * @return the same as {@link #listMembers(ListEngagementMembersRequest)}
     */
    default PageIterable<EngagementMember> listMembers(Consumer<ListEngagementMembersRequest.Builder> request) {
        ListEngagementMembersRequest.Builder builder = ListEngagementMembersRequest.builder();
        RequestChecks.argument("ListEngagementMembers", "request", request).accept(builder);
        return listMembers(builder.build());
    }

    /**
     * ListEngagementResourceAssociations, lazily.
     *
     * @param request the request
     * @return the items, lazily: each page is fetched when the previous one is used up
     */
    default PageIterable<EngagementResourceAssociationSummary> listResourceAssociations(
            ListEngagementResourceAssociationsRequest request) {
        throw NotImplemented.method("EngagementClient.listResourceAssociations");
    }

    /**
     * As {@link #listResourceAssociations(ListEngagementResourceAssociationsRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code ListEngagementResourceAssociationsRequest} builder
     * @return the same as {@link #listResourceAssociations(ListEngagementResourceAssociationsRequest)}
     */
    default PageIterable<EngagementResourceAssociationSummary> listResourceAssociations(
            Consumer<ListEngagementResourceAssociationsRequest.Builder> request) {
        ListEngagementResourceAssociationsRequest.Builder builder = ListEngagementResourceAssociationsRequest.builder();
        RequestChecks.argument("ListEngagementResourceAssociations", "request", request).accept(builder);
        return listResourceAssociations(builder.build());
    }

    /**
     * CreateEngagementContext.
     *
     * @param request the request
     * @return the service's answer
     */
    default CreateEngagementContextResponse createContext(CreateEngagementContextRequest request) {
        throw NotImplemented.method("EngagementClient.createContext");
    }

    /**
     * As {@link #createContext(CreateEngagementContextRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code CreateEngagementContextRequest} builder
     * @return the same as {@link #createContext(CreateEngagementContextRequest)}
     */
    default CreateEngagementContextResponse createContext(Consumer<CreateEngagementContextRequest.Builder> request) {
        CreateEngagementContextRequest.Builder builder = CreateEngagementContextRequest.builder();
        RequestChecks.argument("CreateEngagementContext", "request", request).accept(builder);
        return createContext(builder.build());
    }

    /**
     * UpdateEngagementContext. {@code EngagementLastModifiedAt} must be the value last read from
     * the engagement (the service compares it to the nanosecond); a stale one fails with
     * {@link io.partnercentral.selling.exception.ConflictException}.
     *
     * @param request the request
     * @return the service's answer
     */
    default UpdateEngagementContextResponse updateContext(UpdateEngagementContextRequest request) {
        throw NotImplemented.method("EngagementClient.updateContext");
    }

    /**
     * As {@link #updateContext(UpdateEngagementContextRequest)}, with the request filled in by the consumer.
     *
     * @param request fills in a new {@code UpdateEngagementContextRequest} builder
     * @return the same as {@link #updateContext(UpdateEngagementContextRequest)}
     */
    default UpdateEngagementContextResponse updateContext(Consumer<UpdateEngagementContextRequest.Builder> request) {
        UpdateEngagementContextRequest.Builder builder = UpdateEngagementContextRequest.builder();
        RequestChecks.argument("UpdateEngagementContext", "request", request).accept(builder);
        return updateContext(builder.build());
    }
}

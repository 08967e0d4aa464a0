package io.partnercentral.selling.internal;

import io.partnercentral.selling.exception.InvalidResponseException;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.GetOpportunityRequest;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import io.partnercentral.selling.model.WireCodec;
import io.partnercentral.selling.internal.validation.OpportunityRules;
import java.time.Instant;
import java.util.List;

/**
 * Internal API: the definitions of the hand-written opportunity operations (the ones whose SDK input
 * type cannot say everything the wire needs), shared by the sync {@link DefaultOpportunityClient} and
 * the async {@link DefaultOpportunityAsyncClient}: the checks, the bytes and the client token of each
 * call. What differs between the two is only how the bytes travel and how a read-modify-write waits.
 * Every other operation's definition is the generated {@link Operation} with {@link OperationCalls#prepare}.
 */
final class OpportunityDefinitions {
    private OpportunityDefinitions() {}

    /** A CreateOpportunity ready to send: its body and the client token drawn once for it. */
    record Create(byte[] body, String clientToken) {}

    /**
     * Checks {@code request} (the model's rules and the cross-field ones, in its catalog or the bound one)
     * and writes its body with a client token fixed for the whole call.
     *
     * @throws ValidationException listing every violation, before anything is sent
     */
    static Create create(CreateOpportunityRequest request, Catalog bound, OpportunityRules validator) {
        if (request == null) {
            throw ValidationException.local(Operation.CREATE_OPPORTUNITY.wireName(), List.of(new Violation(
                    "CreateOpportunityRequest", ValidationErrorCode.REQUIRED_FIELD_MISSING, "is required")));
        }
        Catalog target = request.catalog().orElse(bound);
        RequestChecks.of(Operation.CREATE_OPPORTUNITY)
                .catalog(target)
                .clientToken(request.clientToken().orElse(null))
                .add(validator.validateForCreate(request.opportunity(), target))
                .throwIfInvalid();
        String token = DefaultOpportunityClient.clientToken(request, target);
        return new Create(DefaultOpportunityClient.createBody(target, token, request.opportunity()), token);
    }

    /**
     * Checks the opportunity id and writes the GetOpportunity body in {@code catalog}.
     *
     * @throws ValidationException if the id is missing or malformed
     */
    static byte[] get(Catalog catalog, String id) {
        RequestChecks.of(Operation.GET_OPPORTUNITY).opportunityId("Identifier", id).throwIfInvalid();
        return WireJson.write(Operation.GET_OPPORTUNITY.inputCodec(),
                GetOpportunityRequest.builder().catalog(catalog).identifier(id).build(), WireCodec.ALL);
    }

    /**
     * Checks a read-modify-write's change of {@code current} into {@code changed} (editability under
     * the current review status, and every rule of an update) and returns the LastModifiedDate the
     * update must carry.
     *
     * @throws ValidationException if the change breaks a rule
     * @throws InvalidResponseException if the read returned no LastModifiedDate
     */
    static Instant checkChange(Opportunity current, Opportunity changed, Catalog catalog, OpportunityRules validator) {
        RequestChecks.of(Operation.UPDATE_OPPORTUNITY)
                .add(Editability.check(current, changed))
                .add(validator.validateForUpdate(changed, catalog))
                .throwIfInvalid();
        return current.lastModifiedDate().orElseThrow(() -> new InvalidResponseException(new PartnerCentralException.ErrorDetails(
                Operation.GET_OPPORTUNITY.wireName() + " returned no LastModifiedDate; an update cannot be made safely",
                null, null, 200, false, null, Operation.GET_OPPORTUNITY.wireName())));
    }

    /**
     * Checks a replace of the opportunity {@code id} over {@code lastModifiedDate} and writes its body.
     *
     * @throws ValidationException if a rule is broken
     */
    static byte[] replace(Catalog catalog, String id, Instant lastModifiedDate, Opportunity opportunity,
            OpportunityRules validator) {
        checkReplace(catalog, id, lastModifiedDate, opportunity, validator);
        return DefaultOpportunityClient.updateBody(catalog, id, lastModifiedDate, opportunity);
    }

    /**
     * Checks a replace of the opportunity {@code id} over {@code lastModifiedDate}, for either client.
     *
     * @throws ValidationException if a rule is broken
     */
    static void checkReplace(Catalog catalog, String id, Instant lastModifiedDate, Opportunity opportunity,
            OpportunityRules validator) {
        RequestChecks.of(Operation.UPDATE_OPPORTUNITY)
                .opportunityId("Identifier", id)
                .required("LastModifiedDate", lastModifiedDate)
                .required("opportunity", opportunity)
                .add(opportunity == null ? List.of() : validator.validateForUpdate(opportunity, catalog))
                .throwIfInvalid();
    }
}

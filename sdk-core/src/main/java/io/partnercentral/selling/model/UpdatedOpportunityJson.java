package io.partnercentral.selling.model;

/** The registry's entry for {@link UpdatedOpportunity}; the codec lives with its twin in {@link CreatedOpportunityJson}. */
final class UpdatedOpportunityJson {
    private UpdatedOpportunityJson() {}

    static WireCodec<UpdatedOpportunity> codec() {
        return CreatedOpportunityJson.UPDATED;
    }
}

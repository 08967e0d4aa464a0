package io.partnercentral.selling.model;

// A hand-written mixin of a generated type (customization.json "mixins"): conveniences only,
// never a member list.
/** Business titles the service documents for a partner's opportunity team, on {@link Contact}. */
interface ContactMixin {
    /** Business title the service documents for a partner's opportunity team. */
    String PARTNER_ACCOUNT_MANAGER = "PartnerAccountManager";
    /** Business title the service documents for a partner's opportunity team. */
    String OPPORTUNITY_OWNER = "OpportunityOwner";
}

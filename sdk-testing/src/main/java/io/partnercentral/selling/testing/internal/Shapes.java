package io.partnercentral.selling.testing.internal;

import static io.partnercentral.selling.testing.internal.Shape.integer;
import static io.partnercentral.selling.testing.internal.Shape.list;
import static io.partnercentral.selling.testing.internal.Shape.string;
import static io.partnercentral.selling.testing.internal.Shape.structure;
import static io.partnercentral.selling.testing.internal.Shape.timestamp;

/**
 * Internal API: every structure the emulator reads or writes, transcribed from the request and
 * response syntax of the API reference (opportunity operations as of the 2026-05-15 update).
 * Member order follows the reference, so responses read like its examples.
 */
final class Shapes {
    private Shapes() {}

    public static final Shape CONTACT = structure().withStrings("Email", "FirstName", "LastName", "BusinessTitle", "Phone");
    public static final Shape ADDRESS = structure().withStrings("City", "PostalCode", "StateOrRegion", "CountryCode", "StreetAddress");
    public static final Shape ACCOUNT = structure()
            .withStrings("Industry", "OtherIndustry", "CompanyName", "WebsiteUrl", "AwsAccountId")
            .with("Address", ADDRESS)
            .withStrings("Duns");
    public static final Shape CUSTOMER = structure().with("Account", ACCOUNT).with("Contacts", list(CONTACT));
    public static final Shape SPEND = structure().withStrings("Amount", "CurrencyCode", "Frequency", "TargetCompany", "EstimationUrl");
    public static final Shape CONTRACT_DURATION = structure().withStrings("Term", "Value");
    public static final Shape PROJECT = structure()
            .with("DeliveryModels", list(string()))
            .with("ExpectedCustomerSpend", list(SPEND))
            .with("ExpectedContractDuration", CONTRACT_DURATION)
            .withStrings("Title")
            .with("ApnPrograms", list(string()))
            .withStrings("CustomerBusinessProblem", "CustomerUseCase", "RelatedOpportunityIdentifier")
            .with("SalesActivities", list(string()))
            .withStrings("CompetitorName", "OtherCompetitorNames", "OtherSolutionDescription", "AdditionalComments", "AwsPartition");
    public static final Shape MARKETING = structure()
            .withStrings("CampaignName", "Source")
            .with("UseCases", list(string()))
            .with("Channels", list(string()))
            .withStrings("AwsFundingUsed");
    public static final Shape SOFTWARE_REVENUE = structure()
            .withStrings("DeliveryModel")
            .with("Value", structure().withStrings("Amount", "CurrencyCode"))
            .withStrings("EffectiveDate", "ExpirationDate");
    public static final Shape NEXT_STEPS_ENTRY = structure().withStrings("Value").with("Time", timestamp());
    public static final Shape LIFE_CYCLE = structure()
            .withStrings("Stage", "ClosedLostReason", "NextSteps", "TargetCloseDate", "ReviewStatus", "ReviewComments", "ReviewStatusReason")
            .with("NextStepsHistory", list(NEXT_STEPS_ENTRY));
    public static final Shape TAG = structure().withStrings("Key", "Value");
    public static final Shape RELATED_ENTITY_IDENTIFIERS = structure()
            .with("AwsMarketplaceOffers", list(string()))
            .with("AwsMarketplaceOfferSets", list(string()))
            .with("Solutions", list(string()))
            .with("AwsProducts", list(string()));

    /** The opportunity members both CreateOpportunity and UpdateOpportunity carry. */
    public static final Shape OPPORTUNITY_PAYLOAD = structure()
            .with("PrimaryNeedsFromAws", list(string()))
            .withStrings("NationalSecurity", "PartnerOpportunityIdentifier")
            .with("Customer", CUSTOMER)
            .with("Project", PROJECT)
            .withStrings("OpportunityType")
            .with("Marketing", MARKETING)
            .with("SoftwareRevenue", SOFTWARE_REVENUE)
            .with("LifeCycle", LIFE_CYCLE);

    public static final Shape CREATE_OPPORTUNITY = OPPORTUNITY_PAYLOAD
            .withStrings("Catalog", "ClientToken", "Origin")
            .with("OpportunityTeam", list(CONTACT))
            .with("Tags", list(TAG));

    public static final Shape UPDATE_OPPORTUNITY = OPPORTUNITY_PAYLOAD
            .withStrings("Catalog", "Identifier")
            .with("LastModifiedDate", timestamp());

    public static final Shape GET_OPPORTUNITY = structure().withStrings("Catalog", "Identifier");

    /** GetOpportunity's response: no Origin, Tags or ClientToken, which the service never returns. */
    public static final Shape OPPORTUNITY_VIEW = OPPORTUNITY_PAYLOAD
            .withStrings("Catalog", "Id", "Arn")
            .with("LastModifiedDate", timestamp())
            .with("CreatedDate", timestamp())
            .with("RelatedEntityIdentifiers", RELATED_ENTITY_IDENTIFIERS)
            .with("OpportunityTeam", list(CONTACT));

    /** One entry of ListOpportunities' OpportunitySummaries. */
    public static final Shape OPPORTUNITY_SUMMARY = structure()
            .withStrings("Catalog", "Id", "Arn", "PartnerOpportunityIdentifier", "OpportunityType")
            .with("LastModifiedDate", timestamp())
            .with("CreatedDate", timestamp())
            .with("LifeCycle", structure().withStrings(
                    "Stage", "ClosedLostReason", "NextSteps", "TargetCloseDate", "ReviewStatus", "ReviewComments", "ReviewStatusReason"))
            .with("Customer", structure().with("Account", structure()
                    .withStrings("Industry", "OtherIndustry", "CompanyName", "WebsiteUrl")
                    .with("Address", structure().withStrings("City", "PostalCode", "StateOrRegion", "CountryCode"))))
            .with("Project", structure()
                    .with("DeliveryModels", list(string()))
                    .with("ExpectedCustomerSpend", list(SPEND))
                    .with("ExpectedContractDuration", CONTRACT_DURATION));

    public static final Shape LIST_OPPORTUNITIES = structure()
            .withStrings("Catalog")
            .with("MaxResults", integer())
            .withStrings("NextToken")
            .with("Sort", structure().withStrings("SortOrder", "SortBy"))
            .with("LastModifiedDate", structure()
                    .with("AfterLastModifiedDate", timestamp())
                    .with("BeforeLastModifiedDate", timestamp()))
            .with("Identifier", list(string()))
            .with("LifeCycleStage", list(string()))
            .with("LifeCycleReviewStatus", list(string()))
            .with("CustomerCompanyName", list(string()))
            .with("CreatedDate", structure()
                    .with("AfterCreatedDate", timestamp())
                    .with("BeforeCreatedDate", timestamp()))
            .with("TargetCloseDate", structure().withStrings("AfterTargetCloseDate", "BeforeTargetCloseDate"));

    public static final Shape SUBMIT_OPPORTUNITY = structure().withStrings("Catalog", "Identifier", "InvolvementType", "Visibility");

    public static final Shape ASSOCIATE_OPPORTUNITY = structure()
            .withStrings("Catalog", "OpportunityIdentifier", "RelatedEntityType", "RelatedEntityIdentifier");

    /**
     * The snapshot payload {@code OpportunitySummary} (OpportunitySummaryView), projected from the
     * GetOpportunity view. The view spells its life cycle {@code Lifecycle}; the projection keeps
     * {@code LifeCycle} and the caller renames it.
     */
    public static final Shape OPPORTUNITY_SUMMARY_VIEW_SOURCE = structure()
            .withStrings("OpportunityType")
            .with("LifeCycle", structure().withStrings("TargetCloseDate", "ReviewStatus", "Stage", "NextSteps"))
            .with("OpportunityTeam", list(CONTACT))
            .with("PrimaryNeedsFromAws", list(string()))
            .with("Customer", CUSTOMER)
            .with("Project", structure()
                    .with("DeliveryModels", list(string()))
                    .with("ExpectedCustomerSpend", list(SPEND))
                    .with("ExpectedContractDuration", CONTRACT_DURATION)
                    .withStrings("CustomerUseCase")
                    .with("SalesActivities", list(string()))
                    .withStrings("OtherSolutionDescription"))
            .with("RelatedEntityIdentifiers", RELATED_ENTITY_IDENTIFIERS);

    public static final Shape CREATE_RESOURCE_SNAPSHOT = structure().withStrings(
            "Catalog", "EngagementIdentifier", "ResourceType", "ResourceIdentifier", "ResourceSnapshotTemplateIdentifier", "ClientToken");

    public static final Shape GET_RESOURCE_SNAPSHOT = structure()
            .withStrings("Catalog", "EngagementIdentifier", "ResourceType", "ResourceIdentifier", "ResourceSnapshotTemplateIdentifier")
            .with("Revision", integer());

    public static final Shape LIST_RESOURCE_SNAPSHOTS = structure()
            .withStrings("Catalog")
            .with("MaxResults", integer())
            .withStrings("NextToken", "EngagementIdentifier", "ResourceType", "ResourceIdentifier",
                    "ResourceSnapshotTemplateIdentifier", "CreatedBy");

    public static final Shape CREATE_RESOURCE_SNAPSHOT_JOB = structure()
            .withStrings("Catalog", "ClientToken", "EngagementIdentifier", "ResourceType", "ResourceIdentifier",
                    "ResourceSnapshotTemplateIdentifier")
            .with("Tags", list(TAG));

    public static final Shape SNAPSHOT_JOB_IDENTIFIER = structure().withStrings("Catalog", "ResourceSnapshotJobIdentifier");

    public static final Shape LIST_RESOURCE_SNAPSHOT_JOBS = structure()
            .withStrings("Catalog")
            .with("MaxResults", integer())
            .withStrings("NextToken", "EngagementIdentifier", "Status")
            .with("Sort", structure().withStrings("SortBy", "SortOrder"));
}

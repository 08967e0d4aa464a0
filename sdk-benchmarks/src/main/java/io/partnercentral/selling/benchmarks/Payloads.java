package io.partnercentral.selling.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnercentral.selling.testing.internal.ModelShape;
import io.partnercentral.selling.testing.internal.ServiceModel;
import io.partnercentral.selling.testing.internal.Violations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The canned response bodies {@link FastStub} answers with, written as JSON text so that they do not
 * depend on the facade's own serializer (which the benchmarks measure). Every body is checked
 * against the service model's output shape by {@link #checkAgainstModel()}, strictly (no member the
 * model lacks); the GetOpportunity and GetResourceSnapshot bodies also carry every member of their
 * output shape.
 *
 * <p>The people, companies and addresses are invented; every domain is under {@code example.com}
 * or {@code example.net}.
 *
 * <p>Immutable constants; thread-safe.
 */
public final class Payloads {
    /** The opportunity every canned body describes. */
    public static final String OPPORTUNITY_ID = "O1234567890";
    /** The engagement of the snapshot. */
    public static final String ENGAGEMENT_ID = "eng-abcdefgh123456";
    /** The snapshot template whose answer carries the full-view payload. */
    public static final String TEMPLATE = "AwsOpportunitySummaryFullViewTemplate";
    /**
     * The snapshot template whose answer carries the summary-view payload, which the 2.40.2 client
     * reads too; {@link FastStub} tells the two apart by the request's template identifier.
     */
    public static final String SUMMARY_TEMPLATE = "OpportunitySummaryView";
    /** Summaries per ListOpportunities page. */
    public static final int PAGE_SIZE = 100;

    private static final String CONTACT_1 = """
            {"Email":"henrietta.vasquez@zephyrine-freight.example.com","FirstName":"Henrietta",\
            "LastName":"Vasquez-Okonkwo","BusinessTitle":"Chief Technology Officer","Phone":"+12065550143"}""";
    private static final String CONTACT_2 = """
            {"Email":"ops@zephyrine-freight.example.com","FirstName":"Ops","LastName":"Desk",\
            "BusinessTitle":"Operations","Phone":"+12065550199"}""";
    private static final String OWNER = """
            {"Email":"b.lindqvist@partner.example.net","FirstName":"Bartholomew","LastName":"Lindqvist",\
            "BusinessTitle":"OpportunityOwner","Phone":"+447700900461"}""";
    private static final String OWNER_2 = """
            {"Email":"m.adeyemi-hartmann@partner.example.net","FirstName":"Marguerite","LastName":"Adeyemi-Hartmann",\
            "BusinessTitle":"Solutions Architect","Phone":"+4915155501234"}""";
    private static final String SPEND = """
            [{"Amount":"2500.00","CurrencyCode":"EUR","Frequency":"Monthly","TargetCompany":"AWS",\
            "EstimationUrl":"https://pricing.calculator.aws.eu/#/estimate?id=0123456789abcdef0123456789abcdef01234567"},\
            {"Amount":"1200.5","CurrencyCode":"EUR","Frequency":"Monthly","TargetCompany":"Self",\
            "EstimationUrl":"https://calculator.aws/#/estimate?id=fedcba9876543210fedcba9876543210"}]""";
    private static final String CUSTOMER = """
            {"Account":{"Industry":"Other","OtherIndustry":"Commercial spaceflight logistics",\
            "CompanyName":"Zephyrine Orbital Freight GmbH","WebsiteUrl":"https://zephyrine-freight.example.com",\
            "AwsAccountId":"123456789012","Address":{"City":"Bellingham","PostalCode":"98225",\
            "StateOrRegion":"Washington","CountryCode":"US","StreetAddress":"1742 Quillfeather Boulevard"},\
            "Duns":"804735132"},"Contacts":[%s,%s]}""".formatted(CONTACT_1, CONTACT_2);
    private static final String RELATED_ENTITIES = """
            {"AwsMarketplaceOffers":["arn:aws:aws-marketplace:us-east-1:999988887777:AWSMarketplace/Offer/offer-abcdefghijklm"],\
            "AwsMarketplaceOfferSets":["arn:aws:aws-marketplace:us-east-1:999988887777:AWSMarketplace/OfferSet/offerset-abcdefghijk"],\
            "Solutions":["S-0000123","S-0000456"],"AwsProducts":["prod-abcdefghijklm","prod-nopqrstuvwxyz"],\
            "AwsMarketplaceSolutions":["arn:aws:aws-marketplace:us-east-1:999988887777:AWSMarketplace/Solution/sol-abcdefghijk"],\
            "AwsMarketplaceProducts":["arn:aws:aws-marketplace:us-east-1:999988887777:AWSMarketplace/SaaSProduct/prod-abcdefghijk"]}""";

    /** A GetOpportunity answer with every member of the output shape (about 3.9 KB). */
    public static final String GET_OPPORTUNITY = """
            {"Catalog":"AWS",\
            "PrimaryNeedsFromAws":["Co-Sell - Architectural Validation","Co-Sell - Deal Support"],\
            "NationalSecurity":"No","PartnerOpportunityIdentifier":"CRM-OPP-000042",\
            "Customer":%s,\
            "Project":{"DeliveryModels":["SaaS or PaaS","Professional Services"],"ExpectedCustomerSpend":%s,\
            "ExpectedContractDuration":{"Term":"Months","Value":"36"},\
            "Title":"Sovereign telemetry platform migration","ApnPrograms":["Migration Acceleration Program"],\
            "CustomerBusinessProblem":"Launch telemetry is processed on ageing on-premises clusters that miss the \
            regulator's reporting window; the partner migrates it to a managed streaming pipeline.",\
            "CustomerUseCase":"Migration/Database Migration","RelatedOpportunityIdentifier":"O9876543210",\
            "SalesActivities":["Initialized discussions with customer","Conducted POC / Demo"],\
            "CompetitorName":"*Other","OtherCompetitorNames":"Regional sovereign hosting provider",\
            "OtherSolutionDescription":"Managed streaming pipeline with sovereign key management",\
            "AdditionalComments":"Customer requires data residency in the EU.","AwsPartition":"aws-eusc"},\
            "OpportunityType":"Net New Business",\
            "Marketing":{"CampaignName":"FY26-EU-SOVEREIGN-LAUNCH","Source":"Marketing Activity",\
            "UseCases":["Migration and Transfer"],"Channels":["Live Event","Email"],"AwsFundingUsed":"Yes"},\
            "SoftwareRevenue":{"DeliveryModel":"Subscription","Value":{"Amount":"120000.00","CurrencyCode":"EUR"},\
            "EffectiveDate":"2027-01-01","ExpirationDate":"2029-12-31"},\
            "Id":"O1234567890","Arn":"arn:aws:partnercentral:us-east-1::catalog/AWS/opportunity/O1234567890",\
            "LastModifiedDate":"2026-05-15T10:15:30.123Z","CreatedDate":"2026-05-01T08:30:00Z",\
            "RelatedEntityIdentifiers":%s,\
            "LifeCycle":{"Stage":"Closed Lost","ClosedLostReason":"Price",\
            "NextSteps":"Revisit after the customer's budget cycle","TargetCloseDate":"2099-12-31",\
            "ReviewStatus":"Approved","ReviewComments":"Validated against the customer's account plan.",\
            "ReviewStatusReason":"Validated",\
            "NextStepsHistory":[{"Value":"Schedule an architecture review","Time":"2026-05-10T09:00:00Z"},\
            {"Value":"Send the migration proposal","Time":"2026-05-12T14:30:00.250Z"}]},\
            "OpportunityTeam":[%s]}""".formatted(CUSTOMER, SPEND, RELATED_ENTITIES, OWNER);

    /** A CreateOpportunity answer. */
    public static final String CREATE_OPPORTUNITY = """
            {"Id":"O1234567890","PartnerOpportunityIdentifier":"CRM-OPP-000042",\
            "LastModifiedDate":"2026-11-23T10:15:30.123Z"}""";

    /**
     * One ListOpportunities summary with every member of OpportunitySummary but ClosedLostReason, as
     * the stage is Qualified (about 1.4 KB).
     */
    public static final String SUMMARY = """
            {"Catalog":"AWS","Id":"O1234567890",\
            "Arn":"arn:aws:partnercentral:us-east-1::catalog/AWS/opportunity/O1234567890",\
            "PartnerOpportunityIdentifier":"CRM-OPP-000042","OpportunityType":"Net New Business",\
            "LastModifiedDate":"2026-11-23T10:15:30.123Z","CreatedDate":"2026-11-01T08:00:00Z",\
            "LifeCycle":{"Stage":"Qualified","NextSteps":"Architecture review with the customer's platform team",\
            "TargetCloseDate":"2099-12-31","ReviewStatus":"Approved",\
            "ReviewComments":"Validated against the customer's account plan.","ReviewStatusReason":"Validated"},\
            "Customer":{"Account":{"Industry":"Other","OtherIndustry":"Commercial spaceflight logistics",\
            "CompanyName":"Zephyrine Orbital Freight GmbH","WebsiteUrl":"https://zephyrine-freight.example.com",\
            "Address":{"City":"Bellingham","PostalCode":"98225","StateOrRegion":"Washington","CountryCode":"US"}}},\
            "Project":{"DeliveryModels":["SaaS or PaaS","Professional Services"],"ExpectedCustomerSpend":%s,\
            "ExpectedContractDuration":{"Term":"Months","Value":"36"}}}""".formatted(SPEND);

    /** A GetResourceSnapshot answer carrying the full-view AWS opportunity, every member filled (about 4.5 KB). */
    public static final String GET_SNAPSHOT = """
            {"Catalog":"AWS",\
            "Arn":"arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/engagement/eng-abcdefgh123456/\
            resource-snapshot/Opportunity/O1234567890/AwsOpportunitySummaryFullViewTemplate/3",\
            "CreatedBy":"123456789012","CreatedAt":"2026-11-20T07:45:12.500Z",\
            "EngagementId":"eng-abcdefgh123456","ResourceType":"Opportunity","ResourceId":"O1234567890",\
            "ResourceSnapshotTemplateName":"AwsOpportunitySummaryFullViewTemplate","Revision":3,\
            "Payload":{"AwsOpportunitySummaryFullView":{"RelatedOpportunityId":"O9876543210",\
            "Origin":"Partner Referral","InvolvementType":"Co-Sell","Visibility":"Full",\
            "LifeCycle":{"TargetCloseDate":"2099-12-31","ClosedLostReason":"Customer Deficiency",\
            "Stage":"Seller Engaged","NextSteps":"Joint architecture review",\
            "NextStepsHistory":[{"Value":"Seller assigned","Time":"2026-11-02T09:00:00Z"},\
            {"Value":"Customer meeting booked","Time":"2026-11-09T16:20:00.125Z"}]},\
            "OpportunityTeam":[{"Email":"aws.seller@aws-team.example.com","FirstName":"Imogen","LastName":"Achterberg",\
            "BusinessTitle":"AWSSalesRep"},{"Email":"aws.pdm@aws-team.example.com","FirstName":"Teodor",\
            "LastName":"Marchetti","BusinessTitle":"PDM"}],\
            "Insights":{"NextBestActions":"Share the migration plan and the cost estimate with the account team.",\
            "EngagementScore":"High",\
            "AwsProductsSpendInsightsBySource":{"Partner":%s,"AWS":%s},\
            "OpportunityQuality":{"Score":82,"Trend":"Improving"},\
            "Recommendations":[{"Type":"NextStep","Details":"Add the customer's technical contact.",\
            "Attributes":{"Field":"Customer.Contacts","Priority":"High"}},\
            {"Type":"Funding","Details":"The opportunity may qualify for migration funding.",\
            "Attributes":{"Program":"Migration Acceleration Program"}}]},\
            "InvolvementTypeChangeReason":"Customer Requested",\
            "RelatedEntityIds":{"AwsProducts":["prod-abcdefghijklm","prod-nopqrstuvwxyz"],\
            "Solutions":["S-0000123"],\
            "AwsMarketplaceSolutions":["arn:aws:aws-marketplace:us-east-1:999988887777:AWSMarketplace/Solution/sol-abcdefghijk"],\
            "AwsMarketplaceProducts":["arn:aws:aws-marketplace:us-east-1:999988887777:AWSMarketplace/SaaSProduct/prod-abcdefghijk"]},\
            "Customer":{"Contacts":[%s,%s]},\
            "Project":{"ExpectedCustomerSpend":%s,"AwsPartition":"aws-eusc"},\
            "CosellMotion":"Partner-led","SoftwareRevenue":{"Value":{"Amount":"120000.00","CurrencyCode":"EUR"},\
            "Discount":"5","EffectiveDate":"2027-01-01","ExpirationDate":"2029-12-31"}}},\
            "TargetMemberAccounts":["123456789012","210987654321"]}"""
            .formatted(productInsights("42000.00"), productInsights("39000.00"), CONTACT_1, CONTACT_2, SPEND);

    /**
     * A GetResourceSnapshot answer carrying the partner's own opportunity as the OpportunitySummary
     * member, every member of OpportunitySummaryView filled (about 3.2 KB). The 2.40.2 client reads
     * this payload too, all but the members it predates (ExpectedContractDuration,
     * RelatedEntityIdentifiers' AwsMarketplaceSolutions and AwsMarketplaceProducts, TargetMemberAccounts).
     */
    public static final String GET_SNAPSHOT_SUMMARY = """
            {"Catalog":"AWS",\
            "Arn":"arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/engagement/eng-abcdefgh123456/\
            resource-snapshot/Opportunity/O1234567890/OpportunitySummaryView/2",\
            "CreatedBy":"123456789012","CreatedAt":"2026-11-21T11:05:40.250Z",\
            "EngagementId":"eng-abcdefgh123456","ResourceType":"Opportunity","ResourceId":"O1234567890",\
            "ResourceSnapshotTemplateName":"OpportunitySummaryView","Revision":2,\
            "Payload":{"OpportunitySummary":{"OpportunityType":"Net New Business",\
            "Lifecycle":{"TargetCloseDate":"2099-12-31","ReviewStatus":"Approved","Stage":"Technical Validation",\
            "NextSteps":"Proof of concept on the customer's staging telemetry feed"},\
            "OpportunityTeam":[%s,%s],\
            "PrimaryNeedsFromAws":["Co-Sell - Architectural Validation","Co-Sell - Deal Support"],\
            "Customer":%s,\
            "Project":{"DeliveryModels":["SaaS or PaaS","Professional Services"],"ExpectedCustomerSpend":%s,\
            "ExpectedContractDuration":{"Term":"Months","Value":"36"},\
            "CustomerUseCase":"Migration/Database Migration",\
            "SalesActivities":["Initialized discussions with customer","Conducted POC / Demo"],\
            "OtherSolutionDescription":"Managed streaming pipeline with sovereign key management"},\
            "RelatedEntityIdentifiers":%s}},\
            "TargetMemberAccounts":["123456789012","210987654321"]}"""
            .formatted(OWNER, OWNER_2, CUSTOMER, SPEND, RELATED_ENTITIES);

    /** A canned body: the operation whose output shape it must match, and whether it must leave no member out. */
    private record Canned(String operation, String body, boolean complete) {}

    private Payloads() {}

    private static String productInsights(String total) {
        return """
                {"CurrencyCode":"EUR","Frequency":"Monthly","TotalAmount":"%s","TotalOptimizedAmount":"36000.00",\
                "TotalPotentialSavingsAmount":"6000.00",\
                "TotalAmountByCategory":{"Compute":"24000.00","Storage":"11000.00","Analytics":"7000.00"},\
                "AwsProducts":[{"ProductCode":"AmazonEC2","ServiceCode":"ec2","Categories":["Compute"],\
                "Amount":"24000.00","OptimizedAmount":"20000.00","PotentialSavingsAmount":"4000.00",\
                "Optimizations":[{"Description":"Graviton instances","SavingsAmount":"3000.00"},\
                {"Description":"Savings Plans","SavingsAmount":"1000.00"}]},\
                {"ProductCode":"AmazonS3","ServiceCode":"s3","Categories":["Storage"],"Amount":"11000.00",\
                "OptimizedAmount":"9000.00","PotentialSavingsAmount":"2000.00",\
                "Optimizations":[{"Description":"Intelligent-Tiering","SavingsAmount":"2000.00"}]},\
                {"ProductCode":"AmazonKinesis","ServiceCode":"kinesis","Categories":["Analytics"],"Amount":"7000.00",\
                "OptimizedAmount":"7000.00","PotentialSavingsAmount":"0","Optimizations":[]}]}""".formatted(total);
    }

    /**
     * A ListOpportunities page of {@link #PAGE_SIZE} summaries; {@code nextToken} null for the last page.
     * The summaries are the same bytes on every page, only the token differs.
     */
    public static byte[] listPage(String nextToken) {
        return (SUMMARIES + listPageEndText(nextToken)).getBytes(StandardCharsets.UTF_8);
    }

    /** The start of every ListOpportunities page: the opening and the summaries. */
    static byte[] listPagePrefix() {
        return SUMMARIES.getBytes(StandardCharsets.UTF_8);
    }

    /** The end of a ListOpportunities page, after {@link #listPagePrefix()}. */
    static byte[] listPageEnd(String nextToken) {
        return listPageEndText(nextToken).getBytes(StandardCharsets.UTF_8);
    }

    private static String listPageEndText(String nextToken) {
        return nextToken == null ? "]}" : "],\"NextToken\":\"" + nextToken + "\"}";
    }

    private static final String SUMMARIES =
            "{\"OpportunitySummaries\":[" + String.join(",", Collections.nCopies(PAGE_SIZE, SUMMARY));

    /** The token of page {@code index} (0-based) of the sync; page 0 is asked for without a token. */
    public static String pageToken(int index) {
        return "page-" + index + "-c2VjcmV0LWN1cnNvci1vZi10aGUtc2VydmljZQ";
    }

    /** Operation (the part of X-Amz-Target after the dot) to response body, for the fixed answers. */
    public static Map<String, byte[]> fixedAnswers() {
        return Map.of(
                "GetOpportunity", GET_OPPORTUNITY.getBytes(StandardCharsets.UTF_8),
                "CreateOpportunity", CREATE_OPPORTUNITY.getBytes(StandardCharsets.UTF_8),
                "GetResourceSnapshot", GET_SNAPSHOT.getBytes(StandardCharsets.UTF_8));
    }

    /** The GetResourceSnapshot answer for a request naming {@link #SUMMARY_TEMPLATE}. */
    static byte[] snapshotSummaryAnswer() {
        return GET_SNAPSHOT_SUMMARY.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks every canned body against the model's output shape, and that the GetOpportunity body and
     * both GetResourceSnapshot bodies leave no member of their shape out (the payload union aside:
     * only the member each one carries).
     *
     * @throws IllegalStateException naming the body and the problems
     */
    public static void checkAgainstModel() {
        ServiceModel model = ServiceModel.packaged();
        ObjectMapper json = new ObjectMapper();
        Map<String, Canned> bodies = Map.of(
                "GetOpportunity", new Canned("GetOpportunity", GET_OPPORTUNITY, true),
                "CreateOpportunity", new Canned("CreateOpportunity", CREATE_OPPORTUNITY, false),
                "GetResourceSnapshot (full view)", new Canned("GetResourceSnapshot", GET_SNAPSHOT, true),
                "GetResourceSnapshot (summary view)", new Canned("GetResourceSnapshot", GET_SNAPSHOT_SUMMARY, true),
                "ListOpportunities", new Canned("ListOpportunities",
                        new String(listPage(pageToken(1)), StandardCharsets.UTF_8), false));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Canned> entry : new java.util.TreeMap<>(bodies).entrySet()) {
            String name = entry.getKey();
            Canned canned = entry.getValue();
            JsonNode tree;
            try {
                tree = json.readTree(canned.body());
            } catch (IOException e) {
                throw new UncheckedIOException(name + ": the canned body is not JSON", e);
            }
            Violations violations = model.checkOutput(canned.operation(), tree);
            if (!violations.isEmpty()) {
                problems.add(name + ": " + violations.summary());
            }
            TreeSet<String> missing = new TreeSet<>();
            missingMembers(model.output(canned.operation()), tree, "", missing);
            if (!missing.isEmpty() && canned.complete()) {
                problems.add(name + " lacks " + missing);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("canned bodies do not match the model: " + problems);
        }
    }

    /** Members of the shape absent from the node (for unions: absent variants are fine). */
    private static void missingMembers(ModelShape shape, JsonNode node, String path, TreeSet<String> missing) {
        if (shape == null || node == null) {
            return;
        }
        if (node.isArray() && shape.element() != null) {
            for (JsonNode item : node) {
                missingMembers(shape.element(), item, path + "[]", missing);
            }
            return;
        }
        Map<String, ModelShape> members = shape.members();
        if (members == null || members.isEmpty() || !node.isObject()) {
            return;
        }
        for (Map.Entry<String, ModelShape> member : members.entrySet()) {
            JsonNode value = node.get(member.getKey());
            if (value == null) {
                if (!shape.isUnion()) {
                    missing.add(path + member.getKey());
                }
            } else {
                missingMembers(member.getValue(), value, path + member.getKey() + ".", missing);
            }
        }
    }

    /** Prints each canned body's size and checks them: {@code java -cp benchmarks.jar ...Payloads}. */
    public static void main(String[] args) {
        checkAgainstModel();
        fixedAnswers().forEach((operation, body) -> System.out.printf("%-20s %,7d bytes%n", operation, body.length));
        System.out.printf("%-20s %,7d bytes (template %s)%n", "GetResourceSnapshot", snapshotSummaryAnswer().length,
                SUMMARY_TEMPLATE);
        System.out.printf("%-20s %,7d bytes (%d summaries)%n", "ListOpportunities", listPage(pageToken(1)).length, PAGE_SIZE);
        System.out.println("All canned bodies conform to the model's output shapes.");
    }
}

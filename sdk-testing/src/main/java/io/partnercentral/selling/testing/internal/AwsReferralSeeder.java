package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.Origin;
import io.partnercentral.selling.model.ResourceType;
import io.partnercentral.selling.model.ReviewStatus;
import io.partnercentral.selling.testing.AwsReferral;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Internal API: seeds an AWS referral: the partner's opportunity (Origin AWS Referral, already
 * Approved, as AWS validated it), AWS's own opportunity behind it, and an engagement whose snapshot
 * carries AWS's {@code AwsOpportunitySummaryFullView}.
 *
 * <p>The full view fills every member the service model gives {@code AwsOpportunitySummaryFullView},
 * down to the spend insights' optimizations and the June 2026 additions (opportunity quality,
 * recommendations, co-sell motion, software revenue, Marketplace associations), so a client's decoder
 * meets each member at least once; a test holds it to the model. Members the model types as plain
 * strings get plausible values of this emulator's choosing. All people and
 * companies are fictitious; addresses use {@code example.com}.
 */
final class AwsReferralSeeder {
    /** CreatedBy of snapshots AWS takes; the member's pattern allows a word of up to 12 characters. */
    static final String AWS_CREATED_BY = "aws";

    private final EmulatorState state;
    private final SnapshotOperations snapshots;

    AwsReferralSeeder(EmulatorState state, SnapshotOperations snapshots) {
        this.state = state;
        this.snapshots = snapshots;
    }

    AwsReferral seed(String catalog) {
        Instant now = state.now();
        LocalDate closeDate = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(90);
        String opportunityId = state.newOpportunityId();
        String awsOpportunityId = state.newOpportunityId();
        String engagementId = state.newEngagementId();

        StoredOpportunity opportunity = new StoredOpportunity(state.opportunityView(), state.nextSequence(), opportunityId, catalog,
                state.arn(catalog, "opportunity/" + opportunityId), Origin.AWS_REFERRAL.value(), now,
                partnerPayload(closeDate), Json.array(), Json.array(), ReviewStatus.APPROVED.value());
        state.opportunities.put(opportunityId, opportunity);
        state.engagements.put(engagementId, new Engagement(engagementId, catalog, List.of(state.settings.accountId())));

        String template = SnapshotOperations.FULL_VIEW_TEMPLATE;
        String arn = snapshots.snapshotArn(catalog, engagementId, awsOpportunityId, template, 1);
        state.snapshots.add(new Snapshot(state.nextSequence(), catalog, engagementId, ResourceType.OPPORTUNITY.value(),
                awsOpportunityId, template, 1, arn, AWS_CREATED_BY, now, SnapshotOperations.FULL_VIEW_MEMBER,
                fullView(opportunityId, closeDate, now)));
        return new AwsReferral(catalog, opportunityId, awsOpportunityId, engagementId, template, arn, 1);
    }

    private static ObjectNode partnerPayload(LocalDate closeDate) {
        ObjectNode payload = Json.object();
        payload.putArray("PrimaryNeedsFromAws").add("Co-Sell - Technical Consultation");
        payload.put("OpportunityType", "Net New Business");
        ObjectNode account = payload.putObject("Customer").putObject("Account");
        account.put("Industry", "Software and Internet");
        account.put("CompanyName", "Example Referral Customer");
        account.put("WebsiteUrl", "https://referral.example.com");
        ObjectNode address = account.putObject("Address");
        address.put("City", "Berlin");
        address.put("CountryCode", "DE");
        ObjectNode project = payload.putObject("Project");
        project.put("Title", "Analytics platform in the European Sovereign Cloud");
        project.put("CustomerBusinessProblem", "The customer must move its analytics platform to a sovereign region.");
        sovereignSpend(project);
        ObjectNode lifeCycle = payload.putObject("LifeCycle");
        lifeCycle.put("Stage", "Qualified");
        lifeCycle.put("TargetCloseDate", closeDate.toString());
        return payload;
    }

    private static ObjectNode fullView(String partnerOpportunityId, LocalDate closeDate, Instant now) {
        ObjectNode view = Json.object();
        view.put("RelatedOpportunityId", partnerOpportunityId);
        view.put("Origin", "AWS Referral");
        view.put("InvolvementType", "Co-Sell");
        view.put("Visibility", "Full");

        ObjectNode lifeCycle = view.putObject("LifeCycle");
        lifeCycle.put("TargetCloseDate", closeDate.toString());
        // Not meaningful before Closed Lost; set so that decoders meet the member.
        lifeCycle.put("ClosedLostReason", "Customer Deficiency");
        lifeCycle.put("Stage", "Qualify");
        lifeCycle.put("NextSteps", "Joint discovery call with the customer's data team.");
        ObjectNode step = lifeCycle.putArray("NextStepsHistory").addObject();
        step.put("Value", "Referral shared with the partner.");
        step.put("Time", Json.timestamp(now));

        ArrayNode team = view.putArray("OpportunityTeam");
        awsMember(team, "sales-rep@example.com", "Sam", "Seller", "AWSSalesRep");
        awsMember(team, "account-owner@example.com", "Avery", "Owner", "AWSAccountOwner");
        awsMember(team, "pdm@example.com", "Pat", "Manager", "PDM");
        awsMember(team, "signatory@example.com", "Sig", "Natory", "Signatory");

        ObjectNode insights = view.putObject("Insights");
        insights.put("NextBestActions", "Share a migration plan and a pricing estimate with the customer.");
        insights.put("EngagementScore", "High");
        ObjectNode bySource = insights.putObject("AwsProductsSpendInsightsBySource");
        spendInsights(bySource.putObject("Partner"));
        spendInsights(bySource.putObject("AWS"));
        ObjectNode quality = insights.putObject("OpportunityQuality");
        quality.put("Score", 82);
        quality.put("Trend", "Improving");
        ObjectNode recommendation = insights.putArray("Recommendations").addObject();
        recommendation.put("Type", "AddSolution");
        recommendation.put("Details", "Associate a solution that covers the customer's analytics workload.");
        recommendation.putObject("Attributes").put("Category", "Analytics");

        view.put("InvolvementTypeChangeReason", "Expansion Opportunity");
        ObjectNode related = view.putObject("RelatedEntityIds");
        related.putArray("AwsProducts").add("AmazonRedshift").add("AWSGlue");
        related.putArray("Solutions").add("S-0000001");
        related.putArray("AwsMarketplaceSolutions").add("arn:aws:aws-marketplace::111122223333:AWSMarketplace/Solution/sol-0000000000001");
        related.putArray("AwsMarketplaceProducts").add("arn:aws:aws-marketplace::111122223333:AWSMarketplace/SaaSProduct/prod-0000000000001");

        ObjectNode contact = view.putObject("Customer").putArray("Contacts").addObject();
        contact.put("Email", "data-lead@referral.example.com");
        contact.put("FirstName", "Robin");
        contact.put("LastName", "Customer");
        contact.put("BusinessTitle", "Head of Data");
        contact.put("Phone", "+4930000000");

        ObjectNode project = view.putObject("Project");
        sovereignSpend(project).put("EstimationUrl",
                "https://pricing.calculator.aws.eu/#/estimate?id=0123456789abcdef0123456789abcdef");

        view.put("CosellMotion", "Partner Led");
        ObjectNode revenue = view.putObject("SoftwareRevenue");
        revenue.putObject("Value").put("Amount", "2000.00").put("CurrencyCode", "EUR");
        revenue.put("Discount", "10");
        revenue.put("EffectiveDate", closeDate.toString());
        revenue.put("ExpirationDate", closeDate.plusYears(1).toString());
        return view;
    }

    /** The referral's spend, in EUR as the aws-eusc partition requires; returns the spend entry. */
    private static ObjectNode sovereignSpend(ObjectNode project) {
        ObjectNode spend = project.putArray("ExpectedCustomerSpend").addObject();
        spend.put("Amount", "12500.00");
        spend.put("CurrencyCode", "EUR");
        spend.put("Frequency", "Monthly");
        spend.put("TargetCompany", "AWS");
        project.put("AwsPartition", "aws-eusc");
        return spend;
    }

    private static void awsMember(ArrayNode team, String email, String first, String last, String title) {
        ObjectNode member = team.addObject();
        member.put("Email", email);
        member.put("FirstName", first);
        member.put("LastName", last);
        member.put("BusinessTitle", title);
    }

    /** Totals are the sums of the two products below, as the service's would be. */
    private static void spendInsights(ObjectNode source) {
        source.put("CurrencyCode", "EUR");
        source.put("Frequency", "Monthly");
        source.put("TotalAmount", "5400.00");
        source.put("TotalOptimizedAmount", "4300.00");
        source.put("TotalPotentialSavingsAmount", "1100.00");
        ObjectNode byCategory = source.putObject("TotalAmountByCategory");
        byCategory.put("Analytics", "3000.00");
        byCategory.put("Compute", "2400.00");
        ArrayNode products = source.putArray("AwsProducts");
        product(products, "AmazonRedshift", "AmazonRedshift", "Analytics", "3000.00", "2300.00", "700.00",
                "Reserved nodes for the steady warehouse load");
        product(products, "AmazonEC2", "AmazonEC2", "Compute", "2400.00", "2000.00", "400.00",
                "Graviton instances for the ingestion fleet");
    }

    private static void product(ArrayNode products, String productCode, String serviceCode, String category,
            String amount, String optimized, String savings, String optimization) {
        ObjectNode product = products.addObject();
        product.put("ProductCode", productCode);
        product.put("ServiceCode", serviceCode);
        product.putArray("Categories").add(category);
        product.put("Amount", amount);
        product.put("OptimizedAmount", optimized);
        product.put("PotentialSavingsAmount", savings);
        ObjectNode entry = product.putArray("Optimizations").addObject();
        entry.put("Description", optimization);
        entry.put("SavingsAmount", savings);
    }
}

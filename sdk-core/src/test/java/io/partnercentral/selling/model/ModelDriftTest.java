package io.partnercentral.selling.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercentral.selling.internal.WireJson;
import org.junit.jupiter.api.Test;

/** The drift the hand-written model had from the service's June 2026 model, each item now gone. */
class ModelDriftTest {
    @Test
    void picklists_knowTheJune2026Values() {
        assertThat(AwsMemberBusinessTitle.SIGNATORY.value()).isEqualTo("Signatory");
        assertThat(AwsMemberBusinessTitle.of("Signatory").isKnown()).isTrue();
        assertThat(RelatedEntityType.of("AwsMarketplaceSolutions").isKnown()).isTrue();
        assertThat(RelatedEntityType.of("AwsMarketplaceProducts").isKnown()).isTrue();
    }

    @Test
    void awsFullView_readsTheJune2026MembersAsTypes_notAsRawJson() throws Exception {
        String json = "{\"Payload\":{\"AwsOpportunitySummaryFullView\":{\"CosellMotion\":\"Co-Sell\","
                + "\"SoftwareRevenue\":{\"DeliveryModel\":\"Subscription\",\"Value\":{\"Amount\":\"10\",\"CurrencyCode\":\"USD\"}},"
                + "\"Insights\":{\"OpportunityQuality\":{\"Score\":87,\"Trend\":\"Up\"},\"Recommendations\":[{}]},"
                + "\"RelatedEntityIds\":{\"AwsMarketplaceSolutions\":[\"arn:aws:sol\"],\"AwsMarketplaceProducts\":[\"arn:aws:prod\"]}}}}";

        AwsOpportunitySummaryFullView view = WireJson.mapper().readValue(json, Snapshot.class).payload()
                .flatMap(SnapshotPayload::awsOpportunitySummaryFullView).orElseThrow();

        assertThat(view.cosellMotion()).contains("Co-Sell");
        assertThat(view.softwareRevenue().flatMap(AwsSoftwareRevenue::value).flatMap(MonetaryValue::amountValue))
                .contains(new java.math.BigDecimal("10"));
        AwsOpportunityInsights insights = view.insights().orElseThrow();
        assertThat(insights.opportunityQuality().flatMap(OpportunityQuality::score)).contains(87);
        assertThat(insights.recommendations()).hasSize(1);
        assertThat(view.relatedEntityIdentifiers().orElseThrow().awsMarketplaceSolutions()).containsExactly("arn:aws:sol");
        assertThat(view.relatedEntityIdentifiers().orElseThrow().awsMarketplaceProducts()).containsExactly("arn:aws:prod");
        assertThat(view.additionalMembers()).isEmpty();
    }

    @Test
    void toString_redactsTheMembersTheModelMarksSensitive() {
        Opportunity opportunity = Opportunity.builder()
                .project(p -> p.title("Jane's migration").customerBusinessProblem("Jane Doe's team runs out of capacity")
                        .otherSolutionDescription("Jane's own tool"))
                .lifeCycle(l -> l.nextSteps("Call Jane Doe +1 206 555 0100"))
                .customer(c -> c.account(a -> a.awsAccountId("123456789012")))
                .build();

        assertThat(opportunity.toString()).doesNotContain("Jane", "+1 206", "123456789012").contains("<redacted>");
    }
}

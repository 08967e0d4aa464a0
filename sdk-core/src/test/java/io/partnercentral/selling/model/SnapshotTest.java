package io.partnercentral.selling.model;

import static io.partnercentral.selling.model.ModelTestSupport.MAPPER;
import static io.partnercentral.selling.model.ModelTestSupport.assertEveryMemberTyped;
import static io.partnercentral.selling.model.ModelTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotTest {
    private static final String SUMMARY_FIXTURE = "snapshot-opportunity-summary.json";
    private static final String AWS_VIEW_FIXTURE = "snapshot-aws-full-view.json";

    @Test
    void readValue_whenOpportunitySummaryFixture_decodesEveryMemberIntoTheSummaryVariant() throws Exception {
        Snapshot snapshot = MAPPER.readValue(fixture(SUMMARY_FIXTURE), Snapshot.class);

        assertEveryMemberTyped(snapshot);
        assertThat(snapshot.catalog()).contains(Catalog.SANDBOX);
        assertThat(snapshot.createdAt()).contains(Instant.parse("2026-05-20T14:30:00.123Z"));
        assertThat(snapshot.engagementId()).contains("eng-a1b2c3d4e5f6g7");
        assertThat(snapshot.resourceType()).contains(ResourceType.OPPORTUNITY);
        assertThat(snapshot.resourceId()).contains("O1234567");
        assertThat(snapshot.resourceSnapshotTemplateName()).contains("OpportunitySummary");
        assertThat(snapshot.revision()).contains(3);
        assertThat(snapshot.targetMemberAccounts()).containsExactly("777788889999", "222233334444");

        SnapshotPayload payload = snapshot.payload().orElseThrow();
        assertThat(payload).isInstanceOf(SnapshotPayload.OpportunitySummary.class);
        assertThat(payload.memberName()).isEqualTo("OpportunitySummary");
        assertThat(payload.awsOpportunitySummaryFullView()).isEmpty();

        OpportunitySummaryView summary = payload.opportunitySummary().orElseThrow();
        assertThat(summary.opportunityType()).contains(OpportunityType.NET_NEW_BUSINESS);
        // Read from the wire member "Lifecycle"; Opportunity's "LifeCycle" spelling would have been missed.
        LifeCycle lifeCycle = summary.lifeCycle().orElseThrow();
        assertThat(lifeCycle.stage()).contains(Stage.QUALIFIED);
        assertThat(lifeCycle.reviewStatus()).contains(ReviewStatus.APPROVED);
        assertThat(lifeCycle.targetCloseDate()).contains(LocalDate.of(2026, 12, 31));
        assertThat(summary.opportunityTeam()).singleElement()
                .satisfies(c -> assertThat(c.phone()).contains("+14155550101"));
        assertThat(summary.primaryNeedsFromAws()).containsExactly(
                PrimaryNeedFromAws.CO_SELL_ARCHITECTURAL_VALIDATION, PrimaryNeedFromAws.CO_SELL_PRICING_ASSISTANCE);
        Account account = summary.customer().flatMap(Customer::account).orElseThrow();
        assertThat(account.otherIndustry()).contains("Orbital logistics");
        assertThat(account.address().flatMap(Address::stateOrRegion)).contains(StateOrRegion.of("California"));

        Project project = summary.project().orElseThrow();
        assertThat(project.expectedContractDuration()).contains(ExpectedContractDuration.months(36));
        assertThat(project.expectedCustomerSpend()).singleElement().satisfies(spend -> {
            assertThat(spend.amount()).contains("12500.50");
            assertThat(spend.amountValue()).contains(new BigDecimal("12500.50"));
            assertThat(spend.estimationUrl()).hasValueSatisfying(url -> assertThat(url).startsWith("https://calculator.aws/"));
        });
        assertThat(project.customerUseCase()).contains(CustomerUseCase.of("Migration/Database Migration"));
        assertThat(project.salesActivities()).contains(SalesActivity.CONDUCTED_POC_DEMO);
        assertThat(project.otherSolutionDescription()).contains("Custom telemetry pipeline built by the partner");
        assertThat(summary.relatedEntityIdentifiers().orElseThrow().awsMarketplaceOfferSets()).hasSize(1);
    }

    @Test
    void readValue_whenAwsFullViewFixture_decodesEveryMemberIntoTheAwsVariant() throws Exception {
        Snapshot snapshot = MAPPER.readValue(fixture(AWS_VIEW_FIXTURE), Snapshot.class);

        assertEveryMemberTyped(snapshot);
        assertThat(snapshot.targetMemberAccounts()).containsExactly("555566667777");
        SnapshotPayload payload = snapshot.payload().orElseThrow();
        assertThat(payload).isInstanceOf(SnapshotPayload.AwsFullView.class);
        assertThat(payload.opportunitySummary()).isEmpty();

        AwsOpportunitySummaryFullView view = payload.awsOpportunitySummaryFullView().orElseThrow();
        assertThat(view.relatedOpportunityId()).contains("O7654321");
        assertThat(view.origin()).contains(Origin.AWS_REFERRAL);
        assertThat(view.involvementType()).contains(InvolvementType.CO_SELL);
        assertThat(view.visibility()).contains(Visibility.FULL);
        assertThat(view.involvementTypeChangeReason()).contains(InvolvementTypeChangeReason.EXPANSION_OPPORTUNITY);

        AwsOpportunityLifeCycle lifeCycle = view.lifeCycle().orElseThrow();
        assertThat(lifeCycle.stage()).contains(AwsStage.CLOSED_LOST);
        assertThat(lifeCycle.closedLostReason()).contains(AwsClosedLostReason.of("Lost to Competitor - Google"));
        assertThat(lifeCycle.closedLostReason().orElseThrow().isKnown()).isTrue();
        assertThat(lifeCycle.nextStepsHistory()).extracting(h -> h.time().orElseThrow())
                .containsExactly(Instant.parse("2026-04-02T10:15:30Z"), Instant.parse("2026-05-19T16:45:00.250Z"));
        assertThat(view.opportunityTeam()).extracting(m -> m.businessTitle().orElseThrow())
                .containsExactly(AwsMemberBusinessTitle.AWS_SALES_REP, AwsMemberBusinessTitle.PDM);

        AwsOpportunityInsights insights = view.insights().orElseThrow();
        assertThat(insights.engagementScore()).contains(EngagementScore.HIGH);
        AwsProductsSpendInsightsBySource bySource = insights.awsProductsSpendInsightsBySource().orElseThrow();
        AwsProductInsights partner = bySource.partner().orElseThrow();
        assertThat(partner.currencyCode()).contains(CurrencyCode.EUR);
        assertThat(partner.frequency()).contains(PaymentFrequency.MONTHLY);
        assertThat(partner.totalAmountByCategory()).containsEntry("MAP", "15000.00").containsEntry("Modernization", "5000.00");
        assertThat(partner.totalPotentialSavingsAmountValue()).contains(new BigDecimal("3500.00"));
        AwsProductDetails ec2 = partner.awsProducts().get(0);
        assertThat(ec2.serviceCode()).contains("ec2Enhancement");
        assertThat(ec2.categories()).containsExactly("MAP", "Modernization");
        assertThat(ec2.optimizations()).hasSize(2);
        AwsProductOptimization rightSizing = ec2.optimizations().get(1);
        assertThat(rightSizing.description()).contains("Right-size over-provisioned m5 instances");
        assertThat(rightSizing.savingsAmount()).contains("500.00");
        assertThat(rightSizing.savingsAmountValue()).contains(new BigDecimal("500.00"));
        AwsProductInsights aws = bySource.aws().orElseThrow();
        assertThat(aws.totalAmount()).contains("21000.10");
        assertThat(aws.awsProducts()).singleElement()
                .satisfies(rds -> assertThat(rds.optimizations()).singleElement()
                        .satisfies(o -> assertThat(o.savingsAmount()).contains("3000.10")));

        // The AWS view spells the related entities "RelatedEntityIds", not "RelatedEntityIdentifiers".
        assertThat(view.relatedEntityIdentifiers().orElseThrow().awsProducts()).containsExactly("AmazonEC2", "AmazonRDS");
        assertThat(view.relatedEntityIdentifiers().orElseThrow().solutions()).containsExactly("S-0067890");
        assertThat(view.customer().orElseThrow().contacts()).singleElement()
                .satisfies(c -> assertThat(c.businessTitle()).contains("Head of Procurement"));
        assertThat(view.project().flatMap(Project::awsPartition)).contains(AwsPartition.AWS_EUSC);
        assertThat(view.project().orElseThrow().expectedCustomerSpend()).singleElement()
                .satisfies(s -> assertThat(s.currencyCode()).contains(CurrencyCode.EUR));
    }

    @ParameterizedTest
    @ValueSource(strings = {SUMMARY_FIXTURE, AWS_VIEW_FIXTURE})
    void writeValueAsString_whenFixtureRead_writesAnIdenticalTree(String name) throws Exception {
        String json = fixture(name);

        String written = MAPPER.writeValueAsString(MAPPER.readValue(json, Snapshot.class));

        assertThat(MAPPER.readTree(written)).isEqualTo(MAPPER.readTree(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {SUMMARY_FIXTURE, AWS_VIEW_FIXTURE})
    void readValue_whenSnapshotWrittenByConfiguredMapper_readsBackEqual(String name) throws Exception {
        Snapshot snapshot = MAPPER.readValue(fixture(name), Snapshot.class);

        Snapshot restored = MAPPER.readValue(MAPPER.writeValueAsString(snapshot), Snapshot.class);

        assertThat(restored).isEqualTo(snapshot);
        assertThat(restored.hashCode()).isEqualTo(snapshot.hashCode());
    }

    @Test
    void readValue_whenBuiltSnapshotWritten_readsBackEqual() throws Exception {
        Snapshot snapshot = Snapshot.builder()
                .catalog(Catalog.AWS)
                .revision(1)
                .createdAt(Instant.parse("2026-05-15T00:00:00Z"))
                .opportunitySummary(s -> s
                        .lifeCycle(l -> l.stage(Stage.PROSPECT).targetCloseDate(LocalDate.of(2026, 9, 30)))
                        .project(p -> p.expectedContractDurationMonths(12))
                        .addOpportunityTeam(c -> c.email("someone@partner.example")))
                .addTargetMemberAccount("123456789012")
                .build();

        String written = MAPPER.writeValueAsString(snapshot);

        assertThat(MAPPER.readTree(written).at("/Payload/OpportunitySummary/Lifecycle/Stage").asText()).isEqualTo("Prospect");
        assertThat(MAPPER.readValue(written, Snapshot.class)).isEqualTo(snapshot);
    }

    @Test
    void readValue_whenMembersAreNewerThanTheSdk_keepsThemInsideTypedViews() throws Exception {
        String json = "{\"Revision\":2,\"Payload\":{\"AwsOpportunitySummaryFullView\":{\"Visibility\":\"Limited\","
                + "\"FutureScore\":{\"Value\":0.75},\"Insights\":{\"EngagementScore\":\"Very High\","
                + "\"AwsProductsSpendInsightsBySource\":{\"AWS\":{\"TotalAmount\":\"1\"}}}}},\"FutureTop\":true}";

        Snapshot snapshot = MAPPER.readValue(json, Snapshot.class);

        AwsOpportunitySummaryFullView view = snapshot.payload().flatMap(SnapshotPayload::awsOpportunitySummaryFullView).orElseThrow();
        assertThat(view.additionalMembers()).containsOnlyKeys("FutureScore");
        assertThat(view.insights().flatMap(AwsOpportunityInsights::engagementScore))
                .hasValueSatisfying(score -> assertThat(score.isKnown()).isFalse());
        assertThat(snapshot.additionalMembers()).containsOnlyKeys("FutureTop");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(snapshot))).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void toString_whenAwsFullView_leavesOutContactsAndTeamPersonalData() throws Exception {
        Snapshot snapshot = MAPPER.readValue(fixture(AWS_VIEW_FIXTURE), Snapshot.class);

        String text = snapshot.toString();

        // Business titles are marked sensitive in the service's model (JobTitle), so they are redacted.
        assertThat(text).contains("AwsFullView", "Lost to Competitor - Google");
        assertThat(text).doesNotContain("Head of Procurement",
                "Brigitta", "Buyerhaus", "buyer.contact@nordlicht-energie.example", "+4930555012345",
                "Amara", "Repworth", "aws.rep@amazon.example", "Pietro", "Devmanson", "pdm.person@amazon.example",
                "888899990000");
    }

    @Test
    void toString_whenOpportunitySummary_leavesOutContactsAndCompanyName() throws Exception {
        Snapshot snapshot = MAPPER.readValue(fixture(SUMMARY_FIXTURE), Snapshot.class);

        String text = snapshot.toString();

        assertThat(text).contains("OpportunitySummary", "Orbital logistics");
        assertThat(text).doesNotContain("OpportunityOwner",
                "Olivia", "Ownerton", "owner.person@partner.example", "+14155550101",
                "Casimir", "Contactly", "cto.contact@zephyr-orbital.example", "+19165550123",
                "Zephyr Orbital Freight Inc", "888899990000");
    }

    @Test
    void readValue_whenUnknownPayloadMember_decodesToUnknownWithNameAndRawJson() throws Exception {
        String json = "{\"Payload\": {\"FutureView\": {\"x\": [1,2]}}}";

        Snapshot snapshot = MAPPER.readValue(json, Snapshot.class);

        SnapshotPayload payload = snapshot.payload().orElseThrow();
        assertThat(payload).isInstanceOf(SnapshotPayload.Unknown.class);
        SnapshotPayload.Unknown unknown = (SnapshotPayload.Unknown) payload;
        assertThat(unknown.name()).isEqualTo("FutureView");
        assertThat(unknown.value().get("x")).containsExactly(IntNode.valueOf(1), IntNode.valueOf(2));
        assertThat(payload.opportunitySummary()).isEmpty();
        assertThat(payload.awsOpportunitySummaryFullView()).isEmpty();
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(snapshot))).isEqualTo(MAPPER.readTree(json));
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(snapshot), Snapshot.class)).isEqualTo(snapshot);
    }

    @Test
    void writeValueAsString_whenUnknownMemberHoldsDecimals_writesEveryDigitBack() throws Exception {
        // A default tree read would turn these into doubles: 1.10 -> 1.1, the long one rounded.
        String json = "{\"Payload\":{\"FutureView\":{\"rate\":1.10,\"exact\":12345678901234567890.123456789,"
                + "\"big\":123456789012345678901234567890,\"ok\":true,\"none\":null,\"s\":\"t\"}}}";

        String written = MAPPER.writeValueAsString(MAPPER.readValue(json, Snapshot.class));

        assertThat(written).isEqualTo(json);
    }

    @Test
    void readValue_whenPayloadIsAnEmptyUnion_hasNoPayload() throws Exception {
        Snapshot snapshot = MAPPER.readValue("{\"Revision\":1,\"Payload\":{}}", Snapshot.class);

        assertThat(snapshot.payload()).isEmpty();
        assertThat(snapshot.revision()).contains(1);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(snapshot)).has("Payload")).isFalse();
    }

    @Test
    void readValue_whenPayloadIsNull_hasNoPayload() throws Exception {
        Snapshot snapshot = MAPPER.readValue("{\"Payload\":null,\"ResourceId\":\"O1\"}", Snapshot.class);

        assertThat(snapshot.payload()).isEmpty();
        assertThat(snapshot.resourceId()).contains("O1");
    }

    @Test
    void readValue_whenFieldsFollowThePayload_readsThemToo() throws Exception {
        Snapshot snapshot = MAPPER.readValue(
                "{\"Payload\":{\"OpportunitySummary\":{\"OpportunityType\":\"Expansion\"}},\"Revision\":4,"
                        + "\"TargetMemberAccounts\":[\"123456789012\"]}", Snapshot.class);

        assertThat(snapshot.payload().flatMap(SnapshotPayload::opportunitySummary).flatMap(OpportunitySummaryView::opportunityType))
                .contains(OpportunityType.EXPANSION);
        assertThat(snapshot.revision()).contains(4);
        assertThat(snapshot.targetMemberAccounts()).containsExactly("123456789012");
    }

    @Test
    void writeValueAsString_whenUnknownPayload_writesNameAndValueAsGiven() throws Exception {
        JsonNode value = MAPPER.readTree("{\"Nested\":{\"List\":[\"a\",{\"b\":null}]}}");
        Snapshot snapshot = Snapshot.builder().payload(SnapshotPayload.unknown("LaterView", value)).build();

        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(snapshot));

        assertThat(written.get("Payload").size()).isEqualTo(1);
        assertThat(written.get("Payload").get("LaterView")).isEqualTo(value);
        assertThat(written.at("/Payload/LaterView/Nested/List/0")).isEqualTo(TextNode.valueOf("a"));
    }
}

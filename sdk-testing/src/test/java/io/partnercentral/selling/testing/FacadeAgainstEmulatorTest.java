package io.partnercentral.selling.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.exception.ConflictException;
import io.partnercentral.selling.model.AwsPartition;
import io.partnercentral.selling.model.CountryCode;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.CurrencyCode;
import io.partnercentral.selling.model.ExpectedContractDuration;
import io.partnercentral.selling.model.ExpectedCustomerSpend;
import io.partnercentral.selling.model.Industry;
import io.partnercentral.selling.model.InvolvementType;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.OpportunitySummary;
import io.partnercentral.selling.model.Origin;
import io.partnercentral.selling.model.PaymentFrequency;
import io.partnercentral.selling.model.Project;
import io.partnercentral.selling.model.ReviewStatus;
import io.partnercentral.selling.model.Snapshot;
import io.partnercentral.selling.model.SnapshotPayload;
import io.partnercentral.selling.model.SnapshotTarget;
import io.partnercentral.selling.model.Stage;
import io.partnercentral.selling.model.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SDK facade end to end against the emulator: what users of both get together. */
class FacadeAgainstEmulatorTest {
    @RegisterExtension
    static PartnerCentralEmulatorExtension partnerCentral = PartnerCentralEmulatorExtension.builder()
            .client(b -> b.overrideConfiguration(o -> o.retryStrategy(Fixtures.fastRetries(10))))
            .build();

    static Opportunity deal(String crmId) {
        return Opportunity.builder()
                .origin(Origin.PARTNER_REFERRAL)
                .partnerOpportunityIdentifier(crmId)
                .customer(c -> c.account(a -> a.companyName("Acme " + crmId).industry(Industry.RETAIL)
                        .websiteUrl("https://acme.example.com").address(ad -> ad.countryCode(CountryCode.DE))))
                .project(p -> p.title("Data platform " + crmId)
                        .customerBusinessProblem("Nightly batch jobs miss their window every Monday.")
                        .addExpectedCustomerSpend(s -> s.amount(new BigDecimal("1200.00")).currencyCode(CurrencyCode.USD)
                                .frequency(PaymentFrequency.MONTHLY).targetCompany(ExpectedCustomerSpend.TARGET_AWS)))
                .lifeCycle(l -> l.stage(Stage.QUALIFIED).targetCloseDate(LocalDate.of(2099, 3, 31)))
                .build();
    }

    @Test
    void create_under20PercentFaults_withTheSdksRetries_createsEachOpportunityExactlyOnce(
            PartnerCentralEmulator emulator, PartnerCentralSelling selling) throws Exception {
        emulator.injectFaults(FaultPlan.failRate(0.2).seed(7)
                .kinds(FaultKind.values()).timings(FaultTiming.values()).build());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<CreatedOpportunity>> creates = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                Opportunity opportunity = deal("CRM-" + i);
                creates.add(pool.submit(() -> selling.opportunities().create(opportunity)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<CreatedOpportunity> create : creates) {
                ids.add(create.get(30, TimeUnit.SECONDS).id());
            }
            assertThat(ids).doesNotHaveDuplicates().hasSize(200);
        } finally {
            pool.shutdownNow();
        }

        assertThat(emulator.opportunityCount()).isEqualTo(200);
        assertThat(emulator.opportunities()).extracting(o -> o.partnerOpportunityIdentifier().orElseThrow())
                .doesNotHaveDuplicates().hasSize(200);
        assertThat(emulator.injectedFaults()).extracting(InjectedFault::timing).contains(FaultTiming.values());
        assertThat(emulator.injectedFaults()).extracting(InjectedFault::kind).contains(FaultKind.values());
    }

    @Test
    void create_whenTheSameIdempotencyKeyIsSentAgain_returnsTheFirstOpportunity(
            PartnerCentralEmulator emulator, PartnerCentralSelling selling) {
        CreatedOpportunity first = selling.opportunities().create(r -> r.opportunity(deal("CRM-1")).idempotencyKey("CRM-1"));
        CreatedOpportunity again = selling.opportunities().create(r -> r.opportunity(deal("CRM-1")).idempotencyKey("CRM-1"));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.clientToken()).isEqualTo(first.clientToken());
        assertThat(emulator.opportunityCount()).isEqualTo(1);
    }

    @Test
    void create_whenTheSameIdempotencyKeyComesWithAnotherBody_isAConflict(PartnerCentralSelling selling) {
        selling.opportunities().create(r -> r.opportunity(deal("CRM-1")).idempotencyKey("CRM-1"));

        assertThatThrownBy(() -> selling.opportunities().create(r -> r.opportunity(deal("CRM-2")).idempotencyKey("CRM-1")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Conflicting client token submitted for a new request body.");
    }

    @Test
    void newerMembers_travelToTheEmulatorAndBack(PartnerCentralSelling selling) {
        Opportunity eusc = deal("CRM-EU").toBuilder()
                .project(deal("CRM-EU").project().orElseThrow().toBuilder()
                        .awsPartition(AwsPartition.AWS_EUSC)
                        .expectedContractDurationMonths(36)
                        .expectedCustomerSpend(List.of(ExpectedCustomerSpend.builder().amount(new BigDecimal("900"))
                                .currencyCode(CurrencyCode.EUR).frequency(PaymentFrequency.MONTHLY)
                                .targetCompany(ExpectedCustomerSpend.TARGET_SELF).build()))
                        .build())
                .build();
        String id = selling.opportunities().create(eusc).id();

        Project stored = selling.opportunities().get(id).project().orElseThrow();
        assertThat(stored.awsPartition()).contains(AwsPartition.AWS_EUSC);
        assertThat(stored.expectedContractDuration()).contains(ExpectedContractDuration.months(36));
        OpportunitySummary listed = selling.opportunities().list().stream().filter(s -> s.id().orElseThrow().equals(id))
                .findFirst().orElseThrow();
        assertThat(listed.project().flatMap(Project::expectedContractDuration)).contains(ExpectedContractDuration.months(36));
    }

    @Test
    void update_readModifyWrite_changesOneFieldAndKeepsEverythingElse(
            PartnerCentralEmulator emulator, PartnerCentralSelling selling) {
        String id = selling.opportunities().create(deal("CRM-9")).id();
        Opportunity before = selling.opportunities().get(id);

        selling.opportunities().update(id, current -> current.toBuilder()
                .lifeCycle(current.lifeCycle().orElseThrow().toBuilder().nextSteps("Pricing call").build())
                .build());

        Opportunity after = selling.opportunities().get(id);
        assertThat(after.lifeCycle().flatMap(LifeCycle::nextSteps)).contains("Pricing call");
        Opportunity expected = before.toBuilder()
                .lifeCycle(before.lifeCycle().orElseThrow().toBuilder().nextSteps("Pricing call")
                        .nextStepsHistory(after.lifeCycle().orElseThrow().nextStepsHistory()).build())
                .lastModifiedDate(after.lastModifiedDate())
                .build();
        assertThat(after).isEqualTo(expected);
        assertThat(after.lastModifiedDate().orElseThrow()).isAfter(before.lastModifiedDate().orElseThrow());
    }

    @Test
    void submit_thenTheScriptedReviewOutcomeIsRead(PartnerCentralEmulator emulator, PartnerCentralSelling selling) {
        String id = selling.opportunities().create(deal("CRM-5")).id();
        emulator.nextReviewOutcome(ReviewOutcome.APPROVED);

        selling.opportunities().submit(id, InvolvementType.CO_SELL, Visibility.FULL);

        assertThat(selling.opportunities().get(id).lifeCycle().flatMap(LifeCycle::reviewStatus))
                .contains(ReviewStatus.APPROVED);
    }

    @Test
    void snapshots_ofBothUnionMembers_decodeToTheirVariants(PartnerCentralEmulator emulator, PartnerCentralSelling selling) {
        AwsReferral referral = emulator.seedAwsReferral(io.partnercentral.selling.model.Catalog.SANDBOX);
        Snapshot awsView = selling.snapshots().get(SnapshotTarget.opportunity(
                referral.engagementId(), referral.awsOpportunityId(), referral.snapshotTemplateName()));
        assertThat(awsView.payload().orElseThrow()).isInstanceOf(SnapshotPayload.AwsFullView.class);
        assertThat(awsView.payload().orElseThrow().awsOpportunitySummaryFullView().orElseThrow().insights()).isPresent();

        String id = selling.opportunities().create(deal("CRM-S").toBuilder()
                .project(deal("CRM-S").project().orElseThrow().toBuilder().expectedContractDurationMonths(12).build())
                .build()).id();
        SnapshotTarget own = SnapshotTarget.opportunity(referral.engagementId(), id, "OpportunitySummaryView");
        assertThat(selling.snapshots().create(own).revision()).contains(1);
        Snapshot summary = selling.snapshots().get(own);
        assertThat(summary.payload().orElseThrow().opportunitySummary().orElseThrow().project()
                .flatMap(Project::expectedContractDuration)).contains(ExpectedContractDuration.months(12));
    }

    @Test
    void changedSince_returnsChangesInOrderAndAWatermarkFromTheService(PartnerCentralSelling selling) {
        Instant start = Instant.parse("2000-01-01T00:00:00Z");
        String first = selling.opportunities().create(deal("CRM-A")).id();
        String second = selling.opportunities().create(deal("CRM-B")).id();

        var changes = selling.opportunities().changedSince(start);
        assertThat(changes).extracting(s -> s.id().orElseThrow()).containsExactly(first, second);
        assertThat(changes.watermark()).isEqualTo(selling.opportunities().get(second).lastModifiedDate().orElseThrow());

        // The emulator, like a careful reading of the API, treats "After" as inclusive: the change at
        // the watermark may come again (at-least-once), but nothing older does.
        assertThat(selling.opportunities().changedSince(changes.watermark()))
                .extracting(s -> s.id().orElseThrow()).containsOnly(second);
    }
}

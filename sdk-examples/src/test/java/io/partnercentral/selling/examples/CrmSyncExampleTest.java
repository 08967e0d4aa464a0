package io.partnercentral.selling.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.exception.AccessDeniedException;
import io.partnercentral.selling.model.AwsPartition;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CurrencyCode;
import io.partnercentral.selling.model.ExpectedContractDuration;
import io.partnercentral.selling.model.ExpectedCustomerSpend;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.ReviewStatus;
import io.partnercentral.selling.model.SnapshotTarget;
import io.partnercentral.selling.model.Stage;
import io.partnercentral.selling.testing.AwsReferral;
import io.partnercentral.selling.testing.PartnerCentralEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the sync once against an in-process emulator, then checks its report against what the
 * emulator holds.
 */
class CrmSyncExampleTest {
    private static final List<CrmDeal> DEALS = CrmDeal.readShipped();

    private static PartnerCentralEmulator emulator;
    private static AwsReferral referral;
    private static String report;
    /** The opportunities the sync created, by CRM id (the seeded referral has none). */
    private static Map<String, Opportunity> synced;

    @BeforeAll
    static void runSyncAgainstEmulator() {
        emulator = PartnerCentralEmulator.start();
        referral = emulator.seedAwsReferral(Catalog.SANDBOX);
        SnapshotTarget referralSnapshot = SnapshotTarget.opportunity(
                referral.engagementId(), referral.awsOpportunityId(), referral.snapshotTemplateName());
        try (PartnerCentralSelling selling = emulator.sellingBuilder().build()) {
            report = capture(out -> new CrmSync(selling, out)
                    .run(DEALS, Optional.of(CrmSyncExample.EMULATED_ENGAGEMENT_ID), Optional.of(referralSnapshot)));
        }
        synced = emulator.opportunities().stream()
                .filter(o -> o.partnerOpportunityIdentifier().isPresent())
                .collect(Collectors.toMap(o -> o.partnerOpportunityIdentifier().orElseThrow(), o -> o));
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Test
    void run_createsOneOpportunityPerValidDeal_withTheCrmIdAsPartnerIdentifier() {
        assertThat(synced).containsOnlyKeys("crm-001", "crm-002", "crm-003", "crm-005", "crm-006");
        assertThat(report)
                .contains("[1/6] created " + idOf("crm-001") + " (crm-001): Prospect, 5000 USD/month to AWS\n")
                .contains("[6/6] created " + idOf("crm-006") + " (crm-006)")
                .contains("Done: 5 created, 1 skipped as invalid, 1 updated, 1 submitted, 2 snapshots read");
    }

    @Test
    void run_mapsContractDurationWithSelfSpend_andTheSovereignCloudDealInEuros() {
        Opportunity withDuration = synced.get("crm-002");
        assertThat(withDuration.project().flatMap(p -> p.expectedContractDuration()))
                .contains(ExpectedContractDuration.months(24));
        assertThat(withDuration.project().orElseThrow().expectedCustomerSpend())
                .extracting(s -> s.targetCompany().orElseThrow(), s -> s.amount().orElseThrow())
                .containsExactly(
                        tuple(ExpectedCustomerSpend.TARGET_AWS, "8000"),
                        tuple(ExpectedCustomerSpend.TARGET_SELF, "3000"));

        Opportunity sovereign = synced.get("crm-003");
        assertThat(sovereign.project().flatMap(p -> p.awsPartition())).contains(AwsPartition.AWS_EUSC);
        assertThat(sovereign.project().orElseThrow().expectedCustomerSpend())
                .allSatisfy(s -> assertThat(s.currencyCode()).contains(CurrencyCode.EUR));
        assertThat(report).contains("(crm-003): Qualified, 12500.00 EUR/month to AWS, partition aws-eusc\n");
    }

    @Test
    void run_reportsTheInvalidDealWithFieldPathsAndRules_andSkipsIt() {
        assertThat(synced).doesNotContainKey("crm-004");
        // The email's message is the overlay's while the model keeps the pattern it describes (a generic one after
        // a release changes the pattern), so only its path and rule are pinned here.
        assertThat(report).contains(String.join("\n",
                "[4/6] skipped crm-004: 3 violation(s), found by the SDK before sending",
                "      Customer.Contacts[0].Email [INVALID_STRING_FORMAT] "));
        assertThat(report).contains(String.join("\n",
                "      Project.ExpectedContractDuration.Value [VALUE_OUT_OF_RANGE] must be from 1 to 144",
                "      Project.ExpectedCustomerSpend[0].CurrencyCode [INVALID_ENUM_VALUE] must be USD or EUR",
                "[5/6] created "));
    }

    @Test
    void run_updatesOneByReadModifyWrite_leavingEveryOtherMemberAsTheCrmSentIt() {
        Opportunity updated = synced.get("crm-001");
        assertThat(updated.lifeCycle().flatMap(LifeCycle::stage)).contains(Stage.QUALIFIED);
        assertThat(updated.lifeCycle().flatMap(LifeCycle::nextSteps)).contains("Architecture review booked");

        // Compared with a fresh mapping of the CRM row, not with what the sync read back itself.
        Opportunity sent = DEALS.get(0).toOpportunity(LocalDate.now(ZoneOffset.UTC));
        assertThat(updated.customer()).isEqualTo(sent.customer());
        assertThat(updated.project()).isEqualTo(sent.project());
        assertThat(updated.primaryNeedsFromAws()).isEqualTo(sent.primaryNeedsFromAws());
        assertThat(updated.lifeCycle().flatMap(LifeCycle::targetCloseDate))
                .isEqualTo(sent.lifeCycle().flatMap(LifeCycle::targetCloseDate));
        assertThat(report).contains("Updated " + idOf("crm-001")
                + " (crm-001): stage Prospect -> Qualified, next steps set; every other member unchanged: yes\n");
    }

    @Test
    void run_submitsOneForCoSell_andReportsItsReviewStatus() {
        assertThat(synced.get("crm-002").lifeCycle().flatMap(LifeCycle::reviewStatus)).contains(ReviewStatus.APPROVED);
        assertThat(synced.get("crm-001").lifeCycle().flatMap(LifeCycle::reviewStatus))
                .contains(ReviewStatus.PENDING_SUBMISSION);
        assertThat(report).contains("Submitted " + idOf("crm-002") + " (crm-002) for Co-Sell: review status Approved\n");
    }

    @Test
    void run_readsASnapshotOfEachPayloadType() {
        assertThat(emulator.resourceSnapshotCount()).as("the seeded one and the one the sync took").isEqualTo(2);
        assertThat(report)
                .contains("  OpportunitySummary of " + idOf("crm-002") + ", revision 1: stage Qualified, review Approved,"
                        + " 8000 USD/month to AWS + 3000 USD/month to Self over 24 months\n")
                .contains("  AwsOpportunitySummaryFullView of " + referral.awsOpportunityId()
                        + ", revision 1: AWS stage Qualify, Co-Sell/Full, engagement score High")
                .contains("partner opportunity " + referral.opportunityId());
    }

    @Test
    void run_syncsTheChangesSinceItsFirstWrite_andReportsTheNewWatermark() {
        Instant newest = synced.values().stream()
                .map(o -> o.lastModifiedDate().orElseThrow())
                .max(Instant::compareTo).orElseThrow();
        String changes = report.substring(report.indexOf("Changes since "));
        assertThat(changes).contains(synced.values().stream().map(o -> o.id().orElseThrow()).toList());
        assertThat(changes).contains("5 changed; new watermark " + newest + "\n");
        assertThat(report).contains("5 changes synced.");
    }

    @Test
    void run_printsNoPersonalData() {
        List<String> personalData = DEALS.stream()
                .flatMap(d -> Stream.of(d.company(), d.website(), d.contactFirstName(), d.contactLastName(),
                        d.contactEmail(), d.contactPhone(), d.postalCode()))
                .toList();
        assertThat(personalData).hasSize(7 * DEALS.size()).doesNotContainNull();
        assertThat(report).doesNotContain(personalData);
        // Nor anyone else's, such as the AWS team and customer contacts in the AWS referral.
        assertThat(report).doesNotContainPattern("[\\w.+-]+@[\\w-]+\\.\\w").doesNotContainPattern("\\+\\d{6}");
    }

    @Test
    void run_withoutArguments_runsAgainstAnInProcessEmulator_andExitsWithZero() {
        int[] status = new int[1];
        String output = capture(out -> status[0] = CrmSyncExample.run(new String[0], out));
        assertThat(status[0]).isZero();
        assertThat(output).contains("catalog Sandbox").contains("Done: 5 created, 1 skipped as invalid");
        // The metrics summary comes just before the last line, which stays the Done line.
        List<String> lines = output.lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("Done: ");
        assertThat(lines.get(lines.size() - 2)).matches("Metrics: [1-9]\\d* calls \\(\\d+ retries\\), \\d+ throttled, "
                + "[\\d.]+ s paced, \\d+ waits? \\([\\d.]+ s\\), budget left: reads [\\d,]+, writes 9,9\\d\\d");
    }

    @Test
    void run_withAnUnknownArgument_exitsWithUsageStatus() {
        assertThat(CrmSyncExample.run(new String[] {"--emulator"}, new PrintStream(new ByteArrayOutputStream(), true, UTF_8)))
                .isEqualTo(2);
    }

    @Test
    void run_whenPartnerCentralRefusesACall_failsInsteadOfSkippingTheDeal() {
        try (PartnerCentralEmulator denying = PartnerCentralEmulator.start();
             PartnerCentralSelling selling = denying.sellingBuilder().build()) {
            denying.wireMock().stubFor(post(urlEqualTo("/"))
                    .withHeader("X-Amz-Target", equalTo("AWSPartnerCentralSelling.CreateOpportunity"))
                    .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/x-amz-json-1.0")
                            .withBody("{\"__type\":\"AccessDeniedException\",\"Message\":\"Denied by a test stub.\"}")));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            assertThatThrownBy(() -> new CrmSync(selling, new PrintStream(bytes, true, UTF_8))
                    .run(DEALS, Optional.empty(), Optional.empty()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(bytes.toString(UTF_8)).doesNotContain("skipped");
        }
    }

    private static String idOf(String crmId) {
        return synced.get(crmId).id().orElseThrow();
    }

    private static String capture(Consumer<PrintStream> body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, UTF_8)) {
            body.accept(out);
        }
        return bytes.toString(UTF_8).replace(System.lineSeparator(), "\n");
    }
}

package io.partnercentral.selling.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.testing.PartnerCentralEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the referral inbox against an in-process emulator and checks its report against the emulator's state. */
class ReferralInboxExampleTest {
    @Test
    void run_acceptsOneReferral_rejectsTheOther_andConvertsTheLead() {
        try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start();
             PartnerCentralSelling selling = emulator.sellingBuilder().build()) {
            String first = emulator.sendReferral(Catalog.SANDBOX, "Order system to managed databases");
            String second = emulator.sendReferral(Catalog.SANDBOX, "Print shop migration");
            String lead = emulator.sendLead(Catalog.SANDBOX, "Shop on ageing servers");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            List<Opportunity> created = ReferralInboxExample.run(selling, new PrintStream(bytes, true, UTF_8));

            String report = bytes.toString(UTF_8);
            assertThat(created).hasSize(2);
            assertThat(emulator.opportunityCount()).isEqualTo(2);
            assertThat(List.of(emulator.invitationStatus(first), emulator.invitationStatus(second),
                    emulator.invitationStatus(lead))).containsExactlyInAnyOrder("ACCEPTED", "REJECTED", "ACCEPTED");
            assertThat(report).contains("3 pending")
                    .contains("Accepted referral ")
                    .contains("Rejected referral ")
                    .contains("Done: 2 opportunities created, 1 rejected, 0 still pending.");
            // The inbox lists by expiration date, and invitations sent within the same millisecond tie:
            // the lead may be worked before or after the referral, so either created opportunity may be its.
            List<String> ids = created.stream().map(o -> o.id().orElseThrow()).toList();
            String referralOpportunity = ids.stream().filter(id -> report.contains("into the CRM as " + id + " "))
                    .findFirst().orElseThrow(() -> new AssertionError("no accepted referral in\n" + report));
            String leadOpportunity = ids.stream().filter(id -> report.contains("Converted lead into " + id + " "))
                    .findFirst().orElseThrow(() -> new AssertionError("no converted lead in\n" + report));
            assertThat(leadOpportunity).isNotEqualTo(referralOpportunity);
            // No company names or contact details in the report.
            assertThat(report).doesNotContain("Example Referred Customer", "Example Lead Customer", "cto@lead.example.com");
        }
    }
}

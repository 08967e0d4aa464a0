package io.partnercentral.selling.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.events.InMemoryReconcilerStore;
import io.partnercentral.selling.testing.EventDelivery;
import io.partnercentral.selling.testing.PartnerCentralEmulator;
import io.partnercentral.selling.testing.ReviewOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventSyncExampleTest {
    @Test
    void run_underLostAndRepeatedEvents_leavesTheCrmMatchingPartnerCentral() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start(PartnerCentralEmulator.Options.builder()
                        .defaultReviewOutcome(ReviewOutcome.SUBMITTED).build());
             PartnerCentralSelling selling = emulator.sellingBuilder().build()) {
            emulator.eventDelivery(EventDelivery.bestEffort(0.3, 0.1, 42));
            assertThat(EventSyncExample.run(emulator, selling, InMemoryReconcilerStore.create(),
                    new PrintStream(out, true, StandardCharsets.UTF_8))).isEmpty();
            assertThat(emulator.eventStats().dropped()).isPositive();
        }
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("Done: 20 opportunities in the CRM match Partner Central");
        // Ids, counts and dates only: the shipped deals' company names never appear.
        assertThat(report).doesNotContain("Northwind", "Contoso");
    }
}

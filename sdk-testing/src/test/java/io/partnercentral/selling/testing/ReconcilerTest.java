package io.partnercentral.selling.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.events.EngagementInvitationEvent;
import io.partnercentral.selling.events.FileReconcilerStore;
import io.partnercentral.selling.events.InMemoryReconcilerStore;
import io.partnercentral.selling.events.OpportunityChange;
import io.partnercentral.selling.events.PartnerCentralEvent;
import io.partnercentral.selling.events.PartnerCentralEvents;
import io.partnercentral.selling.events.Reconciler;
import io.partnercentral.selling.events.ReconcilerStore;
import io.partnercentral.selling.model.Catalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The reconciler against the emulator: each way a change reaches it, and each way it must not repeat one. */
class ReconcilerTest {
    @RegisterExtension
    static PartnerCentralEmulatorExtension partnerCentral = PartnerCentralEmulatorExtension.builder().build();

    @TempDir
    Path dir;

    private final Queue<String> received = new ConcurrentLinkedQueue<>();
    private final Consumer<String> listener = received::add;
    private final List<OpportunityChange> crm = new ArrayList<>();
    private PartnerCentralEmulator emulator;

    @BeforeEach
    void listen(PartnerCentralEmulator emulator) {
        this.emulator = emulator;
        emulator.addEventListener(listener);
    }

    @AfterEach
    void stopListening() {
        emulator.removeEventListener(listener);
        emulator.eventDelivery(EventDelivery.reliable());
    }

    private Reconciler reconciler(PartnerCentralSelling selling, ReconcilerStore store) {
        return Reconciler.builder().selling(selling).store(store).catalog(Catalog.SANDBOX).handler(crm::add).build();
    }

    private String create(PartnerCentralSelling selling, String crmId) {
        return selling.opportunities().create(FacadeAgainstEmulatorTest.deal(crmId)).id();
    }

    @Test
    void accept_theSameEventTwice_deliversOnce(PartnerCentralSelling selling) {
        Reconciler reconciler = reconciler(selling, InMemoryReconcilerStore.create());
        String id = create(selling, "CRM-1");
        PartnerCentralEvent created = PartnerCentralEvents.parse(received.remove());

        reconciler.accept(created);
        reconciler.accept(created);

        assertThat(crm).singleElement().satisfies(change -> {
            assertThat(change.opportunityId()).isEqualTo(id);
            assertThat(change.foundBy()).isEqualTo(OpportunityChange.FoundBy.EVENT);
            assertThat(change.eventId()).contains(created.id());
            assertThat(change.awsSummary()).isPresent();
            assertThat(change.toString()).doesNotContain("Acme");
        });
        assertThat(reconciler.stats().duplicateEvents()).isEqualTo(1);
    }

    @Test
    void accept_anotherEventForAStateAlreadyDelivered_deliversNothing(PartnerCentralSelling selling) {
        Reconciler reconciler = reconciler(selling, InMemoryReconcilerStore.create());
        create(selling, "CRM-2");
        String json = received.remove();
        ObjectNode second = PartnerCentralEvents.parse(json).envelope().json();
        second.put("id", "another-envelope");
        second.put("detail-type", "Opportunity Updated");

        reconciler.accept(PartnerCentralEvents.parse(json));
        reconciler.accept(PartnerCentralEvents.parse(second.toString()));

        assertThat(crm).hasSize(1);
        assertThat(reconciler.stats().alreadyDelivered()).isEqualTo(1);
    }

    @Test
    void poll_findsChangesWhoseEventsWereDropped_andAgainFindsNothingNew(PartnerCentralSelling selling) {
        emulator.eventDelivery(EventDelivery.bestEffort(1.0, 0, 1));
        Reconciler reconciler = reconciler(selling, InMemoryReconcilerStore.create());
        String first = create(selling, "CRM-3");
        String second = create(selling, "CRM-4");
        selling.opportunities().update(first, o -> o.toBuilder().partnerOpportunityIdentifier("CRM-3b").build());
        assertThat(received).isEmpty();

        assertThat(reconciler.poll()).isEqualTo(2);
        assertThat(reconciler.poll()).isZero();

        assertThat(crm).extracting(OpportunityChange::opportunityId).containsExactlyInAnyOrder(first, second);
        assertThat(crm).allSatisfy(c -> assertThat(c.foundBy()).isEqualTo(OpportunityChange.FoundBy.POLL));
        assertThat(crm.stream().filter(c -> c.opportunityId().equals(first)).findFirst().orElseThrow()
                .opportunity().partnerOpportunityIdentifier()).contains("CRM-3b");
        assertThat(reconciler.watermark()).isEqualTo(emulator.opportunity(first).orElseThrow().lastModifiedDate().orElseThrow());
    }

    @Test
    void handlerFailure_leavesTheEventForItsRedelivery(PartnerCentralSelling selling) {
        boolean[] crmDown = {true};
        Reconciler reconciler = Reconciler.builder().selling(selling).store(InMemoryReconcilerStore.create())
                .catalog(Catalog.SANDBOX)
                .handler(change -> {
                    if (crmDown[0]) {
                        throw new IllegalStateException("CRM unavailable");
                    }
                    crm.add(change);
                })
                .build();
        create(selling, "CRM-5");
        PartnerCentralEvent event = PartnerCentralEvents.parse(received.remove());

        assertThatThrownBy(() -> reconciler.accept(event)).hasMessage("CRM unavailable");
        crmDown[0] = false;
        reconciler.accept(event);

        assertThat(crm).hasSize(1);
        assertThat(reconciler.stats().duplicateEvents()).isZero();
    }

    @Test
    void eventsOfOtherKinds_goToTheOtherEventsHandler(PartnerCentralSelling selling) {
        List<PartnerCentralEvent> others = new ArrayList<>();
        Reconciler reconciler = Reconciler.builder().selling(selling).store(InMemoryReconcilerStore.create())
                .catalog(Catalog.SANDBOX).handler(crm::add).otherEvents(others::add).build();
        String invitation = emulator.sendReferral(Catalog.SANDBOX, "Referral");

        reconciler.accept(PartnerCentralEvents.parse(received.remove()));

        assertThat(crm).isEmpty();
        assertThat(others).singleElement().isInstanceOfSatisfying(EngagementInvitationEvent.Created.class,
                e -> assertThat(e.invitationId()).isEqualTo(invitation));
    }

    @Test
    void restart_withTheFileStore_resumesFromTheWatermark_withoutReplayingTheWorld(PartnerCentralSelling selling) {
        Path state = dir.resolve("sync.state");
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            before.add(create(selling, "CRM-before-" + i));
        }
        try (FileReconcilerStore store = FileReconcilerStore.open(state)) {
            assertThat(reconciler(selling, store).poll()).isEqualTo(5);
        }
        String after = create(selling, "CRM-after");
        crm.clear();

        try (FileReconcilerStore store = FileReconcilerStore.open(state)) {
            Reconciler restarted = reconciler(selling, store);
            assertThat(restarted.poll()).isEqualTo(1);
            // The events of the first run, redelivered late, find their states delivered already.
            received.forEach(json -> restarted.accept(PartnerCentralEvents.parse(json)));
        }

        assertThat(crm).extracting(OpportunityChange::opportunityId).containsExactly(after);
    }
}

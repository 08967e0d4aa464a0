package io.partnercentral.selling.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.TaskKind;
import io.partnercentral.selling.events.EngagementInvitationEvent;
import io.partnercentral.selling.events.EngagementMemberEvent;
import io.partnercentral.selling.events.OpportunityEvent;
import io.partnercentral.selling.events.OpportunityState;
import io.partnercentral.selling.events.PartnerCentralEvent;
import io.partnercentral.selling.events.PartnerCentralEvents;
import io.partnercentral.selling.events.ResourceSnapshotEvent;
import io.partnercentral.selling.events.EngagementEvent;
import io.partnercentral.selling.model.AwsSubmission;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.InvolvementType;
import io.partnercentral.selling.model.Snapshot;
import io.partnercentral.selling.model.Visibility;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which events the emulator's actions fire, as EventBridge JSON the SDK's parser reads. */
class EmulatorEventsTest {
    @RegisterExtension
    static PartnerCentralEmulatorExtension partnerCentral = PartnerCentralEmulatorExtension.builder().build();

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static List<PartnerCentralEvent> parsed(List<String> json) {
        return json.stream().map(PartnerCentralEvents::parse).toList();
    }

    private static List<String> types(List<PartnerCentralEvent> events) {
        return events.stream().map(PartnerCentralEvent::detailType).toList();
    }

    @Test
    void create_firesOpportunityCreated_whichResolvesToTheOpportunity(PartnerCentralEmulator emulator, PartnerCentralSelling selling) {
        Queue<String> received = new ConcurrentLinkedQueue<>();
        Consumer<String> listener = received::add;
        emulator.addEventListener(listener);
        try {
            String id = selling.opportunities().create(FacadeAgainstEmulatorTest.deal("CRM-1")).id();

            assertThat(received).hasSize(1);
            PartnerCentralEvent event = PartnerCentralEvents.parse(received.peek());
            assertThat(event).isInstanceOfSatisfying(OpportunityEvent.Created.class, created -> {
                assertThat(created.opportunityId()).isEqualTo(id);
                assertThat(created.catalog()).isEqualTo(Catalog.SANDBOX);
                assertThat(created.envelope().account()).contains(emulator.options().accountId());
                assertThat(created.envelope().region()).contains("us-east-1");
                OpportunityState state = created.resolve(selling);
                assertThat(state.opportunity().id()).contains(id);
                assertThat(state.awsSummary()).isPresent();
            });
            assertThat(emulator.emittedEvents()).containsExactlyElementsOf(received);
        } finally {
            assertThat(emulator.removeEventListener(listener)).isTrue();
        }
    }

    @Test
    void startEngagementFromOpportunity_firesWhatTheDeveloperGuideLists(PartnerCentralEmulator emulator, PartnerCentralSelling selling) {
        String id = selling.opportunities().create(FacadeAgainstEmulatorTest.deal("CRM-2")).id();
        int before = emulator.emittedEvents().size();

        String taskId = selling.tasks().startEngagementFromOpportunity(r -> r.identifier(id)
                        .awsSubmission(AwsSubmission.builder().involvementType(InvolvementType.CO_SELL)
                                .visibility(Visibility.FULL).build()))
                .taskId().orElseThrow();
        selling.tasks().waitFor(TaskKind.ENGAGEMENT_FROM_OPPORTUNITY, taskId, WAIT);

        List<PartnerCentralEvent> events = parsed(emulator.emittedEvents().subList(before, emulator.emittedEvents().size()));
        assertThat(types(events)).containsExactlyInAnyOrder("Engagement Created", "Engagement Member Added",
                "Engagement Resource Snapshot Created", "Engagement Invitation Created", "Opportunity Updated");
        EngagementEvent.Created engagement = find(events, EngagementEvent.Created.class);
        assertThat(engagement.resolve(selling).id()).contains(engagement.engagementId());
        EngagementInvitationEvent.Created invitation = find(events, EngagementInvitationEvent.Created.class);
        assertThat(invitation.invitation().sentByThisAccount()).isTrue();
        assertThat(invitation.invitation().engagementId()).contains(engagement.engagementId());
        assertThat(invitation.invitation().expirationDate()).isPresent();
        ResourceSnapshotEvent snapshot = find(events, ResourceSnapshotEvent.EngagementResourceSnapshotCreated.class);
        assertThat(snapshot.snapshot().resourceId()).isEqualTo(id);
        Snapshot read = snapshot.resolve(selling);
        assertThat(read.revision()).contains(1);
        assertThat(find(events, OpportunityEvent.Updated.class).opportunityId()).isEqualTo(id);
    }

    @Test
    void referral_sentAcceptedRejectedAndExpired_firesInvitationEvents(PartnerCentralEmulator emulator, PartnerCentralSelling selling) {
        int before = emulator.emittedEvents().size();
        String accepted = emulator.sendReferral(Catalog.SANDBOX, "Accepted referral");
        String rejected = emulator.sendReferral(Catalog.SANDBOX, "Rejected referral");
        String expired = emulator.sendReferral(Catalog.SANDBOX, "Expired referral");

        String opportunityId = selling.inbox().accept(accepted, WAIT).id().orElseThrow();
        selling.inbox().reject(rejected, "Outside our territory");
        emulator.expireInvitation(expired);

        List<PartnerCentralEvent> events = parsed(emulator.emittedEvents().subList(before, emulator.emittedEvents().size()));
        assertThat(events).filteredOn(e -> e instanceof EngagementInvitationEvent.Created).hasSize(3)
                .allSatisfy(e -> assertThat(((EngagementInvitationEvent) e).invitation().sentByThisAccount()).isFalse());
        assertThat(invitationEvents(events, accepted)).containsExactly("Engagement Invitation Created", "Engagement Invitation Accepted");
        assertThat(invitationEvents(events, rejected)).containsExactly("Engagement Invitation Created", "Engagement Invitation Rejected");
        assertThat(invitationEvents(events, expired)).containsExactly("Engagement Invitation Created", "Engagement Invitation Expired");
        // Accepting creates the partner's opportunity and joins AWS's engagement.
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(OpportunityEvent.Created.class,
                c -> assertThat(c.opportunityId()).isEqualTo(opportunityId)));
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(OpportunityEvent.Updated.class,
                c -> assertThat(c.opportunityId()).isEqualTo(opportunityId)));
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(EngagementMemberEvent.Added.class));
        EngagementInvitationEvent.Created created = (EngagementInvitationEvent.Created) events.get(0);
        assertThat(created.resolve(selling).id()).contains(accepted);
        // The company name is in the event, not in what the SDK prints of it.
        assertThat(created.invitation().senderCompanyName()).isPresent();
        assertThat(created.toString()).doesNotContain(created.invitation().senderCompanyName().get());
    }

    @Test
    void aReviewOutcomeAndAnAwsStageChange_fireOpportunityUpdated_andChangeTheSummary(
            PartnerCentralEmulator emulator, PartnerCentralSelling selling) {
        emulator.nextReviewOutcome(ReviewOutcome.SUBMITTED);
        String id = selling.opportunities().create(FacadeAgainstEmulatorTest.deal("CRM-3")).id();
        selling.opportunities().submit(id, InvolvementType.CO_SELL, Visibility.FULL);
        int before = emulator.emittedEvents().size();

        emulator.completeReview(id, ReviewOutcome.APPROVED);
        OpportunityState approved = ((OpportunityEvent) PartnerCentralEvents.parse(emulator.emittedEvents().get(before)))
                .resolve(selling);
        emulator.changeAwsStage(id, "Committed");

        List<PartnerCentralEvent> events = parsed(emulator.emittedEvents().subList(before, emulator.emittedEvents().size()));
        assertThat(types(events)).containsExactly("Opportunity Updated", "Opportunity Updated");
        OpportunityState committed = ((OpportunityEvent) events.get(1)).resolve(selling);
        assertThat(committed.lastModifiedDate()).isAfter(approved.lastModifiedDate());
        assertThat(committed.awsSummary().flatMap(s -> s.lifeCycle()).flatMap(l -> l.stage()).map(s -> s.value()))
                .contains("Committed");
    }

    @Test
    void bestEffortDelivery_dropsAndDuplicatesTheSeededShares(PartnerCentralEmulator emulator, PartnerCentralSelling selling) {
        List<String> delivered = new ArrayList<>();
        Consumer<String> listener = delivered::add;
        emulator.addEventListener(listener);
        emulator.eventDelivery(EventDelivery.bestEffort(0.3, 0.1, 7));
        try {
            for (int i = 0; i < 200; i++) {
                emulator.sendReferral(Catalog.SANDBOX, "Referral " + i);
            }
        } finally {
            emulator.eventDelivery(EventDelivery.reliable());
            emulator.removeEventListener(listener);
        }
        EventStats stats = emulator.eventStats();
        assertThat(stats.emitted()).isEqualTo(200);
        assertThat(stats.dropped()).isBetween(40, 80);
        assertThat(stats.duplicated()).isBetween(5, 30);
        assertThat(stats.delivered()).isEqualTo(200 - stats.dropped() + stats.duplicated());
        assertThat(delivered).isEqualTo(emulator.deliveredEvents()).hasSize(stats.delivered());
        assertThat(delivered.stream().distinct().count()).isEqualTo(200 - stats.dropped());
        assertThat(emulator.emittedEvents()).containsAll(delivered);
    }

    private static <T> T find(List<PartnerCentralEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName()));
    }

    private static List<String> invitationEvents(List<PartnerCentralEvent> events, String invitationId) {
        return events.stream()
                .filter(e -> e instanceof EngagementInvitationEvent i && i.invitationId().equals(invitationId))
                .map(PartnerCentralEvent::detailType)
                .toList();
    }
}

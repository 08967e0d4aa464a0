package io.partnercentral.selling.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.events.FileReconcilerStore;
import io.partnercentral.selling.events.OpportunityChange;
import io.partnercentral.selling.events.PartnerCentralEvents;
import io.partnercentral.selling.events.Reconciler;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.GetAwsOpportunitySummaryResponse;
import io.partnercentral.selling.model.InvolvementType;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.ReviewStatus;
import io.partnercentral.selling.model.Visibility;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event-driven sync against the emulator under EventBridge's best-effort delivery: 1,000 random
 * changes (creates, updates, submissions, AWS's review outcomes and stage changes, referrals sent,
 * accepted, rejected and expired) with 30% of events dropped and 10% duplicated, and the sync
 * process killed at change 500 and restarted (file store) at change 600, events of the downtime lost.
 */
class EventDrivenSyncTest {
    private static final int CHANGES = 1000;
    private static final int POLL_EVERY = 50;
    private static final long SEED = 20261206L;
    private static final List<String> AWS_STAGES = List.of("Prospect", "Engaged", "Qualify", "Research", "Seller Engaged",
            "Evaluating", "Technical Validation", "Business Validation", "Committed", "Launched");

    @TempDir
    Path dir;

    @Test
    void thousandChanges_droppedAndDuplicatedEvents_andARestart_deliverEveryFinalStateOnce() {
        Outcome outcome = new Scenario(dir.resolve("sync.state"), true, CHANGES).run();
        System.out.println("EventDrivenSyncTest with polls: " + outcome);

        assertThat(outcome.missing).as("opportunities whose final state was not delivered").isEmpty();
        assertThat(outcome.repeated).as("(id, LastModifiedDate, AWS stage) delivered twice").isEmpty();
        assertThat(outcome.stats.dropped()).isGreaterThan(outcome.stats.emitted() / 5);
        assertThat(outcome.stats.duplicated()).isGreaterThan(outcome.stats.emitted() / 20);
        // The restart resumed from the stored watermark: its first poll delivered only what changed
        // while the sync was down, the change being delivered when it died, and changes since the last
        // poll before it whose events were dropped; not the world.
        assertThat(outcome.firstPollAfterRestart).isNotEmpty().isSubsetOf(outcome.changedWhileDown);
        assertThat(outcome.firstPollAfterRestart.size()).isLessThan(outcome.opportunitiesAtRestart);
    }

    /** The control: the same kind of run, shorter, without polls. Events alone lose final states. */
    @Test
    void theSameScenario_withoutPolls_losesChanges() {
        Outcome outcome = new Scenario(dir.resolve("sync-no-poll.state"), false, 300).run();
        System.out.println("EventDrivenSyncTest without polls: " + outcome);

        assertThat(outcome.missing).as("final states lost without polls").isNotEmpty();
        assertThat(outcome.repeated).isEmpty();
    }

    /** One delivered state as the CRM recorded it. */
    private record Delivered(Instant lastModifiedDate, String awsStage) {}

    private static final class Outcome {
        int changes;
        int opportunities;
        int opportunitiesAtRestart;
        List<String> missing = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        EventStats stats;
        Set<String> changedWhileDown = new HashSet<>();
        Set<String> firstPollAfterRestart = new HashSet<>();
        long deliveries;
        long millis;
        String reconcilerStats;

        @Override
        public String toString() {
            return "changes=" + changes + ", opportunities=" + opportunities + ", events " + stats + ", deliveries="
                    + deliveries + ", missing=" + missing.size() + ", repeated=" + repeated.size()
                    + ", changedWhileDown=" + changedWhileDown.size() + ", firstPollAfterRestart="
                    + firstPollAfterRestart.size() + " of " + opportunitiesAtRestart + ", last reconciler " + reconcilerStats + ", " + millis + " ms";
        }
    }

    private static final class Killed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Killed() {
            super("the sync process died", null, false, false);
        }
    }

    private static final class Scenario {
        private final Path stateFile;
        private final boolean polls;
        private final int changes;
        private final int killAt;
        private final int restartAt;
        /** Opportunities changed since the last poll that completed. */
        private final Set<String> changedSinceLastPoll = new HashSet<>();
        private final Random random = new Random(SEED);
        private final Queue<String> received = new ConcurrentLinkedQueue<>();
        /** The CRM: every state delivered, by opportunity, in order; it survives the sync's death. */
        private final Map<String, List<Delivered>> crm = new LinkedHashMap<>();
        private final List<String> opportunityIds = new ArrayList<>();
        private final Map<String, ReviewStatus> status = new LinkedHashMap<>();
        private final List<String> pendingInvitations = new ArrayList<>();
        private final Outcome outcome = new Outcome();
        private PartnerCentralEmulator emulator;
        private PartnerCentralSelling selling;
        private FileReconcilerStore store;
        private Reconciler reconciler;
        private volatile boolean up;
        private boolean killNextDelivery;
        private boolean firstPollPending;
        private int created;

        Scenario(Path stateFile, boolean polls, int changes) {
            this.stateFile = stateFile;
            this.polls = polls;
            this.changes = changes;
            this.killAt = changes / 2;
            this.restartAt = changes * 6 / 10;
            outcome.changes = changes;
        }

        Outcome run() {
            long start = System.nanoTime();
            emulator = PartnerCentralEmulator.start(PartnerCentralEmulator.Options.builder()
                    .defaultReviewOutcome(ReviewOutcome.SUBMITTED)
                    .build());
            try (PartnerCentralSelling facade = emulator.sellingBuilder().build()) {
                selling = facade;
                emulator.eventDelivery(EventDelivery.bestEffort(0.30, 0.10, SEED));
                emulator.addEventListener(json -> {
                    if (up) {
                        received.add(json);
                    }
                });
                startSync();
                for (int change = 1; change <= changes; change++) {
                    if (change == killAt) {
                        killNextDelivery = true;
                    }
                    if (change == restartAt && !up) {
                        outcome.opportunitiesAtRestart = opportunityIds.size();
                        startSync();
                    }
                    makeRandomChange();
                    if (up) {
                        drainEvents();
                    }
                    if (polls && up && change % POLL_EVERY == 0) {
                        poll();
                    }
                }
                if (!up) {
                    startSync();
                }
                drainEvents();
                if (polls) {
                    poll();
                }
                outcome.reconcilerStats = reconciler.stats().toString();
                store.close();
                check();
            } finally {
                emulator.close();
            }
            outcome.millis = (System.nanoTime() - start) / 1_000_000;
            return outcome;
        }

        private void startSync() {
            store = FileReconcilerStore.open(stateFile);
            reconciler = Reconciler.builder()
                    .selling(selling)
                    .store(store)
                    .catalog(Catalog.SANDBOX)
                    .handler(this::record)
                    .build();
            up = true;
            firstPollPending = store.watermark().isPresent();
            if (polls) {
                poll();
            }
        }

        /** The CRM upsert; dies before writing when the test kills the process. */
        private void record(OpportunityChange change) {
            if (killNextDelivery) {
                killNextDelivery = false;
                outcome.changedWhileDown.add(change.opportunityId());
                throw new Killed();
            }
            String stage = change.awsSummary().flatMap(GetAwsOpportunitySummaryResponse::lifeCycle)
                    .flatMap(l -> l.stage()).map(s -> s.value()).orElse("none");
            crm.computeIfAbsent(change.opportunityId(), id -> new ArrayList<>())
                    .add(new Delivered(change.lastModifiedDate(), stage));
            outcome.deliveries++;
            if (firstPollPending && change.foundBy() == OpportunityChange.FoundBy.POLL) {
                outcome.firstPollAfterRestart.add(change.opportunityId());
            }
        }

        private void drainEvents() {
            String json;
            while (up && (json = received.poll()) != null) {
                String event = json;
                survive(() -> reconciler.accept(PartnerCentralEvents.parse(event)));
            }
        }

        private void poll() {
            if (survive(reconciler::poll)) {
                changedSinceLastPoll.clear();
            }
            firstPollPending = false;
        }

        /**
         * Runs a step of the sync and says whether it completed. If the process "dies" in it, it stops:
         * store closed, events in flight lost; what changed since its last poll counts as changed
         * while it was down, as the poll after the restart is what finds it.
         */
        private boolean survive(Runnable step) {
            try {
                step.run();
                return true;
            } catch (Killed killed) {
                up = false;
                received.clear();
                store.close();
                outcome.changedWhileDown.addAll(changedSinceLastPoll);
                return false;
            }
        }

        private void makeRandomChange() {
            while (true) {
                int dice = random.nextInt(100);
                try {
                    String changed;
                    if (dice < 15 || opportunityIds.isEmpty()) {
                        changed = create();
                    } else if (dice < 40) {
                        changed = update();
                    } else if (dice < 50) {
                        changed = submit();
                    } else if (dice < 62) {
                        changed = review();
                    } else if (dice < 74) {
                        changed = awsStage();
                    } else if (dice < 82) {
                        pendingInvitations.add(emulator.sendReferral(Catalog.SANDBOX, "Referral " + random.nextInt(1_000_000)));
                        changed = "";
                    } else if (dice < 89) {
                        changed = acceptReferral();
                    } else if (dice < 95) {
                        changed = answerReferral(true);
                    } else {
                        changed = answerReferral(false);
                    }
                    if (changed != null) {
                        if (!changed.isEmpty()) {
                            changedSinceLastPoll.add(changed);
                            if (!up) {
                                outcome.changedWhileDown.add(changed);
                            }
                        }
                        return;
                    }
                } catch (PartnerCentralException refused) {
                    // Not a change the service allows in this state: draw another.
                }
            }
        }

        private String create() {
            String id = selling.opportunities().create(FacadeAgainstEmulatorTest.deal("CRM-" + ++created)).id();
            opportunityIds.add(id);
            status.put(id, ReviewStatus.PENDING_SUBMISSION);
            return id;
        }

        private String update() {
            String id = pick(ReviewStatus.PENDING_SUBMISSION, ReviewStatus.APPROVED, ReviewStatus.ACTION_REQUIRED);
            if (id == null) {
                return null;
            }
            String crmId = "CRM-" + random.nextInt(1_000_000);
            selling.opportunities().update(id, current -> current.toBuilder().partnerOpportunityIdentifier(crmId).build());
            if (status.get(id) == ReviewStatus.ACTION_REQUIRED) {
                // The update re-enters review, whose outcome is the emulator's default here.
                status.put(id, ReviewStatus.SUBMITTED);
            }
            return id;
        }

        private String submit() {
            String id = pick(ReviewStatus.PENDING_SUBMISSION);
            if (id != null) {
                selling.opportunities().submit(id, InvolvementType.CO_SELL, Visibility.FULL);
                status.put(id, ReviewStatus.SUBMITTED);
            }
            return id;
        }

        private String review() {
            String id = pick(ReviewStatus.SUBMITTED, ReviewStatus.IN_REVIEW);
            if (id != null) {
                int dice = random.nextInt(100);
                ReviewOutcome outcome = dice < 60 ? ReviewOutcome.APPROVED
                        : dice < 85 ? ReviewOutcome.ACTION_REQUIRED : ReviewOutcome.REJECTED;
                emulator.completeReview(id, outcome);
                status.put(id, outcome.status());
            }
            return id;
        }

        private String awsStage() {
            String id = pick(ReviewStatus.APPROVED);
            if (id != null) {
                emulator.changeAwsStage(id, AWS_STAGES.get(random.nextInt(AWS_STAGES.size())));
            }
            return id;
        }

        private String acceptReferral() {
            if (pendingInvitations.isEmpty()) {
                return null;
            }
            String invitation = pendingInvitations.remove(random.nextInt(pendingInvitations.size()));
            Opportunity accepted = selling.inbox().accept(invitation, Duration.ofSeconds(30));
            String id = accepted.id().orElseThrow();
            opportunityIds.add(id);
            status.put(id, accepted.lifeCycle().flatMap(l -> l.reviewStatus()).orElseThrow());
            return id;
        }

        private String answerReferral(boolean reject) {
            if (pendingInvitations.isEmpty()) {
                return null;
            }
            String invitation = pendingInvitations.remove(random.nextInt(pendingInvitations.size()));
            if (reject) {
                selling.inbox().reject(invitation, "Outside our territory");
            } else {
                emulator.expireInvitation(invitation);
            }
            return "";
        }

        /**
         * A random opportunity in one of these review statuses, or null if there is none. The
         * statuses are tracked here from what each action does (reading them back from the emulator
         * for every draw would cost more than the changes); a wrong guess is refused by the service
         * and another change is drawn.
         */
        private String pick(ReviewStatus... statuses) {
            List<String> candidates = new ArrayList<>();
            for (String id : opportunityIds) {
                if (List.of(statuses).contains(status.get(id))) {
                    candidates.add(id);
                }
            }
            return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
        }

        private void check() {
            outcome.stats = emulator.eventStats();
            for (Opportunity opportunity : emulator.opportunities()) {
                outcome.opportunities++;
                String id = opportunity.id().orElseThrow();
                String stage = selling.opportunities().inCatalog(Catalog.SANDBOX).getAwsSummary(id).lifeCycle()
                        .flatMap(l -> l.stage()).map(s -> s.value()).orElse("none");
                Delivered finalState = new Delivered(opportunity.lastModifiedDate().orElseThrow(), stage);
                List<Delivered> delivered = crm.getOrDefault(id, List.of());
                if (delivered.isEmpty() || !delivered.get(delivered.size() - 1).equals(finalState)) {
                    outcome.missing.add(id);
                }
                if (new HashSet<>(delivered).size() != delivered.size()) {
                    outcome.repeated.add(id);
                }
            }
        }
    }
}

package io.partnercentral.selling.examples;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.events.FileReconcilerStore;
import io.partnercentral.selling.events.OpportunityChange;
import io.partnercentral.selling.events.PartnerCentralEvents;
import io.partnercentral.selling.events.Reconciler;
import io.partnercentral.selling.events.ReconcilerStore;
import io.partnercentral.selling.events.SqsBatchResult;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.model.InvolvementType;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.Visibility;
import io.partnercentral.selling.testing.EventDelivery;
import io.partnercentral.selling.testing.EventStats;
import io.partnercentral.selling.testing.PartnerCentralEmulator;
import io.partnercentral.selling.testing.ReviewOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event-driven CRM sync against the Partner Central emulator. The emulator publishes its
 * EventBridge events as Partner Central does, best effort (here 30% lost and 10% delivered twice),
 * into a queue standing in for SQS; the sync reads them in batches as a Lambda function would
 * ({@link PartnerCentralEvents#handleSqsBatch}), hands them to a {@link Reconciler}, and polls
 * {@code changedSince} now and then for the changes whose events were lost. At the end every
 * opportunity in the CRM must match Partner Central. From the repository root:
 *
 * <pre>
 * mvn -B -q -pl sdk-examples -am -DskipTests -Prun-event-sync verify
 * </pre>
 *
 * <p>The report holds ids, counts and dates, never company names. Exit status: 0 when the CRM
 * matches, 1 otherwise.
 */
public final class EventSyncExample {
    private static final Logger LOG = LoggerFactory.getLogger(EventSyncExample.class);
    /** Each shipped deal is created this many times, as separate opportunities. */
    private static final int COPIES = 4;

    private EventSyncExample() {}

    public static void main(String[] args) {
        Path state;
        try {
            state = Files.createTempDirectory("event-sync").resolve("sync.state");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start(PartnerCentralEmulator.Options.builder()
                        .defaultReviewOutcome(ReviewOutcome.SUBMITTED)
                        .build());
             PartnerCentralSelling selling = emulator.sellingBuilder().build();
             FileReconcilerStore store = FileReconcilerStore.open(state)) {
            LOG.info("Partner Central emulator listening on {}", emulator.endpoint());
            emulator.eventDelivery(EventDelivery.bestEffort(0.30, 0.10, 42));
            List<String> mismatched = run(emulator, selling, store, System.out);
            if (!mismatched.isEmpty()) {
                System.exit(1);
            }
        } catch (RuntimeException e) {
            LOG.error("Event-driven sync failed", e);
            System.exit(1);
        }
    }

    /** What the CRM keeps of an opportunity: the state it last received. */
    record CrmRecord(Instant lastModifiedDate, String reviewStatus, String awsStage) {}

    /** Runs the partner's activity and the sync; returns the ids whose CRM record does not match. */
    static List<String> run(PartnerCentralEmulator emulator, PartnerCentralSelling selling, ReconcilerStore store,
            PrintStream out) {
        Map<String, CrmRecord> crm = new ConcurrentHashMap<>();
        Queue<String> queue = new ConcurrentLinkedQueue<>();
        emulator.addEventListener(queue::add);

        // The user code: a reconciler upserting into the CRM.
        Reconciler reconciler = Reconciler.builder()
                .selling(selling)
                .store(store)
                .handler(change -> crm.put(change.opportunityId(), record(change)))
                .build();

        List<String> ids = new ArrayList<>();
        List<CrmDeal> deals = CrmDeal.readShipped();
        for (int i = 0; i < COPIES * deals.size(); i++) {
            CrmDeal deal = deals.get(i % deals.size());
            Opportunity opportunity = deal.toOpportunity(LocalDate.now(ZoneOffset.UTC)).toBuilder()
                    .partnerOpportunityIdentifier(deal.crmId() + "-" + i / deals.size())
                    .build();
            try {
                ids.add(selling.opportunities().create(opportunity).id());
            } catch (ValidationException invalid) {
                // One shipped deal is invalid on purpose (CrmSyncExample shows its violations): skip it.
                continue;
            }
            if (i % 5 == 4) {
                consume(queue, reconciler);
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            selling.opportunities().update(id, o -> o.toBuilder().partnerOpportunityIdentifier("CRM-" + id + "-v2").build());
            if (i % 2 == 0) {
                selling.opportunities().submit(id, InvolvementType.CO_SELL, Visibility.FULL);
                emulator.completeReview(id, i % 4 == 0 ? ReviewOutcome.APPROVED : ReviewOutcome.ACTION_REQUIRED);
                if (i % 4 == 0) {
                    emulator.changeAwsStage(id, "Committed");
                }
            }
            if (i % 5 == 4) {
                consume(queue, reconciler);
                reconciler.poll();
            }
        }
        consume(queue, reconciler);
        int foundByFinalPoll = reconciler.poll();

        List<String> mismatched = new ArrayList<>();
        for (String id : ids) {
            Opportunity now = selling.opportunities().get(id);
            CrmRecord kept = crm.get(id);
            if (kept == null || !kept.lastModifiedDate().equals(now.lastModifiedDate().orElseThrow())) {
                mismatched.add(id);
            }
        }
        EventStats events = emulator.eventStats();
        Reconciler.Stats stats = reconciler.stats();
        out.println("Events: " + events.emitted() + " emitted, " + events.dropped() + " lost, " + events.duplicated()
                + " delivered twice");
        out.println("Reconciler: " + stats.delivered() + " changes delivered (" + stats.deliveredByPoll()
                + " found only by polls, " + foundByFinalPoll + " by the last one), " + stats.duplicateEvents()
                + " repeated events skipped, " + stats.alreadyDelivered() + " states already delivered");
        if (mismatched.isEmpty()) {
            out.println("Done: " + ids.size() + " opportunities in the CRM match Partner Central");
        } else {
            out.println("FAILED: the CRM is behind Partner Central for " + mismatched);
        }
        return mismatched;
    }

    /** Reads the queue in batches of up to 10 messages, as a Lambda function with an SQS trigger. */
    private static void consume(Queue<String> queue, Reconciler reconciler) {
        List<String[]> batch = new ArrayList<>();
        String body;
        int messageId = 0;
        while ((body = queue.poll()) != null) {
            batch.add(new String[] {"msg-" + ++messageId, body});
            if (batch.size() == 10 || queue.isEmpty()) {
                SqsBatchResult result = PartnerCentralEvents.handleSqsBatch(batch, m -> m[0], m -> m[1], reconciler::accept);
                if (!result.allSucceeded()) {
                    throw new IllegalStateException("messages failed: " + result.failures());
                }
                batch.clear();
            }
        }
    }

    private static CrmRecord record(OpportunityChange change) {
        return new CrmRecord(change.lastModifiedDate(),
                change.opportunity().lifeCycle().flatMap(l -> l.reviewStatus()).map(s -> s.value()).orElse(""),
                change.awsSummary().flatMap(s -> s.lifeCycle()).flatMap(l -> l.stage()).map(s -> s.value()).orElse(""));
    }
}

package io.partnercentral.selling.examples;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.ReferralInbox;
import io.partnercentral.selling.micrometer.MicrometerSellingMetrics;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.Engagement;
import io.partnercentral.selling.model.EngagementInvitationPayloadType;
import io.partnercentral.selling.model.EngagementInvitationSummary;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.testing.PartnerCentralEmulator;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A referral inbox, end to end against the Partner Central emulator: AWS sends two opportunity
 * referrals and a lead; the partner lists what is pending (with each invitation's expiry), accepts
 * one referral into its CRM (StartEngagementByAcceptingInvitationTask and its waiter), rejects the
 * other with a reason, and qualifies and converts the lead. From the repository root:
 *
 * <pre>
 * mvn -B -q -pl sdk-examples -am -DskipTests -Prun-referral-inbox verify
 * </pre>
 *
 * <p>The report holds ids, kinds, dates and statuses, never names, emails or company names.
 * Exit status: 0 on success, 1 on any failure.
 */
public final class ReferralInboxExample {
    private static final Logger LOG = LoggerFactory.getLogger(ReferralInboxExample.class);
    private static final Duration TASK_TIMEOUT = Duration.ofMinutes(2);

    private ReferralInboxExample() {}

    public static void main(String[] args) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start();
             PartnerCentralSelling selling = emulator.sellingBuilder()
                     .metrics(MicrometerSellingMetrics.create(registry)).build()) {
            LOG.info("Partner Central emulator listening on {}", emulator.endpoint());
            emulator.sendReferral(Catalog.SANDBOX, "Order system to managed databases");
            emulator.sendReferral(Catalog.SANDBOX, "Print shop migration");
            emulator.sendLead(Catalog.SANDBOX, "Shop on ageing servers");
            run(selling, System.out, () -> MetricsSummary.of(registry));
        } catch (RuntimeException e) {
            // The SDK's exceptions carry the error code and request id, never request bodies.
            LOG.error("Referral inbox failed", e);
            System.exit(1);
        }
    }

    /**
     * Works through the inbox: accepts the first referral, rejects the others, qualifies and
     * converts each lead. Returns the opportunities created, in order.
     */
    static List<Opportunity> run(PartnerCentralSelling selling, PrintStream out) {
        return run(selling, out, () -> null);
    }

    /** As {@link #run(PartnerCentralSelling, PrintStream)}, printing {@code summary}'s line just before the last. */
    static List<Opportunity> run(PartnerCentralSelling selling, PrintStream out, Supplier<String> summary) {
        ReferralInbox inbox = selling.inbox();
        // pending() lists lazily; this example goes through the inbox twice, so it keeps one copy.
        List<EngagementInvitationSummary> pending = new java.util.ArrayList<>();
        inbox.pending().forEach(pending::add);
        out.println("Referral inbox, catalog " + selling.catalog().value() + ": " + pending.size() + " pending");
        for (EngagementInvitationSummary invitation : pending) {
            out.println("  " + invitation.id().orElseThrow() + " " + kind(invitation) + ", expires "
                    + invitation.expirationDate().map(Object::toString).orElse("never"));
        }
        List<Opportunity> created = new java.util.ArrayList<>();
        boolean referralAccepted = false;
        int rejected = 0;
        for (EngagementInvitationSummary invitation : pending) {
            String id = invitation.id().orElseThrow();
            if (invitation.payloadType().filter(EngagementInvitationPayloadType.LEAD_INVITATION::equals).isPresent()) {
                Engagement engagement = inbox.acceptLead(id);
                String engagementId = engagement.id().orElseThrow();
                out.println("Accepted lead " + id + ": engagement " + engagementId + ", modified "
                        + engagement.modifiedAt().orElseThrow());
                inbox.qualifyLead(engagementId, lead -> lead.toBuilder().qualificationStatus("Qualified").build());
                out.println("Qualified lead in " + engagementId + " (sent back its last-modified time as read)");
                Opportunity opportunity = inbox.convertLead(engagementId, TASK_TIMEOUT);
                out.println("Converted lead into " + describe(opportunity));
                created.add(opportunity);
            } else if (!referralAccepted) {
                Opportunity opportunity = inbox.accept(id, TASK_TIMEOUT);
                out.println("Accepted referral " + id + " into the CRM as " + describe(opportunity));
                created.add(opportunity);
                referralAccepted = true;
            } else {
                inbox.reject(id, "Outside our territory");
                out.println("Rejected referral " + id + ": Outside our territory");
                rejected++;
            }
        }
        String metrics = summary.get();
        if (metrics != null) {
            out.println(metrics);
        }
        out.println("Done: " + created.size() + " opportunities created, " + rejected + " rejected, "
                + java.util.stream.StreamSupport.stream(inbox.pending().spliterator(), false).count() + " still pending.");
        return created;
    }

    private static String kind(EngagementInvitationSummary invitation) {
        return invitation.payloadType().map(t -> t.value()).orElse("unknown kind");
    }

    private static String describe(Opportunity opportunity) {
        return opportunity.id().orElseThrow() + " (stage "
                + opportunity.lifeCycle().flatMap(LifeCycle::stage).map(s -> s.value()).orElse("none") + ", review "
                + opportunity.lifeCycle().flatMap(LifeCycle::reviewStatus).map(s -> s.value()).orElse("none") + ")";
    }
}

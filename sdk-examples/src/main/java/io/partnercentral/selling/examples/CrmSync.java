package io.partnercentral.selling.examples;

import io.partnercentral.selling.BulkOptions;
import io.partnercentral.selling.BulkProgress;
import io.partnercentral.selling.BulkReport;
import io.partnercentral.selling.BulkResult;
import io.partnercentral.selling.OpportunityChanges;
import io.partnercentral.selling.OpportunityClient;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.model.AwsOpportunityInsights;
import io.partnercentral.selling.model.AwsOpportunityLifeCycle;
import io.partnercentral.selling.model.AwsOpportunitySummaryFullView;
import io.partnercentral.selling.model.AwsProductInsights;
import io.partnercentral.selling.model.AwsProductsSpendInsightsBySource;
import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.ExpectedContractDuration;
import io.partnercentral.selling.model.InvolvementType;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.OpportunitySummary;
import io.partnercentral.selling.model.OpportunitySummaryView;
import io.partnercentral.selling.model.Picklist;
import io.partnercentral.selling.model.Project;
import io.partnercentral.selling.model.Snapshot;
import io.partnercentral.selling.model.SnapshotPayload;
import io.partnercentral.selling.model.SnapshotTarget;
import io.partnercentral.selling.model.Stage;
import io.partnercentral.selling.model.Violation;
import io.partnercentral.selling.model.Visibility;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The CRM to Partner Central sync of {@link CrmSyncExample}: every step takes the SDK's
 * {@link PartnerCentralSelling}, so it runs the same against AWS and against the emulator, and
 * writes its report to a {@link PrintStream}.
 *
 * <p>The report holds ids, stages, amounts, currencies and counts, never the customer's or anyone's
 * name, email or phone: it is the kind of output that ends up in CI logs and support tickets.
 */
final class CrmSync {
    /**
     * The template this example snapshots the partner's own opportunity with; the emulator answers
     * every template but {@code AwsOpportunitySummaryFullView} with an {@code OpportunitySummary}.
     */
    static final String SUMMARY_TEMPLATE = "OpportunitySummaryView";

    private final PartnerCentralSelling selling;
    private final OpportunityClient opportunities;
    private final PrintStream out;
    private final Consumer<BulkProgress> progress;
    private final Supplier<String> summary;

    CrmSync(PartnerCentralSelling selling, PrintStream out) {
        this(selling, out, p -> {});
    }

    /** A sync that also reports the progress of its bulk create, e.g. to a {@link ConsoleProgressBar}. */
    CrmSync(PartnerCentralSelling selling, PrintStream out, Consumer<BulkProgress> progress) {
        this(selling, out, progress, () -> null);
    }

    /** A sync that also prints {@code summary}'s line (e.g. a {@link MetricsSummary}) just before its last line. */
    CrmSync(PartnerCentralSelling selling, PrintStream out, Consumer<BulkProgress> progress, Supplier<String> summary) {
        this.selling = Objects.requireNonNull(selling, "selling");
        this.opportunities = selling.opportunities();
        this.out = Objects.requireNonNull(out, "out");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.summary = Objects.requireNonNull(summary, "summary");
    }

    /**
     * Runs every step. Snapshots need an engagement: {@code engagementId} is one the opportunities
     * may be shared in, {@code awsReferral} a snapshot of AWS's view of a referral; either may be
     * absent, and the report says what was skipped.
     *
     * @throws io.partnercentral.selling.exception.PartnerCentralException on any failure other than
     *     an invalid deal, which is reported and skipped
     */
    void run(List<CrmDeal> deals, Optional<String> engagementId, Optional<SnapshotTarget> awsReferral) {
        out.printf("CRM -> Partner Central sync: %d deals, catalog %s%n", deals.size(), selling.catalog());

        Map<String, CreatedOpportunity> created = createAll(deals);
        if (created.size() < 2) {
            throw new IllegalStateException("the rest of the example needs at least two valid deals");
        }
        List<String> crmIds = new ArrayList<>(created.keySet());
        String updatedId = created.get(crmIds.get(0)).id();
        String submittedId = created.get(crmIds.get(1)).id();

        advanceStage(updatedId, crmIds.get(0));
        submit(submittedId, crmIds.get(1));

        out.println("Snapshots:");
        int snapshotsRead = 0;
        if (engagementId.isPresent()) {
            readSnapshot(snapshotOfOwn(engagementId.get(), submittedId));
            snapshotsRead++;
        } else {
            out.println("  skipped the partner's own snapshot: it needs an engagement that includes the opportunity");
        }
        if (awsReferral.isPresent()) {
            readSnapshot(awsReferral.get());
            snapshotsRead++;
        } else {
            out.println("  skipped AWS's view of a referral: no AWS referral is seeded against real AWS");
        }

        // A real sync loads the watermark its previous run saved. This run starts from the service's
        // own timestamp of its first write: never the local clock, whose skew could skip changes.
        Instant watermark = created.values().stream().map(CreatedOpportunity::lastModifiedDate)
                .min(Instant::compareTo).orElseThrow();
        int changed = incrementalSync(watermark);

        String metrics = summary.get();
        if (metrics != null) {
            out.println(metrics);
        }

        out.printf("Done: %d created, %d skipped as invalid, 1 updated, 1 submitted, %d snapshots read, %d changes synced.%n",
                created.size(), deals.size() - created.size(), snapshotsRead, changed);
    }

    /**
     * Step 1-2: one CreateOpportunity per deal through the bulk API, paced at the write quota, with a
     * progress callback; an invalid deal is reported and skipped, any other failure stops the sync.
     */
    private Map<String, CreatedOpportunity> createAll(List<CrmDeal> deals) {
        Map<String, CreatedOpportunity> created = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Opportunity> mapped = deals.stream().map(deal -> deal.toOpportunity(today)).toList();
        // The CRM id as idempotency key: a re-run after a crash re-sends the same ClientToken, so
        // Partner Central returns the opportunity it already created instead of a duplicate.
        Stream<CreateOpportunityRequest> requests = IntStream.range(0, deals.size()).mapToObj(i -> CreateOpportunityRequest
                .builder().opportunity(mapped.get(i)).idempotencyKey(deals.get(i).crmId()).build());
        // One call at a time is enough at 1 write/s, and keeps the ids in CRM order for the report.
        BulkOptions options = BulkOptions.builder().total(deals.size()).concurrency(1).onProgress(progress).build();
        BulkReport<CreatedOpportunity> report = opportunities.createAll(requests, options, result -> {
            String tag = String.format("[%d/%d]", result.index() + 1, deals.size());
            if (result instanceof BulkResult.Succeeded<CreatedOpportunity> ok) {
                created.put(ok.key(), ok.value());
                out.printf("%s created %s (%s): %s%n", tag, ok.value().id(), ok.key(), describe(mapped.get(result.index())));
            } else if (result instanceof BulkResult.Invalid<CreatedOpportunity> invalid) {
                out.printf("%s skipped %s: %d violation(s), %s%n", tag, invalid.key(), invalid.violations().size(),
                        invalid.error().isLocal() ? "found by the SDK before sending" : "reported by Partner Central");
                for (Violation v : invalid.violations()) {
                    // Safe to print: violation messages name the rule, never the offending value.
                    out.printf("      %s [%s] %s%n", v.fieldPath(), v.code(), v.message());
                }
            } else if (result instanceof BulkResult.Failed<CreatedOpportunity> failed) {
                // Access denied, throttled past the retries...: the rest would fare no better. Throwing
                // from the callback ends the bulk write; a re-run resumes by idempotency key.
                throw failed.error();
            }
        });
        report.stoppedBy().ifPresent(e -> {
            throw e;
        });
        return created;
    }

    /** Step 3: read-modify-write. UpdateOpportunity replaces the whole record; update() keeps the rest. */
    private void advanceStage(String id, String crmId) {
        Opportunity before = opportunities.get(id);
        opportunities.update(id, current -> current.toBuilder()
                .lifeCycle(current.lifeCycle().orElseThrow().toBuilder()
                        .stage(Stage.QUALIFIED)
                        .nextSteps("Architecture review booked")
                        .build())
                .build());
        Opportunity after = opportunities.get(id);

        // Everything but the life cycle and the service's LastModifiedDate must be as it was.
        Opportunity expected = before.toBuilder()
                .lifeCycle(after.lifeCycle())
                .lastModifiedDate(after.lastModifiedDate())
                .build();
        out.printf("Updated %s (%s): stage %s -> %s, next steps set; every other member unchanged: %s%n",
                id, crmId, stage(before.lifeCycle()), stage(after.lifeCycle()), expected.equals(after) ? "yes" : "NO");
    }

    /** Step 4: submit for co-sell and read where the review stands. */
    private void submit(String id, String crmId) {
        opportunities.submit(id, InvolvementType.CO_SELL, Visibility.FULL);
        out.printf("Submitted %s (%s) for %s: review status %s%n", id, crmId, InvolvementType.CO_SELL,
                reviewStatus(opportunities.get(id).lifeCycle()));
    }

    /** Step 5a: share the partner's view of an opportunity in an engagement (CreateResourceSnapshot). */
    private SnapshotTarget snapshotOfOwn(String engagementId, String opportunityId) {
        SnapshotTarget target = SnapshotTarget.opportunity(engagementId, opportunityId, SUMMARY_TEMPLATE);
        selling.snapshots().create(target);
        return target;
    }

    /** Step 5b: read a snapshot; its payload is a union, and fold() makes the caller handle every member. */
    private void readSnapshot(SnapshotTarget target) {
        Snapshot snapshot = selling.snapshots().get(target);
        String content = snapshot.payload()
                .map(payload -> payload.fold(CrmSync::describe, CrmSync::describe,
                        unknown -> "a payload member this SDK does not know yet: " + unknown.name()))
                .orElse("no payload");
        out.printf("  %s of %s, revision %d: %s%n", snapshot.payload().map(SnapshotPayload::memberName).orElse("-"),
                target.resourceIdentifier(), snapshot.revision().orElse(0), content);
    }

    /** Step 6: what changed since the watermark, oldest first; the new watermark is the service's latest date. */
    private int incrementalSync(Instant watermark) {
        OpportunityChanges changes = opportunities.changedSince(watermark);
        out.printf("Changes since %s:%n", watermark);
        int count = 0;
        for (OpportunitySummary change : changes) {
            count++;
            out.printf("  %s (%s) stage %s, review %s, modified %s%n", change.id().orElse("?"),
                    change.partnerOpportunityIdentifier().orElse("no CRM id"), stage(change.lifeCycle()),
                    reviewStatus(change.lifeCycle()),
                    change.lastModifiedDate().map(Instant::toString).orElse("?"));
        }
        // Save this for the next run. The filter is "on or after", so the next run sees the newest
        // change again: upserts into the CRM must be idempotent.
        out.printf("  %d changed; new watermark %s%n", count, changes.watermark());
        return count;
    }

    private static String describe(Opportunity opportunity) {
        return stage(opportunity.lifeCycle()) + ", " + opportunity.project().map(CrmSync::spend).orElse("no project");
    }

    private static String describe(OpportunitySummaryView summary) {
        return String.format("stage %s, review %s, %s", stage(summary.lifeCycle()), reviewStatus(summary.lifeCycle()),
                summary.project().map(CrmSync::spend).orElse("no project"));
    }

    /** Amounts, currencies, contract duration and partition: no personal data. */
    private static String spend(Project project) {
        StringBuilder text = new StringBuilder(project.expectedCustomerSpend().stream()
                .map(s -> s.amount().orElse("?") + " " + s.currencyCode().map(Picklist::value).orElse("?")
                        + "/month to " + s.targetCompany().orElse("?"))
                .collect(Collectors.joining(" + ")));
        project.expectedContractDuration().flatMap(ExpectedContractDuration::value)
                .ifPresent(months -> text.append(" over ").append(months).append(" months"));
        project.awsPartition().ifPresent(partition -> text.append(", partition ").append(partition));
        return text.toString();
    }

    private static String describe(AwsOpportunitySummaryFullView view) {
        Optional<AwsProductInsights> awsInsights = view.insights()
                .flatMap(AwsOpportunityInsights::awsProductsSpendInsightsBySource)
                .flatMap(AwsProductsSpendInsightsBySource::aws);
        return String.format("AWS stage %s, %s/%s, engagement score %s, AWS-estimated spend %s %s/month"
                        + " (savings %s), %d AWS team members, partner opportunity %s, spend %s",
                view.lifeCycle().flatMap(AwsOpportunityLifeCycle::stage).map(Picklist::value).orElse("none"),
                view.involvementType().map(Picklist::value).orElse("?"),
                view.visibility().map(Picklist::value).orElse("?"),
                view.insights().flatMap(AwsOpportunityInsights::engagementScore).map(Picklist::value).orElse("none"),
                awsInsights.flatMap(AwsProductInsights::totalAmount).orElse("?"),
                awsInsights.flatMap(AwsProductInsights::currencyCode).map(Picklist::value).orElse(""),
                awsInsights.flatMap(AwsProductInsights::totalPotentialSavingsAmount).orElse("?"),
                view.opportunityTeam().size(),
                view.relatedOpportunityId().orElse("none"),
                view.project().map(CrmSync::spend).orElse("none"));
    }

    private static String stage(Optional<LifeCycle> lifeCycle) {
        return lifeCycle.flatMap(LifeCycle::stage).map(Picklist::value).orElse("no stage");
    }

    private static String reviewStatus(Optional<LifeCycle> lifeCycle) {
        return lifeCycle.flatMap(LifeCycle::reviewStatus).map(Picklist::value).orElse("none");
    }
}

package io.partnercentral.selling.examples;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.micrometer.MicrometerSellingMetrics;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.SnapshotTarget;
import io.partnercentral.selling.testing.AwsReferral;
import io.partnercentral.selling.testing.PartnerCentralEmulator;
import io.partnercentral.selling.testing.QuotaEnforcement;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.regions.Region;

/**
 * A CRM to Partner Central sync, end to end: reads the CRM deals in {@code crm-deals.csv}, creates
 * an opportunity for each (an invalid one is reported with its field paths and skipped), updates one
 * by read-modify-write, submits one for co-sell, reads a snapshot of each payload type, and runs an
 * incremental sync from a watermark. See {@link CrmSync} for the steps.
 *
 * <p>By default it runs against the Partner Central emulator of {@code sdk-testing}, started
 * in-process, so it needs no AWS account. From the repository root:
 *
 * <pre>
 * mvn -B -q -pl sdk-examples -am -DskipTests -Prun-example verify
 * </pre>
 *
 * <p>With {@code --aws} it calls AWS instead, in the {@code Sandbox} catalog, in us-east-1, with the
 * default credentials chain (environment, profile, SSO, instance role...); no emulator is started.
 * The account must be linked to Partner Central and the principal allowed to use the Sandbox
 * catalog, e.g. with the {@code AWSPartnerCentralSandboxFullAccess} managed policy.
 *
 * <pre>
 * mvn -B -q -pl sdk-examples -am -DskipTests -Prun-example verify -Dexample.args=--aws
 * </pre>
 *
 * <p>Against AWS, the snapshot steps are skipped: sharing a snapshot needs an engagement that
 * includes the opportunity, and the AWS referral whose {@code AwsOpportunitySummaryFullView} it
 * reads is seeded by the emulator. Creates are idempotent per CRM id: a re-run the same day gets
 * back the opportunities it created before. On a later day the close dates, and so the request
 * bodies, differ, and the service may refuse the reused client token with a ConflictException.
 *
 * <p>Exit status: 0 when the sync completes (the invalid deal is expected), 1 on any other failure,
 * 2 on a usage error.
 */
public final class CrmSyncExample {
    private static final Logger LOG = LoggerFactory.getLogger(CrmSyncExample.class);

    /**
     * The emulator takes any well-formed engagement id to exist. Against AWS an engagement comes
     * from the Engagement APIs (CreateEngagement, StartEngagementFromOpportunityTask).
     */
    static final String EMULATED_ENGAGEMENT_ID = "eng-crmsyncexample";

    private CrmSyncExample() {}

    public static void main(String[] args) {
        int status = run(args, System.out);
        // Exit explicitly only on failure, so that hosts that call main() in their own JVM carry on.
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the example as {@link #main} would and returns its exit status. */
    static int run(String[] args, PrintStream out) {
        List<String> arguments = List.of(args);
        if (!arguments.isEmpty() && !arguments.equals(List.of("--aws"))) {
            LOG.error("Unknown arguments {}; usage: CrmSyncExample [--aws]", arguments);
            return 2;
        }
        try {
            List<CrmDeal> deals = CrmDeal.readShipped();
            // What the run did (calls, throttles, waits, the 24-hour budget left), summed up at the end.
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            if (arguments.contains("--aws")) {
                try (PartnerCentralSelling selling = PartnerCentralSelling.builder()
                        .region(Region.US_EAST_1)
                        .catalog(Catalog.SANDBOX)
                        .pacing(PacingSettings.builder().documentedDailyBudgets().build())
                        .metrics(MicrometerSellingMetrics.create(registry))
                        .build()) {
                    LOG.info("Calling AWS Partner Central in us-east-1, catalog Sandbox");
                    // Paced at the documented quotas (1 write per second): the bar shows the rate and time left.
                    new CrmSync(selling, out, ConsoleProgressBar.onStandardError(), () -> MetricsSummary.of(registry))
                            .run(deals, Optional.empty(), Optional.empty());
                }
            } else {
                // The emulator enforces the documented quotas on a clock 10 times faster than real time,
                // and sellingBuilder() paces the facade to match: 10 writes per second.
                PartnerCentralEmulator.Options options = PartnerCentralEmulator.Options.builder()
                        .quotas(QuotaEnforcement.documented().toBuilder().timeScale(10).build())
                        .build();
                try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start(options);
                     PartnerCentralSelling selling = emulator.sellingBuilder()
                             .pacing(options.quotas().matchingPacing().toBuilder().documentedDailyBudgets().build())
                             .metrics(MicrometerSellingMetrics.create(registry))
                             .build()) {
                    LOG.info("Partner Central emulator listening on {}", emulator.endpoint());
                    AwsReferral referral = emulator.seedAwsReferral(Catalog.SANDBOX);
                    SnapshotTarget referralSnapshot = SnapshotTarget.opportunity(referral.engagementId(),
                            referral.awsOpportunityId(), referral.snapshotTemplateName());
                    new CrmSync(selling, out, ConsoleProgressBar.onStandardError(), () -> MetricsSummary.of(registry))
                            .run(deals, Optional.of(EMULATED_ENGAGEMENT_ID), Optional.of(referralSnapshot));
                }
            }
            return 0;
        } catch (RuntimeException e) {
            // The SDK's exceptions carry the error code and request id, never request bodies.
            LOG.error("CRM sync failed", e);
            return 1;
        }
    }
}

package io.partnercentral.selling;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The service's documented request quotas (per partner account; developer guide, "Quotas"): which
 * operations share a rate limit, the limit, and the rolling 24-hour budget where there is one. This
 * is the one table the SDK's pacing and the emulator's quota enforcement read; an operation not
 * listed here has no documented quota and is not paced.
 *
 * <pre>{@code
 * QuotaBucket.forOperation("UpdateOpportunity");   // Optional[WRITES]
 * QuotaBucket.WRITES.documentedPermitsPerSecond(); // 1.0
 * }</pre>
 */
public enum QuotaBucket {
    /** Reads of opportunities, solutions and invitations: 10 per second, 100,000 per rolling 24 hours. */
    READS(10, 100_000, "GetOpportunity", "GetAwsOpportunitySummary", "ListOpportunities", "ListSolutions",
            "GetEngagementInvitation", "ListEngagementInvitations"),
    /** Writes to opportunities and invitations: 1 per second, 10,000 per rolling 24 hours. */
    WRITES(1, 10_000, "CreateOpportunity", "UpdateOpportunity", "AssociateOpportunity", "DisassociateOpportunity",
            "AssignOpportunity", "RejectEngagementInvitation", "StartEngagementFromOpportunityTask",
            "StartEngagementByAcceptingInvitationTask"),
    /** StartProspectingFromEngagementTask: 2 per second. */
    START_PROSPECTING(2, -1, "StartProspectingFromEngagementTask"),
    /** GetProspectingFromEngagementTask: 100 per second. */
    GET_PROSPECTING(100, -1, "GetProspectingFromEngagementTask"),
    /** ListProspectingFromEngagementTasks: 50 per second. */
    LIST_PROSPECTING(50, -1, "ListProspectingFromEngagementTasks"),
    /** CreateEngagement: 15 per second. */
    CREATE_ENGAGEMENT(15, -1, "CreateEngagement");

    private static final Map<String, QuotaBucket> BY_OPERATION = new HashMap<>();

    static {
        for (QuotaBucket bucket : values()) {
            for (String operation : bucket.operations) {
                if (BY_OPERATION.put(operation, bucket) != null) {
                    throw new ExceptionInInitializerError(operation + " is in two quota buckets");
                }
            }
        }
    }

    private final double permitsPerSecond;
    private final long dailyBudget;
    private final Set<String> operations;

    QuotaBucket(double permitsPerSecond, long dailyBudget, String... operations) {
        this.permitsPerSecond = permitsPerSecond;
        this.dailyBudget = dailyBudget;
        this.operations = Set.of(operations);
    }

    /**
     * {@return the bucket {@code operation} (its {@code X-Amz-Target} name) draws on; empty if it has no documented quota}
     *
     * @param operation the service operation, e.g. {@code CreateOpportunity}
     */
    public static Optional<QuotaBucket> forOperation(String operation) {
        return Optional.ofNullable(BY_OPERATION.get(operation));
    }

    /** {@return the documented rate limit, in calls per second} */
    public double documentedPermitsPerSecond() {
        return permitsPerSecond;
    }

    /** {@return the documented number of calls per rolling 24 hours, if the quota has one} */
    public OptionalLong documentedDailyBudget() {
        return dailyBudget < 0 ? OptionalLong.empty() : OptionalLong.of(dailyBudget);
    }

    /** {@return the operations (by {@code X-Amz-Target} name) that share this bucket} */
    public Set<String> operations() {
        return operations;
    }
}

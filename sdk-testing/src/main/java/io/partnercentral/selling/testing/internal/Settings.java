package io.partnercentral.selling.testing.internal;

import io.partnercentral.selling.testing.ReviewOutcome;
import java.time.Clock;

/**
 * Internal API: the settings the emulated service runs with, taken from the public options.
 *
 * @param clock the source of every timestamp
 * @param accountId the partner's account, in ARNs and as CreatedBy of its snapshots
 * @param region the region in ARNs
 * @param defaultReviewOutcome the review outcome when nothing is scripted
 * @param rejectUnknownMembers whether members outside the model's shapes fail validation
 * @param model the service model requests are checked against and responses shaped by
 */
public record Settings(Clock clock, String accountId, String region, ReviewOutcome defaultReviewOutcome,
        boolean rejectUnknownMembers, ServiceModel model) {}

package io.partnercentral.selling.testing;

import io.partnercentral.selling.model.ReviewStatus;
import java.util.Objects;
import java.util.Set;

/**
 * What the emulated AWS review decides for a submitted opportunity: the {@code LifeCycle.ReviewStatus}
 * it moves to and, for {@code Action Required} and {@code Rejected}, the {@code ReviewStatusReason}
 * and {@code ReviewComments} AWS attaches.
 *
 * <p>{@link #SUBMITTED} and {@link #IN_REVIEW} leave the review undecided (the opportunity stays
 * read-only) until {@link PartnerCentralEmulator#completeReview(String, ReviewOutcome)}.
 *
 * <pre>{@code
 * emulator.nextReviewOutcome(ReviewOutcome.actionRequired("Missing customer details",
 *     "Add the customer's website."));
 * client.submitOpportunity(r -> r.catalog("Sandbox").identifier(id).involvementType("Co-Sell"));
 * // GetOpportunity now shows LifeCycle.ReviewStatus "Action Required" with that reason and comment
 * }</pre>
 *
 * @param status the review status to move to; never {@code Pending Submission}
 * @param reviewStatusReason the reason code, or null
 * @param reviewComments AWS's feedback, or null
 */
public record ReviewOutcome(ReviewStatus status, String reviewStatusReason, String reviewComments) {
    private static final Set<ReviewStatus> OUTCOMES = Set.of(ReviewStatus.SUBMITTED, ReviewStatus.IN_REVIEW,
            ReviewStatus.APPROVED, ReviewStatus.ACTION_REQUIRED, ReviewStatus.REJECTED);

    /** The review has not started: the opportunity stays {@code Submitted}. */
    public static final ReviewOutcome SUBMITTED = new ReviewOutcome(ReviewStatus.SUBMITTED, null, null);
    /** AWS is validating: the opportunity stays {@code In review}. */
    public static final ReviewOutcome IN_REVIEW = new ReviewOutcome(ReviewStatus.IN_REVIEW, null, null);
    /** Validated; the opportunity becomes editable again. The emulator's default outcome. */
    public static final ReviewOutcome APPROVED = new ReviewOutcome(ReviewStatus.APPROVED, null, null);
    /** AWS asks for changes; only the fields the reference lists may be updated. */
    public static final ReviewOutcome ACTION_REQUIRED = actionRequired(
            "More information needed", "Complete the customer's website and the project's business problem.");
    /** Disqualified; the opportunity is read-only for good. */
    public static final ReviewOutcome REJECTED = rejected("Duplicate opportunity", "An opportunity for this project exists.");

    /**
     * Creates a {@code ReviewOutcome}, checking its components.
     *
     * @param status the review status to move to; never {@code Pending Submission}
     * @param reviewStatusReason the reason code, or null
     * @param reviewComments AWS's feedback, or null
     */
    public ReviewOutcome {
        Objects.requireNonNull(status, "status");
        if (!OUTCOMES.contains(status)) {
            throw new IllegalArgumentException("a review cannot result in " + status);
        }
    }

    /**
     * {@code Action Required} with this reason code and feedback.
     *
     * @param reviewStatusReason the review status reason AWS gives
     * @param reviewComments AWS's review comments
     * @return the outcome
     */
    public static ReviewOutcome actionRequired(String reviewStatusReason, String reviewComments) {
        return new ReviewOutcome(ReviewStatus.ACTION_REQUIRED, reviewStatusReason, reviewComments);
    }

    /**
     * {@code Rejected} with this reason code and feedback.
     *
     * @param reviewStatusReason the review status reason AWS gives
     * @param reviewComments AWS's review comments
     * @return the outcome
     */
    public static ReviewOutcome rejected(String reviewStatusReason, String reviewComments) {
        return new ReviewOutcome(ReviewStatus.REJECTED, reviewStatusReason, reviewComments);
    }
}

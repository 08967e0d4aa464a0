package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The AWS review status of a partner referral ({@code LifeCycle.ReviewStatus}); read-only.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code ReviewStatus value = ReviewStatus.PENDING_SUBMISSION;
 * ReviewStatus fromService = ReviewStatus.of("Pending Submission");  // same instance as the constant}</pre>
 */
public final class ReviewStatus extends Picklist {
    private static final PicklistValues<ReviewStatus> VALUES = new PicklistValues<>(ReviewStatus::new);

    /** {@code Pending Submission} */
    public static final ReviewStatus PENDING_SUBMISSION = VALUES.known("Pending Submission");
    /** {@code Submitted} */
    public static final ReviewStatus SUBMITTED = VALUES.known("Submitted");
    /** {@code In review} */
    public static final ReviewStatus IN_REVIEW = VALUES.known("In review");
    /** {@code Approved} */
    public static final ReviewStatus APPROVED = VALUES.known("Approved");
    /** {@code Rejected} */
    public static final ReviewStatus REJECTED = VALUES.known("Rejected");
    /** {@code Action Required} */
    public static final ReviewStatus ACTION_REQUIRED = VALUES.known("Action Required");

    private ReviewStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static ReviewStatus of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<ReviewStatus> knownValues() {
        return VALUES.known();
    }
}

package io.partnercentral.selling.exception;

import io.partnercentral.selling.QuotaBucket;
import java.time.Duration;

/**
 * A call would exceed the rolling 24-hour budget set in
 * {@link io.partnercentral.selling.PacingSettings.Builder#dailyBudget}; it was not sent.
 *
 * <p>Not retryable: the budget frees a call only when the oldest call of the last 24 hours leaves the
 * window ({@link #retryAfter()}), often hours away, so retrying within any retry policy fails again.
 * Schedule the work for later instead.
 *
 * <pre>{@code
 * try {
 *     selling.opportunities().create(request);
 * } catch (QuotaBudgetExceededException spent) {
 *     scheduler.schedule(job, spent.retryAfter().toSeconds(), TimeUnit.SECONDS);
 * }
 * }</pre>
 */
public class QuotaBudgetExceededException extends PartnerCentralException {
    private static final long serialVersionUID = 1L;

    /** See {@link #bucket()}. */
    private final QuotaBucket bucket;
    /** The calls allowed per rolling 24 hours. */
    private final long budget;
    /** See {@link #retryAfter()}. */
    private final Duration retryAfter;

    /**
     * Creates the exception for a call the 24-hour budget does not allow.
     *
     * @param operation the operation that was not sent
     * @param bucket the quota bucket whose budget is spent
     * @param budget the calls allowed per rolling 24 hours
     * @param retryAfter how long until the budget frees a slot
     */
    public QuotaBudgetExceededException(String operation, QuotaBucket bucket, long budget, Duration retryAfter) {
        super(new ErrorDetails(operation + " not sent: the " + bucket + " budget of " + budget
                + " calls per rolling 24 hours is spent; the next call is allowed in " + retryAfter.toSeconds() + " s",
                null, null, 0, false, null, operation));
        this.bucket = bucket;
        this.budget = budget;
        this.retryAfter = retryAfter;
    }

    /** {@return the quota bucket whose budget is spent} */
    public QuotaBucket bucket() {
        return bucket;
    }

    /** {@return the budget, in calls per rolling 24 hours} */
    public long budget() {
        return budget;
    }

    /** {@return how long until the budget allows the next call} */
    public Duration retryAfter() {
        return retryAfter;
    }
}

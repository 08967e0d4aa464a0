package io.partnercentral.selling.metrics;

import io.partnercentral.selling.exception.TaskFailedException;
import io.partnercentral.selling.exception.WaiterTimeoutException;

/** How a wait for a task or a snapshot job ended: the {@code outcome} tag of {@link MeterNames#WAITS}. */
public enum WaitOutcome {
    /** The task finished, or the job reached the status waited for. */
    SUCCEEDED("succeeded"),
    /** The task failed. */
    FAILED("failed"),
    /** The wait ran out of time (or was interrupted). */
    TIMED_OUT("timed_out"),
    /** A poll failed in a way that ends the wait. */
    ERROR("error");

    private final String tag;

    WaitOutcome(String tag) {
        this.tag = tag;
    }

    /** {@return the tag value} */
    public String tag() {
        return tag;
    }

    /**
     * {@return the outcome a wait's failure stands for}
     *
     * @param failure what the wait threw
     */
    public static WaitOutcome of(Throwable failure) {
        if (failure instanceof TaskFailedException) {
            return FAILED;
        }
        if (failure instanceof WaiterTimeoutException) {
            return TIMED_OUT;
        }
        return ERROR;
    }
}

package io.partnercentral.selling.testing;

/**
 * When an injected fault strikes relative to the operation's effect on the emulator's state.
 *
 * <p>{@link #AFTER_STATE_CHANGE} is the case idempotency exists for: the write happened, the client
 * saw a failure, and a retry must not write again.
 *
 * <pre>{@code FaultPlan.failNext(1).timings(FaultTiming.AFTER_STATE_CHANGE).build();}</pre>
 */
public enum FaultTiming {
    /** The request is not applied; the client sees the fault. */
    BEFORE_STATE_CHANGE,
    /** The request is applied (its response is discarded); the client sees the fault. */
    AFTER_STATE_CHANGE
}

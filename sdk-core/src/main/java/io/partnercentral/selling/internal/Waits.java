package io.partnercentral.selling.internal;

import io.partnercentral.selling.metrics.SellingMetrics;
import io.partnercentral.selling.metrics.WaitOutcome;
import java.util.function.Supplier;

/** Internal API: reports a wait for a task or job to {@link SellingMetrics#waited}, however it ends. */
final class Waits {
    private Waits() {}

    /** Runs {@code wait} and reports its time and outcome under {@code operation}, the operation polled for. */
    static <T> T timed(SellingMetrics metrics, String operation, Supplier<T> wait) {
        long start = System.nanoTime();
        WaitOutcome outcome = WaitOutcome.ERROR;
        try {
            T result = wait.get();
            outcome = WaitOutcome.SUCCEEDED;
            return result;
        } catch (RuntimeException e) {
            outcome = WaitOutcome.of(e);
            throw e;
        } finally {
            metrics.waited(operation, outcome, System.nanoTime() - start);
        }
    }
}

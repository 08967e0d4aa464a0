package io.partnercentral.selling.internal;

import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.WaiterTimeoutException;
import io.partnercentral.selling.metrics.SellingMetrics;
import io.partnercentral.selling.metrics.WaitOutcome;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Internal API: the async waiters' loop, a scheduled poll that holds no thread between polls. Each
 * poll is given what is left of the wait as its whole call's timeout; a retryable failure polls
 * again while there is time, any other failure ends the wait as it came; past the deadline the
 * future fails with {@link WaiterTimeoutException}. The delay between polls doubles up to a cap, and
 * never runs past the deadline.
 */
final class AsyncPolling {
    /** The shortest timeout one poll gets, so that the last poll of a wait can still be answered. */
    private static final Duration MIN_POLL = Duration.ofMillis(100);

    private AsyncPolling() {}

    /**
     * Polls until {@code poll} answers a value or the wait ends.
     *
     * @param poll one poll, given the time left; empty means "not yet"
     * @param timeout the whole wait's bound
     * @param firstDelay the delay after the first unfinished poll
     * @param maxDelay the longest delay between polls
     * @param timedOut the message of the timeout, given the last poll's failure description
     */
    static <T> CompletableFuture<T> until(Function<Duration, CompletableFuture<Optional<T>>> poll, Duration timeout,
            Duration firstDelay, Duration maxDelay, Supplier<String> timedOut) {
        CompletableFuture<T> result = new CompletableFuture<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        round(poll, deadline, firstDelay, maxDelay, timedOut, result);
        return result;
    }

    private static <T> void round(Function<Duration, CompletableFuture<Optional<T>>> poll, long deadline, Duration delay,
            Duration maxDelay, Supplier<String> timedOut, CompletableFuture<T> result) {
        long left = deadline - System.nanoTime();
        Duration pollTimeout = left > MIN_POLL.toNanos() ? Duration.ofNanos(left) : MIN_POLL;
        CompletableFuture<Optional<T>> answer;
        try {
            answer = poll.apply(pollTimeout);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        answer.whenComplete((value, failure) -> {
            PartnerCentralException transientFailure = null;
            if (failure != null) {
                Throwable cause = AsyncWireTransport.unwrap(failure);
                if (!(cause instanceof PartnerCentralException pce) || !pce.isRetryable()) {
                    result.completeExceptionally(cause);
                    return;
                }
                transientFailure = pce;
            } else if (value.isPresent()) {
                result.complete(value.get());
                return;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                WaiterTimeoutException timeoutException = new WaiterTimeoutException(timedOut.get());
                if (transientFailure != null) {
                    timeoutException.addSuppressed(transientFailure);
                }
                result.completeExceptionally(timeoutException);
                return;
            }
            long sleep = Math.min(delay.toNanos(), remaining);
            Duration next = delay.multipliedBy(2).compareTo(maxDelay) > 0 ? maxDelay : delay.multipliedBy(2);
            CompletableFuture.delayedExecutor(sleep, TimeUnit.NANOSECONDS, Runnable::run)
                    .execute(() -> round(poll, deadline, next, maxDelay, timedOut, result));
        });
    }

    /** Reports the wait to {@code metrics} when it ends, however it ends. */
    static <T> CompletableFuture<T> timed(SellingMetrics metrics, String operation, Supplier<CompletableFuture<T>> wait) {
        long start = System.nanoTime();
        CompletableFuture<T> waiting;
        try {
            waiting = wait.get();
        } catch (RuntimeException e) {
            metrics.waited(operation, WaitOutcome.of(e), System.nanoTime() - start);
            return CompletableFuture.failedFuture(e);
        }
        return waiting.whenComplete((value, failure) -> metrics.waited(operation,
                failure == null ? WaitOutcome.SUCCEEDED : WaitOutcome.of(AsyncWireTransport.unwrap(failure)),
                System.nanoTime() - start));
    }
}

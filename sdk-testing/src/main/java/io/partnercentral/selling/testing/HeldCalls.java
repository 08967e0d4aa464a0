package io.partnercentral.selling.testing;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A gate for the calls a {@link FaultPlan} holds with {@link FaultPlan.Builder#holdUntil(HeldCalls)}:
 * each faulted call waits at the gate until the test {@link #release() releases} it, and only then is
 * applied (or refused) and answered with its fault. A client whose attempt timeout is shorter has
 * given up on it by then, so with {@link FaultTiming#AFTER_STATE_CHANGE} the test decides exactly
 * when a write the client no longer waits for lands: after the client's read-back, after the call
 * returned, between two of its rounds.
 *
 * <pre>{@code
 * HeldCalls held = HeldCalls.closed();
 * emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.INTERNAL_ERROR)
 *     .timings(FaultTiming.AFTER_STATE_CHANGE).onlyFor("UpdateOpportunity").holdUntil(held).build());
 * // ... the client's attempt times out; it reads back and returns ...
 * held.release();
 * held.awaitPassed(1, Duration.ofSeconds(5)); // the held write has now landed (or been refused)
 * }</pre>
 *
 * <p>A held call never waits longer than {@link #LONGEST_HOLD}: a test that forgets to release the
 * gate does not leave the emulator's threads parked for good. Thread-safe.
 */
public final class HeldCalls {
    /** The longest a call waits at a gate nobody releases. */
    public static final Duration LONGEST_HOLD = Duration.ofMinutes(1);

    private final CountDownLatch open = new CountDownLatch(1);
    private int arrived;
    private int passed;

    private HeldCalls() {}

    /**
     * A gate that holds every call reaching it until {@link #release()}.
     *
     * @return a new closed gate
     */
    public static HeldCalls closed() {
        return new HeldCalls();
    }

    /** Opens the gate: the calls waiting at it go on, and later ones pass without waiting. */
    public void release() {
        open.countDown();
    }

    /**
     * Waits until at least {@code calls} calls have reached the gate (held, or passed once released).
     *
     * @param calls how many calls to wait for
     * @param timeout the longest to wait
     * @return whether that many arrived in time
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public synchronized boolean awaitArrived(int calls, Duration timeout) throws InterruptedException {
        return await(() -> arrived >= calls, timeout);
    }

    /**
     * Waits until at least {@code calls} held calls have been applied or refused after passing the
     * gate, with their fault answered to whoever still listens.
     *
     * @param calls how many calls to wait for
     * @param timeout the longest to wait
     * @return whether that many passed in time
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public synchronized boolean awaitPassed(int calls, Duration timeout) throws InterruptedException {
        return await(() -> passed >= calls, timeout);
    }

    /**
     * How many calls have reached the gate so far.
     *
     * @return the count of held (or passed) calls
     */
    public synchronized int arrived() {
        return arrived;
    }

    /**
     * Called by the emulator for a held call: counts it and waits until the gate opens, for at most
     * {@link #LONGEST_HOLD}. Tests have no reason to call it.
     */
    public void hold() {
        synchronized (this) {
            arrived++;
            notifyAll();
        }
        try {
            open.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called by the emulator once a held call has been applied or refused. Tests have no reason to call it. */
    public synchronized void passed() {
        passed++;
        notifyAll();
    }

    private boolean await(java.util.function.BooleanSupplier done, Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}

package io.partnercentral.selling.testing.internal;

import io.partnercentral.selling.testing.FaultKind;
import io.partnercentral.selling.testing.FaultPlan;
import io.partnercentral.selling.testing.FaultTiming;
import io.partnercentral.selling.testing.HeldCalls;
import io.partnercentral.selling.testing.InjectedFault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Internal API: decides, per call, whether an active {@link FaultPlan} fails it, and records every
 * fault it injects. Plans are consulted in the order they were added; the first that fires wins.
 * Thread-safe.
 */
public final class FaultInjector {
    private final List<ActivePlan> plans = new ArrayList<>();
    private final List<InjectedFault> injected = new ArrayList<>();

    public synchronized void add(FaultPlan plan) {
        plans.add(new ActivePlan(plan));
    }

    public synchronized void clear() {
        plans.clear();
    }

    public synchronized void reset() {
        plans.clear();
        injected.clear();
    }

    public synchronized List<InjectedFault> injected() {
        return List.copyOf(injected);
    }

    /** A fault to inject, how long to hold the call first, and the gate it waits at (or null). */
    public record Decision(InjectedFault fault, Duration delay, HeldCalls held) {}

    /** The fault for this call of {@code operation}, or null when the call goes through. */
    public synchronized Decision decide(String operation) {
        for (Iterator<ActivePlan> it = plans.iterator(); it.hasNext(); ) {
            ActivePlan active = it.next();
            FaultPlan plan = active.plan;
            if (!plan.operations().isEmpty() && !plan.operations().contains(operation)) {
                continue;
            }
            if (active.passFirst > 0) {
                active.passFirst--;
                continue;
            }
            boolean fires;
            if (plan.calls() > 0) {
                fires = true;
                if (--active.remainingCalls == 0) {
                    it.remove();
                }
            } else {
                fires = active.random.nextDouble() < plan.rate();
            }
            if (fires) {
                FaultKind kind = plan.kinds().get(active.random.nextInt(plan.kinds().size()));
                FaultTiming timing = plan.timings().get(active.random.nextInt(plan.timings().size()));
                InjectedFault fault = new InjectedFault(operation, kind, timing);
                injected.add(fault);
                return new Decision(fault, plan.delay(), plan.heldUntil().orElse(null));
            }
        }
        return null;
    }

    private static final class ActivePlan {
        final FaultPlan plan;
        final Random random;
        int remainingCalls;
        int passFirst;

        ActivePlan(FaultPlan plan) {
            this.plan = plan;
            this.random = new Random(plan.seed());
            this.remainingCalls = plan.calls();
            this.passFirst = plan.after();
        }
    }
}

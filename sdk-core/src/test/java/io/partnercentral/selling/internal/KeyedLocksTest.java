package io.partnercentral.selling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyedLocksTest {
    @Test
    void withLock_serializesOneKey_andForgetsItWhenNobodyHoldsIt() throws Exception {
        KeyedLocks locks = new KeyedLocks();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<?>[] workers = new Future<?>[4];
            for (int t = 0; t < workers.length; t++) {
                workers[t] = pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 200; i++) {
                        locks.withLock("Sandbox/O1", () -> {
                            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            Thread.yield();
                            return inside.decrementAndGet();
                        });
                    }
                    return null;
                });
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(mostInside.get()).isEqualTo(1);
        assertThat(locks.size()).isZero();
    }

    @Test
    void withLock_isReentrant_andReleasesOnException() {
        KeyedLocks locks = new KeyedLocks();

        int nested = locks.withLock("k", () -> locks.withLock("k", () -> 7));
        try {
            locks.withLock("k", () -> {
                throw new IllegalArgumentException("boom");
            });
        } catch (IllegalArgumentException expected) {
            // The lock must still be released.
        }

        assertThat(nested).isEqualTo(7);
        assertThat(locks.size()).isZero();
    }
}

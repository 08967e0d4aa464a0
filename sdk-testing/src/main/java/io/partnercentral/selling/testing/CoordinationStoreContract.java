package io.partnercentral.selling.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.coordination.CoordinationStore.WindowDecision;
import io.partnercentral.selling.coordination.Lease;
import io.partnercentral.selling.coordination.Reservation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CoordinationStore}, as JUnit 5 tests an engine's test class inherits: extend
 * it, return clients of one real engine from {@link #newClient()}, and every test here runs against it.
 *
 * <p>Two clients made by {@link #newClient()} stand for two processes: they must share all state and
 * nothing else. Every test uses keys of its own (a random prefix), so the engine need not be emptied
 * between tests. Slot timing is checked at an hour's interval, so the latency between test and engine
 * cannot blur the answer; expiry is checked at sub-second ttls, so the engine must honour millisecond
 * expiries.
 *
 * <pre>{@code
 * class RedisCoordinationStoreTest extends CoordinationStoreContract {
 *     protected CoordinationStore newClient() { return RedisCoordinationStore.connect(server.uri()); }
 * }
 * }</pre>
 */
public abstract class CoordinationStoreContract {
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration SLACK = Duration.ofMinutes(1);
    private static final Duration SHORT = Duration.ofMillis(300);

    private final List<CoordinationStore> clients = new ArrayList<>();
    private String prefix;
    private CoordinationStore one;
    private CoordinationStore two;

    /** A subclass for one engine. */
    protected CoordinationStoreContract() {}

    /** {@return a new client of the engine under test, sharing its state with every other client this returns} */
    protected abstract CoordinationStore newClient();

    @BeforeEach
    final void twoClients() {
        prefix = "contract-" + UUID.randomUUID() + "/";
        one = track(newClient());
        two = track(newClient());
    }

    @AfterEach
    final void closeClients() {
        clients.forEach(CoordinationStore::close);
        clients.clear();
    }

    private CoordinationStore track(CoordinationStore client) {
        clients.add(client);
        return client;
    }

    private String key(String name) {
        return prefix + name;
    }

    // (1) paced slots

    @Test
    void slotsOfOneBucketAreAnIntervalApartAcrossClients() {
        String bucket = key("WRITES");
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            CoordinationStore client = i % 2 == 0 ? one : two;
            waits.add(client.reserveSlot(bucket, HOUR, Duration.ofDays(1)).orElseThrow());
        }
        for (int i = 0; i < waits.size(); i++) {
            assertNear(HOUR.multipliedBy(i), waits.get(i), "wait of slot " + i);
        }
    }

    @Test
    void aSlotBeyondMaxWaitIsRefusedAndTakesNothing() {
        String bucket = key("WRITES");
        assertNear(Duration.ZERO, one.reserveSlot(bucket, HOUR, SLACK).orElseThrow(), "first slot");
        assertEquals(Optional.empty(), two.reserveSlot(bucket, HOUR, SLACK), "second slot within a minute");
        assertNear(HOUR, two.reserveSlot(bucket, HOUR, Duration.ofDays(1)).orElseThrow(), "second slot");
    }

    @Test
    void bucketsArePacedIndependently() {
        assertNear(Duration.ZERO, one.reserveSlot(key("READS"), HOUR, SLACK).orElseThrow(), "reads");
        assertNear(Duration.ZERO, two.reserveSlot(key("WRITES"), HOUR, SLACK).orElseThrow(), "writes");
    }

    @Test
    void concurrentSlotsAreAllDistinctAndSpaced() throws Exception {
        String bucket = key("WRITES");
        List<Long> slots = Collections.synchronizedList(new ArrayList<>());
        race(16, i -> {
            CoordinationStore client = i % 2 == 0 ? one : two;
            long wait = client.reserveSlot(bucket, HOUR, Duration.ofDays(1)).orElseThrow().toNanos();
            slots.add(Math.round((double) wait / HOUR.toNanos()));
            return null;
        });
        List<Long> sorted = new ArrayList<>(slots);
        Collections.sort(sorted);
        List<Long> expected = new ArrayList<>();
        for (long i = 0; i < 16; i++) {
            expected.add(i);
        }
        assertEquals(expected, sorted, "each racer got its own slot, in whole intervals from now");
    }

    // (2) rolling windows

    @Test
    void aWindowCountsUpToItsLimitAndSaysWhenTheOldestLeaves() {
        String bucket = key("WRITES");
        for (int i = 0; i < 3; i++) {
            assertTrue((i % 2 == 0 ? one : two).countInWindow(bucket, 3, HOUR).counted(), "call " + i);
        }
        two.countedInWindow(bucket, HOUR).ifPresent(counted -> assertEquals(3, counted, "counted in the window"));
        WindowDecision refused = one.countInWindow(bucket, 3, HOUR);
        assertFalse(refused.counted(), "fourth call in the window");
        assertNear(HOUR, refused.retryAfter(), "retry after");
        assertTrue(one.countInWindow(key("READS"), 3, HOUR).counted(), "another bucket");
    }

    @Test
    void windowEntriesLeaveOneByOne() throws InterruptedException {
        String bucket = key("WRITES");
        assertTrue(one.countInWindow(bucket, 2, SHORT.multipliedBy(2)).counted());
        Thread.sleep(SHORT.toMillis());
        assertTrue(two.countInWindow(bucket, 2, SHORT.multipliedBy(2)).counted());
        assertFalse(one.countInWindow(bucket, 2, SHORT.multipliedBy(2)).counted(), "full");
        Thread.sleep(SHORT.toMillis() + 100);
        // The first entry has left, the second has not: a sliding window, not a reset per window.
        assertTrue(one.countInWindow(bucket, 2, SHORT.multipliedBy(2)).counted(), "the oldest left");
        assertFalse(two.countInWindow(bucket, 2, SHORT.multipliedBy(2)).counted(), "the second is still in");
    }

    @Test
    void concurrentCountsNeverExceedTheLimit() throws Exception {
        String bucket = key("WRITES");
        List<Boolean> counted = Collections.synchronizedList(new ArrayList<>());
        race(40, i -> counted.add((i % 2 == 0 ? one : two).countInWindow(bucket, 25, HOUR).counted()));
        assertEquals(25, counted.stream().filter(c -> c).count(), "counted");
    }

    // (3) leases

    @Test
    void aLeaseIsExclusiveUntilReleased() {
        String key = key("AWS/O1");
        Lease lease = one.tryLease(key, HOUR).orElseThrow();
        assertEquals(key, lease.key());
        assertTrue(lease.held());
        assertEquals(Optional.empty(), two.tryLease(key, HOUR), "held by the first client");
        assertTrue(two.tryLease(key("AWS/O2"), HOUR).isPresent(), "another key");
        lease.close();
        assertFalse(lease.held());
        lease.close();
        assertTrue(two.tryLease(key, HOUR).isPresent(), "released");
    }

    @Test
    void anExpiredLeaseGoesToTheNextCallerAndTheOldOwnerCannotTouchIt() throws InterruptedException {
        String key = key("AWS/O1");
        Lease old = one.tryLease(key, SHORT).orElseThrow();
        Thread.sleep(SHORT.toMillis() * 2);
        assertFalse(old.held(), "expired");
        Lease next = two.tryLease(key, HOUR).orElseThrow();
        assertFalse(old.renew(HOUR), "the old owner cannot renew the new owner's lease");
        old.close();
        assertTrue(next.held(), "the old owner's release left the new lease alone");
        assertEquals(Optional.empty(), one.tryLease(key, HOUR));
    }

    @Test
    void aRenewedLeaseOutlivesItsFirstTtl() throws InterruptedException {
        String key = key("AWS/O1");
        Lease lease = one.tryLease(key, SHORT).orElseThrow();
        assertTrue(lease.renew(HOUR));
        Thread.sleep(SHORT.toMillis() * 2);
        assertTrue(lease.held());
        assertEquals(Optional.empty(), two.tryLease(key, HOUR));
    }

    @Test
    void exactlyOneRacerGetsALease() throws Exception {
        String key = key("AWS/O1");
        List<Lease> won = Collections.synchronizedList(new ArrayList<>());
        race(16, i -> (i % 2 == 0 ? one : two).tryLease(key, HOUR).map(won::add));
        assertEquals(1, won.size(), "leases granted");
    }

    // (4) idempotency-key reservations

    @Test
    void aReservationIsPendingForOthersThenCompletedForEveryone() {
        String key = key("CreateOpportunity/AWS/crm-1");
        assertInstanceOf(Reservation.Acquired.class, one.reserve(key, "owner-1", HOUR));
        Reservation pending = two.reserve(key, "owner-2", HOUR);
        assertInstanceOf(Reservation.Pending.class, pending);
        assertNear(HOUR, ((Reservation.Pending) pending).expiresIn(), "pending for");
        assertFalse(two.complete(key, "owner-2", "not mine", HOUR), "another owner cannot complete it");
        two.release(key, "owner-2");
        assertInstanceOf(Reservation.Pending.class, two.reserve(key, "owner-3", HOUR), "another owner cannot release it");
        assertTrue(one.complete(key, "owner-1", "{\"Id\":\"O1\"}", HOUR));
        assertEquals(new Reservation.Completed("{\"Id\":\"O1\"}"), two.reserve(key, "owner-4", HOUR));
        one.release(key, "owner-1");
        assertEquals(new Reservation.Completed("{\"Id\":\"O1\"}"), two.reserve(key, "owner-5", HOUR),
                "a completed reservation cannot be released");
        assertFalse(one.complete(key, "owner-1", "again", HOUR), "completed once");
    }

    @Test
    void aReleasedOrExpiredReservationGoesToTheNextCaller() throws InterruptedException {
        String key = key("CreateOpportunity/AWS/crm-1");
        assertInstanceOf(Reservation.Acquired.class, one.reserve(key, "owner-1", HOUR));
        one.release(key, "owner-1");
        assertInstanceOf(Reservation.Acquired.class, two.reserve(key, "owner-2", SHORT));
        Thread.sleep(SHORT.toMillis() * 2);
        assertInstanceOf(Reservation.Acquired.class, one.reserve(key, "owner-3", HOUR), "the pending entry expired");
        assertFalse(two.complete(key, "owner-2", "late", HOUR), "an expired owner cannot complete");
    }

    @Test
    void aCompletedReservationLastsItsRetention() throws InterruptedException {
        String key = key("CreateOpportunity/AWS/crm-1");
        assertInstanceOf(Reservation.Acquired.class, one.reserve(key, "owner-1", HOUR));
        assertTrue(one.complete(key, "owner-1", "done", SHORT));
        Thread.sleep(SHORT.toMillis() * 2);
        assertInstanceOf(Reservation.Acquired.class, two.reserve(key, "owner-2", HOUR));
    }

    @Test
    void exactlyOneRacerAcquiresAReservation() throws Exception {
        String key = key("CreateOpportunity/AWS/crm-1");
        List<Reservation> answers = Collections.synchronizedList(new ArrayList<>());
        race(16, i -> answers.add((i % 2 == 0 ? one : two).reserve(key, "owner-" + i, HOUR)));
        assertEquals(1, answers.stream().filter(Reservation.Acquired.class::isInstance).count(), "acquired");
        assertEquals(15, answers.stream().filter(Reservation.Pending.class::isInstance).count(), "pending");
    }

    // (5) seen events

    @Test
    void anEventIsSeenFirstOnceThenAgainAfterItsRetention() throws InterruptedException {
        String namespace = key("events");
        assertTrue(one.markSeen(namespace, "e-1", SHORT));
        assertFalse(two.markSeen(namespace, "e-1", SHORT));
        assertTrue(two.markSeen(namespace, "e-2", SHORT));
        assertTrue(two.markSeen(key("other"), "e-1", SHORT), "another namespace");
        Thread.sleep(SHORT.toMillis() * 2);
        assertTrue(one.markSeen(namespace, "e-1", SHORT), "retention passed");
    }

    @Test
    void exactlyOneRacerSeesAnEventFirst() throws Exception {
        String namespace = key("events");
        List<Boolean> first = Collections.synchronizedList(new ArrayList<>());
        race(16, i -> first.add((i % 2 == 0 ? one : two).markSeen(namespace, "e-1", HOUR)));
        assertEquals(1, first.stream().filter(f -> f).count(), "first sightings");
    }

    @Test
    void keysAreOpaqueAndKeptApartPerMethod() {
        String odd = key("ü ✓ :{x}* \"q\" \\ /AWS/O1");
        assertTrue(one.tryLease(odd, HOUR).isPresent());
        assertEquals(Optional.empty(), two.tryLease(odd, HOUR));
        assertTrue(two.tryLease(odd + "x", HOUR).isPresent(), "a longer key is another key");
        assertInstanceOf(Reservation.Acquired.class, two.reserve(odd, "owner", HOUR), "leases and reservations are apart");
        assertTrue(one.markSeen(odd, odd, HOUR));
        assertNear(Duration.ZERO, one.reserveSlot(odd, HOUR, SLACK).orElseThrow(), "slots are apart too");
        assertTrue(one.countInWindow(odd, 1, HOUR).counted());
    }

    @Test
    void describeNamesTheStore() {
        assertFalse(one.describe().isBlank());
    }

    private interface Racer {
        Object run(int index) throws Exception;
    }

    /** Runs {@code racers} calls at once from as many threads, released together. */
    private static void race(int racers, Racer racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int index = i;
                Callable<Object> call = () -> {
                    start.await();
                    return racer.run(index);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            for (Future<Object> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertNear(Duration expected, Duration actual, String what) {
        assertTrue(actual.minus(expected).abs().compareTo(SLACK) <= 0,
                what + ": expected about " + expected + ", was " + actual);
    }
}

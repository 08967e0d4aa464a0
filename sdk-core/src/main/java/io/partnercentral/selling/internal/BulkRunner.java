package io.partnercentral.selling.internal;

import io.partnercentral.selling.BulkOptions;
import io.partnercentral.selling.BulkProgress;
import io.partnercentral.selling.BulkReport;
import io.partnercentral.selling.BulkResult;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.PartnerCentralException.ErrorDetails;
import io.partnercentral.selling.exception.QuotaBudgetExceededException;
import io.partnercentral.selling.exception.TransportException;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.metrics.BulkOutcome;
import io.partnercentral.selling.metrics.SellingMetrics;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal API: runs one write per record with up to {@link BulkOptions#concurrency()} calls in
 * flight, and reports each outcome as a {@link BulkResult} in input order, on the calling thread.
 *
 * <p>The pace comes from the facade's quota pacing, not from here: the calls in flight queue at the
 * pacer, so overlapping them only hides each call's latency, which a single thread could not do once
 * the latency exceeds the quota's interval. Results wait for the oldest record in flight, so callbacks
 * see input order whatever order the calls complete in.
 */
final class BulkRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BulkRunner.class);
    private static final AtomicInteger POOLS = new AtomicInteger();

    private BulkRunner() {}

    /** How a record is keyed, and whether it must not be sent at all. */
    interface Keyed<I> {
        String key(I item);

        /** Why the record must not be sent, or null. */
        default ValidationException reject(I item) {
            return null;
        }
    }

    /** One record's outcome: a result, or the failure that stops the whole run (nothing to report for it). */
    private record Outcome<T>(BulkResult<T> result, PartnerCentralException stop) {}

    /** Where a run reports its records ({@link SellingMetrics#bulkItem}, {@link SellingMetrics#bulkInFlight}) and under which operation. */
    record Metered(SellingMetrics metrics, String operation) {
        void started() {
            metrics.bulkInFlight(operation, 1);
        }

        /** A record ended; {@code result} is null for the one that stopped the run. */
        <T> void ended(BulkResult<T> result) {
            metrics.bulkInFlight(operation, -1);
            metrics.bulkItem(operation, result == null ? BulkOutcome.STOPPED
                    : result instanceof BulkResult.Succeeded ? BulkOutcome.SUCCEEDED
                    : result instanceof BulkResult.Invalid ? BulkOutcome.INVALID : BulkOutcome.FAILED);
        }

        /** Records left in flight by an interrupted run: no longer awaited, so no longer counted as in flight. */
        void abandoned(int records) {
            if (records > 0) {
                metrics.bulkInFlight(operation, -records);
            }
        }
    }

    static <I, T> BulkReport<T> run(Stream<I> input, Keyed<I> keys, Function<I, T> write, BulkOptions options,
            Consumer<? super BulkResult<T>> onResult, Ticker ticker, Metered metered, QuotaPacer pacer) {
        long start = ticker.nanoTime();
        int concurrency = options.concurrency();
        ExecutorService pool = concurrency > 1 ? Executors.newFixedThreadPool(concurrency, daemonThreads()) : null;
        Tally<T> tally = new Tally<>(options, onResult, ticker, start, metered, pacer);
        Deque<CompletableFuture<Outcome<T>>> inFlight = new ArrayDeque<>();
        try (input) {
            Iterator<I> records = input.iterator();
            int index = 0;
            while (tally.stoppedBy == null && records.hasNext()) {
                I item = records.next();
                int position = index++;
                String key = keys.key(item);
                ValidationException rejected = keys.reject(item);
                CompletableFuture<Outcome<T>> outcome;
                metered.started();
                if (rejected != null) {
                    outcome = CompletableFuture.completedFuture(new Outcome<>(new BulkResult.Invalid<>(position, key, rejected), null));
                } else if (pool == null) {
                    outcome = CompletableFuture.completedFuture(attempt(position, key, item, write));
                } else {
                    outcome = CompletableFuture.supplyAsync(() -> attempt(position, key, item, write), pool);
                }
                inFlight.addLast(outcome);
                while (inFlight.size() >= concurrency) {
                    tally.add(await(inFlight.removeFirst()));
                }
            }
            // Drain even after a stop: calls already in flight may have written, and must be reported.
            while (!inFlight.isEmpty()) {
                tally.add(await(inFlight.removeFirst()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tally.stop(new TransportException(new ErrorDetails(
                    "bulk write interrupted; the outcome of the calls in flight is unknown", null, null, 0, false, e)));
        } finally {
            metered.abandoned(inFlight.size());
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return new BulkReport<>(tally.results, Optional.ofNullable(tally.stoppedBy),
                Duration.ofNanos(ticker.nanoTime() - start));
    }

    private static <I, T> Outcome<T> attempt(int index, String key, I item, Function<I, T> write) {
        try {
            return new Outcome<>(new BulkResult.Succeeded<>(index, key, write.apply(item)), null);
        } catch (QuotaBudgetExceededException spent) {
            // Every later record would be refused the same way: stop, the caller resumes later.
            return new Outcome<>(null, spent);
        } catch (ValidationException e) {
            return new Outcome<>(new BulkResult.Invalid<>(index, key, e), null);
        } catch (PartnerCentralException e) {
            if (Thread.currentThread().isInterrupted()) {
                return new Outcome<>(null, e);
            }
            return new Outcome<>(new BulkResult.Failed<>(index, key, e), null);
        }
    }

    private static <T> Outcome<T> await(CompletableFuture<Outcome<T>> outcome) throws InterruptedException {
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            // Not a service failure: a bug, or the caller's change function threw. Let it surface.
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory daemonThreads() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "partnercentral-bulk-" + pool + "-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The results so far, their counts and the progress callback; used on the calling thread only. */
    private static final class Tally<T> {
        final List<BulkResult<T>> results = new ArrayList<>();
        final BulkOptions options;
        final Consumer<? super BulkResult<T>> onResult;
        final Ticker ticker;
        final long start;
        final QuotaPacer pacer;
        final long throttlesBefore;
        final Metered metered;
        long succeeded;
        long invalid;
        long failed;
        PartnerCentralException stoppedBy;

        Tally(BulkOptions options, Consumer<? super BulkResult<T>> onResult, Ticker ticker, long start, Metered metered,
                QuotaPacer pacer) {
            this.metered = metered;
            this.options = options;
            this.onResult = onResult;
            this.ticker = ticker;
            this.start = start;
            this.pacer = pacer;
            this.throttlesBefore = pacer == null ? 0 : pacer.throttles();
        }

        void stop(PartnerCentralException e) {
            if (stoppedBy == null) {
                stoppedBy = e;
            }
        }

        void add(Outcome<T> outcome) {
            BulkResult<T> result = outcome.result();
            metered.ended(result);
            if (outcome.stop() != null) {
                stop(outcome.stop());
                return;
            }
            if (result instanceof BulkResult.Succeeded) {
                succeeded++;
            } else if (result instanceof BulkResult.Invalid) {
                invalid++;
            } else {
                failed++;
                LOG.debug("bulk record {} failed: {}", result.index(), ((BulkResult.Failed<T>) result).error().getMessage());
            }
            results.add(result);
            onResult.accept(result);
            options.onProgress().accept(new BulkProgress(results.size(), options.total(), succeeded, invalid, failed,
                    Duration.ofNanos(ticker.nanoTime() - start), pacer == null ? 0 : pacer.throttles() - throttlesBefore,
                    pacer == null ? 0 : pacer.currentPermitsPerSecond(QuotaBucket.WRITES)));
        }
    }
}

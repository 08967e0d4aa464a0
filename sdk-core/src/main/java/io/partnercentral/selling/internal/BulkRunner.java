package io.partnercentral.selling.internal;

import io.partnercentral.selling.BulkOptions;
import io.partnercentral.selling.BulkProgress;
import io.partnercentral.selling.BulkReport;
import io.partnercentral.selling.BulkResult;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.QuotaBudgetExceededException;
import io.partnercentral.selling.exception.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal API: runs one write per record, in input order on the calling thread, turning each outcome
 * into a {@link BulkResult}. The pace comes from the facade's quota pacing, not from here: one
 * thread keeps the write bucket busy as long as a call takes less than the quota's interval.
 */
final class BulkRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BulkRunner.class);

    private BulkRunner() {}

    /** A record that cannot be sent: its key, or the local ValidationException that skips it. */
    interface Keyed<I> {
        String key(I item);

        /** Why the record must not be sent, or null. */
        default ValidationException reject(I item) {
            return null;
        }
    }

    static <I, T> BulkReport<T> run(Stream<I> input, Keyed<I> keys, Function<I, T> write, BulkOptions options,
            Consumer<? super BulkResult<T>> onResult, Ticker ticker) {
        long start = ticker.nanoTime();
        List<BulkResult<T>> results = new ArrayList<>();
        long succeeded = 0;
        long invalid = 0;
        long failed = 0;
        PartnerCentralException stoppedBy = null;
        try (input) {
            Iterator<I> records = input.iterator();
            int index = 0;
            while (records.hasNext()) {
                I item = records.next();
                String key = keys.key(item);
                BulkResult<T> result;
                ValidationException rejected = keys.reject(item);
                if (rejected != null) {
                    result = new BulkResult.Invalid<>(index, key, rejected);
                } else {
                    try {
                        result = new BulkResult.Succeeded<>(index, key, write.apply(item));
                    } catch (QuotaBudgetExceededException spent) {
                        // Every later record would be refused the same way: stop, the caller resumes later.
                        stoppedBy = spent;
                        break;
                    } catch (ValidationException e) {
                        result = new BulkResult.Invalid<>(index, key, e);
                    } catch (PartnerCentralException e) {
                        if (Thread.currentThread().isInterrupted()) {
                            stoppedBy = e;
                            break;
                        }
                        result = new BulkResult.Failed<>(index, key, e);
                    }
                }
                if (result instanceof BulkResult.Succeeded) {
                    succeeded++;
                } else if (result instanceof BulkResult.Invalid) {
                    invalid++;
                } else {
                    failed++;
                    LOG.debug("bulk record {} failed: {}", index, ((BulkResult.Failed<T>) result).error().getMessage());
                }
                results.add(result);
                onResult.accept(result);
                options.onProgress().accept(new BulkProgress(index + 1L, options.total(), succeeded, invalid, failed,
                        Duration.ofNanos(ticker.nanoTime() - start)));
                index++;
            }
        }
        return new BulkReport<>(results, Optional.ofNullable(stoppedBy), Duration.ofNanos(ticker.nanoTime() - start));
    }
}

package io.partnercentral.selling;

import io.partnercentral.selling.exception.PartnerCentralException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a bulk write did: one {@link BulkResult} per record processed, in input order, and why it
 * stopped early if it did.
 *
 * <pre>{@code
 * BulkReport<CreatedOpportunity> report = selling.opportunities().createAll(requests, options);
 * report.succeeded().forEach(ok -> crm.link(ok.key(), ok.value().id()));
 * report.stoppedBy().ifPresent(e -> log.warn("stopped after {} records: {}", report.results().size(), e.getMessage()));
 * }</pre>
 *
 * @param results one result per record processed, in input order
 * @param stoppedBy the failure that made every later record pointless (a spent 24-hour budget, an
 *     interrupt); the records after it were not attempted. Empty when the whole input was processed.
 * @param elapsed how long the bulk write took
 * @param <T> what a successful write returns
 */
public record BulkReport<T>(List<BulkResult<T>> results, Optional<PartnerCentralException> stoppedBy, Duration elapsed) {
    /**
     * Creates a {@code BulkReport}, checking its components.
     *
     * @param results one result per record processed, in input order
     * @param stoppedBy the failure that made every later record pointless (a spent 24-hour budget, an interrupt); the records after it were not attempted. Empty when the whole input was processed.
     * @param elapsed how long the bulk write took
     */
    public BulkReport {
        results = List.copyOf(results);
    }

    /** {@return the records written} */
    public List<BulkResult.Succeeded<T>> succeeded() {
        return results.stream().filter(r -> r instanceof BulkResult.Succeeded<T>)
                .map(r -> (BulkResult.Succeeded<T>) r).toList();
    }

    /** {@return the records skipped as invalid} */
    public List<BulkResult.Invalid<T>> invalid() {
        return results.stream().filter(r -> r instanceof BulkResult.Invalid<T>)
                .map(r -> (BulkResult.Invalid<T>) r).toList();
    }

    /** {@return the records that failed} */
    public List<BulkResult.Failed<T>> failed() {
        return results.stream().filter(r -> r instanceof BulkResult.Failed<T>)
                .map(r -> (BulkResult.Failed<T>) r).toList();
    }

    /** {@return whether every record of the input was processed} */
    public boolean isComplete() {
        return stoppedBy.isEmpty();
    }
}

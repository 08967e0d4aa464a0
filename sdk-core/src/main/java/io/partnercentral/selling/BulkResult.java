package io.partnercentral.selling;

import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.model.Violation;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one record of a bulk write ({@link OpportunityClient#createAll},
 * {@link OpportunityClient#updateAll}): it went through, it was skipped as invalid, or it failed.
 *
 * <pre>{@code
 * switch (result) {   // Java 21; on 17, instanceof patterns
 *     case BulkResult.Succeeded<CreatedOpportunity> ok -> crm.link(ok.key(), ok.value().id());
 *     case BulkResult.Invalid<CreatedOpportunity> bad -> bad.violations().forEach(v -> log.warn("{}: {}", bad.key(), v));
 *     case BulkResult.Failed<CreatedOpportunity> failed -> retryLater(failed.key(), failed.error().isRetryable());
 * }
 * }</pre>
 *
 * @param <T> what a successful write returns
 */
public sealed interface BulkResult<T> {
    /** {@return the record's position in the input, from 0} */
    int index();

    /** {@return the record's key: the idempotency key (or client token) of a create, the opportunity id of an update} */
    String key();

    /**
     * The write went through.
     *
     * @param index the record's position in the input, from 0
     * @param key the record's key
     * @param value the service's answer, e.g. the {@code CreatedOpportunity} with its id
     * @param <T> the type of the service's answer
     */
    record Succeeded<T>(int index, String key, T value) implements BulkResult<T> {
        /**
         * Creates the result, checking its components.
         *
         * @param index the record's position in the input, from 0
         * @param key the record's key
         * @param value the service's answer, e.g. the {@code CreatedOpportunity} with its id
         */
        public Succeeded {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The record breaks the API's rules and was skipped: found by local validation before sending
     * ({@code error.isLocal()}) or by the service's ValidationException. Fix the record; a retry as is
     * fails again.
     *
     * @param index the record's position in the input, from 0
     * @param key the record's key
     * @param error the violations, local or from the service
     * @param <T> the type of the service's answer to a successful write
     */
    record Invalid<T>(int index, String key, ValidationException error) implements BulkResult<T> {
        /**
         * Creates the result, checking its components.
         *
         * @param index the record's position in the input, from 0
         * @param key the record's key
         * @param error the violations, local or from the service
         */
        public Invalid {
            Objects.requireNonNull(error, "error");
        }

        /** {@return every broken rule, with its field path; safe to log} */
        public List<Violation> violations() {
            return error.violations();
        }
    }

    /**
     * The write failed after the client's retries; {@code error.isRetryable()} says whether a re-run may succeed.
     *
     * @param index the record's position in the input, from 0
     * @param key the record's key
     * @param error why it failed
     * @param <T> the type of the service's answer to a successful write
     */
    record Failed<T>(int index, String key, PartnerCentralException error) implements BulkResult<T> {
        /**
         * Creates the result, checking its components.
         *
         * @param index the record's position in the input, from 0
         * @param key the record's key
         * @param error why it failed
         */
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }
}

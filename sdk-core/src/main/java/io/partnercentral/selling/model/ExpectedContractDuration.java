package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The expected length of the contract ({@code Project.ExpectedContractDuration}, 2026-05-15): with
 * the expected customer spend it converts total contract value into monthly recurring revenue.
 * The service takes {@code Months} and a whole number from 1 to 144.
 *
 * <pre>{@code ExpectedContractDuration.months(36)}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableExpectedContractDuration.class)
@JsonDeserialize(as = ImmutableExpectedContractDuration.class)
public interface ExpectedContractDuration extends WireObject {
    /** Required; only {@link ContractDurationTerm#MONTHS}. */
    @JsonProperty("Term")
    Optional<ContractDurationTerm> term();

    /** Required; the duration as an integer string, 1 to 144, in the unit of {@link #term()}. */
    @JsonProperty("Value")
    Optional<String> value();

    /** A duration of {@code months} months. Range is checked by validation, not here. */
    static ExpectedContractDuration months(int months) {
        return builder().term(ContractDurationTerm.MONTHS).value(Integer.toString(months)).build();
    }

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds an {@link ExpectedContractDuration}. */
    final class Builder extends ImmutableExpectedContractDuration.Builder {
        Builder() {}
    }
}

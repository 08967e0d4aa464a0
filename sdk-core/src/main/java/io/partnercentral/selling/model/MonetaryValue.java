package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An amount of money ({@code SoftwareRevenue.Value}). {@link #amount()} keeps the wire string;
 * {@link Builder#amount(BigDecimal)} writes a number in plain notation, never rounded.
 *
 * <pre>{@code MonetaryValue.of(new BigDecimal("12000"), CurrencyCode.EUR)}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableMonetaryValue.class)
@JsonDeserialize(as = ImmutableMonetaryValue.class)
public interface MonetaryValue extends WireObject {
    /** Required. */
    @JsonProperty("Amount")
    Optional<String> amount();

    /** Required; USD or EUR, EUR under the {@code aws-eusc} partition. */
    @JsonProperty("CurrencyCode")
    Optional<CurrencyCode> currencyCode();

    /** The amount as a number, if it is present and numeric. */
    default Optional<BigDecimal> amountValue() {
        return amount().flatMap(Amounts::parse);
    }

    /** An amount in a currency. */
    static MonetaryValue of(BigDecimal amount, CurrencyCode currencyCode) {
        return builder().amount(amount).currencyCode(currencyCode).build();
    }

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link MonetaryValue}. */
    final class Builder extends ImmutableMonetaryValue.Builder {
        Builder() {}

        /** Sets the amount from a number, written in plain notation with its scale kept. */
        public Builder amount(BigDecimal amount) {
            return amount(amount.toPlainString());
        }
    }
}

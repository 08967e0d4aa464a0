package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An estimate of what the customer will spend ({@code Project.ExpectedCustomerSpend}).
 *
 * <p>{@link #amount()} keeps the wire string exactly as given or read (for example {@code "100.50"});
 * {@link Builder#amount(BigDecimal)} writes a {@code BigDecimal} in plain notation, never rounded.
 *
 * <pre>{@code ExpectedCustomerSpend.builder().amount(new BigDecimal("2500.00"))
 *     .currencyCode(CurrencyCode.USD).frequency(PaymentFrequency.MONTHLY)
 *     .targetCompany(ExpectedCustomerSpend.TARGET_AWS).build()}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableExpectedCustomerSpend.class)
@JsonDeserialize(as = ImmutableExpectedCustomerSpend.class)
public interface ExpectedCustomerSpend extends WireObject {
    /** {@code TargetCompany} for spend on AWS. */
    String TARGET_AWS = "AWS";
    /** {@code TargetCompany} for the partner's own revenue; only with an expected contract duration. */
    String TARGET_SELF = "Self";

    @JsonProperty("Amount")
    Optional<String> amount();

    /** Required; USD or EUR, EUR under the {@code aws-eusc} partition. */
    @JsonProperty("CurrencyCode")
    Optional<CurrencyCode> currencyCode();

    /** Required; only {@link PaymentFrequency#MONTHLY}. */
    @JsonProperty("Frequency")
    Optional<PaymentFrequency> frequency();

    /** Required; {@link #TARGET_AWS}, or {@link #TARGET_SELF} with an expected contract duration. */
    @JsonProperty("TargetCompany")
    Optional<String> targetCompany();

    @JsonProperty("EstimationUrl")
    Optional<String> estimationUrl();

    /** The amount as a number, if it is present and numeric. */
    default Optional<BigDecimal> amountValue() {
        return amount().flatMap(Amounts::parse);
    }

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds an {@link ExpectedCustomerSpend}. */
    final class Builder extends ImmutableExpectedCustomerSpend.Builder {
        Builder() {}

        /** Sets the amount from a number, written in plain notation with its scale kept. */
        public Builder amount(BigDecimal amount) {
            return amount(amount.toPlainString());
        }
    }
}

package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.partnercentral.selling.internal.Builders;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * Spend estimates from one source ({@code AwsProductInsights}): totals before and after the
 * suggested optimizations, totals per program category, and the per-product breakdown. Amounts
 * keep the wire strings; the {@code ...Value()} methods parse them. Read-only.
 *
 * <pre>{@code AwsProductInsights partner = bySource.partner().orElseThrow();
 * BigDecimal total = partner.totalAmountValue().orElse(BigDecimal.ZERO);
 * String mapSpend = partner.totalAmountByCategory().get("MAP");}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableAwsProductInsights.class)
@JsonDeserialize(as = ImmutableAwsProductInsights.class)
public interface AwsProductInsights extends WireObject {
    @JsonProperty("CurrencyCode")
    Optional<CurrencyCode> currencyCode();

    @JsonProperty("Frequency")
    Optional<PaymentFrequency> frequency();

    @JsonProperty("TotalAmount")
    Optional<String> totalAmount();

    @JsonProperty("TotalOptimizedAmount")
    Optional<String> totalOptimizedAmount();

    @JsonProperty("TotalPotentialSavingsAmount")
    Optional<String> totalPotentialSavingsAmount();

    /**
     * Spend by AWS program or modernization pathway, amounts as wire strings. Not written when empty:
     * the mapper's list rule does not cover maps, and an absent member must stay absent.
     */
    @JsonProperty("TotalAmountByCategory")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    Map<String, String> totalAmountByCategory();

    @JsonProperty("AwsProducts")
    List<AwsProductDetails> awsProducts();

    /** The total before optimizations as a number, if present and numeric. */
    default Optional<BigDecimal> totalAmountValue() {
        return totalAmount().flatMap(Amounts::parse);
    }

    /** The total after optimizations as a number, if present and numeric. */
    default Optional<BigDecimal> totalOptimizedAmountValue() {
        return totalOptimizedAmount().flatMap(Amounts::parse);
    }

    /** The total potential savings as a number, if present and numeric. */
    default Optional<BigDecimal> totalPotentialSavingsAmountValue() {
        return totalPotentialSavingsAmount().flatMap(Amounts::parse);
    }

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds an {@link AwsProductInsights}. */
    final class Builder extends ImmutableAwsProductInsights.Builder {
        Builder() {}

        /** Adds a product built by the consumer. */
        public Builder addAwsProduct(Consumer<AwsProductDetails.Builder> product) {
            return addAwsProduct(Builders.fill(AwsProductDetails.builder(), product).build());
        }
    }
}

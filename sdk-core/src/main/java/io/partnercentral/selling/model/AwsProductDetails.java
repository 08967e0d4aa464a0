package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.partnercentral.selling.internal.Builders;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * The estimated cost of one AWS product and how to reduce it ({@code AwsProductDetails}), part of
 * an {@link AwsProductInsights}. Amounts keep the wire strings; the {@code ...Value()} methods parse
 * them. Read-only.
 *
 * <pre>{@code AwsProductDetails ec2 = insights.awsProducts().get(0);
 * Optional<BigDecimal> saving = ec2.potentialSavingsAmountValue();}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableAwsProductDetails.class)
@JsonDeserialize(as = ImmutableAwsProductDetails.class)
public interface AwsProductDetails extends WireObject {
    /** The Partner Central product identifier, as used to associate products with opportunities. */
    @JsonProperty("ProductCode")
    Optional<String> productCode();

    /** The AWS Pricing Calculator service code. */
    @JsonProperty("ServiceCode")
    Optional<String> serviceCode();

    /** Programs and modernization pathways the product is eligible for. */
    @JsonProperty("Categories")
    List<String> categories();

    @JsonProperty("Amount")
    Optional<String> amount();

    @JsonProperty("OptimizedAmount")
    Optional<String> optimizedAmount();

    @JsonProperty("PotentialSavingsAmount")
    Optional<String> potentialSavingsAmount();

    @JsonProperty("Optimizations")
    List<AwsProductOptimization> optimizations();

    /** The cost before optimizations as a number, if present and numeric. */
    default Optional<BigDecimal> amountValue() {
        return amount().flatMap(Amounts::parse);
    }

    /** The cost after optimizations as a number, if present and numeric. */
    default Optional<BigDecimal> optimizedAmountValue() {
        return optimizedAmount().flatMap(Amounts::parse);
    }

    /** The potential savings as a number, if present and numeric. */
    default Optional<BigDecimal> potentialSavingsAmountValue() {
        return potentialSavingsAmount().flatMap(Amounts::parse);
    }

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds an {@link AwsProductDetails}. */
    final class Builder extends ImmutableAwsProductDetails.Builder {
        Builder() {}

        /** Adds an optimization built by the consumer. */
        public Builder addOptimization(Consumer<AwsProductOptimization.Builder> optimization) {
            return addOptimization(Builders.fill(AwsProductOptimization.builder(), optimization).build());
        }
    }
}

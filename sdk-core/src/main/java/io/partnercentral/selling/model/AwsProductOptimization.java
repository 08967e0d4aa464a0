package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One way AWS suggests to cut the cost of a product ({@code AwsProductOptimization}), part of the
 * spend insights of an {@link AwsOpportunitySummaryFullView}. Read-only.
 *
 * <pre>{@code for (AwsProductOptimization o : product.optimizations()) {
 *     System.out.println(o.description().orElse("") + ": " + o.savingsAmountValue().orElse(BigDecimal.ZERO));
 * }}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableAwsProductOptimization.class)
@JsonDeserialize(as = ImmutableAwsProductOptimization.class)
public interface AwsProductOptimization extends WireObject {
    @JsonProperty("Description")
    Optional<String> description();

    /** The wire string, kept exactly; see {@link #savingsAmountValue()}. */
    @JsonProperty("SavingsAmount")
    Optional<String> savingsAmount();

    /** The savings as a number, if present and numeric. */
    default Optional<BigDecimal> savingsAmountValue() {
        return savingsAmount().flatMap(Amounts::parse);
    }

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds an {@link AwsProductOptimization}. */
    final class Builder extends ImmutableAwsProductOptimization.Builder {
        Builder() {}
    }
}

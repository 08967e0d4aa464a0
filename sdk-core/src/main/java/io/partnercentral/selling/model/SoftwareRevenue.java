package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.partnercentral.selling.internal.Builders;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * The customer's procurement terms ({@code SoftwareRevenue}); required only in eligible programs.
 *
 * <pre>{@code SoftwareRevenue.builder().deliveryModel(RevenueModel.SUBSCRIPTION)
 *     .value(MonetaryValue.of(new BigDecimal("12000"), CurrencyCode.USD))
 *     .effectiveDate(LocalDate.of(2027, 1, 1)).build()}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSoftwareRevenue.class)
@JsonDeserialize(as = ImmutableSoftwareRevenue.class)
public interface SoftwareRevenue extends WireObject {
    @JsonProperty("DeliveryModel")
    Optional<RevenueModel> deliveryModel();

    @JsonProperty("Value")
    Optional<MonetaryValue> value();

    @JsonProperty("EffectiveDate")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<LocalDate> effectiveDate();

    @JsonProperty("ExpirationDate")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<LocalDate> expirationDate();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link SoftwareRevenue}. */
    final class Builder extends ImmutableSoftwareRevenue.Builder {
        Builder() {}

        /** Sets the value from a builder the consumer fills in. */
        public Builder value(Consumer<MonetaryValue.Builder> value) {
            return value(Builders.fill(MonetaryValue.builder(), value).build());
        }
    }
}

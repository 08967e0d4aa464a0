package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The end customer's address ({@code Customer.Account.Address}). Street, city and postal code are
 * redacted from {@code toString}.
 *
 * <pre>{@code Address.builder().countryCode(CountryCode.US).stateOrRegion(StateOrRegion.WASHINGTON).build()}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableAddress.class)
@JsonDeserialize(as = ImmutableAddress.class)
public interface Address extends WireObject {
    @JsonProperty("City")
    @Value.Redacted
    Optional<String> city();

    @JsonProperty("PostalCode")
    @Value.Redacted
    Optional<String> postalCode();

    @JsonProperty("StateOrRegion")
    Optional<StateOrRegion> stateOrRegion();

    @JsonProperty("CountryCode")
    Optional<CountryCode> countryCode();

    @JsonProperty("StreetAddress")
    @Value.Redacted
    Optional<String> streetAddress();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds an {@link Address}. */
    final class Builder extends ImmutableAddress.Builder {
        Builder() {}
    }
}

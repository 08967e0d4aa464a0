package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.partnercentral.selling.internal.Builders;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * The end customer's account ({@code Customer.Account}). Company name, website and DUNS number are
 * redacted from {@code toString}.
 *
 * <pre>{@code Account.builder().companyName("Example Corp").industry(Industry.RETAIL)
 *     .websiteUrl("https://example.com").address(a -> a.countryCode(CountryCode.DE)).build()}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableAccount.class)
@JsonDeserialize(as = ImmutableAccount.class)
public interface Account extends WireObject {
    @JsonProperty("Industry")
    Optional<Industry> industry();

    /** Required when {@link #industry()} is {@link Industry#OTHER}. */
    @JsonProperty("OtherIndustry")
    Optional<String> otherIndustry();

    /** Required by the service. */
    @JsonProperty("CompanyName")
    @Value.Redacted
    Optional<String> companyName();

    /** Required unless the opportunity is a national security project. */
    @JsonProperty("WebsiteUrl")
    @Value.Redacted
    Optional<String> websiteUrl();

    @JsonProperty("AwsAccountId")
    Optional<String> awsAccountId();

    @JsonProperty("Address")
    Optional<Address> address();

    @JsonProperty("Duns")
    @Value.Redacted
    Optional<String> duns();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds an {@link Account}. */
    final class Builder extends ImmutableAccount.Builder {
        Builder() {}

        /** Sets the address from a builder the consumer fills in. */
        public Builder address(Consumer<Address.Builder> address) {
            return address(Builders.fill(Address.builder(), address).build());
        }
    }
}

package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person: a customer contact ({@code Customer.Contacts}) or a member of the partner's
 * {@code OpportunityTeam}. Names, email and phone are redacted from {@code toString}.
 *
 * <pre>{@code Contact.builder().firstName("Ana").lastName("Silva").email("ana@example.com")
 *     .businessTitle("OpportunityOwner").phone("+14155550100").build()}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableContact.class)
@JsonDeserialize(as = ImmutableContact.class)
public interface Contact extends WireObject {
    /** Business title the service documents for a partner's opportunity team. */
    String PARTNER_ACCOUNT_MANAGER = "PartnerAccountManager";
    /** Business title the service documents for a partner's opportunity team. */
    String OPPORTUNITY_OWNER = "OpportunityOwner";

    @JsonProperty("Email")
    @Value.Redacted
    Optional<String> email();

    @JsonProperty("FirstName")
    @Value.Redacted
    Optional<String> firstName();

    @JsonProperty("LastName")
    @Value.Redacted
    Optional<String> lastName();

    @JsonProperty("BusinessTitle")
    Optional<String> businessTitle();

    @JsonProperty("Phone")
    @Value.Redacted
    Optional<String> phone();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link Contact}. */
    final class Builder extends ImmutableContact.Builder {
        Builder() {}
    }
}

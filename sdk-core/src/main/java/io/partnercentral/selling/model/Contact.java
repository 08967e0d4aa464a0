package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Map;
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
public interface Contact {
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

    /**
     * Members this SDK does not model, by wire name: kept when read from the service and sent back
     * unchanged, or set to send a member newer than this SDK. Redacted from {@code toString}.
     */
    @JsonAnyGetter
    @Value.Redacted
    Map<String, JsonNode> additionalMembers();

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

package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import io.partnercentral.selling.internal.Builders;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * The end customer of an opportunity: the account and the customer's contacts.
 *
 * <pre>{@code Customer.builder()
 *     .account(a -> a.companyName("Example Corp").industry(Industry.HEALTHCARE))
 *     .addContact(c -> c.firstName("Ana").email("ana@example.com"))
 *     .build()}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableCustomer.class)
@JsonDeserialize(as = ImmutableCustomer.class)
public interface Customer extends WireObject {
    @JsonProperty("Account")
    Optional<Account> account();

    @JsonProperty("Contacts")
    List<Contact> contacts();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link Customer}. */
    final class Builder extends ImmutableCustomer.Builder {
        Builder() {}

        /** Sets the account from a builder the consumer fills in. */
        public Builder account(Consumer<Account.Builder> account) {
            return account(Builders.fill(Account.builder(), account).build());
        }

        /** Adds a contact built by the consumer. */
        public Builder addContact(Consumer<Contact.Builder> contact) {
            return addContact(Builders.fill(Contact.builder(), contact).build());
        }
    }
}

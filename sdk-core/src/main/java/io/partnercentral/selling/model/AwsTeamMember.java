package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of the AWS team on an opportunity ({@code AwsTeamMember}). Unlike {@link Contact} the
 * business title is an AWS role picklist and there is no phone. Names and email are redacted from
 * {@code toString}. Read-only.
 *
 * <pre>{@code fullView.opportunityTeam().stream()
 *     .filter(m -> m.businessTitle().filter(AwsMemberBusinessTitle.PDM::equals).isPresent())
 *     .findFirst()}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableAwsTeamMember.class)
@JsonDeserialize(as = ImmutableAwsTeamMember.class)
public interface AwsTeamMember extends WireObject {
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
    Optional<AwsMemberBusinessTitle> businessTitle();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds an {@link AwsTeamMember}. */
    final class Builder extends ImmutableAwsTeamMember.Builder {
        Builder() {}
    }
}

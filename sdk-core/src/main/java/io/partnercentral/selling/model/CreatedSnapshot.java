package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of CreateResourceSnapshot: the new snapshot's ARN and revision, enough to fetch it.
 *
 * <pre>{@code int revision = created.revision().orElseThrow();}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableCreatedSnapshot.class)
@JsonDeserialize(as = ImmutableCreatedSnapshot.class)
public interface CreatedSnapshot extends WireObject {
    @JsonProperty("Arn")
    Optional<String> arn();

    @JsonProperty("Revision")
    Optional<Integer> revision();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link CreatedSnapshot}. */
    final class Builder extends ImmutableCreatedSnapshot.Builder {
        Builder() {}
    }
}

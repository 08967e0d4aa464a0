package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of CreateResourceSnapshotJob: the new job's id and ARN.
 *
 * <pre>{@code String jobId = created.id().orElseThrow();}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableCreatedSnapshotJob.class)
@JsonDeserialize(as = ImmutableCreatedSnapshotJob.class)
public interface CreatedSnapshotJob extends WireObject {
    /** {@code job-} and 13 characters. */
    @JsonProperty("Id")
    Optional<String> id();

    @JsonProperty("Arn")
    Optional<String> arn();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link CreatedSnapshotJob}. */
    final class Builder extends ImmutableCreatedSnapshotJob.Builder {
        Builder() {}
    }
}

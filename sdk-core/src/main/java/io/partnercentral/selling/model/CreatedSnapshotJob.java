package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
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
public interface CreatedSnapshotJob {
    /** {@code job-} and 13 characters. */
    @JsonProperty("Id")
    Optional<String> id();

    @JsonProperty("Arn")
    Optional<String> arn();

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

    /** Builds a {@link CreatedSnapshotJob}. */
    final class Builder extends ImmutableCreatedSnapshotJob.Builder {
        Builder() {}
    }
}

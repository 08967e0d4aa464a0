package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resource snapshot job, which snapshots a resource whenever it changes: the result of
 * GetResourceSnapshotJob.
 *
 * <pre>{@code if (job.status().filter(SnapshotJobStatus.STOPPED::equals).isPresent()) {
 *     job.lastFailure().ifPresent(failure -> log.warn("snapshot job {} stopped: {}", job.id().orElse("?"), failure));
 * }}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSnapshotJob.class)
@JsonDeserialize(as = ImmutableSnapshotJob.class)
public interface SnapshotJob extends WireObject {
    @JsonProperty("Catalog")
    Optional<Catalog> catalog();

    /** {@code job-} and 13 characters. */
    @JsonProperty("Id")
    Optional<String> id();

    @JsonProperty("Arn")
    Optional<String> arn();

    @JsonProperty("EngagementId")
    Optional<String> engagementId();

    @JsonProperty("ResourceType")
    Optional<ResourceType> resourceType();

    @JsonProperty("ResourceId")
    Optional<String> resourceId();

    @JsonProperty("ResourceArn")
    Optional<String> resourceArn();

    @JsonProperty("ResourceSnapshotTemplateName")
    Optional<String> resourceSnapshotTemplateName();

    @JsonProperty("CreatedAt")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<Instant> createdAt();

    @JsonProperty("Status")
    Optional<SnapshotJobStatus> status();

    @JsonProperty("LastSuccessfulExecutionDate")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<Instant> lastSuccessfulExecutionDate();

    /** The error message of the most recent failure, if any. */
    @JsonProperty("LastFailure")
    Optional<String> lastFailure();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link SnapshotJob}. */
    final class Builder extends ImmutableSnapshotJob.Builder {
        Builder() {}
    }
}

package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of ListResourceSnapshots ({@code ResourceSnapshotSummaries[]}): which revision of which
 * resource and template exists, without the payload. {@link #createdBy()} is redacted from
 * {@code toString}.
 *
 * <pre>{@code int latest = summaries.stream().flatMap(s -> s.revision().stream())
 *     .max(Integer::compare).orElse(0);}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSnapshotSummary.class)
@JsonDeserialize(as = ImmutableSnapshotSummary.class)
public interface SnapshotSummary extends WireObject {
    @JsonProperty("Arn")
    Optional<String> arn();

    @JsonProperty("Revision")
    Optional<Integer> revision();

    @JsonProperty("ResourceType")
    Optional<ResourceType> resourceType();

    @JsonProperty("ResourceId")
    Optional<String> resourceId();

    @JsonProperty("ResourceSnapshotTemplateName")
    Optional<String> resourceSnapshotTemplateName();

    /** The AWS account id that owns the snapshotted resource. */
    @JsonProperty("CreatedBy")
    @Value.Redacted
    Optional<String> createdBy();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link SnapshotSummary}. */
    final class Builder extends ImmutableSnapshotSummary.Builder {
        Builder() {}
    }
}

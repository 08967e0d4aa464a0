package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of ListResourceSnapshotJobs ({@code ResourceSnapshotJobSummaries[]}).
 *
 * <pre>{@code List<String> running = summaries.stream()
 *     .filter(s -> s.status().filter(SnapshotJobStatus.RUNNING::equals).isPresent())
 *     .flatMap(s -> s.id().stream()).toList();}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSnapshotJobSummary.class)
@JsonDeserialize(as = ImmutableSnapshotJobSummary.class)
public interface SnapshotJobSummary extends WireObject {
    @JsonProperty("Id")
    Optional<String> id();

    @JsonProperty("Arn")
    Optional<String> arn();

    @JsonProperty("EngagementId")
    Optional<String> engagementId();

    @JsonProperty("Status")
    Optional<SnapshotJobStatus> status();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link SnapshotJobSummary}. */
    final class Builder extends ImmutableSnapshotJobSummary.Builder {
        Builder() {}
    }
}

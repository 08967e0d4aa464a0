package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** One past value of {@code LifeCycle.NextSteps} and when it was set; read-only. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableNextStepsHistoryEntry.class)
@JsonDeserialize(as = ImmutableNextStepsHistoryEntry.class)
public interface NextStepsHistoryEntry extends WireObject {
    @JsonProperty("Value")
    Optional<String> value();

    @JsonProperty("Time")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<Instant> time();

    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NextStepsHistoryEntry}. */
    final class Builder extends ImmutableNextStepsHistoryEntry.Builder {
        Builder() {}
    }
}

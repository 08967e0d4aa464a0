package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;
import java.util.Optional;
import java.util.Map;
import org.immutables.value.Value;

/** One past value of {@code LifeCycle.NextSteps} and when it was set; read-only. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableNextStepsHistoryEntry.class)
@JsonDeserialize(as = ImmutableNextStepsHistoryEntry.class)
public interface NextStepsHistoryEntry {
    @JsonProperty("Value")
    Optional<String> value();

    @JsonProperty("Time")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<Instant> time();

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

    /** Builds a {@link NextStepsHistoryEntry}. */
    final class Builder extends ImmutableNextStepsHistoryEntry.Builder {
        Builder() {}
    }
}

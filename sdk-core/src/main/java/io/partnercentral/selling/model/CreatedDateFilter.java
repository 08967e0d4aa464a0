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
 * Filters opportunities by when they were created ({@code CreatedDate} filter, 2026-05-15). Either bound may be omitted.
 *
 * <pre>{@code CreatedDateFilter.builder().afterCreatedDate(...).build()}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableCreatedDateFilter.class)
@JsonDeserialize(as = ImmutableCreatedDateFilter.class)
public interface CreatedDateFilter {
    @JsonProperty("AfterCreatedDate")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<Instant> afterCreatedDate();

    @JsonProperty("BeforeCreatedDate")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<Instant> beforeCreatedDate();

    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CreatedDateFilter}. */
    final class Builder extends ImmutableCreatedDateFilter.Builder {
        Builder() {}
    }
}

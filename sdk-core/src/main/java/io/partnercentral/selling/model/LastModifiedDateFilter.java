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
 * Filters opportunities by when they last changed ({@code LastModifiedDate} filter). Either bound may be omitted.
 *
 * <pre>{@code LastModifiedDateFilter.builder().afterLastModifiedDate(...).build()}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableLastModifiedDateFilter.class)
@JsonDeserialize(as = ImmutableLastModifiedDateFilter.class)
public interface LastModifiedDateFilter {
    @JsonProperty("AfterLastModifiedDate")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<Instant> afterLastModifiedDate();

    @JsonProperty("BeforeLastModifiedDate")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<Instant> beforeLastModifiedDate();

    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LastModifiedDateFilter}. */
    final class Builder extends ImmutableLastModifiedDateFilter.Builder {
        Builder() {}
    }
}

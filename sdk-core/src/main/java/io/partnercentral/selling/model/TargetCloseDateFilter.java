package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filters opportunities by target close date ({@code TargetCloseDate} filter, 2026-05-15). Either bound may be omitted.
 *
 * <pre>{@code TargetCloseDateFilter.builder().afterTargetCloseDate(...).build()}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableTargetCloseDateFilter.class)
@JsonDeserialize(as = ImmutableTargetCloseDateFilter.class)
public interface TargetCloseDateFilter {
    @JsonProperty("AfterTargetCloseDate")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<LocalDate> afterTargetCloseDate();

    @JsonProperty("BeforeTargetCloseDate")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<LocalDate> beforeTargetCloseDate();

    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TargetCloseDateFilter}. */
    final class Builder extends ImmutableTargetCloseDateFilter.Builder {
        Builder() {}
    }
}

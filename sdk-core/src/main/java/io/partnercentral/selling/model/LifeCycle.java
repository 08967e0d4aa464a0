package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonView;
import io.partnercentral.selling.internal.WireViews;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an opportunity stands ({@code LifeCycle}). The review members are set by AWS: they are read
 * but never sent.
 *
 * <pre>{@code LifeCycle.builder().stage(Stage.QUALIFIED).nextSteps("Architecture review")
 *     .targetCloseDate(LocalDate.of(2027, 3, 31)).build()}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableLifeCycle.class)
@JsonDeserialize(as = ImmutableLifeCycle.class)
public interface LifeCycle extends WireObject {
    @JsonProperty("Stage")
    Optional<Stage> stage();

    /** Required when {@link #stage()} is {@link Stage#CLOSED_LOST}. */
    @JsonProperty("ClosedLostReason")
    Optional<ClosedLostReason> closedLostReason();

    @JsonProperty("NextSteps")
    Optional<String> nextSteps();

    /** Must not be in the past when sent. */
    @JsonProperty("TargetCloseDate")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<LocalDate> targetCloseDate();

    /** Read-only. */
    @JsonProperty("ReviewStatus")
    @JsonView(WireViews.ReadOnly.class)
    Optional<ReviewStatus> reviewStatus();

    /** Read-only. */
    @JsonProperty("ReviewComments")
    @JsonView(WireViews.ReadOnly.class)
    Optional<String> reviewComments();

    /** Read-only. */
    @JsonProperty("ReviewStatusReason")
    @JsonView(WireViews.ReadOnly.class)
    Optional<String> reviewStatusReason();

    /** Read-only: the last 50 values of {@link #nextSteps()} with their times. */
    @JsonProperty("NextStepsHistory")
    @JsonView(WireViews.ReadOnly.class)
    List<NextStepsHistoryEntry> nextStepsHistory();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link LifeCycle}. */
    final class Builder extends ImmutableLifeCycle.Builder {
        Builder() {}
    }
}

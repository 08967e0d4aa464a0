package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where AWS's side of an opportunity stands ({@code AwsOpportunityLifeCycle}). A separate type from
 * {@link LifeCycle} because AWS uses its own, larger picklists: {@link AwsStage} and
 * {@link AwsClosedLostReason}. Read-only.
 *
 * <pre>{@code boolean lost = awsLifeCycle.stage().filter(AwsStage.CLOSED_LOST::equals).isPresent();}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableAwsOpportunityLifeCycle.class)
@JsonDeserialize(as = ImmutableAwsOpportunityLifeCycle.class)
public interface AwsOpportunityLifeCycle extends WireObject {
    @JsonProperty("TargetCloseDate")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<LocalDate> targetCloseDate();

    @JsonProperty("ClosedLostReason")
    Optional<AwsClosedLostReason> closedLostReason();

    @JsonProperty("Stage")
    Optional<AwsStage> stage();

    @JsonProperty("NextSteps")
    Optional<String> nextSteps();

    @JsonProperty("NextStepsHistory")
    List<NextStepsHistoryEntry> nextStepsHistory();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds an {@link AwsOpportunityLifeCycle}. */
    final class Builder extends ImmutableAwsOpportunityLifeCycle.Builder {
        Builder() {}
    }
}

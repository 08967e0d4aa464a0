package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.partnercentral.selling.internal.Builders;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * What AWS makes of an opportunity ({@code AwsOpportunityInsights}): suggested next actions, an
 * engagement score and spend insights by source. Read-only.
 *
 * <pre>{@code boolean promising = insights.engagementScore().filter(EngagementScore.HIGH::equals).isPresent();}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableAwsOpportunityInsights.class)
@JsonDeserialize(as = ImmutableAwsOpportunityInsights.class)
public interface AwsOpportunityInsights extends WireObject {
    @JsonProperty("NextBestActions")
    Optional<String> nextBestActions();

    @JsonProperty("EngagementScore")
    Optional<EngagementScore> engagementScore();

    @JsonProperty("AwsProductsSpendInsightsBySource")
    Optional<AwsProductsSpendInsightsBySource> awsProductsSpendInsightsBySource();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds an {@link AwsOpportunityInsights}. */
    final class Builder extends ImmutableAwsOpportunityInsights.Builder {
        Builder() {}

        /** Sets the spend insights from a builder the consumer fills in. */
        public Builder awsProductsSpendInsightsBySource(Consumer<AwsProductsSpendInsightsBySource.Builder> bySource) {
            return awsProductsSpendInsightsBySource(
                    Builders.fill(AwsProductsSpendInsightsBySource.builder(), bySource).build());
        }
    }
}

package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.partnercentral.selling.internal.Builders;
import java.util.Map;
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
public interface AwsOpportunityInsights {
    @JsonProperty("NextBestActions")
    Optional<String> nextBestActions();

    @JsonProperty("EngagementScore")
    Optional<EngagementScore> engagementScore();

    @JsonProperty("AwsProductsSpendInsightsBySource")
    Optional<AwsProductsSpendInsightsBySource> awsProductsSpendInsightsBySource();

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

package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Marketing details of an opportunity ({@code Marketing}); optional. Use cases must be empty when
 * AWS funding was not used.
 *
 * <pre>{@code Marketing.builder().source(MarketingSource.MARKETING_ACTIVITY)
 *     .awsFundingUsed(AwsFundingUsed.YES).addUseCase(MarketingUseCase.ANALYTICS).build()}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableMarketing.class)
@JsonDeserialize(as = ImmutableMarketing.class)
public interface Marketing extends WireObject {
    @JsonProperty("CampaignName")
    Optional<String> campaignName();

    @JsonProperty("Source")
    Optional<MarketingSource> source();

    @JsonProperty("UseCases")
    List<MarketingUseCase> useCases();

    @JsonProperty("Channels")
    List<MarketingChannel> channels();

    @JsonProperty("AwsFundingUsed")
    Optional<AwsFundingUsed> awsFundingUsed();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link Marketing}. */
    final class Builder extends ImmutableMarketing.Builder {
        Builder() {}
    }
}

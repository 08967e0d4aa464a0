package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.partnercentral.selling.internal.Builders;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * One revision of a resource snapshot: the result of GetResourceSnapshot, with its
 * {@link SnapshotPayload}. {@link #createdBy()} (an AWS account id, sensitive in the service's
 * model) is redacted from {@code toString}.
 *
 * <p>Written with any mapper built from {@code WireJson.configure(JsonMapper.builder())}, a snapshot
 * reads back equal, unknown payload members and unknown fields included, so it can be stored as is.
 *
 * <pre>{@code
 * ObjectMapper mapper = WireJson.configure(JsonMapper.builder()).build();
 * String stored = mapper.writeValueAsString(snapshot);
 * Snapshot restored = mapper.readValue(stored, Snapshot.class);   // restored.equals(snapshot)
 * Optional<OpportunitySummaryView> summary = restored.payload().flatMap(SnapshotPayload::opportunitySummary);
 * }</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSnapshot.class)
@JsonDeserialize(as = ImmutableSnapshot.class)
public interface Snapshot extends WireObject {
    @JsonProperty("Catalog")
    Optional<Catalog> catalog();

    @JsonProperty("Arn")
    Optional<String> arn();

    /** The AWS account id of the principal that created the snapshot. */
    @JsonProperty("CreatedBy")
    @Value.Redacted
    Optional<String> createdBy();

    @JsonProperty("CreatedAt")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<Instant> createdAt();

    @JsonProperty("EngagementId")
    Optional<String> engagementId();

    @JsonProperty("ResourceType")
    Optional<ResourceType> resourceType();

    /** For {@link ResourceType#OPPORTUNITY}, the opportunity id. */
    @JsonProperty("ResourceId")
    Optional<String> resourceId();

    @JsonProperty("ResourceSnapshotTemplateName")
    Optional<String> resourceSnapshotTemplateName();

    /** Sequential from 1 within one resource and template. */
    @JsonProperty("Revision")
    Optional<Integer> revision();

    /** Empty when the service sent no payload, or a union with no member ({@code {}}). */
    @JsonProperty("Payload")
    Optional<SnapshotPayload> payload();

    @JsonProperty("TargetMemberAccounts")
    List<String> targetMemberAccounts();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link Snapshot}. */
    final class Builder extends ImmutableSnapshot.Builder {
        Builder() {}

        /** Sets the payload to a partner opportunity summary built by the consumer. */
        public Builder opportunitySummary(Consumer<OpportunitySummaryView.Builder> summary) {
            return payload(SnapshotPayload.of(Builders.fill(OpportunitySummaryView.builder(), summary).build()));
        }

        /** Sets the payload to an AWS full view built by the consumer. */
        public Builder awsOpportunitySummaryFullView(Consumer<AwsOpportunitySummaryFullView.Builder> awsView) {
            return payload(SnapshotPayload.of(Builders.fill(AwsOpportunitySummaryFullView.builder(), awsView).build()));
        }
    }
}

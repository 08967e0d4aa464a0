package io.partnercentral.selling.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.partnercentral.selling.internal.SnapshotPayloadDeserializer;
import io.partnercentral.selling.internal.SnapshotPayloadSerializer;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The content of a resource snapshot ({@code Payload}), a union: exactly one of
 * {@link OpportunitySummary} ({@code OpportunitySummary}), {@link AwsFullView}
 * ({@code AwsOpportunitySummaryFullView}), or {@link Unknown} for a member this SDK does not know,
 * which keeps the member's name and raw JSON and writes them back unchanged.
 *
 * <p>Java 17, with {@link #fold}:
 *
 * <pre>{@code
 * String stage = payload.fold(
 *     summary -> summary.lifeCycle().flatMap(LifeCycle::stage).map(Stage::value).orElse("none"),
 *     awsView -> awsView.lifeCycle().flatMap(AwsOpportunityLifeCycle::stage).map(AwsStage::value).orElse("none"),
 *     unknown -> "not readable by this SDK: " + unknown.name());
 * }</pre>
 *
 * <p>Java 21, with an exhaustive {@code switch} (no {@code default}: a new variant is a compile
 * error, not a silent fall-through):
 *
 * <pre>{@code
 * String stage = switch (payload) {
 *     case SnapshotPayload.OpportunitySummary(var summary) ->
 *         summary.lifeCycle().flatMap(LifeCycle::stage).map(Stage::value).orElse("none");
 *     case SnapshotPayload.AwsFullView(var awsView) ->
 *         awsView.lifeCycle().flatMap(AwsOpportunityLifeCycle::stage).map(AwsStage::value).orElse("none");
 *     case SnapshotPayload.Unknown unknown -> "not readable by this SDK: " + unknown.name();
 * };
 * }</pre>
 *
 * <p>The variants wrap the view types rather than being them so that a payload always serializes
 * as the union object ({@code {"OpportunitySummary": {...}}}) and a view always as the bare member
 * body, whichever static type the caller holds.
 *
 * <p>Reading JSON: {@code __type} and members whose value is {@code null} are ignored, as the Smithy
 * JSON protocols require of unions. A union with no remaining member, such as {@code {}}, carries
 * nothing and reads as no payload: {@code Snapshot.payload()} is empty (and a direct read of this
 * type returns {@code null}), so it is written back as an absent {@code Payload}. More than one
 * remaining member is not a valid union and fails the read rather than dropping one of them.
 */
@JsonSerialize(using = SnapshotPayloadSerializer.class)
@JsonDeserialize(using = SnapshotPayloadDeserializer.class)
public sealed interface SnapshotPayload {
    /** Wire name of the partner opportunity summary member. */
    String OPPORTUNITY_SUMMARY = "OpportunitySummary";
    /** Wire name of the AWS opportunity full view member. */
    String AWS_OPPORTUNITY_SUMMARY_FULL_VIEW = "AwsOpportunitySummaryFullView";

    /** The wire name of the member this payload holds. */
    String memberName();

    /** Applies the function that matches this variant and returns its result. */
    default <R> R fold(
            Function<? super OpportunitySummaryView, ? extends R> onOpportunitySummary,
            Function<? super AwsOpportunitySummaryFullView, ? extends R> onAwsFullView,
            Function<? super Unknown, ? extends R> onUnknown) {
        // The interface is sealed to exactly these three records, so the chain is exhaustive.
        if (this instanceof OpportunitySummary summary) {
            return onOpportunitySummary.apply(summary.view());
        }
        if (this instanceof AwsFullView awsView) {
            return onAwsFullView.apply(awsView.view());
        }
        return onUnknown.apply((Unknown) this);
    }

    /** The partner opportunity summary, if this payload holds one. */
    default Optional<OpportunitySummaryView> opportunitySummary() {
        return fold(Optional::of, awsView -> Optional.empty(), unknown -> Optional.empty());
    }

    /** AWS's full view of the opportunity, if this payload holds one. */
    default Optional<AwsOpportunitySummaryFullView> awsOpportunitySummaryFullView() {
        return fold(summary -> Optional.empty(), Optional::of, unknown -> Optional.empty());
    }

    /** A payload holding the partner opportunity summary. */
    static SnapshotPayload of(OpportunitySummaryView summary) {
        return new OpportunitySummary(summary);
    }

    /** A payload holding AWS's full view of the opportunity. */
    static SnapshotPayload of(AwsOpportunitySummaryFullView awsView) {
        return new AwsFullView(awsView);
    }

    /** A payload holding a member this SDK does not know; see {@link Unknown}. */
    static SnapshotPayload unknown(String name, JsonNode value) {
        return new Unknown(name, value);
    }

    /** The {@code OpportunitySummary} member. */
    record OpportunitySummary(OpportunitySummaryView view) implements SnapshotPayload {
        public OpportunitySummary {
            Objects.requireNonNull(view, "view");
        }

        @Override
        public String memberName() {
            return OPPORTUNITY_SUMMARY;
        }
    }

    /** The {@code AwsOpportunitySummaryFullView} member. */
    record AwsFullView(AwsOpportunitySummaryFullView view) implements SnapshotPayload {
        public AwsFullView {
            Objects.requireNonNull(view, "view");
        }

        @Override
        public String memberName() {
            return AWS_OPPORTUNITY_SUMMARY_FULL_VIEW;
        }
    }

    /**
     * A member this version of the SDK does not know, newer than it: its wire name and its JSON
     * exactly as read (decimal numbers keep every digit), written back unchanged. The JSON is copied
     * on the way in and out, so the value stays immutable; {@code toString} redacts it, as it may
     * hold personal data.
     *
     * <pre>{@code SnapshotPayload.Unknown unknown = new SnapshotPayload.Unknown("FutureView", node);
     * log.warn("snapshot payload {} needs a newer SDK", unknown.name());}</pre>
     *
     * @param name the member's wire name; not one this SDK knows, which would not read back as Unknown
     * @param value the member's JSON; not a JSON {@code null}, which readers ignore
     */
    record Unknown(String name, JsonNode value) implements SnapshotPayload {
        // Names that would read back as something else: the known members, and the ignored __type.
        private static final Set<String> RESERVED = Set.of(OPPORTUNITY_SUMMARY, AWS_OPPORTUNITY_SUMMARY_FULL_VIEW, "__type");

        public Unknown {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (RESERVED.contains(name)) {
                throw new IllegalArgumentException("not an unknown payload member: " + name);
            }
            if (value.isNull() || value.isMissingNode()) {
                throw new IllegalArgumentException("payload member " + name + " needs a non-null JSON value");
            }
            value = value.deepCopy();
        }

        /** A copy of the member's JSON; changing it does not change this value. */
        @Override
        public JsonNode value() {
            return value.deepCopy();
        }

        @Override
        public String memberName() {
            return name;
        }

        @Override
        public String toString() {
            return "Unknown[name=" + name + ", value=" + PartnerCentralStyle.MASK + "]";
        }
    }
}

package io.partnercentral.selling.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.Catalog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An EventBridge rule's event pattern for Partner Central events: source
 * {@code aws.partnercentral-selling}, optionally narrowed to some {@link DetailType detail-types}
 * (only real ones can be named) and catalogs ({@code detail.catalog}, the one member every event
 * carries). Rules must be created on the default event bus in us-east-1.
 *
 * <pre>{@code
 * String pattern = EventRulePattern.builder()
 *     .detailTypes(DetailType.OPPORTUNITY_CREATED, DetailType.OPPORTUNITY_UPDATED)
 *     .catalogs(Catalog.AWS)
 *     .build()
 *     .toJson();
 * // {"source":["aws.partnercentral-selling"],"detail-type":["Opportunity Created","Opportunity Updated"],"detail":{"catalog":["AWS"]}}
 * eventBridge.putRule(r -> r.name("partner-central-sync").eventPattern(pattern));
 * }</pre>
 */
public final class EventRulePattern {
    private final List<DetailType> detailTypes;
    private final List<Catalog> catalogs;

    private EventRulePattern(Builder builder) {
        this.detailTypes = List.copyOf(builder.detailTypes);
        this.catalogs = List.copyOf(builder.catalogs);
    }

    /** {@return a builder matching every Partner Central event until narrowed} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the detail-types matched; empty means all} */
    public List<DetailType> detailTypes() {
        return detailTypes;
    }

    /** {@return the catalogs matched; empty means both} */
    public List<Catalog> catalogs() {
        return catalogs;
    }

    /** {@return the pattern as a JSON tree} */
    public ObjectNode toJsonNode() {
        ObjectNode pattern = JsonNodeFactory.instance.objectNode();
        pattern.putArray("source").add(DetailType.SOURCE);
        if (!detailTypes.isEmpty()) {
            ArrayNode types = pattern.putArray("detail-type");
            detailTypes.forEach(type -> types.add(type.value()));
        }
        if (!catalogs.isEmpty()) {
            ArrayNode values = pattern.putObject("detail").putArray("catalog");
            catalogs.forEach(catalog -> values.add(catalog.value()));
        }
        return pattern;
    }

    /** {@return the pattern as JSON text, for PutRule's {@code EventPattern}} */
    public String toJson() {
        return PartnerCentralEvents.write(toJsonNode());
    }

    @Override
    public String toString() {
        return toJson();
    }

    /** Builds an {@link EventRulePattern}; not thread-safe. */
    public static final class Builder {
        private final Set<DetailType> detailTypes = new LinkedHashSet<>();
        private final Set<Catalog> catalogs = new LinkedHashSet<>();

        private Builder() {}

        /**
         * Adds detail-types to match (none added: all).
         *
         * @param types the detail-types
         * @return this builder
         */
        public Builder detailTypes(DetailType... types) {
            return detailTypes(List.of(types));
        }

        /**
         * Adds detail-types to match (none added: all).
         *
         * @param types the detail-types
         * @return this builder
         */
        public Builder detailTypes(Collection<DetailType> types) {
            types.forEach(type -> detailTypes.add(Objects.requireNonNull(type, "detail type")));
            return this;
        }

        /**
         * Adds catalogs to match (none added: both).
         *
         * @param catalogs {@code AWS}, {@code Sandbox} or both
         * @return this builder
         * @throws IllegalArgumentException for a catalog other than {@code AWS} and {@code Sandbox}
         */
        public Builder catalogs(Catalog... catalogs) {
            for (Catalog catalog : catalogs) {
                if (!Objects.requireNonNull(catalog, "catalog").isKnown()) {
                    throw new IllegalArgumentException("events carry catalog AWS or Sandbox only");
                }
                this.catalogs.add(catalog);
            }
            return this;
        }

        /** {@return the pattern} */
        public EventRulePattern build() {
            return new EventRulePattern(this);
        }
    }
}

package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A key-value tag on a resource.
 *
 * <pre>{@code Tag.of("crm-source", "salesforce")}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableTag.class)
@JsonDeserialize(as = ImmutableTag.class)
public interface Tag extends WireObject {
    @JsonProperty("Key")
    @Value.Parameter
    String key();

    @JsonProperty("Value")
    @Value.Parameter
    String value();

    static Tag of(String key, String value) {
        return ImmutableTag.of(key, value);
    }
}

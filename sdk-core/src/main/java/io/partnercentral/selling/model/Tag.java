package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
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
public interface Tag {
    @JsonProperty("Key")
    @Value.Parameter
    String key();

    @JsonProperty("Value")
    @Value.Parameter
    String value();

    /**
     * Members this SDK does not model, by wire name: kept when read from the service and sent back
     * unchanged, or set to send a member newer than this SDK. Redacted from {@code toString}.
     */
    @JsonAnyGetter
    @Value.Redacted
    Map<String, JsonNode> additionalMembers();

    static Tag of(String key, String value) {
        return ImmutableTag.of(key, value);
    }
}

package io.partnercentral.selling.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A JSON object of the service's API, as every model type is: it keeps what this SDK does not
 * model, so nothing the service sent is lost on the way back.
 */
public interface WireObject {
    /**
     * Members this SDK does not model, by wire name: kept when read from the service and sent back
     * unchanged, or set to send a member newer than this SDK. Redacted from {@code toString}.
     *
     * @return the members this SDK does not model, by wire name, as read
     */
    @Value.Redacted
    Map<String, JsonNode> additionalMembers();
}

package io.partnercentral.selling.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.partnercentral.selling.model.SnapshotPayload;
import java.io.IOException;

/**
 * Internal API: writes a {@link SnapshotPayload} as the union object, {@code {"<member>": body}}.
 *
 * <p>The body goes through the caller's provider, so the mapper's inclusion rules and active view
 * apply to it as to any other value.
 */
public final class SnapshotPayloadSerializer extends StdSerializer<SnapshotPayload> {
    private static final long serialVersionUID = 1L;

    public SnapshotPayloadSerializer() {
        super(SnapshotPayload.class);
    }

    @Override
    public void serialize(SnapshotPayload payload, JsonGenerator gen, SerializerProvider provider) throws IOException {
        Object body = payload.<Object>fold(summary -> summary, awsView -> awsView, SnapshotPayload.Unknown::value);
        gen.writeStartObject(payload);
        gen.writeFieldName(payload.memberName());
        provider.defaultSerializeValue(body, gen);
        gen.writeEndObject();
    }
}

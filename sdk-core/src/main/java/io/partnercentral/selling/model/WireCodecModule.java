package io.partnercentral.selling.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A Jackson databind module that reads and writes every model structure and union through its
 * generated {@link WireCodec}, so a mapper gives exactly the JSON the SDK sends and reads. A writer's
 * active view picks the members as the SDK's requests do ({@link WireViews}).
 * {@code StoredPayloads.configure(JsonMapper.builder())} registers it with the rest of the SDK's
 * settings; codecs are looked up when a type is first used.
 */
public final class WireCodecModule extends Module {
    /** A module to register on a mapper builder, e.g. {@code JsonMapper.builder().addModule(new WireCodecModule())}. */
    public WireCodecModule() {}

    @Override
    public String getModuleName() {
        return "PartnerCentralSellingModel";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new Serializers.Base() {
            @Override
            public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription bean) {
                WireCodec<Object> codec = codecFor(type.getRawClass());
                return codec == null ? null : new CodecSerializer(codec);
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription bean) {
                WireCodec<Object> codec = codecFor(type.getRawClass());
                return codec == null ? null : new CodecDeserializer(type.getRawClass(), codec);
            }
        });
    }

    /** The codec of a model type, or of the model interface an implementation class implements. */
    @SuppressWarnings("unchecked")
    static WireCodec<Object> codecFor(Class<?> type) {
        WireCodec<?> codec = ModelCodecs.of(type);
        if (codec == null && (WireObject.class.isAssignableFrom(type) || WireUnion.class.isAssignableFrom(type))) {
            for (Class<?> c = type; c != null && codec == null; c = c.getSuperclass()) {
                for (Class<?> implemented : c.getInterfaces()) {
                    codec = ModelCodecs.of(implemented);
                    if (codec != null) {
                        break;
                    }
                }
            }
        }
        return (WireCodec<Object>) codec;
    }

    private static final class CodecSerializer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;
        private final transient WireCodec<Object> codec;

        CodecSerializer(WireCodec<Object> codec) {
            super(Object.class);
            this.codec = codec;
        }

        @Override
        public void serialize(Object value, JsonGenerator g, SerializerProvider provider) throws IOException {
            codec.write(g, value, JsonCodec.view(provider.getActiveView()));
        }
    }

    private static final class CodecDeserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;
        private final transient WireCodec<Object> codec;

        CodecDeserializer(Class<?> type, WireCodec<Object> codec) {
            super(type);
            this.codec = codec;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            return codec.read(p);
        }
    }
}

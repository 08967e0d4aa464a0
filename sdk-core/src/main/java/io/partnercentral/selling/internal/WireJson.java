package io.partnercentral.selling.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.partnercentral.selling.model.WireCodec;
import io.partnercentral.selling.model.WireCodecModule;
import io.partnercentral.selling.model.WireViews;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Internal API: the service's JSON. Requests and responses go through the generated
 * {@link WireCodec}s on one jackson-core {@link JsonFactory}; no databind mapper is built unless
 * something asks for {@link #mapper()} (storage, tree comparisons on rare paths), so the first call
 * does not pay for one.
 *
 * <p>For a mapper of the caller's own, {@link #configure} registers the same codecs
 * ({@link WireCodecModule}): unknown members are kept, absent optionals and empty collections are not
 * written, so nothing is sent that the caller did not set. Factories, mappers, readers and writers
 * are immutable and thread-safe once built.
 */
public final class WireJson {
    /** The one factory of every streaming parser and generator: immutable, with jackson-core's default read limits. */
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ThreadLocal<Output> OUTPUTS = ThreadLocal.withInitial(Output::new);

    private WireJson() {}

    /** A request body's writer: writes one JSON value. */
    @FunctionalInterface
    public interface BodyWriter {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    /** Applies this SDK's settings to a builder, for callers that want their own mapper. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return Mapper.configure(builder);
    }

    /** The streaming factory every request and response goes through. */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /** Writes one body to bytes. Not re-entrant: a {@code writer} must not call {@code body} itself. */
    public static byte[] body(BodyWriter writer) {
        // The generator buffers in a recycled buffer and flushes into this thread's output, which
        // keeps its array between calls: the exact-size copy is the only allocation of the bytes.
        Output out = OUTPUTS.get();
        out.reset();
        try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            writer.writeTo(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a request body", e);
        }
        return out.toByteArray();
    }

    /** Writes {@code value} with its codec in {@code view} ({@link WireCodec#ALL}, {@code CREATE}, {@code UPDATE}). */
    public static <T> byte[] write(WireCodec<T> codec, T value, int view) {
        return body(g -> codec.write(g, value, view));
    }

    /** A mapper with this SDK's settings, built when first asked for. */
    public static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    public static ObjectWriter createWriter() {
        return Mapper.CREATE_WRITER;
    }

    public static ObjectWriter updateWriter() {
        return Mapper.UPDATE_WRITER;
    }

    public static ObjectReader reader(Class<?> type) {
        return Mapper.MAPPER.readerFor(type);
    }

    /** A growable byte buffer for one thread's bodies; keeps up to 64 KiB between calls. */
    private static final class Output extends OutputStream {
        private static final int KEPT = 64 * 1024;
        private byte[] buffer = new byte[4096];
        private int count;

        void reset() {
            if (buffer.length > KEPT) {
                buffer = new byte[4096];
            }
            count = 0;
        }

        @Override
        public void write(int b) {
            ensure(1);
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            ensure(length);
            System.arraycopy(bytes, offset, buffer, count, length);
            count += length;
        }

        private void ensure(int more) {
            if (count + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, count + more));
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, count);
        }
    }

    /** Holder: databind and its modules are loaded only by the paths that use them. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();
        static final ObjectWriter CREATE_WRITER = MAPPER.writerWithView(WireViews.Create.class);
        static final ObjectWriter UPDATE_WRITER = MAPPER.writerWithView(WireViews.Update.class);

        static JsonMapper.Builder configure(JsonMapper.Builder builder) {
            return builder.addModule(new Jdk8Module())
                    .addModule(new JavaTimeModule())
                    .addModule(new WireCodecModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                    .enable(MapperFeature.DEFAULT_VIEW_INCLUSION)
                    .defaultPropertyInclusion(JsonInclude.Value.construct(
                            JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                    .withConfigOverride(List.class, o -> o.setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null)))
                    // The model's dates are YYYY-MM-DD only: no date-time cut to its date, no "" read as absent.
                    .withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)));
        }
    }
}

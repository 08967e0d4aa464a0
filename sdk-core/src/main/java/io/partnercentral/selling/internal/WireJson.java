package io.partnercentral.selling.internal;

import io.partnercentral.selling.model.WireViews;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;

/**
 * Internal API: the one Jackson configuration that reads and writes the service's JSON.
 *
 * <p>Unknown members are ignored on read rather than failing, so a newer service does not break an
 * older SDK; empty collections and absent optionals are not written, so nothing is sent that the
 * caller did not set. Mappers, readers and writers are immutable and thread-safe once built.
 */
public final class WireJson {
    private static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();
    private static final ObjectWriter CREATE_WRITER = MAPPER.writerWithView(WireViews.Create.class);
    private static final ObjectWriter UPDATE_WRITER = MAPPER.writerWithView(WireViews.Update.class);

    private WireJson() {}

    /** Applies this SDK's settings to a builder, for callers that want their own mapper. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder.addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
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

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectWriter createWriter() {
        return CREATE_WRITER;
    }

    public static ObjectWriter updateWriter() {
        return UPDATE_WRITER;
    }

    public static ObjectReader reader(Class<?> type) {
        return MAPPER.readerFor(type);
    }
}

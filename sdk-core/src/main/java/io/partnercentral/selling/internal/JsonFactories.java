package io.partnercentral.selling.internal;

import com.fasterxml.jackson.core.JsonFactory;

/**
 * Internal API: the one {@link JsonFactory} this SDK's streaming parsers share, so reading a small
 * body (an error, say) needs jackson-core only and never builds an {@code ObjectMapper}.
 *
 * <p>Thread-safe: a {@code JsonFactory} is immutable once built and creates a new parser per call.
 */
public final class JsonFactories {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonFactories() {}

    /** The shared factory, with jackson-core's default read constraints (nesting, number and string lengths). */
    public static JsonFactory shared() {
        return FACTORY;
    }
}

package io.partnercentral.selling.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;

/**
 * The generated streaming reader and writer of one model type, on jackson-core's {@link JsonParser}
 * and {@link JsonGenerator}, without reflection or an intermediate tree: the JSON the service sends
 * and reads. The SDK uses them for every request and response; get one with
 * {@link ModelCodecs#of(Class)} to read or write the service's JSON with jackson-core yourself, or
 * let a databind mapper use them through {@link WireCodecModule}.
 *
 * <p>Members this SDK does not model are read into {@link WireObject#additionalMembers()} exactly
 * as sent and written back after the modelled ones. Absent optionals and empty collections are not
 * written. Instances are stateless singletons, safe to share between threads.
 *
 * @param <T> the model type
 */
public abstract class WireCodec<T> {
    /** Writes every member the value holds, read-only ones included: the full record of a value. */
    public static final int ALL = JsonCodec.READ_ONLY | JsonCodec.CREATE_ONLY;
    /** Writes what CreateOpportunity sends: no read-only members. */
    public static final int CREATE = JsonCodec.CREATE_ONLY;
    /** Writes what UpdateOpportunity sends: neither read-only nor create-only members. */
    public static final int UPDATE = 0;

    WireCodec() {}

    /** {@return the wire names of the members the type models, in the model's order} */
    public abstract List<String> memberNames();

    /**
     * Reads one value; the parser is positioned on its {@code START_OBJECT} (or on its first field
     * name) and is left on its {@code END_OBJECT}. A JSON {@code null} reads as {@code null}.
     *
     * @param parser the parser, positioned as described
     * @return the value read, or {@code null} for a JSON {@code null}
     * @throws IOException for JSON that is not of the type's shape, naming the member path
     */
    public abstract T read(JsonParser parser) throws IOException;

    /**
     * Writes one value as a JSON object with the members {@code view} ({@link #ALL}, {@link #CREATE}, {@link #UPDATE}) selects.
     *
     * @param generator the generator to write to
     * @param value the model value
     * @param view which members to write: {@link #ALL}, {@link #CREATE} or {@link #UPDATE}
     * @throws IOException if the generator cannot write
     */
    public abstract void write(JsonGenerator generator, T value, int view) throws IOException;

    /**
     * Writes the members {@code view} selects without the enclosing braces, for a request body that
     * adds members of its own around a model value.
     *
     * @param generator the generator to write to
     * @param value the model value
     * @param view which members to write: {@link #ALL}, {@link #CREATE} or {@link #UPDATE}
     * @throws IOException if the generator cannot write
     * @throws UnsupportedOperationException for a union
     */
    public void writeMembers(JsonGenerator generator, T value, int view) throws IOException {
        throw new UnsupportedOperationException("a union is written whole");
    }

    /**
     * The value with the catalog and a client token filled in where the type has such members and
     * the value leaves them unset: {@code catalog} when not null, a new random token when
     * {@code drawToken}. Returns the value itself when nothing needs filling.
     *
     * @param value the model value
     * @param catalog the catalog, {@code AWS} or {@code Sandbox}
     * @param drawToken whether to draw a random client token when none is set
     * @return the value with the catalog and a client token filled in where the type has such members and the value leaves them unset: {@code catalog} when not null, a new random token when {@code drawToken}
     */
    public T withDefaults(T value, Catalog catalog, boolean drawToken) {
        return value;
    }

    /**
     * {@return the value's {@code NextToken}, or {@code null} (also for types without one)}
     *
     * @param value the model value
     */
    public String nextToken(T value) {
        return null;
    }

    /**
     * The value asking for the page after {@code token}.
     *
     * @param value the model value
     * @param token the previous page's {@code NextToken}
     * @return the value asking for the page after {@code token}
     * @throws UnsupportedOperationException if the type has no {@code NextToken} member
     */
    public T withNextToken(T value, String token) {
        throw new UnsupportedOperationException("no NextToken member");
    }
}

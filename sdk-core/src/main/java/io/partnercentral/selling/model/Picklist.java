package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Base of every picklist type: a value with its exact wire spelling.
 *
 * <p>Unlike a Java {@code enum}, a picklist keeps a value the service added after this SDK was
 * released, so a read-modify-write sends it back unchanged instead of failing or dropping it. Each
 * subclass declares the values the SDK knows as constants; compare with {@code equals} or
 * {@code ==} (known values are interned).
 *
 * <pre>{@code if (Industry.GOVERNMENT.equals(account.industry().orElse(null))) { ... }
 * switch (stage.value()) { case "Closed Lost" -> ... }}</pre>
 */
public abstract class Picklist {
    /** Where a value came from; decides whether validation accepts an unknown one. */
    enum Source {
        /** A value this SDK knows. */
        KNOWN,
        /** An unknown value read from the service: sent back unchanged, never reported. */
        SERVICE,
        /** An unknown value the caller passed to {@code unchecked}: sent as given, never reported. */
        UNCHECKED,
        /** An unknown value the caller passed to {@code of}: reported where the model restricts the member. */
        CALLER
    }

    private final String value;
    private final Source source;

    Picklist(String value, Source source) {
        this.value = Objects.requireNonNull(value, "value");
        // Only unknown values are constructed outside the constants, so known ones never pay for the check.
        this.source = source == Source.SERVICE && CallerData.reading() ? Source.CALLER : source;
    }

    /**
     * Runs {@code read} on this thread with every picklist value it reads that this SDK does not know
     * taken as the caller's own data, as if given to {@code of()}: validation then reports it
     * ({@code INVALID_ENUM_VALUE}) before a create or update sends it. Outside such a read, an unknown
     * value read from JSON is the service's and travels back unchanged. This is how
     * {@link io.partnercentral.selling.validation.StoredPayloads#read(String, Class)} reads a stored
     * payload; use it when reading the caller's JSON with a {@link WireCodec} directly.
     *
     * @param read the read to run, e.g. a codec or mapper reading stored JSON
     * @param <T> what it reads
     * @return what {@code read} returned
     */
    public static <T> T readAsCallerData(Supplier<T> read) {
        return CallerData.during(Objects.requireNonNull(read, "read"));
    }

    /** {@return the value exactly as the service spells it on the wire} */
    @JsonValue
    public final String value() {
        return value;
    }

    /** {@return whether this version of the SDK knows the value; unknown values still travel unchanged} */
    public final boolean isKnown() {
        return source == Source.KNOWN;
    }

    /**
     * Whether this is a value this SDK does not know that the caller typed with {@code of(String)}:
     * validation reports it as {@code INVALID_ENUM_VALUE} where the model restricts the member to
     * its enumeration. Values read from the service or passed to {@code unchecked(String)} are never
     * reported, so a read-modify-write and a deliberately newer value both travel.
     *
     * @return whether this is a value this SDK does not know that the caller typed with {@code of(String)}: validation reports it as {@code INVALID_ENUM_VALUE} where the model restricts the member to its enumeration
     */
    public final boolean isUnrecognized() {
        return source == Source.CALLER;
    }

    @Override
    public final boolean equals(Object other) {
        return this == other
                || (other != null && other.getClass() == getClass() && ((Picklist) other).value.equals(value));
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** Returns the wire value. */
    @Override
    public final String toString() {
        return value;
    }
}

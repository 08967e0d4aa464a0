package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

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
    private final String value;
    private final boolean known;

    Picklist(String value, boolean known) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = known;
    }

    /** The value exactly as the service spells it on the wire. */
    @JsonValue
    public final String value() {
        return value;
    }

    /** Whether this version of the SDK knows the value; unknown values still travel unchanged. */
    public final boolean isKnown() {
        return known;
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

package io.partnercentral.selling.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The known values of one picklist type, and the lookups that keep unknown spellings.
 *
 * <p>Populated only during the owning class's static initialisation, then read-only, so it is safe
 * to share between threads without locking.
 */
final class PicklistValues<T extends Picklist> {
    private final BiFunction<String, Picklist.Source, T> factory;
    private final Map<String, T> byValue = new HashMap<>();
    private final List<T> ordered = new ArrayList<>();
    private List<T> view = List.of();

    PicklistValues(BiFunction<String, Picklist.Source, T> factory) {
        this.factory = factory;
    }

    /** Registers a known value; call only from the owning class's static initialiser. */
    T known(String value) {
        T instance = factory.apply(value, Picklist.Source.KNOWN);
        if (byValue.putIfAbsent(value, instance) != null) {
            throw new IllegalStateException("duplicate picklist value: " + value);
        }
        ordered.add(instance);
        view = Collections.unmodifiableList(new ArrayList<>(ordered));
        return instance;
    }

    /** The known instance for this spelling, or a new unknown one the caller chose. */
    T of(String value) {
        return lookup(value, Picklist.Source.CALLER);
    }

    /** The known instance, or a new unknown one the caller sends knowingly. */
    T unchecked(String value) {
        return lookup(value, Picklist.Source.UNCHECKED);
    }

    /** The known instance, or a new unknown one read from the service. */
    T fromWire(String value) {
        return lookup(value, Picklist.Source.SERVICE);
    }

    List<T> known() {
        return view;
    }

    private T lookup(String value, Picklist.Source source) {
        Objects.requireNonNull(value, "value");
        T instance = byValue.get(value);
        return instance != null ? instance : factory.apply(value, source);
    }
}

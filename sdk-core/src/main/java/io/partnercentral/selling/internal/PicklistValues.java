package io.partnercentral.selling.internal;

import io.partnercentral.selling.model.Picklist;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The known values of one picklist type, and the lookup that keeps unknown spellings.
 *
 * <p>Internal API: not for use outside this SDK. Populated only during the owning class's static
 * initialisation, then read-only, so it is safe to share between threads without locking.
 */
public final class PicklistValues<T extends Picklist> {
    private final BiFunction<String, Boolean, T> factory;
    private final Map<String, T> byValue = new HashMap<>();
    private final List<T> ordered = new ArrayList<>();
    private List<T> view = List.of();

    public PicklistValues(BiFunction<String, Boolean, T> factory) {
        this.factory = factory;
    }

    /** Registers a known value; call only from the owning class's static initialiser. */
    public T known(String value) {
        T instance = factory.apply(value, Boolean.TRUE);
        if (byValue.putIfAbsent(value, instance) != null) {
            throw new IllegalStateException("duplicate picklist value: " + value);
        }
        ordered.add(instance);
        view = Collections.unmodifiableList(new ArrayList<>(ordered));
        return instance;
    }

    /** Returns the known instance for this spelling, or a new unknown one that keeps it. */
    public T of(String value) {
        Objects.requireNonNull(value, "value");
        T instance = byValue.get(value);
        return instance != null ? instance : factory.apply(value, Boolean.FALSE);
    }

    public List<T> known() {
        return view;
    }
}

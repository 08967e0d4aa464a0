package io.partnercentral.selling.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The known values of one picklist type, by spelling. (No factory lambda: a picklist class
 * loads without spinning one, which the first response read would otherwise pay for.)
 *
 * <p>Populated only during the owning class's static initialisation, then read-only, so it is safe
 * to share between threads without locking.
 */
final class PicklistValues<T extends Picklist> {
    private final Map<String, T> byValue = new HashMap<>();
    private final List<T> ordered = new ArrayList<>();
    private List<T> view = List.of();

    /** Registers a known value; call only from the owning class's static initialiser. */
    T known(T instance) {
        if (byValue.putIfAbsent(instance.value(), instance) != null) {
            throw new IllegalStateException("duplicate picklist value: " + instance.value());
        }
        ordered.add(instance);
        view = Collections.unmodifiableList(new ArrayList<>(ordered));
        return instance;
    }

    /**
     * The known instance for this spelling, or {@code null}: the picklist then makes an unknown one
     * that remembers where it came from.
     *
     * @throws NullPointerException if {@code value} is null
     */
    T get(String value) {
        return byValue.get(Objects.requireNonNull(value, "value"));
    }

    List<T> known() {
        return view;
    }
}

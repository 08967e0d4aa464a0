package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The direction of a sorted listing.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code SortOrder value = SortOrder.ASCENDING;
 * SortOrder fromService = SortOrder.of("ASCENDING");  // same instance as the constant}</pre>
 */
public final class SortOrder extends Picklist {
    private static final PicklistValues<SortOrder> VALUES = new PicklistValues<>(SortOrder::new);

    /** {@code ASCENDING} */
    public static final SortOrder ASCENDING = VALUES.known("ASCENDING");
    /** {@code DESCENDING} */
    public static final SortOrder DESCENDING = VALUES.known("DESCENDING");

    private SortOrder(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static SortOrder of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<SortOrder> knownValues() {
        return VALUES.known();
    }
}

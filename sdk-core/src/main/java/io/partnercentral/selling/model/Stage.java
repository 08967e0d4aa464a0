package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The partner-side sales stage of an opportunity ({@code LifeCycle.Stage}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code Stage value = Stage.PROSPECT;
 * Stage fromService = Stage.of("Prospect");  // same instance as the constant}</pre>
 */
public final class Stage extends Picklist {
    private static final PicklistValues<Stage> VALUES = new PicklistValues<>(Stage::new);

    /** {@code Prospect} */
    public static final Stage PROSPECT = VALUES.known("Prospect");
    /** {@code Qualified} */
    public static final Stage QUALIFIED = VALUES.known("Qualified");
    /** {@code Technical Validation} */
    public static final Stage TECHNICAL_VALIDATION = VALUES.known("Technical Validation");
    /** {@code Business Validation} */
    public static final Stage BUSINESS_VALIDATION = VALUES.known("Business Validation");
    /** {@code Committed} */
    public static final Stage COMMITTED = VALUES.known("Committed");
    /** {@code Launched} */
    public static final Stage LAUNCHED = VALUES.known("Launched");
    /** {@code Closed Lost} */
    public static final Stage CLOSED_LOST = VALUES.known("Closed Lost");

    private Stage(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static Stage of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<Stage> knownValues() {
        return VALUES.known();
    }
}

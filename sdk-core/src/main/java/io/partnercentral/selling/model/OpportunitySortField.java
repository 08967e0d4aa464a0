package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The field ListOpportunities sorts by ({@code Sort.SortBy}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code OpportunitySortField value = OpportunitySortField.LAST_MODIFIED_DATE;
 * OpportunitySortField fromService = OpportunitySortField.of("LastModifiedDate");  // same instance as the constant}</pre>
 */
public final class OpportunitySortField extends Picklist {
    private static final PicklistValues<OpportunitySortField> VALUES = new PicklistValues<>(OpportunitySortField::new);

    /** {@code LastModifiedDate} */
    public static final OpportunitySortField LAST_MODIFIED_DATE = VALUES.known("LastModifiedDate");
    /** {@code Identifier} */
    public static final OpportunitySortField IDENTIFIER = VALUES.known("Identifier");
    /** {@code CustomerCompanyName} */
    public static final OpportunitySortField CUSTOMER_COMPANY_NAME = VALUES.known("CustomerCompanyName");
    /** {@code CreatedDate} */
    public static final OpportunitySortField CREATED_DATE = VALUES.known("CreatedDate");
    /** {@code TargetCloseDate} */
    public static final OpportunitySortField TARGET_CLOSE_DATE = VALUES.known("TargetCloseDate");

    private OpportunitySortField(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static OpportunitySortField of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<OpportunitySortField> knownValues() {
        return VALUES.known();
    }
}

package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The end customer's industry ({@code Customer.Account.Industry}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code Industry value = Industry.AEROSPACE;
 * Industry fromService = Industry.of("Aerospace");  // same instance as the constant}</pre>
 */
public final class Industry extends Picklist {
    private static final PicklistValues<Industry> VALUES = new PicklistValues<>(Industry::new);

    /** {@code Aerospace} */
    public static final Industry AEROSPACE = VALUES.known("Aerospace");
    /** {@code Agriculture} */
    public static final Industry AGRICULTURE = VALUES.known("Agriculture");
    /** {@code Automotive} */
    public static final Industry AUTOMOTIVE = VALUES.known("Automotive");
    /** {@code Computers and Electronics} */
    public static final Industry COMPUTERS_AND_ELECTRONICS = VALUES.known("Computers and Electronics");
    /** {@code Consumer Goods} */
    public static final Industry CONSUMER_GOODS = VALUES.known("Consumer Goods");
    /** {@code Education} */
    public static final Industry EDUCATION = VALUES.known("Education");
    /** {@code Energy - Oil and Gas} */
    public static final Industry ENERGY_OIL_AND_GAS = VALUES.known("Energy - Oil and Gas");
    /** {@code Energy - Power and Utilities} */
    public static final Industry ENERGY_POWER_AND_UTILITIES = VALUES.known("Energy - Power and Utilities");
    /** {@code Financial Services} */
    public static final Industry FINANCIAL_SERVICES = VALUES.known("Financial Services");
    /** {@code Gaming} */
    public static final Industry GAMING = VALUES.known("Gaming");
    /** {@code Government} */
    public static final Industry GOVERNMENT = VALUES.known("Government");
    /** {@code Healthcare} */
    public static final Industry HEALTHCARE = VALUES.known("Healthcare");
    /** {@code Hospitality} */
    public static final Industry HOSPITALITY = VALUES.known("Hospitality");
    /** {@code Life Sciences} */
    public static final Industry LIFE_SCIENCES = VALUES.known("Life Sciences");
    /** {@code Manufacturing} */
    public static final Industry MANUFACTURING = VALUES.known("Manufacturing");
    /** {@code Marketing and Advertising} */
    public static final Industry MARKETING_AND_ADVERTISING = VALUES.known("Marketing and Advertising");
    /** {@code Media and Entertainment} */
    public static final Industry MEDIA_AND_ENTERTAINMENT = VALUES.known("Media and Entertainment");
    /** {@code Mining} */
    public static final Industry MINING = VALUES.known("Mining");
    /** {@code Non-Profit Organization} */
    public static final Industry NON_PROFIT_ORGANIZATION = VALUES.known("Non-Profit Organization");
    /** {@code Professional Services} */
    public static final Industry PROFESSIONAL_SERVICES = VALUES.known("Professional Services");
    /** {@code Real Estate and Construction} */
    public static final Industry REAL_ESTATE_AND_CONSTRUCTION = VALUES.known("Real Estate and Construction");
    /** {@code Retail} */
    public static final Industry RETAIL = VALUES.known("Retail");
    /** {@code Software and Internet} */
    public static final Industry SOFTWARE_AND_INTERNET = VALUES.known("Software and Internet");
    /** {@code Telecommunications} */
    public static final Industry TELECOMMUNICATIONS = VALUES.known("Telecommunications");
    /** {@code Transportation and Logistics} */
    public static final Industry TRANSPORTATION_AND_LOGISTICS = VALUES.known("Transportation and Logistics");
    /** {@code Travel} */
    public static final Industry TRAVEL = VALUES.known("Travel");
    /** {@code Wholesale and Distribution} */
    public static final Industry WHOLESALE_AND_DISTRIBUTION = VALUES.known("Wholesale and Distribution");
    /** {@code Other} */
    public static final Industry OTHER = VALUES.known("Other");

    private Industry(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static Industry of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<Industry> knownValues() {
        return VALUES.known();
    }
}

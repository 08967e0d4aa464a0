package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * A US state or region ({@code Address.StateOrRegion}); applies to US addresses.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code StateOrRegion value = StateOrRegion.ALABAMA;
 * StateOrRegion fromService = StateOrRegion.of("Alabama");  // same instance as the constant}</pre>
 */
public final class StateOrRegion extends Picklist {
    private static final PicklistValues<StateOrRegion> VALUES = new PicklistValues<>(StateOrRegion::new);

    /** {@code Alabama} */
    public static final StateOrRegion ALABAMA = VALUES.known("Alabama");
    /** {@code Alaska} */
    public static final StateOrRegion ALASKA = VALUES.known("Alaska");
    /** {@code American Samoa} */
    public static final StateOrRegion AMERICAN_SAMOA = VALUES.known("American Samoa");
    /** {@code Arizona} */
    public static final StateOrRegion ARIZONA = VALUES.known("Arizona");
    /** {@code Arkansas} */
    public static final StateOrRegion ARKANSAS = VALUES.known("Arkansas");
    /** {@code California} */
    public static final StateOrRegion CALIFORNIA = VALUES.known("California");
    /** {@code Colorado} */
    public static final StateOrRegion COLORADO = VALUES.known("Colorado");
    /** {@code Connecticut} */
    public static final StateOrRegion CONNECTICUT = VALUES.known("Connecticut");
    /** {@code Delaware} */
    public static final StateOrRegion DELAWARE = VALUES.known("Delaware");
    /** {@code Dist. of Columbia} */
    public static final StateOrRegion DIST_OF_COLUMBIA = VALUES.known("Dist. of Columbia");
    /** {@code Federated States of Micronesia} */
    public static final StateOrRegion FEDERATED_STATES_OF_MICRONESIA = VALUES.known("Federated States of Micronesia");
    /** {@code Florida} */
    public static final StateOrRegion FLORIDA = VALUES.known("Florida");
    /** {@code Georgia} */
    public static final StateOrRegion GEORGIA = VALUES.known("Georgia");
    /** {@code Guam} */
    public static final StateOrRegion GUAM = VALUES.known("Guam");
    /** {@code Hawaii} */
    public static final StateOrRegion HAWAII = VALUES.known("Hawaii");
    /** {@code Idaho} */
    public static final StateOrRegion IDAHO = VALUES.known("Idaho");
    /** {@code Illinois} */
    public static final StateOrRegion ILLINOIS = VALUES.known("Illinois");
    /** {@code Indiana} */
    public static final StateOrRegion INDIANA = VALUES.known("Indiana");
    /** {@code Iowa} */
    public static final StateOrRegion IOWA = VALUES.known("Iowa");
    /** {@code Kansas} */
    public static final StateOrRegion KANSAS = VALUES.known("Kansas");
    /** {@code Kentucky} */
    public static final StateOrRegion KENTUCKY = VALUES.known("Kentucky");
    /** {@code Louisiana} */
    public static final StateOrRegion LOUISIANA = VALUES.known("Louisiana");
    /** {@code Maine} */
    public static final StateOrRegion MAINE = VALUES.known("Maine");
    /** {@code Marshall Islands} */
    public static final StateOrRegion MARSHALL_ISLANDS = VALUES.known("Marshall Islands");
    /** {@code Maryland} */
    public static final StateOrRegion MARYLAND = VALUES.known("Maryland");
    /** {@code Massachusetts} */
    public static final StateOrRegion MASSACHUSETTS = VALUES.known("Massachusetts");
    /** {@code Michigan} */
    public static final StateOrRegion MICHIGAN = VALUES.known("Michigan");
    /** {@code Minnesota} */
    public static final StateOrRegion MINNESOTA = VALUES.known("Minnesota");
    /** {@code Mississippi} */
    public static final StateOrRegion MISSISSIPPI = VALUES.known("Mississippi");
    /** {@code Missouri} */
    public static final StateOrRegion MISSOURI = VALUES.known("Missouri");
    /** {@code Montana} */
    public static final StateOrRegion MONTANA = VALUES.known("Montana");
    /** {@code Nebraska} */
    public static final StateOrRegion NEBRASKA = VALUES.known("Nebraska");
    /** {@code Nevada} */
    public static final StateOrRegion NEVADA = VALUES.known("Nevada");
    /** {@code New Hampshire} */
    public static final StateOrRegion NEW_HAMPSHIRE = VALUES.known("New Hampshire");
    /** {@code New Jersey} */
    public static final StateOrRegion NEW_JERSEY = VALUES.known("New Jersey");
    /** {@code New Mexico} */
    public static final StateOrRegion NEW_MEXICO = VALUES.known("New Mexico");
    /** {@code New York} */
    public static final StateOrRegion NEW_YORK = VALUES.known("New York");
    /** {@code North Carolina} */
    public static final StateOrRegion NORTH_CAROLINA = VALUES.known("North Carolina");
    /** {@code North Dakota} */
    public static final StateOrRegion NORTH_DAKOTA = VALUES.known("North Dakota");
    /** {@code Northern Mariana Islands} */
    public static final StateOrRegion NORTHERN_MARIANA_ISLANDS = VALUES.known("Northern Mariana Islands");
    /** {@code Ohio} */
    public static final StateOrRegion OHIO = VALUES.known("Ohio");
    /** {@code Oklahoma} */
    public static final StateOrRegion OKLAHOMA = VALUES.known("Oklahoma");
    /** {@code Oregon} */
    public static final StateOrRegion OREGON = VALUES.known("Oregon");
    /** {@code Palau} */
    public static final StateOrRegion PALAU = VALUES.known("Palau");
    /** {@code Pennsylvania} */
    public static final StateOrRegion PENNSYLVANIA = VALUES.known("Pennsylvania");
    /** {@code Puerto Rico} */
    public static final StateOrRegion PUERTO_RICO = VALUES.known("Puerto Rico");
    /** {@code Rhode Island} */
    public static final StateOrRegion RHODE_ISLAND = VALUES.known("Rhode Island");
    /** {@code South Carolina} */
    public static final StateOrRegion SOUTH_CAROLINA = VALUES.known("South Carolina");
    /** {@code South Dakota} */
    public static final StateOrRegion SOUTH_DAKOTA = VALUES.known("South Dakota");
    /** {@code Tennessee} */
    public static final StateOrRegion TENNESSEE = VALUES.known("Tennessee");
    /** {@code Texas} */
    public static final StateOrRegion TEXAS = VALUES.known("Texas");
    /** {@code Utah} */
    public static final StateOrRegion UTAH = VALUES.known("Utah");
    /** {@code Vermont} */
    public static final StateOrRegion VERMONT = VALUES.known("Vermont");
    /** {@code Virginia} */
    public static final StateOrRegion VIRGINIA = VALUES.known("Virginia");
    /** {@code Virgin Islands} */
    public static final StateOrRegion VIRGIN_ISLANDS = VALUES.known("Virgin Islands");
    /** {@code Washington} */
    public static final StateOrRegion WASHINGTON = VALUES.known("Washington");
    /** {@code West Virginia} */
    public static final StateOrRegion WEST_VIRGINIA = VALUES.known("West Virginia");
    /** {@code Wisconsin} */
    public static final StateOrRegion WISCONSIN = VALUES.known("Wisconsin");
    /** {@code Wyoming} */
    public static final StateOrRegion WYOMING = VALUES.known("Wyoming");
    /** {@code APO/AE} */
    public static final StateOrRegion APO_AE = VALUES.known("APO/AE");
    /** {@code AFO/FPO} */
    public static final StateOrRegion AFO_FPO = VALUES.known("AFO/FPO");
    /** {@code FPO, AP} */
    public static final StateOrRegion FPO_AP = VALUES.known("FPO, AP");

    private StateOrRegion(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static StateOrRegion of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<StateOrRegion> knownValues() {
        return VALUES.known();
    }
}

package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * An APN program that influenced the opportunity ({@code Project.ApnPrograms}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code ApnProgram value = ApnProgram.APN_IMMERSION_DAYS;
 * ApnProgram fromService = ApnProgram.of("APN Immersion Days");  // same instance as the constant}</pre>
 */
public final class ApnProgram extends Picklist {
    private static final PicklistValues<ApnProgram> VALUES = new PicklistValues<>(ApnProgram::new);

    /** {@code APN Immersion Days} */
    public static final ApnProgram APN_IMMERSION_DAYS = VALUES.known("APN Immersion Days");
    /** {@code APN Solution Space} */
    public static final ApnProgram APN_SOLUTION_SPACE = VALUES.known("APN Solution Space");
    /** {@code ATO (Authority to Operate)} */
    public static final ApnProgram ATO_AUTHORITY_TO_OPERATE = VALUES.known("ATO (Authority to Operate)");
    /** {@code AWS Marketplace Campaign} */
    public static final ApnProgram AWS_MARKETPLACE_CAMPAIGN = VALUES.known("AWS Marketplace Campaign");
    /** {@code IS Immersion Day SFID Program} */
    public static final ApnProgram IS_IMMERSION_DAY_SFID_PROGRAM = VALUES.known("IS Immersion Day SFID Program");
    /** {@code ISV Workload Migration} */
    public static final ApnProgram ISV_WORKLOAD_MIGRATION = VALUES.known("ISV Workload Migration");
    /** {@code Migration Acceleration Program} */
    public static final ApnProgram MIGRATION_ACCELERATION_PROGRAM = VALUES.known("Migration Acceleration Program");
    /** {@code P3} */
    public static final ApnProgram P3 = VALUES.known("P3");
    /** {@code Partner Launch Initiative} */
    public static final ApnProgram PARTNER_LAUNCH_INITIATIVE = VALUES.known("Partner Launch Initiative");
    /** {@code Partner Opportunity Acceleration Funded} */
    public static final ApnProgram PARTNER_OPPORTUNITY_ACCELERATION_FUNDED = VALUES.known("Partner Opportunity Acceleration Funded");
    /** {@code The Next Smart} */
    public static final ApnProgram THE_NEXT_SMART = VALUES.known("The Next Smart");
    /** {@code VMware Cloud on AWS} */
    public static final ApnProgram VMWARE_CLOUD_ON_AWS = VALUES.known("VMware Cloud on AWS");
    /** {@code Well-Architected} */
    public static final ApnProgram WELL_ARCHITECTED = VALUES.known("Well-Architected");
    /** {@code Windows} */
    public static final ApnProgram WINDOWS = VALUES.known("Windows");
    /** {@code Workspaces/AppStream Accelerator Program} */
    public static final ApnProgram WORKSPACES_APPSTREAM_ACCELERATOR_PROGRAM = VALUES.known("Workspaces/AppStream Accelerator Program");
    /** {@code WWPS NDPP} */
    public static final ApnProgram WWPS_NDPP = VALUES.known("WWPS NDPP");

    private ApnProgram(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static ApnProgram of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<ApnProgram> knownValues() {
        return VALUES.known();
    }
}

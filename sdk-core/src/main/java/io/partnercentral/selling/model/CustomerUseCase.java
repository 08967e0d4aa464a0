package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The proposed solution focus or workload ({@code Project.CustomerUseCase}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code CustomerUseCase value = CustomerUseCase.AI_MACHINE_LEARNING_AND_ANALYTICS;
 * CustomerUseCase fromService = CustomerUseCase.of("AI Machine Learning and Analytics");  // same instance as the constant}</pre>
 */
public final class CustomerUseCase extends Picklist {
    private static final PicklistValues<CustomerUseCase> VALUES = new PicklistValues<>(CustomerUseCase::new);

    /** {@code AI Machine Learning and Analytics} */
    public static final CustomerUseCase AI_MACHINE_LEARNING_AND_ANALYTICS = VALUES.known("AI Machine Learning and Analytics");
    /** {@code Archiving} */
    public static final CustomerUseCase ARCHIVING = VALUES.known("Archiving");
    /** {@code Big Data: Data Warehouse/Data Integration/ETL/Data Lake/BI} */
    public static final CustomerUseCase BIG_DATA_DATA_WAREHOUSE_DATA_INTEGRATION_ETL_DATA_LAKE_BI = VALUES.known("Big Data: Data Warehouse/Data Integration/ETL/Data Lake/BI");
    /** {@code Blockchain} */
    public static final CustomerUseCase BLOCKCHAIN = VALUES.known("Blockchain");
    /** {@code Business Applications: Mainframe Modernization} */
    public static final CustomerUseCase BUSINESS_APPLICATIONS_MAINFRAME_MODERNIZATION = VALUES.known("Business Applications: Mainframe Modernization");
    /** {@code Business Applications & Contact Center} */
    public static final CustomerUseCase BUSINESS_APPLICATIONS_AND_CONTACT_CENTER = VALUES.known("Business Applications & Contact Center");
    /** {@code Business Applications & SAP Production} */
    public static final CustomerUseCase BUSINESS_APPLICATIONS_AND_SAP_PRODUCTION = VALUES.known("Business Applications & SAP Production");
    /** {@code Centralized Operations Management} */
    public static final CustomerUseCase CENTRALIZED_OPERATIONS_MANAGEMENT = VALUES.known("Centralized Operations Management");
    /** {@code Cloud Management Tools} */
    public static final CustomerUseCase CLOUD_MANAGEMENT_TOOLS = VALUES.known("Cloud Management Tools");
    /** {@code Cloud Management Tools & DevOps with Continuous Integration & Continuous Delivery (CICD)} */
    public static final CustomerUseCase CLOUD_MANAGEMENT_TOOLS_AND_DEVOPS_WITH_CONTINUOUS_INTEGRATION_AND_CONTINUOUS_DELIVERY_CICD = VALUES.known("Cloud Management Tools & DevOps with Continuous Integration & Continuous Delivery (CICD)");
    /** {@code Configuration, Compliance & Auditing} */
    public static final CustomerUseCase CONFIGURATION_COMPLIANCE_AND_AUDITING = VALUES.known("Configuration, Compliance & Auditing");
    /** {@code Connected Services} */
    public static final CustomerUseCase CONNECTED_SERVICES = VALUES.known("Connected Services");
    /** {@code Containers & Serverless} */
    public static final CustomerUseCase CONTAINERS_AND_SERVERLESS = VALUES.known("Containers & Serverless");
    /** {@code Content Delivery & Edge Services} */
    public static final CustomerUseCase CONTENT_DELIVERY_AND_EDGE_SERVICES = VALUES.known("Content Delivery & Edge Services");
    /** {@code Database} */
    public static final CustomerUseCase DATABASE = VALUES.known("Database");
    /** {@code Edge Computing/End User Computing} */
    public static final CustomerUseCase EDGE_COMPUTING_END_USER_COMPUTING = VALUES.known("Edge Computing/End User Computing");
    /** {@code Energy} */
    public static final CustomerUseCase ENERGY = VALUES.known("Energy");
    /** {@code Enterprise Governance & Controls} */
    public static final CustomerUseCase ENTERPRISE_GOVERNANCE_AND_CONTROLS = VALUES.known("Enterprise Governance & Controls");
    /** {@code Enterprise Resource Planning} */
    public static final CustomerUseCase ENTERPRISE_RESOURCE_PLANNING = VALUES.known("Enterprise Resource Planning");
    /** {@code Financial Services} */
    public static final CustomerUseCase FINANCIAL_SERVICES = VALUES.known("Financial Services");
    /** {@code Healthcare and Life Sciences} */
    public static final CustomerUseCase HEALTHCARE_AND_LIFE_SCIENCES = VALUES.known("Healthcare and Life Sciences");
    /** {@code High Performance Computing} */
    public static final CustomerUseCase HIGH_PERFORMANCE_COMPUTING = VALUES.known("High Performance Computing");
    /** {@code Hybrid Application Platform} */
    public static final CustomerUseCase HYBRID_APPLICATION_PLATFORM = VALUES.known("Hybrid Application Platform");
    /** {@code Industrial Software} */
    public static final CustomerUseCase INDUSTRIAL_SOFTWARE = VALUES.known("Industrial Software");
    /** {@code IOT} */
    public static final CustomerUseCase IOT = VALUES.known("IOT");
    /** {@code Manufacturing, Supply Chain and Operations} */
    public static final CustomerUseCase MANUFACTURING_SUPPLY_CHAIN_AND_OPERATIONS = VALUES.known("Manufacturing, Supply Chain and Operations");
    /** {@code Media & High performance computing (HPC)} */
    public static final CustomerUseCase MEDIA_AND_HIGH_PERFORMANCE_COMPUTING_HPC = VALUES.known("Media & High performance computing (HPC)");
    /** {@code Migration/Database Migration} */
    public static final CustomerUseCase MIGRATION_DATABASE_MIGRATION = VALUES.known("Migration/Database Migration");
    /** {@code Monitoring, logging and performance} */
    public static final CustomerUseCase MONITORING_LOGGING_AND_PERFORMANCE = VALUES.known("Monitoring, logging and performance");
    /** {@code Monitoring & Observability} */
    public static final CustomerUseCase MONITORING_AND_OBSERVABILITY = VALUES.known("Monitoring & Observability");
    /** {@code Networking} */
    public static final CustomerUseCase NETWORKING = VALUES.known("Networking");
    /** {@code Outpost} */
    public static final CustomerUseCase OUTPOST = VALUES.known("Outpost");
    /** {@code SAP} */
    public static final CustomerUseCase SAP = VALUES.known("SAP");
    /** {@code Security & Compliance} */
    public static final CustomerUseCase SECURITY_AND_COMPLIANCE = VALUES.known("Security & Compliance");
    /** {@code Storage & Backup} */
    public static final CustomerUseCase STORAGE_AND_BACKUP = VALUES.known("Storage & Backup");
    /** {@code Training} */
    public static final CustomerUseCase TRAINING = VALUES.known("Training");
    /** {@code VMC} */
    public static final CustomerUseCase VMC = VALUES.known("VMC");
    /** {@code VMWare} */
    public static final CustomerUseCase VMWARE = VALUES.known("VMWare");
    /** {@code Web development & DevOps} */
    public static final CustomerUseCase WEB_DEVELOPMENT_AND_DEVOPS = VALUES.known("Web development & DevOps");

    private CustomerUseCase(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static CustomerUseCase of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<CustomerUseCase> knownValues() {
        return VALUES.known();
    }
}

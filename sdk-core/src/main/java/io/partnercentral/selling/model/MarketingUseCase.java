package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The marketing activity's use case ({@code Marketing.UseCases}).
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code MarketingUseCase value = MarketingUseCase.AI_ML;
 * MarketingUseCase fromService = MarketingUseCase.of("AI/ML");  // same instance as the constant}</pre>
 */
public final class MarketingUseCase extends Picklist {
    private static final PicklistValues<MarketingUseCase> VALUES = new PicklistValues<>(MarketingUseCase::new);

    /** {@code AI/ML} */
    public static final MarketingUseCase AI_ML = VALUES.known("AI/ML");
    /** {@code Analytics} */
    public static final MarketingUseCase ANALYTICS = VALUES.known("Analytics");
    /** {@code Application Integration} */
    public static final MarketingUseCase APPLICATION_INTEGRATION = VALUES.known("Application Integration");
    /** {@code Blockchain} */
    public static final MarketingUseCase BLOCKCHAIN = VALUES.known("Blockchain");
    /** {@code Business Applications} */
    public static final MarketingUseCase BUSINESS_APPLICATIONS = VALUES.known("Business Applications");
    /** {@code Cloud Financial Management} */
    public static final MarketingUseCase CLOUD_FINANCIAL_MANAGEMENT = VALUES.known("Cloud Financial Management");
    /** {@code Compute} */
    public static final MarketingUseCase COMPUTE = VALUES.known("Compute");
    /** {@code Containers} */
    public static final MarketingUseCase CONTAINERS = VALUES.known("Containers");
    /** {@code Customer Engagement} */
    public static final MarketingUseCase CUSTOMER_ENGAGEMENT = VALUES.known("Customer Engagement");
    /** {@code Databases} */
    public static final MarketingUseCase DATABASES = VALUES.known("Databases");
    /** {@code Developer Tools} */
    public static final MarketingUseCase DEVELOPER_TOOLS = VALUES.known("Developer Tools");
    /** {@code End User Computing} */
    public static final MarketingUseCase END_USER_COMPUTING = VALUES.known("End User Computing");
    /** {@code Front End Web & Mobile} */
    public static final MarketingUseCase FRONT_END_WEB_AND_MOBILE = VALUES.known("Front End Web & Mobile");
    /** {@code Game Tech} */
    public static final MarketingUseCase GAME_TECH = VALUES.known("Game Tech");
    /** {@code IoT} */
    public static final MarketingUseCase IOT = VALUES.known("IoT");
    /** {@code Management & Governance} */
    public static final MarketingUseCase MANAGEMENT_AND_GOVERNANCE = VALUES.known("Management & Governance");
    /** {@code Media Services} */
    public static final MarketingUseCase MEDIA_SERVICES = VALUES.known("Media Services");
    /** {@code Migration & Transfer} */
    public static final MarketingUseCase MIGRATION_AND_TRANSFER = VALUES.known("Migration & Transfer");
    /** {@code Networking & Content Delivery} */
    public static final MarketingUseCase NETWORKING_AND_CONTENT_DELIVERY = VALUES.known("Networking & Content Delivery");
    /** {@code Quantum Technologies} */
    public static final MarketingUseCase QUANTUM_TECHNOLOGIES = VALUES.known("Quantum Technologies");
    /** {@code Robotics} */
    public static final MarketingUseCase ROBOTICS = VALUES.known("Robotics");
    /** {@code Satellite} */
    public static final MarketingUseCase SATELLITE = VALUES.known("Satellite");
    /** {@code Security} */
    public static final MarketingUseCase SECURITY = VALUES.known("Security");
    /** {@code Serverless} */
    public static final MarketingUseCase SERVERLESS = VALUES.known("Serverless");
    /** {@code Storage} */
    public static final MarketingUseCase STORAGE = VALUES.known("Storage");
    /** {@code VR & AR} */
    public static final MarketingUseCase VR_AND_AR = VALUES.known("VR & AR");

    private MarketingUseCase(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static MarketingUseCase of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<MarketingUseCase> knownValues() {
        return VALUES.known();
    }
}

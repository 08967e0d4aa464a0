package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The AWS partition the opportunity deploys to; absent for the commercial partitions.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code AwsPartition value = AwsPartition.AWS_EUSC;
 * AwsPartition fromService = AwsPartition.of("aws-eusc");  // same instance as the constant}</pre>
 */
public final class AwsPartition extends Picklist {
    private static final PicklistValues<AwsPartition> VALUES = new PicklistValues<>(AwsPartition::new);

    /** {@code aws-eusc} */
    public static final AwsPartition AWS_EUSC = VALUES.known("aws-eusc");

    private AwsPartition(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static AwsPartition of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<AwsPartition> knownValues() {
        return VALUES.known();
    }
}

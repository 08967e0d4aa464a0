package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.partnercentral.selling.internal.PicklistValues;
import java.util.List;

/**
 * The state of a resource snapshot job.
 *
 * <p>Values this SDK does not know, read from the service, are kept by {@link #of(String)} and sent
 * back unchanged; {@link #isKnown()} tells them apart.
 *
 * <pre>{@code SnapshotJobStatus value = SnapshotJobStatus.RUNNING;
 * SnapshotJobStatus fromService = SnapshotJobStatus.of("Running");  // same instance as the constant}</pre>
 */
public final class SnapshotJobStatus extends Picklist {
    private static final PicklistValues<SnapshotJobStatus> VALUES = new PicklistValues<>(SnapshotJobStatus::new);

    /** {@code Running} */
    public static final SnapshotJobStatus RUNNING = VALUES.known("Running");
    /** {@code Stopped} */
    public static final SnapshotJobStatus STOPPED = VALUES.known("Stopped");

    private SnapshotJobStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value with this wire spelling: a constant of this class when the SDK knows it,
     * otherwise a new unknown value that keeps the spelling.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JsonCreator
    public static SnapshotJobStatus of(String value) {
        return VALUES.of(value);
    }

    /** Returns every value this version of the SDK knows, in the reference's order. */
    public static List<SnapshotJobStatus> knownValues() {
        return VALUES.known();
    }
}

package io.partnercentral.selling.testing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Internal API: the emulator's business clock, the configured clock moved forward by whatever
 * {@link #advance} has added (expiring invitations, completing tasks, dating writes). Thread-safe.
 */
public final class EmulatorClock extends Clock {
    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    /** @param base the configured clock, which this one follows plus its advances */
    public EmulatorClock(Clock base) {
        this.base = base;
    }

    /** Moves the clock forward; a negative duration is refused, as time in the service never runs back. */
    public synchronized Instant advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the emulator's clock only moves forward");
        }
        offset = offset.plus(duration);
        return instant();
    }

    /** Back to the configured clock. */
    public synchronized void resetOffset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the emulator reads instants only");
    }
}

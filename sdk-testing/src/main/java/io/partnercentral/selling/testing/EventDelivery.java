package io.partnercentral.selling.testing;

/**
 * How the emulator delivers the EventBridge events it emits to its listeners: all of them once
 * ({@link #reliable()}, the default), or best effort as EventBridge's documented delivery is, with
 * a seeded share dropped and a share delivered twice ({@link #bestEffort}).
 *
 * <pre>{@code
 * emulator.eventDelivery(EventDelivery.bestEffort(0.30, 0.10, 42));
 * }</pre>
 *
 * @param dropRate the share of events never delivered, 0..1
 * @param duplicateRate the share of the delivered events delivered a second time, 0..1
 * @param seed the seed of the draws, so a run can be repeated
 */
public record EventDelivery(double dropRate, double duplicateRate, long seed) {
    /**
     * Checks the rates.
     *
     * @param dropRate the share of events never delivered, 0..1
     * @param duplicateRate the share of the delivered events delivered a second time, 0..1
     * @param seed the seed of the draws, so a run can be repeated
     */
    public EventDelivery {
        if (!(dropRate >= 0 && dropRate <= 1) || !(duplicateRate >= 0 && duplicateRate <= 1)) {
            throw new IllegalArgumentException("rates must be within 0..1");
        }
    }

    /** {@return every event delivered exactly once, in order} */
    public static EventDelivery reliable() {
        return new EventDelivery(0, 0, 0);
    }

    /**
     * Drops {@code dropRate} of the events and delivers {@code duplicateRate} of the rest twice.
     *
     * @param dropRate the fraction of events never delivered, 0 to 1
     * @param duplicateRate the fraction of the delivered events delivered a second time, 0 to 1
     * @param seed the random seed, so a run can be repeated exactly
     * @return the delivery policy
     */
    public static EventDelivery bestEffort(double dropRate, double duplicateRate, long seed) {
        return new EventDelivery(dropRate, duplicateRate, seed);
    }
}

package io.partnercentral.selling.testing;

/**
 * What the emulator did with the events it emitted, since start or the last reset.
 *
 * @param emitted events the emulator's actions fired
 * @param dropped of those, never delivered ({@link EventDelivery#dropRate()})
 * @param duplicated of those, delivered a second time ({@link EventDelivery#duplicateRate()})
 * @param delivered deliveries made to listeners: {@code emitted - dropped + duplicated}
 */
public record EventStats(int emitted, int dropped, int duplicated, int delivered) {}

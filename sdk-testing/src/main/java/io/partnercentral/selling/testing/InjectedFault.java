package io.partnercentral.selling.testing;

/**
 * One fault the emulator injected, as recorded in {@link PartnerCentralEmulator#injectedFaults()}.
 *
 * <pre>{@code long afterWrites = emulator.injectedFaults().stream()
 *     .filter(f -> f.timing() == FaultTiming.AFTER_STATE_CHANGE).count();}</pre>
 *
 * @param operation the operation name, e.g. {@code CreateOpportunity}
 * @param kind what the client saw
 * @param timing whether the request had been applied
 */
public record InjectedFault(String operation, FaultKind kind, FaultTiming timing) {}

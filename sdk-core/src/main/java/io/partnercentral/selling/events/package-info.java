/**
 * Partner Central's EventBridge events and an event-driven sync that misses nothing: where a
 * reconciler keeps its progress ({@link io.partnercentral.selling.events.ReconcilerStore}, with an
 * in-memory and a file-backed store).
 */
package io.partnercentral.selling.events;

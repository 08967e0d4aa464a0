/**
 * The coordination store SPI: what the processes of one partner account share so that quotas,
 * exactly-once writes and event de-duplication hold across all of them, with the in-memory store the
 * SDK uses by default. Engines on shared servers live in optional modules (Redis, PostgreSQL); the
 * contract they meet is on {@link io.partnercentral.selling.coordination.CoordinationStore}.
 */
package io.partnercentral.selling.coordination;

/**
 * Exceptions of the Partner Central Selling SDK, all unchecked and rooted in
 * {@link io.partnercentral.selling.exception.PartnerCentralException}. Service failures are
 * classified by the service's error code; local validation and the service's ValidationException
 * share {@link io.partnercentral.selling.exception.ValidationException}.
 */
package io.partnercentral.selling.exception;

package io.partnercentral.selling.testing;

import java.time.Instant;

/**
 * One service request the emulator received (control API calls not included), from its bounded
 * request journal ({@link PartnerCentralEmulator.Options.Builder#requestJournalSize}).
 *
 * <pre>{@code
 * List<ReceivedRequest> last = emulator.receivedRequests(10);
 * assertThat(last).extracting(ReceivedRequest::operation).contains("CreateOpportunity");
 * }</pre>
 *
 * @param receivedAt when it arrived, by the system clock
 * @param operation the operation its {@code X-Amz-Target} names, or the header's raw value if it names none
 * @param status the HTTP status it was answered with
 * @param body the request body as sent
 */
public record ReceivedRequest(Instant receivedAt, String operation, int status, String body) {}

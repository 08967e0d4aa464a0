package io.partnercentral.selling.testing.internal;

import com.github.tomakehurst.wiremock.common.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal API: routes WireMock's notifications to SLF4J without their text.
 *
 * <p>WireMock's messages can quote request bodies (names, emails and phone numbers of customer
 * contacts), which must never reach a log; only that something happened, and the exception class,
 * are logged. Use {@code emulator.wireMock()}'s request journal to see the traffic itself.
 */
public final class QuietNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger("io.partnercentral.selling.testing.wiremock");

    @Override
    public void info(String message) {
        // Informational messages are request/response traces: deliberately dropped.
    }

    @Override
    public void error(String message) {
        LOG.warn("WireMock reported an error (text withheld: it may quote request bodies)");
    }

    @Override
    public void error(String message, Throwable t) {
        LOG.warn("WireMock reported an error: {} (text withheld: it may quote request bodies)", t.getClass().getName());
    }
}

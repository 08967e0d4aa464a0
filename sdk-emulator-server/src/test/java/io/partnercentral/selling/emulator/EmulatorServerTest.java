package io.partnercentral.selling.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercentral.selling.testing.PartnerCentralEmulator;
import io.partnercentral.selling.testing.ReviewOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's options reach the emulator, and it says where it listens and with which keys. */
class EmulatorServerTest {
    @Test
    void start_withEveryKindOfOption_printsEndpointAndKeys_andRunsAsTold(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, "{\"opportunities\":[{\"PartnerOpportunityIdentifier\":\"CRM-7\",\"Customer\":{\"Account\":"
                + "{\"CompanyName\":\"Example Corp\",\"WebsiteUrl\":\"https://example.com\"}}}]}");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String[] args = {"--port", "0", "--bind=127.0.0.1", "--seed", seed.toString(), "--review-outcome", "In review",
            "--clock-speed", "3600", "--start-time", "2026-11-23T10:00:00Z", "--account-id", "444455556666",
            "--quotas", "documented", "--quota-time-scale", "10", "--fault-rate", "1", "--fault-operations", "ListSolutions",
            "--journal-size", "5"};

        try (PartnerCentralEmulator emulator = EmulatorServer.start(EmulatorServer.parse(args),
                new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            String banner = printed.toString(StandardCharsets.UTF_8);
            assertThat(banner).contains("listening on " + emulator.endpoint())
                    .contains("export AWS_ACCESS_KEY_ID=" + PartnerCentralEmulator.ACCESS_KEY_ID)
                    .contains("export AWS_SECRET_ACCESS_KEY=" + PartnerCentralEmulator.SECRET_ACCESS_KEY)
                    .contains("export AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING=" + emulator.endpoint())
                    .contains("signatures checked, account 444455556666, seeded opportunities O");
            assertThat(emulator.endpoint().getHost()).isEqualTo("127.0.0.1");
            assertThat(emulator.opportunities()).singleElement()
                    .satisfies(o -> assertThat(o.partnerOpportunityIdentifier()).contains("CRM-7"));
            assertThat(emulator.options().defaultReviewOutcome()).isEqualTo(ReviewOutcome.IN_REVIEW);
            assertThat(emulator.options().requestJournalSize()).isEqualTo(5);
            assertThat(emulator.quotas().isEnabled()).isTrue();
            assertThat(emulator.quotas().timeScale()).isEqualTo(10);
            // An hour of emulated time per real second, from the start time given.
            Instant now = emulator.now();
            assertThat(now).isAfter(Instant.parse("2026-11-23T10:00:00Z"))
                    .isBefore(Instant.parse("2026-11-23T10:00:00Z").plusSeconds(3600L * 120));

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/_emulator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void parse_refusesUnknownOptionsAndMissingValues() {
        assertThatThrownBy(() -> EmulatorServer.parse(new String[] {"--prot", "1"})).hasMessageContaining("Unknown option: --prot");
        assertThatThrownBy(() -> EmulatorServer.parse(new String[] {"--port"})).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> EmulatorServer.start(EmulatorServer.parse(new String[] {"--review-outcome", "Maybe"}), System.out))
                .hasMessageContaining("--review-outcome");
        assertThat(EmulatorServer.parse(new String[] {"--no-signature-check", "--port=9"}))
                .containsEntry("--no-signature-check", "true").containsEntry("--port", "9");
    }
}

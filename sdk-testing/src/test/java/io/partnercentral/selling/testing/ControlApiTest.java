package io.partnercentral.selling.testing;

import static io.partnercentral.selling.testing.Fixtures.CATALOG;
import static io.partnercentral.selling.testing.Fixtures.call;
import static io.partnercentral.selling.testing.Fixtures.json;
import static io.partnercentral.selling.testing.Fixtures.validCreate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnercentral.selling.testing.internal.ControlAccess;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;

/** The control API: each route does what the Java method of the same purpose does, for loopback clients only. */
@ExtendWith(PartnerCentralEmulatorExtension.class)
class ControlApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final PartnerCentralEmulator emulator;
    private final PartnerCentralSellingClient client;

    ControlApiTest(PartnerCentralEmulator emulator, PartnerCentralSellingClient client) {
        this.emulator = emulator;
        this.client = client;
    }

    @Test
    void health_answersUpWithTheEndpoint() throws Exception {
        HttpResponse<String> health = control(emulator.endpoint(), "GET", "health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health.body()).path("status").asText()).isEqualTo("UP");
        assertThat(json(health.body()).path("endpoint").asText()).isEqualTo(emulator.endpoint().toString());
    }

    @Test
    void referralLeadAndInvitationRoutes_scriptTheAwsSide() throws Exception {
        String referral = body("POST", "referrals", "{\"catalog\":\"Sandbox\",\"title\":\"Warehouse move\"}").path("invitationId").asText();
        String lead = body("POST", "leads", "{\"title\":\"Ageing servers\"}").path("invitationId").asText();

        assertThat(emulator.invitationStatus(referral)).isEqualTo("PENDING");
        assertThat(call(emulator, "GetEngagementInvitation", json("{\"Catalog\":\"Sandbox\",\"Identifier\":\"" + lead + "\"}"))
                .body().path("PayloadType").asText()).isEqualTo("LeadInvitation");
        body("POST", "invitations/" + referral + "/expire", "{}");
        assertThat(body("GET", "invitations/" + referral, null).path("status").asText()).isEqualTo("EXPIRED");
        assertThat(body("POST", "aws-referrals", "{}").path("opportunityId").asText()).startsWith("O");
    }

    @Test
    void reviewRoutes_completeAndScriptReviews() throws Exception {
        String id = client.createOpportunity(validCreate("CRM-1").build()).id();
        body("POST", "reviews/next", "{\"status\":\"Submitted\"}");
        client.submitOpportunity(r -> r.catalog(CATALOG).identifier(id).involvementType("Co-Sell"));
        assertThat(reviewStatus(id)).isEqualTo("Submitted");

        body("POST", "reviews/" + id + "/complete", "{\"status\":\"Rejected\",\"reason\":\"Duplicate opportunity\"}");

        JsonNode lifeCycle = emulator.opportunityJson(id).orElseThrow().path("LifeCycle");
        assertThat(lifeCycle.path("ReviewStatus").asText()).isEqualTo("Rejected");
        assertThat(lifeCycle.path("ReviewStatusReason").asText()).isEqualTo("Duplicate opportunity");
        // Not under review any more: the Java method's IllegalStateException is a 409.
        assertThat(control(emulator.endpoint(), "POST", "reviews/" + id + "/complete", "{\"status\":\"Approved\"}").statusCode())
                .isEqualTo(409);
    }

    @Test
    void clockFaultsQuotasRequestsAndReset() throws Exception {
        Instant before = emulator.now();
        Instant after = Instant.parse(body("POST", "clock/advance", "{\"duration\":\"P16D\"}").path("now").asText());
        assertThat(Duration.between(before, after)).isGreaterThanOrEqualTo(Duration.ofDays(16));

        body("POST", "faults", "{\"failNext\":1,\"kinds\":[\"INTERNAL_ERROR\"],\"operations\":[\"ListSolutions\"]}");
        assertThat(call(emulator, "ListSolutions", json("{\"Catalog\":\"Sandbox\"}")).status()).isEqualTo(500);
        assertThat(body("GET", "faults", null).path("injected").get(0).path("kind").asText()).isEqualTo("INTERNAL_ERROR");

        body("PUT", "quotas", "{\"enabled\":true,\"perSecond\":{\"READS\":0.001},\"burstSeconds\":1}");
        assertThat(emulator.quotas().isEnabled()).isTrue();
        body("PUT", "quotas", "{\"enabled\":false}");
        assertThat(emulator.quotas().isEnabled()).isFalse();

        JsonNode requests = body("GET", "requests?limit=1", null).path("requests");
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).path("operation").asText()).isEqualTo("ListSolutions");
        assertThat(requests.get(0).path("status").asInt()).isEqualTo(500);

        String seeded = body("POST", "opportunities", "{\"opportunities\":[{\"Customer\":{\"Account\":{\"CompanyName\":\"Example Corp\",\"WebsiteUrl\":\"https://example.com\"}}}]}")
                .path("opportunityIds").get(0).asText();
        assertThat(emulator.opportunity(seeded)).isPresent();
        body("POST", "reset", "{}");
        assertThat(emulator.opportunityCount()).isZero();
        assertThat(emulator.now()).isBefore(after);
    }

    @Test
    void unknownRouteAndBadInput_areAnswered404And400() throws Exception {
        assertThat(control(emulator.endpoint(), "GET", "nothing-here", null).statusCode()).isEqualTo(404);
        assertThat(control(emulator.endpoint(), "POST", "referrals", "{}").statusCode()).isEqualTo(400);
        assertThat(control(emulator.endpoint(), "POST", "opportunities", "[{\"Catalog\":\"Nowhere\"}]").statusCode())
                .isEqualTo(400);
    }

    @Test
    void accessRule_loopbackOnly_unlessRemoteControlIsAllowed() {
        assertThat(ControlAccess.allows("127.0.0.1", false, false)).isTrue();
        assertThat(ControlAccess.allows("0:0:0:0:0:0:0:1", false, false)).isTrue();
        assertThat(ControlAccess.allows("[::1]", false, false)).isTrue();
        assertThat(ControlAccess.allows("192.0.2.7", false, false)).isFalse();
        assertThat(ControlAccess.allows("fd00:0:0:0:0:0:0:2", false, false)).isFalse();
        // A proxy's header says the connection is not the client: refused even from loopback.
        assertThat(ControlAccess.allows("127.0.0.1", true, false)).isFalse();
        // Never a name to resolve.
        assertThat(ControlAccess.allows("localhost", false, false)).isFalse();
        assertThat(ControlAccess.allows("192.0.2.7", false, true)).isTrue();
    }

    @Test
    void boundToEveryAddress_aNonLoopbackClientReachesTheServiceButNotTheControlApi_untilAllowed() throws Exception {
        InetAddress external = nonLoopbackAddress().orElse(null);
        assumeTrue(external != null, "this machine has no non-loopback IPv4 address to connect through");
        PartnerCentralEmulator.Options.Builder everywhere = PartnerCentralEmulator.Options.builder().bindAddress("0.0.0.0")
                .verifySignatures(false);
        try (PartnerCentralEmulator open = PartnerCentralEmulator.start(everywhere.build())) {
            URI viaExternal = URI.create("http://" + external.getHostAddress() + ":" + open.port());
            HttpResponse<String> service = HTTP.send(HttpRequest.newBuilder(viaExternal.resolve("/"))
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .header("X-Amz-Target", "AWSPartnerCentralSelling.ListSolutions")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"Catalog\":\"Sandbox\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(service.statusCode()).isEqualTo(200);

            assertThat(control(viaExternal, "POST", "reset", "{}").statusCode()).isEqualTo(403);
            assertThat(control(viaExternal, "GET", "health", null).statusCode()).isEqualTo(403);
            assertThat(HTTP.send(HttpRequest.newBuilder(viaExternal.resolve("/__admin/mappings")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            assertThat(control(URI.create("http://127.0.0.1:" + open.port()), "GET", "health", null).statusCode()).isEqualTo(200);
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port() + "/_emulator/health"))
                    .header("X-Forwarded-For", "127.0.0.1").build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        }
        try (PartnerCentralEmulator allowed = PartnerCentralEmulator.start(everywhere.allowRemoteControl(true).build())) {
            URI viaExternal = URI.create("http://" + external.getHostAddress() + ":" + allowed.port());
            assertThat(control(viaExternal, "GET", "health", null).statusCode()).isEqualTo(200);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private String reviewStatus(String id) {
        return emulator.opportunityJson(id).orElseThrow().path("LifeCycle").path("ReviewStatus").asText();
    }

    private JsonNode body(String method, String route, String body) throws Exception {
        HttpResponse<String> response = control(emulator.endpoint(), method, route, body);
        assertThat(response.statusCode()).as(method + " " + route + ": " + response.body()).isEqualTo(200);
        return json(response.body());
    }

    private static HttpResponse<String> control(URI endpoint, String method, String route, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + "/_emulator/" + route))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

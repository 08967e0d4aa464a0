package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.partnercentral.selling.QuotaBucket;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.ReviewStatus;
import io.partnercentral.selling.testing.AwsReferral;
import io.partnercentral.selling.testing.FaultKind;
import io.partnercentral.selling.testing.FaultPlan;
import io.partnercentral.selling.testing.FaultTiming;
import io.partnercentral.selling.testing.InjectedFault;
import io.partnercentral.selling.testing.PartnerCentralEmulator;
import io.partnercentral.selling.testing.QuotaEnforcement;
import io.partnercentral.selling.testing.ReceivedRequest;
import io.partnercentral.selling.testing.ReviewOutcome;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal API: the emulator's control API, JSON over HTTP under {@value #PREFIX}, for tests in any
 * language. Every route calls the public {@link PartnerCentralEmulator} method of the same purpose, so
 * the Java API and this one cannot drift apart. Requests from other than a loopback address are
 * refused ({@link ControlAccess}) unless the emulator allows remote control.
 */
public final class ControlApi implements ResponseDefinitionTransformerV2 {
    /** WireMock's name for this transformer. */
    public static final String NAME = "partner-central-emulator-control";
    /** The path every control route starts with. */
    public static final String PREFIX = "/_emulator/";
    private static final Logger LOG = LoggerFactory.getLogger(ControlApi.class);

    private final PartnerCentralEmulator emulator;
    private final boolean remoteAllowed;

    /**
     * @param emulator the emulator whose methods the routes call
     * @param remoteAllowed whether clients on other than loopback addresses are answered
     */
    public ControlApi(PartnerCentralEmulator emulator, boolean remoteAllowed) {
        this.emulator = emulator;
        this.remoteAllowed = remoteAllowed;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        LoggedRequest request = serveEvent.getRequest();
        boolean proxied = request.containsHeader("X-Forwarded-For") || request.containsHeader("Forwarded");
        if (!ControlAccess.allows(request.getClientIp(), proxied, remoteAllowed)) {
            return answer(403, error("The control API answers loopback clients only; start the emulator with remote"
                    + " control allowed to use it from elsewhere."));
        }
        String url = request.getUrl();
        int query = url.indexOf('?');
        String path = (query < 0 ? url : url.substring(0, query)).substring(PREFIX.length());
        List<String> segments = List.of(path.split("/"));
        String method = request.getMethod().getName();
        try {
            JsonNode body = request.getBodyAsString().isBlank() ? Json.object() : Json.mapper().readTree(request.getBodyAsString());
            JsonNode result = route(method, segments, body, query < 0 ? "" : url.substring(query + 1));
            return result == null ? answer(404, error("No control route " + method + " " + PREFIX + path + "."))
                    : answer(200, result);
        } catch (IllegalArgumentException | DateTimeParseException | com.fasterxml.jackson.core.JsonProcessingException e) {
            return answer(400, error(e.getMessage()));
        } catch (IllegalStateException e) {
            return answer(409, error(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.warn("The control API failed on {} {}", method, path, e);
            return answer(500, error("The emulator failed: " + e));
        }
    }

    /** The route's answer, or null when there is no such route. */
    private JsonNode route(String method, List<String> path, JsonNode body, String query) {
        String first = path.get(0);
        int size = path.size();
        switch (method + " " + first + "/" + size) {
            case "GET health/1":
                return Json.object().put("status", "UP").put("endpoint", emulator.endpoint().toString())
                        .put("now", Json.timestamp(emulator.now()));
            case "POST reset/1":
                emulator.reset();
                return ok();
            case "POST referrals/1":
                return Json.object().put("invitationId", emulator.sendReferral(catalog(body), required(body, "title")));
            case "POST leads/1":
                return Json.object().put("invitationId", emulator.sendLead(catalog(body), required(body, "title")));
            case "POST aws-referrals/1":
                return awsReferral(emulator.seedAwsReferral(catalog(body)));
            case "POST opportunities/1":
                return idList(emulator.seedOpportunities(Json.write(body)));
            case "GET opportunities/2":
                return emulator.opportunityJson(path.get(1))
                        .orElseThrow(() -> new IllegalArgumentException("no opportunity " + path.get(1)));
            case "POST reviews/2":
                if ("next".equals(path.get(1))) {
                    emulator.nextReviewOutcome(outcome(body));
                    return ok();
                }
                return null;
            case "POST reviews/3":
                if ("complete".equals(path.get(2))) {
                    emulator.completeReview(path.get(1), outcome(body));
                    return ok();
                }
                if ("script".equals(path.get(2))) {
                    List<ReviewOutcome> outcomes = new ArrayList<>();
                    body.path("outcomes").forEach(o -> outcomes.add(outcome(o)));
                    emulator.reviewOutcomesFor(path.get(1), outcomes.toArray(new ReviewOutcome[0]));
                    return ok();
                }
                return null;
            case "GET invitations/2":
                return Json.object().put("invitationId", path.get(1)).put("status", emulator.invitationStatus(path.get(1)));
            case "POST invitations/3":
                if ("expire".equals(path.get(2))) {
                    emulator.expireInvitation(path.get(1));
                    return ok();
                }
                if ("accept".equals(path.get(2))) {
                    emulator.acceptSentInvitation(path.get(1), required(body, "companyName"));
                    return ok();
                }
                return null;
            case "GET clock/1":
                return Json.object().put("now", Json.timestamp(emulator.now()));
            case "POST clock/2":
                if ("advance".equals(path.get(1))) {
                    return Json.object().put("now", Json.timestamp(emulator.advanceClock(duration(body))));
                }
                return null;
            case "GET faults/1":
                return injected(emulator.injectedFaults());
            case "POST faults/1":
                emulator.injectFaults(faultPlan(body));
                return ok();
            case "DELETE faults/1":
                emulator.clearFaults();
                return ok();
            case "GET quotas/1":
                return Json.object().put("enabled", emulator.quotas().isEnabled())
                        .put("timeScale", emulator.quotas().timeScale())
                        .put("throttled", emulator.quotaThrottleCount());
            case "PUT quotas/1":
                emulator.enforceQuotas(quotas(body));
                return ok();
            case "GET requests/1":
                return requests(emulator.receivedRequests(limit(query)));
            default:
                return null;
        }
    }

    private static ObjectNode ok() {
        return Json.object().put("ok", true);
    }

    private static ObjectNode error(String message) {
        return Json.object().put("error", message);
    }

    private static String required(JsonNode body, String member) {
        String value = body.path(member).asText(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("\"" + member + "\" is required");
        }
        return value;
    }

    private static Catalog catalog(JsonNode body) {
        return Catalog.of(body.path("catalog").asText("Sandbox"));
    }

    /** {@code {"status": "Approved" | "Rejected" | ..., "reason": ..., "comments": ...}}. */
    private static ReviewOutcome outcome(JsonNode body) {
        return new ReviewOutcome(ReviewStatus.of(required(body, "status")), body.path("reason").asText(null),
                body.path("comments").asText(null));
    }

    /** {@code {"duration": "P1D"}} (ISO 8601) or {@code {"seconds": 86400}}. */
    private static Duration duration(JsonNode body) {
        if (body.has("seconds")) {
            return Duration.ofMillis(Math.round(body.path("seconds").asDouble() * 1000));
        }
        return Duration.parse(required(body, "duration"));
    }

    /**
     * {@code {"failNext": 2}} or {@code {"failRate": 0.1}}, with optional {@code kinds}, {@code timings}
     * (the enum names), {@code operations} and {@code seed}.
     */
    private static FaultPlan faultPlan(JsonNode body) {
        FaultPlan.Builder plan = body.has("failNext") ? FaultPlan.failNext(body.path("failNext").asInt())
                : FaultPlan.failRate(body.path("failRate").asDouble(0));
        if (body.has("kinds")) {
            List<FaultKind> kinds = new ArrayList<>();
            body.path("kinds").forEach(k -> kinds.add(FaultKind.valueOf(k.asText().toUpperCase(Locale.ROOT))));
            plan.kinds(kinds.toArray(new FaultKind[0]));
        }
        if (body.has("timings")) {
            List<FaultTiming> timings = new ArrayList<>();
            body.path("timings").forEach(t -> timings.add(FaultTiming.valueOf(t.asText().toUpperCase(Locale.ROOT))));
            plan.timings(timings.toArray(new FaultTiming[0]));
        }
        if (body.has("operations")) {
            List<String> operations = new ArrayList<>();
            body.path("operations").forEach(o -> operations.add(o.asText()));
            plan.onlyFor(operations.toArray(new String[0]));
        }
        if (body.has("seed")) {
            plan.seed(body.path("seed").asLong());
        }
        return plan.build();
    }

    /**
     * {@code {"enabled": true}} for the documented quotas, with optional {@code timeScale},
     * {@code burstSeconds} and {@code perSecond} (a rate by bucket name, e.g. {@code {"WRITES": 5}}).
     */
    private static QuotaEnforcement quotas(JsonNode body) {
        if (!body.path("enabled").asBoolean(true)) {
            return QuotaEnforcement.off();
        }
        QuotaEnforcement.Builder quotas = QuotaEnforcement.documented().toBuilder();
        if (body.has("timeScale")) {
            quotas.timeScale(body.path("timeScale").asDouble());
        }
        if (body.has("burstSeconds")) {
            quotas.burst(Duration.ofMillis(Math.round(body.path("burstSeconds").asDouble() * 1000)));
        }
        body.path("perSecond").properties().forEach(rate -> quotas.rate(
                QuotaBucket.valueOf(rate.getKey().toUpperCase(Locale.ROOT)), rate.getValue().asDouble(), Duration.ofSeconds(1)));
        return quotas.build();
    }

    private static int limit(String query) {
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("limit=")) {
                return Integer.parseInt(parameter.substring("limit=".length()));
            }
        }
        return 100;
    }

    private static ObjectNode awsReferral(AwsReferral referral) {
        return Json.object().put("catalog", referral.catalog()).put("opportunityId", referral.opportunityId())
                .put("awsOpportunityId", referral.awsOpportunityId()).put("engagementId", referral.engagementId())
                .put("snapshotTemplateName", referral.snapshotTemplateName()).put("snapshotArn", referral.snapshotArn())
                .put("snapshotRevision", referral.snapshotRevision());
    }

    private static ObjectNode idList(List<String> ids) {
        ObjectNode result = Json.object();
        ArrayNode array = result.putArray("opportunityIds");
        ids.forEach(array::add);
        return result;
    }

    private static ObjectNode injected(List<InjectedFault> faults) {
        ObjectNode result = Json.object();
        ArrayNode array = result.putArray("injected");
        faults.forEach(f -> array.addObject().put("operation", f.operation()).put("kind", f.kind().name())
                .put("timing", f.timing().name()));
        return result;
    }

    private static ObjectNode requests(List<ReceivedRequest> received) {
        ObjectNode result = Json.object();
        ArrayNode array = result.putArray("requests");
        received.forEach(r -> array.addObject().put("receivedAt", Json.timestamp(r.receivedAt()))
                .put("operation", r.operation()).put("status", r.status()).put("body", r.body()));
        return result;
    }

    private static ResponseDefinition answer(int status, JsonNode body) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(Json.write(body))
                .build();
    }
}

package io.partnercentral.selling;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.internal.WireJson;
import io.partnercentral.selling.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;

/** Shared set-up of the WireMock functional tests: clients pointed at the stub, JSON helpers. */
final class WireMockSupport {
    static final String TARGET_PREFIX = "AWSPartnerCentralSelling.";
    static final String JSON_1_0 = "application/x-amz-json-1.0";
    /** Before the fixtures' TargetCloseDate, so validation judges them current. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    private WireMockSupport() {}

    static ClientOverrideConfiguration fastRetries(int maxAttempts) {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(maxAttempts)
                        .backoffStrategy(BackoffStrategy.retryImmediately())
                        .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                        .circuitBreakerEnabled(false)
                        .build())
                .build();
    }

    static PartnerCentralSelling facade(WireMockExtension wireMock) {
        return PartnerCentralSelling.builder()
                .endpointOverride(URI.create(wireMock.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(fastRetries(4))
                .catalog(Catalog.SANDBOX)
                .clock(CLOCK)
                // Wire-format tests send writes back to back; PacingWireMockTest covers pacing.
                .pacing(PacingSettings.disabled())
                .build();
    }

    /** The async facade against {@code wireMock}, configured as {@link #facade} is. */
    static PartnerCentralSellingAsync asyncFacade(WireMockExtension wireMock) {
        return PartnerCentralSellingAsync.builder()
                .endpointOverride(URI.create(wireMock.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .overrideConfiguration(fastRetries(4))
                .catalog(Catalog.SANDBOX)
                .clock(CLOCK)
                .pacing(PacingSettings.disabled())
                .build();
    }

    /** Answers every request for {@code operation} (by its {@code X-Amz-Target}) with {@code response}. */
    static void stub(WireMockExtension wireMock, String operation, ResponseDefinitionBuilder response) {
        wireMock.stubFor(WireMock.post(WireMock.urlEqualTo("/"))
                .withHeader("X-Amz-Target", WireMock.equalTo(TARGET_PREFIX + operation)).willReturn(response));
    }

    /** The requests {@code wireMock} received for {@code operation}, in order. */
    static java.util.List<LoggedRequest> requests(WireMockExtension wireMock, String operation) {
        return wireMock.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo("/"))
                .withHeader("X-Amz-Target", WireMock.equalTo(TARGET_PREFIX + operation)));
    }

    /** A generated client built by "the user", without this SDK's interceptor. */
    static PartnerCentralSellingClient rawClient(WireMockExtension wireMock) {
        return PartnerCentralSellingClient.builder()
                .endpointOverride(URI.create(wireMock.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(fastRetries(4))
                .build();
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON_1_0)
                .withHeader("x-amzn-RequestId", "req-ok").withBody(body);
    }

    static ResponseDefinitionBuilder error(int status, String type, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON_1_0)
                .withHeader("x-amzn-RequestId", "req-" + type)
                .withBody("{\"__type\":\"" + type + "\",\"Message\":\"" + message + "\"}");
    }

    static String fixture(String name) {
        try (InputStream in = WireMockSupport.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode body(LoggedRequest request) {
        return (ObjectNode) tree(request.getBodyAsString());
    }

    static JsonNode tree(String json) {
        try {
            return WireJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.partnercentral.selling.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.exception.ResourceNotFoundException;
import io.partnercentral.selling.model.Catalog;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * A builder-made facade hands each exchange to its interceptor through the calling thread instead of
 * a request-level configuration: the hand-over never outlives the call, success or failure, so the
 * generated client's own calls on that thread afterwards go out exactly as it writes them.
 */
class PendingExchangeWireMockTest {
    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String TARGET = "AWSPartnerCentralSelling.GetOpportunity";

    private static PartnerCentralSelling facade() {
        return PartnerCentralSelling.builder()
                .endpointOverride(URI.create(wireMock.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .catalog(Catalog.SANDBOX)
                .pacing(PacingSettings.disabled())
                .build();
    }

    private static JsonNode body(LoggedRequest request) throws Exception {
        return WireJson.mapper().readTree(request.getBody());
    }

    @Test
    void afterAFailedFacadeCall_theGeneratedClientsOwnCallOnTheSameThreadSendsItsOwnBody() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.0")
                        .withBody("{\"__type\":\"ResourceNotFoundException\",\"message\":\"no such opportunity\"}")));
        try (PartnerCentralSelling selling = facade()) {
            assertThatThrownBy(() -> selling.opportunities().get("O1234567890")).isInstanceOf(ResourceNotFoundException.class);
            assertThat(WireExchange.PENDING.get()).as("hand-over cleared after the call").isNull();

            assertThatThrownBy(() -> selling.generatedClient().getOpportunity(r -> r.catalog("AWS").identifier("O7777777777")))
                    .isInstanceOf(software.amazon.awssdk.services.partnercentralselling.model.ResourceNotFoundException.class);
        }

        List<LoggedRequest> sent = wireMock.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET)));
        assertThat(sent).hasSize(2);
        assertThat(body(sent.get(0)).path("Catalog").asText()).isEqualTo("Sandbox");
        assertThat(body(sent.get(0)).path("Identifier").asText()).isEqualTo("O1234567890");
        // The generated client's own request, untouched by the facade.
        assertThat(body(sent.get(1)).path("Catalog").asText()).isEqualTo("AWS");
        assertThat(body(sent.get(1)).path("Identifier").asText()).isEqualTo("O7777777777");
    }

    @Test
    void aSuccessfulFacadeCall_leavesNothingBehindOnTheThread() {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.0")
                        .withBody("{\"Id\":\"O1234567890\",\"Catalog\":\"Sandbox\"}")));
        try (PartnerCentralSelling selling = facade()) {
            assertThat(selling.opportunities().get("O1234567890").id()).contains("O1234567890");
            assertThat(WireExchange.PENDING.get()).isNull();
        }
    }

    @Test
    void aBuilderMadeFacade_sendsNoRequestLevelConfiguration_soTheGeneratedClientMergesNothingPerCall() {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.0")
                        .withBody("{\"Id\":\"O1234567890\",\"Catalog\":\"Sandbox\"}")));
        List<Boolean> overridden = new java.util.concurrent.CopyOnWriteArrayList<>();
        software.amazon.awssdk.core.interceptor.ExecutionInterceptor probe = new software.amazon.awssdk.core.interceptor.ExecutionInterceptor() {
            @Override
            public void beforeExecution(software.amazon.awssdk.core.interceptor.Context.BeforeExecution context,
                    software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
                overridden.add(context.request().overrideConfiguration().isPresent());
            }
        };
        try (PartnerCentralSelling selling = PartnerCentralSelling.builder()
                .endpointOverride(URI.create(wireMock.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(software.amazon.awssdk.core.client.config.ClientOverrideConfiguration.builder()
                        .addExecutionInterceptor(probe).build())
                .catalog(Catalog.SANDBOX)
                .pacing(PacingSettings.disabled())
                .build()) {
            assertThat(selling.opportunities().get("O1234567890").id()).contains("O1234567890");
        }
        assertThat(overridden).containsExactly(false);
    }
}

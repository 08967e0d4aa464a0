package io.partnercentral.selling.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.Snapshot;
import io.partnercentral.selling.model.SnapshotTarget;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.model.GetResourceSnapshotResponse;

/** A client the user built, wrapped by the facade: no per-request plugin, and the user's own calls unchanged. */
class WrappedClientWireMockTest {
    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String TARGET = "AWSPartnerCentralSelling.GetResourceSnapshot";
    private static final String ANSWER = "{\"Catalog\":\"Sandbox\",\"Arn\":\"arn:aws:partnercentral:us-east-1::catalog/"
            + "Sandbox/snapshot/1\",\"EngagementId\":\"eng-0123456789abcd\",\"ResourceType\":\"Opportunity\","
            + "\"ResourceId\":\"O1234567\",\"ResourceSnapshotTemplateName\":\"OpportunitySummaryView\",\"Revision\":2,"
            + "\"Payload\":{\"OpportunitySummary\":{\"Lifecycle\":{\"Stage\":\"Prospect\"}}}}";

    private static PartnerCentralSellingClient usersClient() {
        return PartnerCentralSellingClient.builder()
                .endpointOverride(URI.create(wireMock.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    private static List<LoggedRequest> sent() {
        return wireMock.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET)));
    }

    private static JsonNode tree(String json) throws Exception {
        return WireJson.mapper().readTree(json);
    }

    @Test
    void facade_wrappingAUsersPlainClient_needsNoPlugin_andSendsItsJsonWithTheTarget() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.0")
                        .withBody(ANSWER)));
        try (PartnerCentralSellingClient raw = usersClient()) {
            assertThat(new WireTransport(raw).needsPlugin()).isFalse();
            PartnerCentralSelling selling = PartnerCentralSelling.builder().client(raw)
                    .catalog(Catalog.SANDBOX).pacing(PacingSettings.disabled()).build();

            Snapshot snapshot = selling.snapshots().get(
                    SnapshotTarget.opportunity("eng-0123456789abcd", "O1234567", "OpportunitySummaryView"), 2);

            assertThat(snapshot.revision()).contains(2);
            assertThat(sent()).hasSize(1);
            LoggedRequest request = sent().get(0);
            assertThat(request.getHeader("Content-Type")).isEqualTo("application/x-amz-json-1.0");
            assertThat(tree(request.getBodyAsString())).isEqualTo(tree("{\"Catalog\":\"Sandbox\","
                    + "\"EngagementIdentifier\":\"eng-0123456789abcd\",\"ResourceType\":\"Opportunity\","
                    + "\"ResourceIdentifier\":\"O1234567\",\"ResourceSnapshotTemplateIdentifier\":\"OpportunitySummaryView\","
                    + "\"Revision\":2}"));
            selling.close();
        }
    }

    @Test
    void usersOwnCalls_throughAClientTheFacadeWraps_areMarshalledAndUnmarshalledByTheGeneratedClient() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.0")
                        .withBody(ANSWER)));
        try (PartnerCentralSellingClient raw = usersClient()) {
            PartnerCentralSelling selling = PartnerCentralSelling.builder().client(raw).catalog(Catalog.SANDBOX).build();

            GetResourceSnapshotResponse response = raw.getResourceSnapshot(r -> r.catalog("Sandbox")
                    .engagementIdentifier("eng-0123456789abcd").resourceType("Opportunity")
                    .resourceIdentifier("O1234567").resourceSnapshotTemplateIdentifier("OpportunitySummaryView"));

            // The generated unmarshaller read the real answer (the facade's own calls give it "{}").
            assertThat(response.revision()).isEqualTo(2);
            assertThat(response.payload().opportunitySummary().lifecycle().stageAsString()).isEqualTo("Prospect");
            // The generated marshaller's body, not one of the facade's: no Revision, as none was set.
            assertThat(tree(sent().get(0).getBodyAsString())).isEqualTo(tree("{\"Catalog\":\"Sandbox\","
                    + "\"EngagementIdentifier\":\"eng-0123456789abcd\",\"ResourceType\":\"Opportunity\","
                    + "\"ResourceIdentifier\":\"O1234567\",\"ResourceSnapshotTemplateIdentifier\":\"OpportunitySummaryView\"}"));
            selling.close();
        }
    }
}

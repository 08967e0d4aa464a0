package io.partnercentral.selling.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.exception.AccessDeniedException;
import io.partnercentral.selling.internal.WireJson;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The emulator's front door: SigV4 recomputed over what arrived, refusals shaped like the service's. */
@ExtendWith(PartnerCentralEmulatorExtension.class)
class SignatureVerificationTest {
    private static final String CREATE = "AWSPartnerCentralSelling.CreateOpportunity";
    private static final String LIST = "AWSPartnerCentralSelling.ListOpportunities";

    private final PartnerCentralEmulator emulator;

    SignatureVerificationTest(PartnerCentralEmulator emulator) {
        this.emulator = emulator;
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String type(HttpResponse<String> response) {
        return Fixtures.json(response.body()).path("__type").asText();
    }

    /** A valid CreateOpportunity body, written by the SDK's own create view. */
    private static String createBody(String crmId) throws Exception {
        ObjectNode body = (ObjectNode) Fixtures.JSON.readTree(
                WireJson.createWriter().writeValueAsBytes(FacadeAgainstEmulatorTest.deal(crmId)));
        body.put("Catalog", "Sandbox");
        body.put("ClientToken", UUID.randomUUID().toString());
        return body.toString();
    }

    @Test
    void signedRequest_withTheKnownCredentials_isServed() throws Exception {
        HttpResponse<String> response = send(Fixtures.signed(emulator, LIST, "{\"Catalog\":\"Sandbox\"}", b -> b));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Fixtures.json(response.body()).has("OpportunitySummaries")).isTrue();
    }

    @Test
    void unsignedRequest_isRefusedAsMissingAuthentication() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(java.net.URI.create(emulator.endpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", LIST)
                .POST(HttpRequest.BodyPublishers.ofString("{\"Catalog\":\"Sandbox\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(type(response)).isEqualTo("MissingAuthenticationTokenException");
    }

    @Test
    void bodyChangedAfterSigning_isRefusedAndNothingIsCreated() throws Exception {
        String signedBody = createBody("CRM-SIG");
        String changedBody = signedBody.replace("CRM-SIG", "CRM-SIX");
        assertThat(changedBody).isNotEqualTo(signedBody).hasSameSizeAs(signedBody);

        HttpResponse<String> response = send(Fixtures.signed(emulator, CREATE, signedBody,
                b -> b.POST(HttpRequest.BodyPublishers.ofString(changedBody))));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(type(response)).isEqualTo("InvalidSignatureException");
        assertThat(emulator.opportunityCount()).isZero();
        // The same body, unchanged, is accepted: the refusal was the tampering.
        assertThat(send(Fixtures.signed(emulator, CREATE, signedBody, b -> b)).statusCode()).isEqualTo(200);
        assertThat(emulator.opportunityCount()).isEqualTo(1);
    }

    @Test
    void signedHeaderChangedAfterSigning_isRefused() throws Exception {
        HttpResponse<String> response = send(Fixtures.signed(emulator, LIST, "{\"Catalog\":\"Sandbox\"}",
                b -> b.setHeader("X-Amz-Target", "AWSPartnerCentralSelling.ListResourceSnapshotJobs")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(type(response)).isEqualTo("InvalidSignatureException");
    }

    @Test
    void facade_withAWrongSecretKey_failsTypedAndNotRetryable_andWritesNothing() {
        try (PartnerCentralSelling wrongSecret = emulator.sellingBuilder()
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(PartnerCentralEmulator.ACCESS_KEY_ID, "not-the-secret")))
                .build()) {
            assertThatThrownBy(() -> wrongSecret.opportunities().create(FacadeAgainstEmulatorTest.deal("CRM-1")))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.errorCode()).contains("InvalidSignatureException");
                        assertThat(e.operation()).contains("CreateOpportunity");
                        assertThat(e.isRetryable()).isFalse();
                        assertThat(e.getMessage()).doesNotContain("not-the-secret");
                    });
        }
        assertThat(emulator.opportunityCount()).isZero();
    }

    @Test
    void facade_withAnUnknownAccessKey_isRefusedAsUnrecognized() {
        try (PartnerCentralSelling stranger = emulator.sellingBuilder()
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIASTRANGER0000000", PartnerCentralEmulator.SECRET_ACCESS_KEY)))
                .build()) {
            assertThatThrownBy(() -> stranger.opportunities().list().stream().count())
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.errorCode()).contains("UnrecognizedClientException"));
        }
    }

    @Test
    void emulator_withVerificationOff_servesUnsignedRequests() throws Exception {
        try (PartnerCentralEmulator open = PartnerCentralEmulator.start(
                PartnerCentralEmulator.Options.builder().verifySignatures(false).build())) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(java.net.URI.create(open.endpoint() + "/"))
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .header("X-Amz-Target", LIST)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"Catalog\":\"Sandbox\"}"))
                    .build());

            assertThat(response.statusCode()).isEqualTo(200);
        }
    }
}

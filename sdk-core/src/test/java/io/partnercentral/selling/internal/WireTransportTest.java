package io.partnercentral.selling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.partnercentral.selling.PartnerCentralSelling;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.InterceptorContext;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClientBuilder;
import software.amazon.awssdk.services.partnercentralselling.model.GetOpportunityRequest;

class WireTransportTest {
    private static PartnerCentralSellingClientBuilder client() {
        return PartnerCentralSellingClient.builder().region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://localhost:1"))
                .credentialsProvider(AnonymousCredentialsProvider.create());
    }

    private static long wireInterceptors(PartnerCentralSellingClient client) {
        return client.serviceClientConfiguration().overrideConfiguration().executionInterceptors().stream()
                .filter(WireInterceptor.class::isInstance).count();
    }

    @Test
    void needsPlugin_whenTheUserBuiltAPlainClient_isFalse_asTheGeneratedBuilderLoadsTheInterceptorFromTheClasspath() {
        try (PartnerCentralSellingClient plain = client().build()) {
            assertThat(wireInterceptors(plain)).isEqualTo(1);
            assertThat(new WireTransport(plain).needsPlugin()).isFalse();
        }
    }

    @Test
    void needsPlugin_whenTheClientCannotShowItsConfiguration_isTrue() {
        // A mock (or a client from a class loader that cannot see the resource): the per-request fallback.
        assertThat(new WireTransport(mock(PartnerCentralSellingClient.class)).needsPlugin()).isTrue();
    }

    @Test
    void builder_makesAClientWithExactlyOneWireInterceptor() {
        try (PartnerCentralSelling selling = PartnerCentralSelling.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://localhost:1"))
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .build()) {
            assertThat(wireInterceptors(selling.generatedClient())).isEqualTo(1);
        }
    }

    @Test
    void builder_withTheUsersOwnInterceptors_keepsThemAndAddsExactlyOneWireInterceptor() {
        ExecutionInterceptor users = new ExecutionInterceptor() {};
        try (PartnerCentralSelling selling = PartnerCentralSelling.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://localhost:1"))
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(users).build())
                .build()) {
            assertThat(wireInterceptors(selling.generatedClient())).isEqualTo(1);
            assertThat(selling.generatedClient().serviceClientConfiguration().overrideConfiguration()
                    .executionInterceptors()).contains(users);
        }
    }

    @Test
    void modifyHttpContent_replacesWhateverBodyTheGeneratedMarshallerWrote() {
        // A newer generated client may marshal members the SDK also writes: the body is replaced whole,
        // so they cannot reach the wire twice or with the generated client's value.
        byte[] ours = "{\"Catalog\":\"Sandbox\",\"Project\":{\"ExpectedContractDuration\":{\"Term\":\"Months\",\"Value\":\"24\"}}}"
                .getBytes(StandardCharsets.UTF_8);
        ExecutionAttributes attributes = new ExecutionAttributes();
        attributes.putAttribute(WireExchange.ATTRIBUTE, new WireExchange(ours, null, 1024));
        InterceptorContext context = InterceptorContext.builder()
                .request(GetOpportunityRequest.builder().build())
                .httpRequest(SdkHttpFullRequest.builder().method(SdkHttpMethod.POST).uri(URI.create("http://localhost:1")).build())
                .requestBody(RequestBody.fromString(
                        "{\"Project\":{\"ExpectedContractDuration\":{\"Term\":\"Months\",\"Value\":\"99\"}}}"))
                .build();

        Optional<RequestBody> body = new WireInterceptor().modifyHttpContent(context, attributes);

        assertThat(body).hasValueSatisfying(b -> assertThat(read(b)).isEqualTo(ours));
        assertThat(new WireInterceptor().modifyHttpRequest(context, attributes).firstMatchingHeader("Content-Length"))
                .contains(Integer.toString(ours.length));
    }

    @Test
    void interceptor_leavesRequestsNotSentByTheFacadeUntouched() {
        RequestBody generated = RequestBody.fromString("{\"Catalog\":\"AWS\"}");
        InterceptorContext context = InterceptorContext.builder()
                .request(GetOpportunityRequest.builder().build())
                .httpRequest(SdkHttpFullRequest.builder().method(SdkHttpMethod.POST).uri(URI.create("http://localhost:1")).build())
                .requestBody(generated)
                .build();
        ExecutionAttributes none = new ExecutionAttributes();

        assertThat(new WireInterceptor().modifyHttpContent(context, none)).containsSame(generated);
        assertThat(new WireInterceptor().modifyHttpRequest(context, none)).isSameAs(context.httpRequest());
    }

    private static byte[] read(RequestBody body) {
        try (var in = body.contentStreamProvider().newStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package io.partnercentral.selling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClientBuilder;

class WireTransportTest {
    private static PartnerCentralSellingClientBuilder client() {
        return PartnerCentralSellingClient.builder().region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://localhost:1"))
                .credentialsProvider(AnonymousCredentialsProvider.create());
    }

    @Test
    void needsPlugin_whenClientAlreadyHasTheInterceptor_isFalse() {
        try (PartnerCentralSellingClient withInterceptor = client().overrideConfiguration(
                ClientOverrideConfiguration.builder().addExecutionInterceptor(new WireInterceptor()).build()).build()) {
            assertThat(new WireTransport(withInterceptor).needsPlugin()).isFalse();
        }
    }

    @Test
    void needsPlugin_whenClientLacksTheInterceptor_isTrue() {
        try (PartnerCentralSellingClient plain = client().build()) {
            assertThat(new WireTransport(plain).needsPlugin()).isTrue();
        }
    }
}

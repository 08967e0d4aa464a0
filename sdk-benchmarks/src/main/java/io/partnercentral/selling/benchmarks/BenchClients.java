package io.partnercentral.selling.benchmarks;

import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.model.Catalog;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;

/**
 * The clients the speed benchmarks compare, built alike: the AWS SDK's Apache HTTP client with its
 * default settings, static credentials, us-east-1, and the facade's default call and attempt
 * timeouts on the raw client too, so that a difference is the facade's own work. The facade's
 * pacing is off (the stub has no quotas).
 *
 * <p>The two kinds live in separate nested classes so that a cold-start child building only the raw
 * client never loads a facade class. Stateless; thread-safe.
 */
final class BenchClients {
    // The facade's DEFAULT_API_CALL_TIMEOUT and DEFAULT_API_CALL_ATTEMPT_TIMEOUT, copied: reading them
    // would load the facade's interface into a raw-only cold start. CallOverhead checks they agree.
    static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(30);
    static final Duration API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

    private BenchClients() {}

    static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDBENCHMARK0000000", "benchmark-secret"));
    }

    /** The generated client, as a user would build it. */
    static final class Raw {
        private Raw() {}

        static PartnerCentralSellingClient create(URI endpoint) {
            return PartnerCentralSellingClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                    .credentialsProvider(credentials()).httpClientBuilder(ApacheHttpClient.builder())
                    .overrideConfiguration(ClientOverrideConfiguration.builder()
                            .apiCallTimeout(API_CALL_TIMEOUT).apiCallAttemptTimeout(API_CALL_ATTEMPT_TIMEOUT).build())
                    .build();
        }
    }

    /** The facade, building its own generated client. */
    static final class Facade {
        private Facade() {}

        static PartnerCentralSelling create(URI endpoint) {
            return PartnerCentralSelling.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                    .credentialsProvider(credentials()).httpClientBuilder(ApacheHttpClient.builder())
                    .catalog(Catalog.AWS).pacing(PacingSettings.disabled()).build();
        }

        /** The facade wrapping a generated client the user built (which it never closes). */
        static PartnerCentralSelling wrapping(PartnerCentralSellingClient userClient) {
            return PartnerCentralSelling.builder().client(userClient).catalog(Catalog.AWS)
                    .pacing(PacingSettings.disabled()).build();
        }
    }
}

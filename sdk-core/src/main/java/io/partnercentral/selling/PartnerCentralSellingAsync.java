package io.partnercentral.selling;

import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.internal.DefaultPartnerCentralSellingAsync;
import io.partnercentral.selling.metrics.SellingMetrics;
import io.partnercentral.selling.model.Catalog;
import java.net.URI;
import java.time.Clock;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingAsyncClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The asynchronous entry point of the SDK: the twin of {@link PartnerCentralSelling} over the AWS SDK's
 * {@link PartnerCentralSellingAsyncClient}, for reactive services and fan-outs that must not hold a
 * thread per call. Every operation returns a {@link java.util.concurrent.CompletableFuture} and every
 * listing a {@link PagePublisher}.
 *
 * <p>Both clients send each operation from one definition (the request's checks, catalog and client
 * token, its bytes, the reading of the answer and the translation of errors); only the transport
 * differs. So a call that breaks a rule completes its future with the same
 * {@link io.partnercentral.selling.exception.ValidationException} the sync call throws, before anything
 * is sent, and every other failure is the same
 * {@link io.partnercentral.selling.exception.PartnerCentralException} subclass with the same
 * {@code isRetryable()}.
 *
 * <p><b>How failures arrive.</b> As the future's cause: {@code join()} throws a
 * {@link java.util.concurrent.CompletionException} and {@code get()} an
 * {@link java.util.concurrent.ExecutionException} around it; a {@code handle} or {@code whenComplete}
 * stage directly after the SDK's future sees the exception itself, a later stage may see it wrapped in a
 * {@code CompletionException}. Unwrap with {@code getCause()}. No method of this client throws for bad
 * input.
 *
 * <p>Pacing to the service's quotas never blocks a thread: a call whose slot is not due is sent on a
 * timer. A builder-made client uses the AWS SDK's default async HTTP client (Netty) and its event loop.
 *
 * <pre>{@code
 * try (PartnerCentralSellingAsync selling = PartnerCentralSellingAsync.builder()
 *         .region(Region.US_EAST_1)
 *         .catalog(Catalog.SANDBOX)
 *         .build()) {
 *     Opportunity opportunity = selling.opportunities().get("O1234567890").join();
 * }
 * }</pre>
 */
public interface PartnerCentralSellingAsync extends SdkAutoCloseable {
    /**
     * A builder for a configured instance.
     *
     * @return a new builder
     */
    static Builder builder() {
        return DefaultPartnerCentralSellingAsync.builder();
    }

    /**
     * An instance on the {@link Catalog#AWS} catalog with the default region and credentials chains.
     *
     * @return a new instance
     */
    static PartnerCentralSellingAsync create() {
        return builder().build();
    }

    /**
     * The catalog calls act on unless they name another.
     *
     * @return the bound catalog
     */
    Catalog catalog();

    /**
     * Opportunities in the bound catalog.
     *
     * @return the opportunities sub-client
     */
    OpportunityAsyncClient opportunities();

    /**
     * Resource snapshots in the bound catalog.
     *
     * @return the snapshots sub-client
     */
    SnapshotAsyncClient snapshots();

    /**
     * Resource snapshot jobs in the bound catalog.
     *
     * @return the snapshot jobs sub-client
     */
    SnapshotJobAsyncClient snapshotJobs();

    /**
     * Engagements, their members, contexts and resource associations, in the bound catalog.
     *
     * @return the engagements sub-client
     */
    EngagementAsyncClient engagements();

    /**
     * Engagement invitations in the bound catalog.
     *
     * @return the invitations sub-client
     */
    InvitationAsyncClient invitations();

    /**
     * Tasks (start, list, wait for) in the bound catalog.
     *
     * @return the tasks sub-client
     */
    TaskAsyncClient tasks();

    /**
     * The partner's solutions in the bound catalog.
     *
     * @return the solutions sub-client
     */
    SolutionAsyncClient solutions();

    /**
     * Tags of resources, by ARN.
     *
     * @return the tags sub-client
     */
    TagAsyncClient tags();

    /**
     * Selling system settings of the bound catalog.
     *
     * @return the settings sub-client
     */
    SettingsAsyncClient settings();

    /**
     * How this instance paces its calls to the service's quotas.
     *
     * @return the pacing settings
     */
    PacingSettings pacing();

    /**
     * The AWS SDK's async client underneath.
     *
     * @return the generated async client
     */
    PartnerCentralSellingAsyncClient generatedClient();

    /** Closes the AWS client if this instance's builder created it; a client passed in is left open. */
    @Override
    void close();

    /** Configures a {@link PartnerCentralSellingAsync}; the options mirror {@link PartnerCentralSelling.Builder}'s. */
    interface Builder {
        /**
         * Wraps an existing AWS async client, which the facade never closes; excludes the transport options.
         *
         * @param client the generated async client
         * @return this builder
         */
        Builder client(PartnerCentralSellingAsyncClient client);

        /**
         * The region of a client the builder creates (default: the region chain, else us-east-1).
         *
         * @param region the region
         * @return this builder
         */
        Builder region(Region region);

        /**
         * The credentials of a client the builder creates (default: the default chain).
         *
         * @param credentialsProvider the credentials
         * @return this builder
         */
        Builder credentialsProvider(AwsCredentialsProvider credentialsProvider);

        /**
         * The endpoint of a client the builder creates, e.g. an emulator's.
         *
         * @param endpoint the endpoint
         * @return this builder
         */
        Builder endpointOverride(URI endpoint);

        /**
         * The async HTTP client of a client the builder creates; the facade does not close it.
         *
         * @param httpClient the HTTP client
         * @return this builder
         */
        Builder httpClient(SdkAsyncHttpClient httpClient);

        /**
         * The override configuration of a client the builder creates; its call and attempt timeouts, when
         * not set, default to the sync client's ({@link PartnerCentralSelling#DEFAULT_API_CALL_TIMEOUT},
         * {@link PartnerCentralSelling#DEFAULT_API_CALL_ATTEMPT_TIMEOUT}).
         *
         * @param overrideConfiguration the override configuration
         * @return this builder
         */
        Builder overrideConfiguration(ClientOverrideConfiguration overrideConfiguration);

        /**
         * The catalog calls act on unless they name another (default {@link Catalog#AWS}).
         *
         * @param catalog the catalog
         * @return this builder
         */
        Builder catalog(Catalog catalog);

        /**
         * The clock local validation judges dates by (e.g. TargetCloseDate not in the past).
         *
         * @param clock the clock
         * @return this builder
         */
        Builder clock(Clock clock);

        /**
         * How many times a read-modify-write update tries before giving up on conflicts; default 3.
         *
         * @param attempts at least 1
         * @return this builder
         */
        Builder maxUpdateAttempts(int attempts);

        /**
         * Pacing to the service's quotas (default: the documented rates); {@link PacingSettings#disabled()}
         * turns it off.
         *
         * @param pacing the pacing settings
         * @return this builder
         */
        Builder pacing(PacingSettings pacing);

        /**
         * Where the pacing's slots and budgets are kept (default: a new in-memory store per instance); see
         * {@link PartnerCentralSelling.Builder#coordination}. A sync and an async facade given the same
         * store share the quota.
         *
         * @param store the coordination store
         * @return this builder
         */
        Builder coordination(CoordinationStore store);

        /**
         * The largest response body read, in bytes (default 32 MiB).
         *
         * @param bytes the limit
         * @return this builder
         */
        Builder maxResponseBytes(long bytes);

        /**
         * The most pages one listing follows (default 10,000).
         *
         * @param pages the limit
         * @return this builder
         */
        Builder maxPagesPerListing(int pages);

        /**
         * Where this instance reports its calls, throttles, pacing and waits (default none).
         *
         * @param metrics the metrics
         * @return this builder
         */
        Builder metrics(SellingMetrics metrics);

        /**
         * Builds the configured instance.
         *
         * @return the instance
         */
        PartnerCentralSellingAsync build();
    }
}

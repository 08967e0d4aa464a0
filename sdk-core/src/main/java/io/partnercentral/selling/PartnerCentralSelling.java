package io.partnercentral.selling;

import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.internal.DefaultPartnerCentralSelling;
import io.partnercentral.selling.metrics.SellingMetrics;
import io.partnercentral.selling.model.Catalog;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The entry point of the Partner Central Selling SDK: a typed facade over the generated
 * {@link PartnerCentralSellingClient}, which stays the transport (credentials, region, endpoint,
 * SigV4, retries, metrics).
 *
 * <p>Thread-safe; build one per application and share it: calls are paced to the service's quotas
 * per instance ({@link PacingSettings}), so threads sharing one instance share its quota buckets.
 * {@link #close()} closes only what the builder created: a generated client passed to
 * {@link Builder#client} is never closed.
 *
 * <p>For fakes in tests: every method has a default that throws
 * {@link UnsupportedOperationException}, so a fake overrides only the calls its test makes and
 * keeps compiling when a later release adds methods.
 *
 * <pre>{@code
 * try (PartnerCentralSelling selling = PartnerCentralSelling.builder()
 *         .region(Region.US_EAST_1)
 *         .catalog(Catalog.SANDBOX)
 *         .build()) {
 *     Opportunity opportunity = selling.opportunities().get("O1234567890");
 * }
 * }</pre>
 */
public interface PartnerCentralSelling extends SdkAutoCloseable {
    /**
     * The overall time limit of one call, retries included, on clients the builder creates, unless
     * {@link Builder#overrideConfiguration} sets {@code apiCallTimeout}.
     */
    Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofSeconds(30);

    /**
     * The time limit of one attempt (connect, send, wait, read the body) on clients the builder
     * creates, unless {@link Builder#overrideConfiguration} sets {@code apiCallAttemptTimeout}.
     */
    Duration DEFAULT_API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * The default of {@link Builder#turnWait}: how long a write waits for another caller's turn on the
     * same opportunity or idempotency key, with a shared {@link Builder#coordination} store.
     */
    Duration DEFAULT_TURN_WAIT = Duration.ofMinutes(5);

    /** The default of {@link Builder#leaseTtl}: how long a write's lease lasts unless renewed. */
    Duration DEFAULT_LEASE_TTL = Duration.ofSeconds(15);

    /** The default of {@link Builder#leaseRenewal}: how often a held lease is renewed in the background. */
    Duration DEFAULT_LEASE_RENEWAL = Duration.ofSeconds(5);

    /** The default of {@link Builder#idempotencyRetention}: how long a keyed create's answer is kept in the store. */
    Duration DEFAULT_IDEMPOTENCY_RETENTION = Duration.ofDays(30);

    /**
     * A builder for a configured instance.
     *
     * @return this builder
     */
    static Builder builder() {
        return DefaultPartnerCentralSelling.builder();
    }

    /**
     * An instance on the {@link Catalog#AWS} catalog with the default region and credentials
     * chains (Partner Central Selling is served from {@code us-east-1}).
     *
     * @return an instance on the {@link Catalog#AWS} catalog with the default region and credentials chains (Partner Central Selling is served from {@code us-east-1})
     */
    static PartnerCentralSelling create() {
        return builder().build();
    }

    /** {@return the catalog calls act on unless they name another} */
    default Catalog catalog() {
        throw NotImplemented.method("PartnerCentralSelling.catalog");
    }

    /**
     * Opportunities in the bound catalog.
     *
     * @return the sub-client, bound to the same catalog
     */
    default OpportunityClient opportunities() {
        throw NotImplemented.method("PartnerCentralSelling.opportunities");
    }

    /**
     * Resource snapshots in the bound catalog.
     *
     * @return the sub-client, bound to the same catalog
     */
    default SnapshotClient snapshots() {
        throw NotImplemented.method("PartnerCentralSelling.snapshots");
    }

    /**
     * Resource snapshot jobs in the bound catalog.
     *
     * @return the sub-client, bound to the same catalog
     */
    default SnapshotJobClient snapshotJobs() {
        throw NotImplemented.method("PartnerCentralSelling.snapshotJobs");
    }

    /**
     * Engagements, their members, contexts and resource associations, in the bound catalog.
     *
     * @return the sub-client, bound to the same catalog
     */
    default EngagementClient engagements() {
        throw NotImplemented.method("PartnerCentralSelling.engagements");
    }

    /**
     * Engagement invitations (AWS referrals, leads, partner invitations) in the bound catalog.
     *
     * @return the sub-client, bound to the same catalog
     */
    default InvitationClient invitations() {
        throw NotImplemented.method("PartnerCentralSelling.invitations");
    }

    /**
     * Tasks (start, list, wait for) in the bound catalog.
     *
     * @return the sub-client, bound to the same catalog
     */
    default TaskClient tasks() {
        throw NotImplemented.method("PartnerCentralSelling.tasks");
    }

    /** {@return the partner's solutions in the bound catalog} */
    default SolutionClient solutions() {
        throw NotImplemented.method("PartnerCentralSelling.solutions");
    }

    /**
     * Tags of resources, by ARN.
     *
     * @return the sub-client, bound to the same catalog
     */
    default TagClient tags() {
        throw NotImplemented.method("PartnerCentralSelling.tags");
    }

    /**
     * Selling system settings of the bound catalog.
     *
     * @return the sub-client, bound to the same catalog
     */
    default SettingsClient settings() {
        throw NotImplemented.method("PartnerCentralSelling.settings");
    }

    /**
     * AWS referrals and leads waiting for an answer: list, accept, reject, qualify, convert.
     *
     * @return the inbox, bound to the same catalog
     */
    default ReferralInbox inbox() {
        throw NotImplemented.method("PartnerCentralSelling.inbox");
    }

    /** {@return how this instance paces its calls to the service's quotas} */
    default PacingSettings pacing() {
        throw NotImplemented.method("PartnerCentralSelling.pacing");
    }

    /** {@return where this instance keeps what it shares with other processes of the partner account} */
    default CoordinationStore coordination() {
        throw NotImplemented.method("PartnerCentralSelling.coordination");
    }

    /**
     * Where this instance reports what it does ({@link Builder#metrics}); a
     * {@link io.partnercentral.selling.events.Reconciler} built on it reports its events there too.
     * Unlike the other methods, the default (for fakes) answers {@link SellingMetrics#noop()}, so a
     * reconciler can be built on a fake.
     *
     * @return the metrics given to {@link Builder#metrics}, or {@link SellingMetrics#noop()}
     */
    default SellingMetrics metrics() {
        return SellingMetrics.noop();
    }

    /** {@return the generated client underneath, for operations this SDK does not cover yet} */
    default PartnerCentralSellingClient generatedClient() {
        throw NotImplemented.method("PartnerCentralSelling.generatedClient");
    }

    /** Closes the generated client if this instance built it; never one it was given. */
    @Override
    default void close() {
        // A fake holds nothing to release; the real facade overrides this.
    }

    /** Configures a {@link PartnerCentralSelling}. Either {@link #client} or the transport settings. */
    interface Builder {
        /**
         * Wraps an existing generated client, which the facade uses but never closes.
         *
         * @param client the generated client, not closed by the facade
         * @return this builder
         */
        Builder client(PartnerCentralSellingClient client);

        /**
         * The region of a client the builder creates; default: the default region chain, else us-east-1.
         *
         * @param region the AWS region
         * @return this builder
         */
        Builder region(Region region);

        /**
         * Credentials of a client the builder creates; default: the default credentials chain.
         *
         * @param credentialsProvider the credentials provider
         * @return this builder
         */
        Builder credentialsProvider(AwsCredentialsProvider credentialsProvider);

        /**
         * Endpoint of a client the builder creates, e.g. a local emulator.
         *
         * @param endpoint the endpoint URI
         * @return this builder
         */
        Builder endpointOverride(URI endpoint);

        /**
         * HTTP client of a client the builder creates; it is not closed by {@link #close()}.
         *
         * @param httpClient the HTTP client, not closed by the facade
         * @return this builder
         */
        Builder httpClient(SdkHttpClient httpClient);

        /**
         * HTTP client builder of a client the builder creates; the built HTTP client is closed with it.
         *
         * @param httpClientBuilder the HTTP client builder
         * @return this builder
         */
        Builder httpClientBuilder(SdkHttpClient.Builder<?> httpClientBuilder);

        /**
         * Override configuration (retry strategy, timeouts, interceptors) of a client the builder creates.
         * Its {@code apiCallTimeout} and {@code apiCallAttemptTimeout}, when not set, default to
         * {@link #DEFAULT_API_CALL_TIMEOUT} and {@link #DEFAULT_API_CALL_ATTEMPT_TIMEOUT}.
         *
         * @param overrideConfiguration the override configuration
         * @return this builder
         */
        Builder overrideConfiguration(ClientOverrideConfiguration overrideConfiguration);

        /**
         * The catalog calls act on unless they name another; default {@link Catalog#AWS}.
         *
         * @param catalog the catalog, {@code AWS} or {@code Sandbox}
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
         * @param attempts the most attempts
         * @return this builder
         */
        Builder maxUpdateAttempts(int attempts);

        /**
         * How calls are paced to the service's quotas, shared by every thread using the instance;
         * default {@link PacingSettings#defaults()} (on, at the documented rates).
         *
         * @param pacing the pacing settings
         * @return this builder
         */
        Builder pacing(PacingSettings pacing);

        /**
         * Where the pacing's send slots and 24-hour budgets are kept, shared with every facade and process
         * using the same store; default a new {@link CoordinationStore#inMemory()} per instance, which
         * coordinates only the threads using this instance. Give every process of a partner account the
         * same shared store (see the Redis and PostgreSQL engine modules) and the quotas hold across all
         * of them. The facade never closes a store given here. When the store cannot be reached, calls
         * fail with {@link io.partnercentral.selling.exception.CoordinationStoreException} (retryable,
         * nothing sent); they never fall back to pacing this process alone.
         *
         * @param store the store shared by every process of the partner account
         * @return this builder
         */
        Builder coordination(CoordinationStore store);

        /**
         * With a {@link #coordination} store: how long a write (update, replace, associate, submit, a keyed
         * create) waits for its turn while another caller, in this process or another, holds the
         * opportunity's (or the idempotency key's) lease; default {@link PartnerCentralSelling#DEFAULT_TURN_WAIT}.
         * The holder may itself be queued for the write quota behind the writes of every process sharing
         * the store, which the API call timeout does not count either, so this wait is longer than the
         * call timeout; a holder that died keeps others waiting at most its {@link #leaseTtl}. Past it the
         * write fails with {@link io.partnercentral.selling.exception.LeaseUnavailableException}
         * (retryable, nothing sent).
         *
         * @param wait the longest wait for a turn, positive
         * @return this builder
         */
        Builder turnWait(Duration wait);

        /**
         * With a {@link #coordination} store: how long a write's lease lasts unless renewed; default
         * {@link PartnerCentralSelling#DEFAULT_LEASE_TTL}. It is renewed every {@link #leaseRenewal} while
         * the write runs, also while it waits for its quota, and once more right before each request is
         * sent, so this bounds only how long a holder that died or was cut off from the store keeps others
         * waiting. A holder paused for longer finds its lease gone and stops with
         * {@link io.partnercentral.selling.exception.LeaseUnavailableException} before sending.
         *
         * @param ttl the lease's lifetime without renewal, positive and longer than {@link #leaseRenewal}
         * @return this builder
         */
        Builder leaseTtl(Duration ttl);

        /**
         * With a {@link #coordination} store: how often a held lease is renewed in the background; default
         * {@link PartnerCentralSelling#DEFAULT_LEASE_RENEWAL}. Keep it well under {@link #leaseTtl} (a third
         * by default), so one slow answer of the store does not lose the lease.
         *
         * @param every the renewal period, positive and shorter than {@link #leaseTtl}
         * @return this builder
         */
        Builder leaseRenewal(Duration every);

        /**
         * With a {@link #coordination} store: how long the answer of a create made under an idempotency
         * key (or the caller's own ClientToken) is kept in the store, so that a create of the same key in
         * any process within that time returns it without sending; default
         * {@link PartnerCentralSelling#DEFAULT_IDEMPOTENCY_RETENTION}. After it, a create of the key is sent
         * again with the same ClientToken, and the service decides.
         *
         * @param retention how long a recorded answer is kept, positive
         * @return this builder
         */
        Builder idempotencyRetention(Duration retention);

        /**
         * The largest response body read, in bytes (default 32 MiB; the API's largest pages are far
         * smaller). Past it the SDK drops the connection and throws
         * {@link io.partnercentral.selling.exception.ResponseTooLargeException}. Applies to a wrapped
         * {@link #client} too.
         *
         * @param bytes the largest response body accepted, in bytes
         * @return this builder
         */
        Builder maxResponseBytes(long bytes);

        /**
         * The most pages one listing follows (default 10,000,
         * far more than any real listing needs). A service that keeps sending a new {@code NextToken}
         * past it gets an {@link io.partnercentral.selling.exception.InvalidResponseException} instead of
         * being followed forever.
         *
         * @param pages the most pages, at least 1
         * @return this builder
         */
        Builder maxPagesPerListing(int pages);

        /**
         * Where this instance reports its calls, throttles, pacing, budgets, bulk writes, settlements
         * and waits; default {@link SellingMetrics#noop()}. If it offers a
         * {@link SellingMetrics#sdkMetricPublisher()}, a client the builder creates publishes its own
         * metrics there too (a wrapped {@link #client} keeps its configuration).
         *
         * @param metrics the recorder of calls, waits and bulk records
         * @return this builder
         */
        Builder metrics(SellingMetrics metrics);

        /**
         * Builds the configured instance.
         *
         * @return the facade, ready to use; close it when done
         */
        PartnerCentralSelling build();
    }
}

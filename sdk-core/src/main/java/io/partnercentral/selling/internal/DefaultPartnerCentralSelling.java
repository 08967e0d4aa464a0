package io.partnercentral.selling.internal;

import io.partnercentral.selling.EngagementClient;
import io.partnercentral.selling.InvitationClient;
import io.partnercentral.selling.OpportunityClient;
import io.partnercentral.selling.ReferralInbox;
import io.partnercentral.selling.SettingsClient;
import io.partnercentral.selling.SolutionClient;
import io.partnercentral.selling.TagClient;
import io.partnercentral.selling.TaskClient;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.SnapshotClient;
import io.partnercentral.selling.SnapshotJobClient;
import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.coordination.InMemoryCoordinationStore;
import io.partnercentral.selling.metrics.SellingMetrics;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.internal.validation.OpportunityRules;
import java.net.URI;
import java.time.Duration;
import java.time.Clock;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClientBuilder;

/** Internal API: the {@link PartnerCentralSelling} implementation and its builder. */
public final class DefaultPartnerCentralSelling implements PartnerCentralSelling {
    private final PartnerCentralSellingClient client;
    private final boolean ownsClient;
    private final Catalog catalog;
    private final DefaultOpportunityClient opportunities;
    private final WireTransport transport;
    private final Clock clock;
    private final PacingSettings pacing;
    private final CoordinationStore coordination;
    private final SellingMetrics metrics;
    /** Every other sub-client, made on first use: a caller of opportunities alone never loads them. */
    private volatile Others others;

    /** The sub-clients besides opportunities; they share the transport, so one set serves every thread. */
    private static final class Others {
        final SnapshotClient snapshots;
        final SnapshotJobClient snapshotJobs;
        final EngagementClient engagements;
        final InvitationClient invitations;
        final TaskClient tasks;
        final SolutionClient solutions;
        final TagClient tags;
        final SettingsClient settings;
        final ReferralInbox inbox;

        Others(WireTransport transport, Catalog catalog, OpportunityClient opportunities, Clock clock) {
            OperationCalls calls = new OperationCalls(transport);
            this.snapshots = new DefaultSnapshotClient(calls, catalog);
            this.snapshotJobs = new DefaultSnapshotJobClient(calls, transport, catalog);
            this.engagements = new DefaultEngagementClient(calls, catalog);
            this.invitations = new DefaultInvitationClient(calls, catalog);
            this.tasks = new DefaultTaskClient(calls, catalog);
            this.solutions = new DefaultSolutionClient(calls, catalog);
            this.tags = new DefaultTagClient(calls);
            this.settings = new DefaultSettingsClient(calls, catalog);
            this.inbox = new DefaultReferralInbox(invitations, tasks, engagements, opportunities, clock);
        }
    }

    private Others others() {
        Others made = others;
        if (made == null) {
            synchronized (this) {
                made = others;
                if (made == null) {
                    made = new Others(transport, catalog, opportunities, clock);
                    others = made;
                }
            }
        }
        return made;
    }

    private DefaultPartnerCentralSelling(BuilderImpl builder) {
        this.ownsClient = builder.client == null;
        this.client = ownsClient ? builder.buildClient() : builder.client;
        this.catalog = builder.catalog;
        this.pacing = builder.pacing;
        // One pacer per instance: every thread and sub-client of this instance draws on the same buckets.
        this.coordination = builder.coordination != null
                ? builder.coordination : new InMemoryCoordinationStore(builder.ticker::nanoTime);
        QuotaPacer pacer = pacing.isEnabled()
                ? new QuotaPacer(pacing, coordination, builder.ticker, builder.metrics, builder.coordination != null) : null;
        if (pacer != null) {
            builder.metrics.quotas(pacer);
        }
        this.transport = new WireTransport(client, builder.maxResponseBytes, pacer, builder.metrics, catalog,
                builder.maxPagesPerListing);
        this.clock = builder.clock;
        this.metrics = builder.metrics;
        OpportunityRules validator = OpportunityRules.create(builder.clock);
        // Leases and reservations only in a store the user gave: the default store is this instance's own,
        // and this JVM's lock already serializes every instance's writes.
        WriteCoordination writes = builder.coordination != null
                ? WriteCoordination.shared(coordination, builder.ticker, builder.turnWait, builder.leaseTtl,
                        builder.leaseRenewal, builder.idempotencyRetention)
                : WriteCoordination.jvm();
        this.opportunities = new DefaultOpportunityClient(
                transport, catalog, validator, builder.maxUpdateAttempts, builder.ticker, writes);
    }

    public static PartnerCentralSelling.Builder builder() {
        return new BuilderImpl(Ticker.system());
    }

    /** A builder whose pacing and bulk progress run on {@code ticker}, for tests that must not wait. */
    public static PartnerCentralSelling.Builder builder(Ticker ticker) {
        return new BuilderImpl(Objects.requireNonNull(ticker, "ticker"));
    }

    @Override
    public PacingSettings pacing() {
        return pacing;
    }

    @Override
    public CoordinationStore coordination() {
        return coordination;
    }

    @Override
    public SellingMetrics metrics() {
        return metrics;
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public OpportunityClient opportunities() {
        return opportunities;
    }

    @Override
    public SnapshotClient snapshots() {
        return others().snapshots;
    }

    @Override
    public SnapshotJobClient snapshotJobs() {
        return others().snapshotJobs;
    }

    @Override
    public EngagementClient engagements() {
        return others().engagements;
    }

    @Override
    public InvitationClient invitations() {
        return others().invitations;
    }

    @Override
    public TaskClient tasks() {
        return others().tasks;
    }

    @Override
    public SolutionClient solutions() {
        return others().solutions;
    }

    @Override
    public TagClient tags() {
        return others().tags;
    }

    @Override
    public SettingsClient settings() {
        return others().settings;
    }

    @Override
    public ReferralInbox inbox() {
        return others().inbox;
    }

    @Override
    public PartnerCentralSellingClient generatedClient() {
        return client;
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    private static final class BuilderImpl implements PartnerCentralSelling.Builder {
        private PartnerCentralSellingClient client;
        private Region region;
        private AwsCredentialsProvider credentialsProvider;
        private URI endpoint;
        private SdkHttpClient httpClient;
        private SdkHttpClient.Builder<?> httpClientBuilder;
        private ClientOverrideConfiguration overrideConfiguration;
        private Catalog catalog = Catalog.AWS;
        private Clock clock = Clock.systemUTC();
        private int maxUpdateAttempts = 3;
        private long maxResponseBytes = WireTransport.DEFAULT_MAX_RESPONSE_BYTES;
        private int maxPagesPerListing = Paginator.DEFAULT_MAX_PAGES;
        private PacingSettings pacing = PacingSettings.defaults();
        private CoordinationStore coordination;
        private Duration turnWait = PartnerCentralSelling.DEFAULT_TURN_WAIT;
        private Duration leaseTtl = PartnerCentralSelling.DEFAULT_LEASE_TTL;
        private Duration leaseRenewal = PartnerCentralSelling.DEFAULT_LEASE_RENEWAL;
        private Duration idempotencyRetention = PartnerCentralSelling.DEFAULT_IDEMPOTENCY_RETENTION;
        private SellingMetrics metrics = SellingMetrics.noop();
        private final Ticker ticker;

        BuilderImpl(Ticker ticker) {
            this.ticker = ticker;
        }

        @Override
        public Builder pacing(PacingSettings pacing) {
            this.pacing = Objects.requireNonNull(pacing, "pacing");
            return this;
        }

        @Override
        public Builder coordination(CoordinationStore store) {
            this.coordination = Objects.requireNonNull(store, "store");
            return this;
        }

        @Override
        public Builder turnWait(Duration wait) {
            this.turnWait = positive(wait, "turnWait");
            return this;
        }

        @Override
        public Builder leaseTtl(Duration ttl) {
            this.leaseTtl = positive(ttl, "leaseTtl");
            return this;
        }

        @Override
        public Builder leaseRenewal(Duration every) {
            this.leaseRenewal = positive(every, "leaseRenewal");
            return this;
        }

        @Override
        public Builder idempotencyRetention(Duration retention) {
            this.idempotencyRetention = positive(retention, "idempotencyRetention");
            return this;
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }

        @Override
        public Builder client(PartnerCentralSellingClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        @Override
        public Builder region(Region region) {
            this.region = region;
            return this;
        }

        @Override
        public Builder credentialsProvider(AwsCredentialsProvider credentialsProvider) {
            this.credentialsProvider = credentialsProvider;
            return this;
        }

        @Override
        public Builder endpointOverride(URI endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        @Override
        public Builder httpClient(SdkHttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        @Override
        public Builder httpClientBuilder(SdkHttpClient.Builder<?> httpClientBuilder) {
            this.httpClientBuilder = httpClientBuilder;
            return this;
        }

        @Override
        public Builder overrideConfiguration(ClientOverrideConfiguration overrideConfiguration) {
            this.overrideConfiguration = overrideConfiguration;
            return this;
        }

        @Override
        public Builder catalog(Catalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        @Override
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        @Override
        public Builder maxUpdateAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("maxUpdateAttempts must be at least 1");
            }
            this.maxUpdateAttempts = attempts;
            return this;
        }

        @Override
        public Builder maxPagesPerListing(int pages) {
            if (pages < 1) {
                throw new IllegalArgumentException("maxPagesPerListing must be at least 1");
            }
            this.maxPagesPerListing = pages;
            return this;
        }

        @Override
        public Builder maxResponseBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be positive");
            }
            this.maxResponseBytes = bytes;
            return this;
        }

        @Override
        public Builder metrics(SellingMetrics metrics) {
            this.metrics = Objects.requireNonNull(metrics, "metrics");
            return this;
        }

        @Override
        public PartnerCentralSelling build() {
            if (leaseRenewal.compareTo(leaseTtl) >= 0) {
                throw new IllegalStateException("leaseRenewal (" + leaseRenewal + ") must be shorter than leaseTtl ("
                        + leaseTtl + "), or a held lease expires between renewals");
            }
            if (client != null && (region != null || credentialsProvider != null || endpoint != null
                    || httpClient != null || httpClientBuilder != null || overrideConfiguration != null)) {
                throw new IllegalStateException(
                        "client(...) wraps a configured client: configure region, credentials, endpoint, HTTP client"
                                + " and override configuration on that client instead");
            }
            return new DefaultPartnerCentralSelling(this);
        }

        PartnerCentralSellingClient buildClient() {
            PartnerCentralSellingClientBuilder builder = PartnerCentralSellingClient.builder();
            builder.region(region != null ? region : defaultRegion());
            if (credentialsProvider != null) {
                builder.credentialsProvider(credentialsProvider);
            }
            if (endpoint != null) {
                builder.endpointOverride(endpoint);
            }
            if (httpClient != null) {
                builder.httpClient(httpClient);
            } else if (httpClientBuilder != null) {
                builder.httpClientBuilder(httpClientBuilder);
            }
            ClientOverrideConfiguration.Builder override = overrideConfiguration == null
                    ? ClientOverrideConfiguration.builder() : overrideConfiguration.toBuilder();
            // Without these a silent server holds a call for the HTTP client's socket timeout on every
            // attempt: minutes, not seconds. The user's own values, when set, win.
            if (override.apiCallTimeout() == null) {
                override.apiCallTimeout(PartnerCentralSelling.DEFAULT_API_CALL_TIMEOUT);
            }
            if (override.apiCallAttemptTimeout() == null) {
                override.apiCallAttemptTimeout(PartnerCentralSelling.DEFAULT_API_CALL_ATTEMPT_TIMEOUT);
            }
            // Tag the User-Agent once for the client rather than per request (WireTransport checks for it).
            String suffix = override.build().advancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX)
                    .map(own -> own + " " + WireTransport.USER_AGENT_TAG).orElse(WireTransport.USER_AGENT_TAG);
            override.putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, suffix);
            if (pacing.isEnabled() && override.retryStrategy() == null && override.retryPolicy() == null
                    && override.retryMode() == null && override.retryStrategyConfigurator() == null) {
                // The pacing spaces every attempt, retries included, and a lone throttle's retry goes in
                // its slot at once: the retry strategy's own throttling backoff (hundreds of ms) would
                // only lose the slot. A strategy of the user's is kept as it is.
                override.retryStrategy(b -> b.throttlingBackoffStrategy(BackoffStrategy.retryImmediately()));
            }
            metrics.sdkMetricPublisher().ifPresent(override::addMetricPublisher);
            builder.overrideConfiguration(override.build());
            PartnerCentralSellingClient built = builder.build();
            if (WireTransport.hasWireInterceptor(built)) {
                // The generated builder loaded it from this jar's execution.interceptors resource.
                return built;
            }
            // The generated client's class loader cannot see that resource (e.g. an isolated plugin
            // loader): add the interceptor explicitly, still exactly once.
            built.close();
            builder.overrideConfiguration(override.addExecutionInterceptor(new WireInterceptor()).build());
            return builder.build();
        }

        private static Region defaultRegion() {
            try {
                return new DefaultAwsRegionProviderChain().getRegion();
            } catch (RuntimeException none) {
                // The service is served from us-east-1; no region configured is not an error here.
                return Region.US_EAST_1;
            }
        }
    }
}

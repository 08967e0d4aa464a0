package io.partnercentral.selling.internal;

import io.partnercentral.selling.EngagementAsyncClient;
import io.partnercentral.selling.InvitationAsyncClient;
import io.partnercentral.selling.OpportunityAsyncClient;
import io.partnercentral.selling.PacingSettings;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.PartnerCentralSellingAsync;
import io.partnercentral.selling.SettingsAsyncClient;
import io.partnercentral.selling.SnapshotAsyncClient;
import io.partnercentral.selling.SnapshotJobAsyncClient;
import io.partnercentral.selling.SolutionAsyncClient;
import io.partnercentral.selling.TagAsyncClient;
import io.partnercentral.selling.TaskAsyncClient;
import io.partnercentral.selling.coordination.CoordinationStore;
import io.partnercentral.selling.coordination.InMemoryCoordinationStore;
import io.partnercentral.selling.metrics.SellingMetrics;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.internal.validation.OpportunityRules;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingAsyncClient;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingAsyncClientBuilder;

/** Internal API: the {@link PartnerCentralSellingAsync} implementation and its builder. */
public final class DefaultPartnerCentralSellingAsync implements PartnerCentralSellingAsync {
    private final PartnerCentralSellingAsyncClient client;
    private final boolean ownsClient;
    private final Catalog catalog;
    private final PacingSettings pacing;
    private final OpportunityAsyncClient opportunities;
    private final SnapshotAsyncClient snapshots;
    private final SnapshotJobAsyncClient snapshotJobs;
    private final EngagementAsyncClient engagements;
    private final InvitationAsyncClient invitations;
    private final TaskAsyncClient tasks;
    private final SolutionAsyncClient solutions;
    private final TagAsyncClient tags;
    private final SettingsAsyncClient settings;

    private DefaultPartnerCentralSellingAsync(BuilderImpl builder) {
        this.ownsClient = builder.client == null;
        this.client = ownsClient ? builder.buildClient() : builder.client;
        this.catalog = builder.catalog;
        this.pacing = builder.pacing;
        CoordinationStore coordination = builder.coordination != null
                ? builder.coordination : new InMemoryCoordinationStore(builder.ticker::nanoTime);
        QuotaPacer pacer = pacing.isEnabled() ? new QuotaPacer(pacing, coordination, builder.ticker, builder.metrics) : null;
        if (pacer != null) {
            builder.metrics.quotas(pacer);
        }
        AsyncWireTransport transport = new AsyncWireTransport(client, builder.maxResponseBytes, pacer, builder.metrics,
                catalog, builder.maxPagesPerListing);
        AsyncOperationCalls calls = new AsyncOperationCalls(transport);
        this.opportunities = new DefaultOpportunityAsyncClient(calls, catalog, OpportunityRules.create(builder.clock),
                builder.maxUpdateAttempts);
        this.snapshots = AsyncSubClients.snapshots(calls, catalog);
        this.snapshotJobs = new DefaultSnapshotJobAsyncClient(calls, catalog);
        this.engagements = AsyncSubClients.engagements(calls, catalog);
        this.invitations = AsyncSubClients.invitations(calls, catalog);
        this.tasks = new DefaultTaskAsyncClient(calls, catalog);
        this.solutions = AsyncSubClients.solutions(calls, catalog);
        this.tags = AsyncSubClients.tags(calls, catalog);
        this.settings = AsyncSubClients.settings(calls, catalog);
    }

    /**
     * A builder on the system clock.
     *
     * @return a new builder
     */
    public static PartnerCentralSellingAsync.Builder builder() {
        return new BuilderImpl(Ticker.system());
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public OpportunityAsyncClient opportunities() {
        return opportunities;
    }

    @Override
    public SnapshotAsyncClient snapshots() {
        return snapshots;
    }

    @Override
    public SnapshotJobAsyncClient snapshotJobs() {
        return snapshotJobs;
    }

    @Override
    public EngagementAsyncClient engagements() {
        return engagements;
    }

    @Override
    public InvitationAsyncClient invitations() {
        return invitations;
    }

    @Override
    public TaskAsyncClient tasks() {
        return tasks;
    }

    @Override
    public SolutionAsyncClient solutions() {
        return solutions;
    }

    @Override
    public TagAsyncClient tags() {
        return tags;
    }

    @Override
    public SettingsAsyncClient settings() {
        return settings;
    }

    @Override
    public PacingSettings pacing() {
        return pacing;
    }

    @Override
    public PartnerCentralSellingAsyncClient generatedClient() {
        return client;
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    private static final class BuilderImpl implements PartnerCentralSellingAsync.Builder {
        private PartnerCentralSellingAsyncClient client;
        private Region region;
        private AwsCredentialsProvider credentialsProvider;
        private URI endpoint;
        private SdkAsyncHttpClient httpClient;
        private ClientOverrideConfiguration overrideConfiguration;
        private Catalog catalog = Catalog.AWS;
        private Clock clock = Clock.systemUTC();
        private int maxUpdateAttempts = 3;
        private long maxResponseBytes = WireTransport.DEFAULT_MAX_RESPONSE_BYTES;
        private int maxPagesPerListing = Paginator.DEFAULT_MAX_PAGES;
        private PacingSettings pacing = PacingSettings.defaults();
        private CoordinationStore coordination;
        private SellingMetrics metrics = SellingMetrics.noop();
        private final Ticker ticker;

        BuilderImpl(Ticker ticker) {
            this.ticker = ticker;
        }

        @Override
        public Builder client(PartnerCentralSellingAsyncClient client) {
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
        public Builder httpClient(SdkAsyncHttpClient httpClient) {
            this.httpClient = httpClient;
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
        public Builder maxResponseBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be positive");
            }
            this.maxResponseBytes = bytes;
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
        public Builder metrics(SellingMetrics metrics) {
            this.metrics = Objects.requireNonNull(metrics, "metrics");
            return this;
        }

        @Override
        public PartnerCentralSellingAsync build() {
            if (client != null && (region != null || credentialsProvider != null || endpoint != null
                    || httpClient != null || overrideConfiguration != null)) {
                throw new IllegalStateException(
                        "client(...) wraps a configured client: configure region, credentials, endpoint, HTTP client"
                                + " and override configuration on that client instead");
            }
            return new DefaultPartnerCentralSellingAsync(this);
        }

        PartnerCentralSellingAsyncClient buildClient() {
            PartnerCentralSellingAsyncClientBuilder builder = PartnerCentralSellingAsyncClient.builder();
            builder.region(region != null ? region : defaultRegion());
            if (credentialsProvider != null) {
                builder.credentialsProvider(credentialsProvider);
            }
            if (endpoint != null) {
                builder.endpointOverride(endpoint);
            }
            if (httpClient != null) {
                builder.httpClient(httpClient);
            }
            ClientOverrideConfiguration.Builder override = overrideConfiguration == null
                    ? ClientOverrideConfiguration.builder() : overrideConfiguration.toBuilder();
            if (override.apiCallTimeout() == null) {
                override.apiCallTimeout(PartnerCentralSelling.DEFAULT_API_CALL_TIMEOUT);
            }
            if (override.apiCallAttemptTimeout() == null) {
                override.apiCallAttemptTimeout(PartnerCentralSelling.DEFAULT_API_CALL_ATTEMPT_TIMEOUT);
            }
            String suffix = override.build().advancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX)
                    .map(own -> own + " " + WireTransport.USER_AGENT_TAG).orElse(WireTransport.USER_AGENT_TAG);
            override.putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, suffix);
            metrics.sdkMetricPublisher().ifPresent(override::addMetricPublisher);
            builder.overrideConfiguration(override.build());
            PartnerCentralSellingAsyncClient built = builder.build();
            if (WireTransport.hasWireInterceptor(built)) {
                return built;
            }
            built.close();
            builder.overrideConfiguration(override.addExecutionInterceptor(new WireInterceptor()).build());
            return builder.build();
        }

        private static Region defaultRegion() {
            try {
                return new DefaultAwsRegionProviderChain().getRegion();
            } catch (RuntimeException none) {
                return Region.US_EAST_1;
            }
        }
    }
}

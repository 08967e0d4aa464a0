package io.partnercentral.selling.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import io.partnercentral.selling.internal.WireJson;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.testing.internal.ControlAccess;
import io.partnercentral.selling.testing.internal.ControlApi;
import io.partnercentral.selling.testing.internal.EmulatedService;
import io.partnercentral.selling.testing.internal.EmulatorClock;
import io.partnercentral.selling.testing.internal.EmulatorTransformer;
import io.partnercentral.selling.testing.internal.FaultInjector;
import io.partnercentral.selling.testing.internal.QuietNotifier;
import io.partnercentral.selling.testing.internal.QuotaEnforcer;
import io.partnercentral.selling.testing.internal.ServiceModel;
import io.partnercentral.selling.testing.internal.Settings;
import io.partnercentral.selling.testing.internal.SigV4Verifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.PartnerCentralSellingAsync;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingAsyncClient;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingAsyncClientBuilder;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClientBuilder;

/**
 * A local, stateful, in-memory emulator of the AWS Partner Central Selling API, speaking its wire
 * protocol (awsJson1_0 over HTTP) on a WireMock server, for tests that drive real clients: the
 * generated {@code PartnerCentralSellingClient}, this SDK's facade, or raw HTTP.
 *
 * <p>It serves every operation of the service model: opportunities (Update with full-replace
 * semantics and the LastModifiedDate check, List with every filter and sort of the 2026-05-15 API,
 * Submit with a scripted review), engagements, invitations and tasks (with the AWS side scripted by
 * {@link #sendReferral} and {@link #sendLead}), resource snapshots and snapshot jobs, solutions, tags
 * and settings; with ClientToken idempotency, fault injection before or after the state change, and, when
 * {@link Options.Builder#quotas asked to}, the service's request quotas. Each instance has its own state;
 * all methods are thread-safe.
 *
 * <p>The service's official model ({@code model/service-2.json} of this repository, packaged into this
 * artifact) is its only source of shapes and single-field rules: each request is checked against its
 * operation's input shape and each response is shaped by the output shape, so the emulator accepts
 * what the model accepts and answers only with members the model has. The state machine and the
 * documented rules the model cannot state are the emulator's own. {@link Options.Builder#model}
 * takes another model file.
 *
 * <pre>{@code
 * try (PartnerCentralEmulator emulator = PartnerCentralEmulator.start();
 *      PartnerCentralSellingClient client = emulator.clientBuilder().build()) {
 *     String id = client.createOpportunity(r -> r.catalog("Sandbox")
 *             .clientToken(UUID.randomUUID().toString())
 *             .customer(c -> c.account(a -> a.companyName("Example Corp").websiteUrl("https://example.com"))))
 *         .id();
 *     emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.THROTTLING).build());
 *     client.getOpportunity(r -> r.catalog("Sandbox").identifier(id));   // retried by the SDK
 *     assertThat(emulator.opportunityCount()).isEqualTo(1);
 * }
 * }</pre>
 *
 * <p>Everything WireMock offers stays available through {@link #wireMock()}: its request journal
 * (bounded, {@link Options.Builder#requestJournalSize}), and stubs that override the emulator for
 * chosen requests (the emulator's own mapping has the lowest priority, {@value #EMULATOR_STUB_PRIORITY}).
 *
 * <p>The same endpoint serves a control API, JSON over HTTP under {@code /_emulator/}, through which a
 * test in any language does what the methods of this class do (send a referral, complete a review,
 * advance the clock, inject faults, reset...): each route calls the method of the same purpose. It
 * answers loopback clients only unless {@link Options.Builder#allowRemoteControl} says otherwise.
 * {@code docs/emulator-server.md} lists the routes.
 */
public final class PartnerCentralEmulator implements AutoCloseable {
    /** Priority of the emulator's catch-all stub: any stub with a smaller number wins over it. */
    public static final int EMULATOR_STUB_PRIORITY = 100;
    /**
     * The snapshot template of AWS's {@code AwsOpportunitySummaryFullView}; every other valid template
     * name yields an {@code OpportunitySummary} payload. The names are this emulator's convention.
     */
    public static final String AWS_FULL_VIEW_TEMPLATE = EmulatedService.AWS_FULL_VIEW_TEMPLATE;
    /** How many requests WireMock's request journal keeps unless {@link Options.Builder#requestJournalSize} says otherwise. */
    public static final int DEFAULT_REQUEST_JOURNAL_SIZE = 1000;

    /** Priority of the control API's mapping, above any stub a test is likely to add. */
    private static final int CONTROL_STUB_PRIORITY = 1;

    private final Options options;
    private final EmulatorClock clock;
    private final EmulatedService service;
    private final FaultInjector faults = new FaultInjector();
    private final QuotaEnforcer quotas;
    private final WireMockServer server;

    private PartnerCentralEmulator(Options options) {
        this.options = options;
        this.clock = new EmulatorClock(options.clock);
        ServiceModel model = options.model == null ? ServiceModel.packaged() : ServiceModel.load(options.model);
        this.service = new EmulatedService(new Settings(clock, options.accountId, options.region,
                options.defaultReviewOutcome, options.rejectUnknownMembers, model));
        this.quotas = new QuotaEnforcer(options.quotas, System::nanoTime);
        WireMockConfiguration configuration = WireMockConfiguration.options()
                .port(options.port)
                .bindAddress(options.bindAddress)
                .mappingSource(NO_MAPPING_FILES)
                .notifier(new QuietNotifier())
                .gzipDisabled(true)
                .extensions(new EmulatorTransformer(service, faults, options.verifySignatures
                                ? new SigV4Verifier(ACCESS_KEY_ID, SECRET_ACCESS_KEY, options.region, options.signatureClock)
                                : null, quotas),
                        new ControlApi(this, options.allowRemoteControl));
        if (options.requestJournalSize == 0) {
            configuration.disableRequestJournal();
        } else {
            configuration.maxRequestJournalEntries(options.requestJournalSize);
        }
        // WireMock's own admin API (/__admin) would let anyone who reaches the port restub the
        // emulator: it gets the control API's rule.
        configuration.adminAuthenticator(request -> ControlAccess.allows(request.getClientIp(),
                request.containsHeader("X-Forwarded-For") || request.containsHeader("Forwarded"),
                options.allowRemoteControl));
        this.server = new WireMockServer(configuration);
    }

    /**
     * The access key id of the emulator's one known key pair: requests must be signed with it (SigV4,
     * service {@code partnercentral-selling}, the emulator's region) unless
     * {@link Options.Builder#verifySignatures(boolean)} is off. A test credential, not a secret.
     */
    public static final String ACCESS_KEY_ID = "AKIAEMULATOR000000";
    /** The secret access key paired with {@link #ACCESS_KEY_ID}. A test credential, not a secret. */
    public static final String SECRET_ACCESS_KEY = "emulator-secret-key";

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY));

    /** {@return the emulator's known credentials, for clients built without {@link #clientBuilder()} or {@link #sellingBuilder()}} */
    public static StaticCredentialsProvider credentialsProvider() {
        return CREDENTIALS;
    }

    /**
     * Starts an emulator with default {@link Options} on a random free port.
     *
     * @return the running emulator; close it to stop it
     */
    public static PartnerCentralEmulator start() {
        return start(Options.builder().build());
    }

    /**
     * Starts an emulator with these options.
     *
     * @param options the options
     * @return the running emulator; close it to stop it
     */
    public static PartnerCentralEmulator start(Options options) {
        PartnerCentralEmulator emulator = new PartnerCentralEmulator(Objects.requireNonNull(options, "options"));
        emulator.server.start();
        emulator.addEmulatorStub();
        return emulator;
    }

    /** {@return the URI to point a client's endpoint override at, e.g. {@code http://localhost:53187}} */
    public URI endpoint() {
        String host = options.bindAddress;
        if ("0.0.0.0".equals(host) || "::".equals(host)) {
            host = "localhost";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + server.port());
    }

    /** {@return the port the emulator listens on} */
    public int port() {
        return server.port();
    }

    /** {@return the WireMock server underneath: its request journal, verification, and extra stubs} */
    public WireMockServer wireMock() {
        return server;
    }

    /** {@return the options the emulator was started with} */
    public Options options() {
        return options;
    }

    /**
     * A builder for the raw generated client, pointed at this emulator: region us-east-1, the
     * emulator's known credentials, the Apache HTTP client. Adjust it (retry strategy, timeouts)
     * before building; the caller owns and closes the client.
     *
     * @return a builder for the raw generated client, pointed at this emulator: region us-east-1, the emulator's known credentials, the Apache HTTP client
     */
    public PartnerCentralSellingClientBuilder clientBuilder() {
        return PartnerCentralSellingClient.builder()
                .endpointOverride(endpoint())
                .region(Region.of(options.region))
                .credentialsProvider(CREDENTIALS)
                .httpClientBuilder(ApacheHttpClient.builder());
    }

    /**
     * A builder for the raw generated async client, pointed at this emulator: region us-east-1, the
     * emulator's known credentials, the AWS SDK's default async HTTP client (Netty). The caller owns and
     * closes the client.
     *
     * @return a builder of the generated async client
     */
    public PartnerCentralSellingAsyncClientBuilder asyncClientBuilder() {
        return PartnerCentralSellingAsyncClient.builder()
                .endpointOverride(endpoint())
                .region(Region.of(options.region))
                .credentialsProvider(CREDENTIALS);
    }

    /**
     * A builder for this SDK's async facade pointed at this emulator, configured as
     * {@link #sellingBuilder()} is but on the AWS SDK's default async HTTP client (Netty). The caller
     * owns and closes what it builds.
     *
     * <pre>{@code try (PartnerCentralSellingAsync selling = emulator.asyncSellingBuilder().build()) { ... }}</pre>
     *
     * @return a builder of the async facade
     */
    public PartnerCentralSellingAsync.Builder asyncSellingBuilder() {
        return PartnerCentralSellingAsync.builder()
                .endpointOverride(endpoint())
                .region(Region.of(options.region))
                .credentialsProvider(CREDENTIALS)
                .clock(clock)
                .catalog(Catalog.SANDBOX)
                .pacing(options.quotas.matchingPacing());
    }

    /**
     * A builder for this SDK's facade pointed at this emulator: the same endpoint, region and known
     * credentials as {@link #clientBuilder()}, bound to the {@link Catalog#SANDBOX} catalog, paced to
     * the emulator's {@link Options.Builder#quotas quotas} (not at all while they are off). The
     * caller owns and closes what it builds.
     *
     * <pre>{@code try (PartnerCentralSelling selling = emulator.sellingBuilder().build()) { ... }}</pre>
     *
     * @return this builder
     */
    public PartnerCentralSelling.Builder sellingBuilder() {
        return PartnerCentralSelling.builder()
                .endpointOverride(endpoint())
                .region(Region.of(options.region))
                .credentialsProvider(CREDENTIALS)
                .httpClientBuilder(ApacheHttpClient.builder())
                .clock(clock)
                .catalog(Catalog.SANDBOX)
                .pacing(options.quotas.matchingPacing());
    }

    /**
     * Forgets everything: opportunities, snapshots, jobs, client tokens, scripted reviews, emitted
     * events (listeners and the {@link #eventDelivery delivery setting} stay), fault plans
     * and the injected-fault record, quota buckets (full again) and the throttle count, WireMock's request journal, and any stubs added through
     * {@link #wireMock()}; the clock is back where {@link Options.Builder#clock} has it. Ids start over,
     * so each test sees the same ones. Quota settings given to {@link #enforceQuotas} stay.
     */
    public void reset() {
        service.reset();
        faults.reset();
        quotas.reset();
        clock.resetOffset();
        server.resetAll();
        addEmulatorStub();
    }

    // The clock.

    /** {@return the emulator's time now: its {@link Options.Builder#clock clock} plus every {@link #advanceClock advance}} */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Moves the emulator's clock forward, as if that much time had passed: invitations expire, tasks
     * complete, writes are dated later. Signature dates are still checked against
     * {@link Options.Builder#signatureClock}, so clients keep working.
     *
     * @param duration how far to move the clock
     * @return the emulator's time after the move
     * @throws IllegalArgumentException for a negative duration
     */
    public Instant advanceClock(Duration duration) {
        return clock.advance(Objects.requireNonNull(duration, "duration"));
    }

    // Quotas.

    /** {@return the quota settings enforced now} */
    public QuotaEnforcement quotas() {
        return quotas.settings();
    }

    /**
     * Enforces other quota settings from now on, with full buckets and the throttle count at zero.
     *
     * @param settings the quotas to enforce
     */
    public void enforceQuotas(QuotaEnforcement settings) {
        quotas.reconfigure(Objects.requireNonNull(settings, "settings"));
    }

    // Received requests.

    /**
     * The last {@code limit} service requests received (control API calls excluded), oldest first,
     * from WireMock's request journal, which keeps the last {@link Options.Builder#requestJournalSize}.
     *
     * @param limit the limit
     * @return the last {@code limit} service requests received (control API calls excluded), oldest first, from WireMock's request journal, which keeps the last {@link Options.Builder#requestJournalSize}
     * @throws IllegalStateException when the journal is off
     */
    public List<ReceivedRequest> receivedRequests(int limit) {
        if (options.requestJournalSize == 0) {
            throw new IllegalStateException("the request journal is off (requestJournalSize 0)");
        }
        List<ReceivedRequest> received = new ArrayList<>();
        // WireMock lists the newest first.
        for (ServeEvent event : server.getAllServeEvents()) {
            if (received.size() >= limit) {
                break;
            }
            if (event.getRequest().getUrl().startsWith(ControlApi.PREFIX)) {
                continue;
            }
            String target = event.getRequest().getHeader("X-Amz-Target");
            String operation = target != null && target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : target;
            received.add(new ReceivedRequest(event.getRequest().getLoggedDate().toInstant(), operation,
                    event.getResponse() == null ? 0 : event.getResponse().getStatus(), event.getRequest().getBodyAsString()));
        }
        Collections.reverse(received);
        return received;
    }

    // Seeding opportunities.

    /**
     * Creates opportunities from JSON, each through CreateOpportunity exactly as a client's request
     * would be (checked against the model, dated by the emulator's clock): a JSON array of
     * CreateOpportunity request bodies, or an object with such an array as {@code "opportunities"}.
     * {@code Catalog} defaults to {@code Sandbox} and {@code ClientToken} to a random one.
     *
     * <pre>{@code
     * emulator.seedOpportunities("[{\"Customer\":{\"Account\":{\"CompanyName\":\"Example Corp\",\"WebsiteUrl\":\"https://example.com\"}}}]");
     * }</pre>
     *
     * @param json the JSON
     * @return the new opportunities' ids, in order
     * @throws IllegalArgumentException when the JSON is not such a list or an opportunity is refused;
     *     those before it stay created
     */
    public List<String> seedOpportunities(String json) {
        JsonNode root;
        try {
            root = WireJson.mapper().readTree(Objects.requireNonNull(json, "json"));
        } catch (IOException e) {
            throw new IllegalArgumentException("the seed is not JSON", e);
        }
        JsonNode list = root != null && root.isObject() ? root.path("opportunities") : root;
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("the seed must be a JSON array of CreateOpportunity requests,"
                    + " or an object whose \"opportunities\" is one");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : list) {
            if (!entry.isObject()) {
                throw new IllegalArgumentException("seed entry " + ids.size() + " is not a JSON object");
            }
            ObjectNode request = ((ObjectNode) entry).deepCopy();
            if (!request.has("Catalog")) {
                request.put("Catalog", Catalog.SANDBOX.value());
            }
            if (!request.has("ClientToken")) {
                request.put("ClientToken", UUID.randomUUID().toString());
            }
            ids.add(service.seedOpportunity(request, "seed entry " + ids.size()));
        }
        return ids;
    }

    /** Stops the server. Idempotent. */
    @Override
    public void close() {
        if (server.isRunning()) {
            server.stop();
        }
    }

    // Inspection, for assertions.

    /** {@return how many opportunities the emulator holds, in every catalog} */
    public int opportunityCount() {
        return service.opportunityCount();
    }

    /** {@return every opportunity as GetOpportunity would return it, in creation order, as the SDK's type} */
    public List<Opportunity> opportunities() {
        List<Opportunity> typed = new ArrayList<>();
        for (ObjectNode view : service.opportunityViews()) {
            typed.add(toOpportunity(view));
        }
        return typed;
    }

    /**
     * Reads an opportunity from the emulator's state, without a call.
     *
     * @param id the opportunity's id
     * @return the opportunity, or empty if there is none with this id
     */
    public Optional<Opportunity> opportunity(String id) {
        return service.opportunityView(id).map(PartnerCentralEmulator::toOpportunity);
    }

    /**
     * {@return the exact GetOpportunity body for this opportunity (a copy), including members the SDK may not model}
     *
     * @param id the opportunity's id
     */
    public Optional<ObjectNode> opportunityJson(String id) {
        return service.opportunityView(id);
    }

    /** {@return how many snapshot revisions exist, across all engagements (seeded ones included)} */
    public int resourceSnapshotCount() {
        return service.snapshotCount();
    }

    /** {@return how many calls were answered with ThrottlingException for exceeding a quota (injected faults not included)} */
    public long quotaThrottleCount() {
        return quotas.throttledCount();
    }

    // The emulated AWS review.

    /**
     * Queues the outcome of the next review of any opportunity: a SubmitOpportunity, or an
     * UpdateOpportunity under Action Required (which re-enters review). Queued outcomes are used in
     * order; with none queued, {@link Options.Builder#defaultReviewOutcome} decides.
     *
     * @param outcome the outcome
     */
    public void nextReviewOutcome(ReviewOutcome outcome) {
        service.scriptNextOutcome(Objects.requireNonNull(outcome, "outcome"));
    }

    /**
     * Queues outcomes for one opportunity's reviews; they take precedence over {@link #nextReviewOutcome}.
     *
     * @param opportunityId the opportunity's id
     * @param outcomes the outcomes, in order
     */
    public void reviewOutcomesFor(String opportunityId, ReviewOutcome... outcomes) {
        service.scriptOutcomes(Objects.requireNonNull(opportunityId, "opportunityId"), List.of(outcomes));
    }

    /**
     * Decides a review left {@code Submitted} or {@code In review}, as AWS's reviewers would later;
     * bumps LastModifiedDate.
     *
     * @param opportunityId the opportunity's id
     * @param outcome the outcome
     * @throws IllegalArgumentException if there is no such opportunity
     * @throws IllegalStateException if the opportunity is not under review
     */
    public void completeReview(String opportunityId, ReviewOutcome outcome) {
        service.completeReview(opportunityId, Objects.requireNonNull(outcome, "outcome"));
    }

    // Seeding.

    /**
     * {@link #seedAwsReferral(Catalog)} in the {@link Catalog#SANDBOX} catalog, the one
     * {@link #sellingBuilder()} and {@link PartnerCentralEmulatorExtension} bind their facades to, so
     * the facade a test is given reads what this seeds.
     *
     * @return the identifiers of what was seeded
     */
    public AwsReferral seedAwsReferral() {
        return seedAwsReferral(Catalog.SANDBOX);
    }

    /**
     * Adds an AWS referral: a partner opportunity with Origin {@code AWS Referral} (review status
     * Approved) and an engagement whose snapshot (template {@value #AWS_FULL_VIEW_TEMPLATE}, revision 1)
     * carries an {@code AwsOpportunitySummaryFullView} with every member filled.
     *
     * @param catalog the catalog, {@code AWS} or {@code Sandbox}
     * @return the identifiers of what was seeded
     */
    public AwsReferral seedAwsReferral(Catalog catalog) {
        return service.seedAwsReferral(Objects.requireNonNull(catalog, "catalog").value());
    }

    // The AWS side and other partners, scripted.

    /**
     * AWS refers an opportunity to the partner: a pending {@code OpportunityInvitation} (open 15 days
     * on the emulator's clock) into an engagement of AWS's. Accepting it with
     * StartEngagementByAcceptingInvitationTask creates the partner's opportunity.
     *
     * @param catalog the catalog, {@code AWS} or {@code Sandbox}
     * @param title the opportunity title
     * @return the invitation's id
     */
    public String sendReferral(Catalog catalog, String title) {
        return service.sendReferral(Objects.requireNonNull(catalog, "catalog").value(), Objects.requireNonNull(title, "title"));
    }

    /**
     * AWS sends the partner a lead: a pending {@code LeadInvitation} into an engagement of AWS's that
     * holds a Lead context, which the partner can qualify (UpdateEngagementContext) and convert
     * (StartOpportunityFromEngagementTask).
     *
     * @param catalog the catalog, {@code AWS} or {@code Sandbox}
     * @param title the opportunity title
     * @return the invitation's id
     */
    public String sendLead(Catalog catalog, String title) {
        return service.sendLead(Objects.requireNonNull(catalog, "catalog").value(), Objects.requireNonNull(title, "title"));
    }

    /**
     * Lets a pending invitation expire now: it reads EXPIRED and can no longer be accepted.
     *
     * @param invitationId the engagement invitation's id
     */
    public void expireInvitation(String invitationId) {
        service.expireInvitation(invitationId);
    }

    /**
     * The partner an invitation was sent to (CreateEngagementInvitation) accepts it and joins the engagement.
     *
     * @param invitationId the engagement invitation's id
     * @param companyName the customer's company name
     */
    public void acceptSentInvitation(String invitationId, String companyName) {
        service.acceptSentInvitation(invitationId, companyName);
    }

    /**
     * {@return an invitation's status (PENDING, ACCEPTED, REJECTED, EXPIRED) as the service would report it now}
     *
     * @param invitationId the engagement invitation's id
     */
    public String invitationStatus(String invitationId) {
        return service.invitationStatus(invitationId);
    }

    /**
     * AWS's sales team moves its own stage of an opportunity (GetAwsOpportunitySummary's
     * {@code LifeCycle.Stage}, one of the model's {@code AwsOpportunityStage} values): AWS's summary
     * changes, LastModifiedDate moves, and Opportunity Updated fires.
     *
     * @param opportunityId the opportunity's id
     * @param stage the new stage, e.g. {@code Technical Validation}
     * @throws IllegalArgumentException if there is no such opportunity or the stage is not in the model
     */
    public void changeAwsStage(String opportunityId, String stage) {
        service.changeAwsStage(Objects.requireNonNull(opportunityId, "opportunityId"), Objects.requireNonNull(stage, "stage"));
    }

    // Events.

    /**
     * Subscribes to the EventBridge events the emulator's actions fire, each as the JSON an
     * EventBridge target receives (source {@code aws.partnercentral-selling}), after the state
     * change and before the HTTP answer of the request that made it. Which action fires which
     * event follows the Partner Central developer guide: CreateOpportunity fires Opportunity
     * Created; an update, a submission, an association, an assignment, AWS's review outcome
     * ({@link #completeReview}) and AWS's stage ({@link #changeAwsStage}) fire Opportunity Updated;
     * StartEngagementFromOpportunityTask fires Engagement Created, Engagement Member Added,
     * Engagement Resource Snapshot Created, Engagement Invitation Created and Opportunity Updated;
     * invitations fire Engagement Invitation Created, Accepted, Rejected and Expired (15 days
     * unanswered on the emulator's clock, or {@link #expireInvitation}).
     *
     * <p>Listeners may be called from several threads at once and may call the emulator. Delivery
     * follows {@link #eventDelivery(EventDelivery)}: by default every event once.
     *
     * <pre>{@code
     * Queue<String> received = new ConcurrentLinkedQueue<>();
     * emulator.addEventListener(received::add);
     * }</pre>
     *
     * @param listener receives each event's JSON
     */
    public void addEventListener(Consumer<String> listener) {
        service.events().addListener(listener);
    }

    /**
     * Unsubscribes a listener added with {@link #addEventListener}.
     *
     * @param listener the listener to remove
     * @return whether it was subscribed
     */
    public boolean removeEventListener(Consumer<String> listener) {
        return service.events().removeListener(listener);
    }

    /**
     * How events reach listeners from now on: all once ({@link EventDelivery#reliable()}, the
     * default) or best effort, a seeded share dropped and a share duplicated.
     *
     * @param delivery the delivery policy
     */
    public void eventDelivery(EventDelivery delivery) {
        service.events().delivery(delivery);
    }

    /** {@return every event fired since start or the last {@link #reset()}, in order, dropped ones included} */
    public List<String> emittedEvents() {
        return service.events().emitted();
    }

    /** {@return every delivery made to listeners since start or the last reset, in order: duplicates twice, dropped ones not} */
    public List<String> deliveredEvents() {
        return service.events().delivered();
    }

    /** {@return counts of the events fired, dropped, duplicated and delivered since start or the last reset} */
    public EventStats eventStats() {
        return service.events().stats();
    }

    // Faults.

    /**
     * Adds a fault plan; plans are consulted in the order added, the first that fires wins.
     *
     * @param plan what to inject and when
     */
    public void injectFaults(FaultPlan plan) {
        faults.add(Objects.requireNonNull(plan, "plan"));
    }

    /** Removes every fault plan; the record of injected faults stays. */
    public void clearFaults() {
        faults.clear();
    }

    /** {@return every fault injected since start or the last {@link #reset()}, in order} */
    public List<InjectedFault> injectedFaults() {
        return faults.injected();
    }

    private void addEmulatorStub() {
        server.addStubMapping(post(urlEqualTo("/"))
                .atPriority(EMULATOR_STUB_PRIORITY)
                .willReturn(aResponse().withTransformers(EmulatorTransformer.NAME))
                .build());
        server.addStubMapping(any(urlPathMatching(ControlApi.PREFIX + ".*"))
                .atPriority(CONTROL_STUB_PRIORITY)
                .willReturn(aResponse().withTransformers(ControlApi.NAME))
                .build());
    }

    private static final String TARGET_PREFIX = "AWSPartnerCentralSelling.";

    private static Opportunity toOpportunity(ObjectNode view) {
        try {
            return WireJson.reader(Opportunity.class).readValue(view);
        } catch (IOException e) {
            throw new UncheckedIOException("the SDK's Opportunity type could not read the emulator's view", e);
        }
    }

    /** Keeps WireMock from loading or saving stub files of the project it runs in. */
    private static final MappingsSource NO_MAPPING_FILES = new MappingsSource() {
        @Override
        public void loadMappingsInto(StubMappings stubMappings) {}

        @Override
        public void save(List<StubMapping> stubMappings) {}

        @Override
        public void save(StubMapping stubMapping) {}

        @Override
        public void remove(StubMapping stubMapping) {}

        @Override
        public void removeAll() {}
    };

    /**
     * Settings of an emulator; immutable.
     *
     * <pre>{@code
     * PartnerCentralEmulator.start(PartnerCentralEmulator.Options.builder()
     *     .clock(Clock.fixed(Instant.parse("2026-11-23T10:15:30.123Z"), ZoneOffset.UTC))
     *     .defaultReviewOutcome(ReviewOutcome.SUBMITTED)
     *     .build());
     * }</pre>
     */
    public static final class Options {
        private final int port;
        private final String bindAddress;
        private final Clock clock;
        private final String accountId;
        private final String region;
        private final ReviewOutcome defaultReviewOutcome;
        private final boolean rejectUnknownMembers;
        private final QuotaEnforcement quotas;
        private final Path model;
        private final boolean verifySignatures;
        private final Clock signatureClock;
        private final int requestJournalSize;
        private final boolean allowRemoteControl;

        private Options(Builder builder) {
            this.port = builder.port;
            this.bindAddress = builder.bindAddress;
            this.clock = builder.clock;
            this.accountId = builder.accountId;
            this.region = builder.region;
            this.defaultReviewOutcome = builder.defaultReviewOutcome;
            this.rejectUnknownMembers = builder.rejectUnknownMembers;
            this.quotas = builder.quotas;
            this.model = builder.model;
            this.verifySignatures = builder.verifySignatures;
            this.signatureClock = builder.signatureClock;
            this.requestJournalSize = builder.requestJournalSize;
            this.allowRemoteControl = builder.allowRemoteControl;
        }

        /** {@return a new builder, starting from the defaults} */
        public static Builder builder() {
            return new Builder();
        }

        /** {@return a builder initialised with these settings} */
        public Builder toBuilder() {
            return new Builder()
                    .port(port)
                    .bindAddress(bindAddress)
                    .clock(clock)
                    .accountId(accountId)
                    .region(region)
                    .defaultReviewOutcome(defaultReviewOutcome)
                    .rejectUnknownMembers(rejectUnknownMembers)
                    .quotas(quotas)
                    .model(model)
                    .verifySignatures(verifySignatures)
                    .signatureClock(signatureClock)
                    .requestJournalSize(requestJournalSize)
                    .allowRemoteControl(allowRemoteControl);
        }

        /** {@return the port: the one asked for, or 0 for a free one} */
        public int port() {
            return port;
        }

        /** {@return the address the server listens on} */
        public String bindAddress() {
            return bindAddress;
        }

        /** {@return the emulator's clock} */
        public Clock clock() {
            return clock;
        }

        /** {@return the partner's AWS account id} */
        public String accountId() {
            return accountId;
        }

        /** {@return the region requests are signed for} */
        public String region() {
            return region;
        }

        /** {@return how AWS reviews a submitted opportunity unless a test scripts otherwise} */
        public ReviewOutcome defaultReviewOutcome() {
            return defaultReviewOutcome;
        }

        /** {@return whether a request with a member the model does not know is rejected} */
        public boolean rejectUnknownMembers() {
            return rejectUnknownMembers;
        }

        /** {@return the quotas enforced} */
        public QuotaEnforcement quotas() {
            return quotas;
        }

        /** {@return the service model file given to {@link Builder#model(Path)}; empty for the packaged one} */
        public Optional<Path> model() {
            return Optional.ofNullable(model);
        }

        /** {@return whether requests must carry a valid SigV4 signature (the default)} */
        public boolean verifySignatures() {
            return verifySignatures;
        }

        /** {@return the clock a signature's request date is checked against} */
        public Clock signatureClock() {
            return signatureClock;
        }

        /** {@return how many requests WireMock's journal keeps; 0 when it is off} */
        public int requestJournalSize() {
            return requestJournalSize;
        }

        /** {@return whether the control API answers clients on other than a loopback address} */
        public boolean allowRemoteControl() {
            return allowRemoteControl;
        }

        /** Builds {@link Options}. */
        public static final class Builder {
            private int port;
            private String bindAddress = "localhost";
            private Clock clock = Clock.systemUTC();
            private String accountId = "111122223333";
            private String region = "us-east-1";
            private ReviewOutcome defaultReviewOutcome = ReviewOutcome.APPROVED;
            private boolean rejectUnknownMembers = true;
            private QuotaEnforcement quotas = QuotaEnforcement.off();
            private Path model;
            private boolean verifySignatures = true;
            private Clock signatureClock = Clock.systemUTC();
            private int requestJournalSize = DEFAULT_REQUEST_JOURNAL_SIZE;
            private boolean allowRemoteControl;

            private Builder() {}

            /**
             * The port to listen on; 0 (the default) picks a free one.
             *
             * @param port the port, or 0 for a free one
             * @return this builder
             */
            public Builder port(int port) {
                if (port < 0 || port > 65535) {
                    throw new IllegalArgumentException("port must be 0..65535");
                }
                this.port = port;
                return this;
            }

            /**
             * The address to listen on; default {@code localhost}.
             *
             * @param bindAddress the address to listen on
             * @return this builder
             */
            public Builder bindAddress(String bindAddress) {
                this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
                return this;
            }

            /**
             * The source of CreatedDate, LastModifiedDate and every other timestamp, read to the
             * millisecond, and of "today" for TargetCloseDate checks. A write's LastModifiedDate is at
             * least a millisecond after the previous one even when the clock stands still, so the
             * staleness check of UpdateOpportunity always works.
             *
             * @param clock the clock
             * @return this builder
             */
            public Builder clock(Clock clock) {
                this.clock = Objects.requireNonNull(clock, "clock");
                return this;
            }

            /**
             * The partner's AWS account id, used in ARNs; default {@code 111122223333}.
             *
             * @param accountId the partner's AWS account id
             * @return this builder
             */
            public Builder accountId(String accountId) {
                this.accountId = Objects.requireNonNull(accountId, "accountId");
                return this;
            }

            /**
             * The region in ARNs and of {@link PartnerCentralEmulator#clientBuilder()}; default {@code us-east-1}.
             *
             * @param region the AWS region
             * @return this builder
             */
            public Builder region(String region) {
                this.region = Objects.requireNonNull(region, "region");
                return this;
            }

            /**
             * The review outcome when none is scripted; default {@link ReviewOutcome#APPROVED}.
             *
             * @param outcome the outcome
             * @return this builder
             */
            public Builder defaultReviewOutcome(ReviewOutcome outcome) {
                this.defaultReviewOutcome = Objects.requireNonNull(outcome, "outcome");
                return this;
            }

            /**
             * Whether a member the service model does not have (say {@code Lifecycle} where
             * {@code LifeCycle} belongs) fails validation (default) or is silently dropped.
             *
             * @param reject false to drop unknown members instead of rejecting the request
             * @return this builder
             */
            public Builder rejectUnknownMembers(boolean reject) {
                this.rejectUnknownMembers = reject;
                return this;
            }

            /**
             * Whether and how request quotas are enforced (ThrottlingException beyond them, per bucket);
             * default {@link QuotaEnforcement#off()}, so tests that do not care about pacing run at full speed.
             *
             * @param quotas the quotas to enforce
             * @return this builder
             */
            public Builder quotas(QuotaEnforcement quotas) {
                this.quotas = Objects.requireNonNull(quotas, "quotas");
                return this;
            }

            /**
             * The service model to emulate: a botocore {@code service-2.json} for
             * {@code partnercentral-selling} 2022-07-26. Requests are checked against its input shapes
             * and responses shaped by its output shapes. Default (null): the model this artifact was
             * built with, the one the SDK is generated from. Give a newer model to try its members
             * and enum values before the SDK is regenerated:
             *
             * <pre>{@code
             * PartnerCentralEmulator.start(PartnerCentralEmulator.Options.builder()
             *     .model(Path.of("botocore/data/partnercentral-selling/2022-07-26/service-2.json"))
             *     .build());
             * }</pre>
             *
             * Each file is read once per JVM.
             *
             * @param serviceModel a {@code service-2.json} file
             * @return this builder
             */
            public Builder model(Path serviceModel) {
                this.model = serviceModel;
                return this;
            }

            /**
             * Whether each request must carry a valid SigV4 signature by {@link #ACCESS_KEY_ID} (default),
             * answered like the service otherwise: {@code MissingAuthenticationTokenException} unsigned,
             * {@code UnrecognizedClientException} for another key, {@code InvalidSignatureException} for a
             * wrong secret or a request changed after signing. Turn it off for hand-written raw HTTP.
             *
             * @param verify false to accept unsigned requests
             * @return this builder
             */
            public Builder verifySignatures(boolean verify) {
                this.verifySignatures = verify;
                return this;
            }

            /**
             * The clock a signed request's {@code X-Amz-Date} is checked against: like the service, the
             * emulator refuses a date more than 15 minutes from it ({@code InvalidSignatureException},
             * "Signature expired"). Default: the system clock, which clients sign by. Not
             * {@link #clock}: tests set and {@link PartnerCentralEmulator#advanceClock advance} that
             * one far from now, and their clients must keep working.
             *
             * @param signatureClock the clock request signatures are checked against
             * @return this builder
             */
            public Builder signatureClock(Clock signatureClock) {
                this.signatureClock = Objects.requireNonNull(signatureClock, "signatureClock");
                return this;
            }

            /**
             * How many of the latest requests WireMock's request journal keeps (default
             * {@value PartnerCentralEmulator#DEFAULT_REQUEST_JOURNAL_SIZE}), so a long run stays in a
             * fixed heap; 0 turns the journal off (and with it {@link PartnerCentralEmulator#receivedRequests}
             * and WireMock's verification).
             *
             * @param entries the most requests kept
             * @return this builder
             */
            public Builder requestJournalSize(int entries) {
                if (entries < 0) {
                    throw new IllegalArgumentException("requestJournalSize must be 0 or more");
                }
                this.requestJournalSize = entries;
                return this;
            }

            /**
             * Whether the control API (and WireMock's admin API) answer clients on other addresses than
             * loopback ones; default false. Only for an emulator bound to a non-loopback address (in a
             * container, say) that other hosts must script: anyone who reaches the port can then reset it.
             *
             * @param allow true to allow it
             * @return this builder
             */
            public Builder allowRemoteControl(boolean allow) {
                this.allowRemoteControl = allow;
                return this;
            }

            /** {@return the Options with this builder's settings} */
            public Options build() {
                return new Options(this);
            }
        }
    }
}

package io.partnercentral.selling.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.PartnerCentralSellingAsync;
import io.partnercentral.selling.TaskKind;
import io.partnercentral.selling.TaskOutcome;
import io.partnercentral.selling.exception.PartnerCentralException;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreateResourceSnapshotJobRequest;
import io.partnercentral.selling.model.EngagementInvitationSummary;
import io.partnercentral.selling.model.GetEngagementInvitationRequest;
import io.partnercentral.selling.model.GetResourceSnapshotJobRequest;
import io.partnercentral.selling.model.GetResourceSnapshotRequest;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.ListEngagementInvitationsRequest;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.OpportunitySummary;
import io.partnercentral.selling.model.ParticipantType;
import io.partnercentral.selling.model.RejectEngagementInvitationRequest;
import io.partnercentral.selling.model.ResourceType;
import io.partnercentral.selling.model.Snapshot;
import io.partnercentral.selling.model.SnapshotJob;
import io.partnercentral.selling.model.SnapshotJobStatus;
import io.partnercentral.selling.model.SnapshotTarget;
import io.partnercentral.selling.model.Stage;
import io.partnercentral.selling.model.StartResourceSnapshotJobRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.async.SdkPublisher;

/**
 * One scenario suite (create, update, list, snapshots and a snapshot job, the referral flow, faults), run
 * through the sync facade and through the async one against the same emulator: each run must produce the
 * same transcript, send the same number of requests, and fail with the same exception types (the async
 * ones as the cause of a {@link CompletionException}).
 */
class BothClientsScenarioTest {
    @RegisterExtension
    static PartnerCentralEmulatorExtension partnerCentral = PartnerCentralEmulatorExtension.builder()
            .client(b -> b.overrideConfiguration(o -> o.retryStrategy(Fixtures.fastRetries(3))))
            .asyncClient(b -> b.overrideConfiguration(o -> o.retryStrategy(Fixtures.fastRetries(3))))
            .build();

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String JOB_ENGAGEMENT = "eng-0123456789abcd";
    private static final String JOB_TEMPLATE = "OpportunitySummaryView";

    /** The requests each client's run sent, compared once both have run. */
    private static final Map<Kind, Integer> REQUESTS = Collections.synchronizedMap(new EnumMap<>(Kind.class));

    /** The two clients. */
    enum Kind {
        SYNC,
        ASYNC
    }

    /** What the scenario needs from a client; each implementation calls its own facade's methods. */
    interface Client {
        String create(Opportunity opportunity);

        Opportunity get(String id);

        void update(String id, String nextSteps);

        List<OpportunitySummary> list();

        Snapshot snapshot(AwsReferral referral);

        SnapshotJob runJob(String opportunityId);

        List<EngagementInvitationSummary> invitations();

        String acceptReferral(String invitationId);

        void reject(String invitationId);

        String invitationStatus(String invitationId);
    }

    static final class Sync implements Client {
        private final PartnerCentralSelling selling;

        Sync(PartnerCentralSelling selling) {
            this.selling = selling;
        }

        @Override
        public String create(Opportunity opportunity) {
            return selling.opportunities().create(opportunity).id();
        }

        @Override
        public Opportunity get(String id) {
            return selling.opportunities().get(id);
        }

        @Override
        public void update(String id, String nextSteps) {
            selling.opportunities().update(id, current -> current.toBuilder()
                    .lifeCycle(current.lifeCycle().orElseThrow().toBuilder().nextSteps(nextSteps).build()).build());
        }

        @Override
        public List<OpportunitySummary> list() {
            List<OpportunitySummary> all = new ArrayList<>();
            selling.opportunities().list(r -> r.maxResults(2)).items().forEach(all::add);
            return all;
        }

        @Override
        public Snapshot snapshot(AwsReferral referral) {
            return selling.snapshots().get(target(referral));
        }

        @Override
        public SnapshotJob runJob(String opportunityId) {
            String job = selling.snapshotJobs().create(SnapshotTarget.opportunity(JOB_ENGAGEMENT, opportunityId,
                    JOB_TEMPLATE)).id().orElseThrow();
            selling.snapshotJobs().start(job);
            return selling.snapshotJobs().waitFor(SnapshotJobStatus.RUNNING, job, WAIT);
        }

        @Override
        public List<EngagementInvitationSummary> invitations() {
            List<EngagementInvitationSummary> all = new ArrayList<>();
            selling.invitations().list(r -> r.participantType(ParticipantType.RECEIVER)).items().forEach(all::add);
            return all;
        }

        @Override
        public String acceptReferral(String invitationId) {
            String task = selling.tasks().startEngagementByAcceptingInvitation(r -> r.identifier(invitationId))
                    .taskId().orElseThrow();
            TaskOutcome outcome = selling.tasks().waitFor(TaskKind.ENGAGEMENT_BY_ACCEPTING_INVITATION, task, WAIT);
            String id = outcome.opportunityId().orElseThrow();
            return selling.opportunities().get(id).id().filter(id::equals).isPresent() ? "read back" : "missing";
        }

        @Override
        public void reject(String invitationId) {
            selling.invitations().reject(invitationId, "Outside our territory");
        }

        @Override
        public String invitationStatus(String invitationId) {
            return selling.invitations().get(invitationId).status().map(Object::toString).orElse("");
        }
    }

    static final class Async implements Client {
        private final PartnerCentralSellingAsync selling;

        Async(PartnerCentralSellingAsync selling) {
            this.selling = selling;
        }

        @Override
        public String create(Opportunity opportunity) {
            return selling.opportunities().create(opportunity).join().id();
        }

        @Override
        public Opportunity get(String id) {
            return selling.opportunities().get(id).join();
        }

        @Override
        public void update(String id, String nextSteps) {
            selling.opportunities().update(id, current -> current.toBuilder()
                    .lifeCycle(current.lifeCycle().orElseThrow().toBuilder().nextSteps(nextSteps).build()).build()).join();
        }

        @Override
        public List<OpportunitySummary> list() {
            return collect(selling.opportunities().list(r -> r.maxResults(2)).items());
        }

        @Override
        public Snapshot snapshot(AwsReferral referral) {
            return selling.snapshots().get(GetResourceSnapshotRequest.builder()
                    .engagementIdentifier(referral.engagementId())
                    .resourceType(ResourceType.OPPORTUNITY)
                    .resourceIdentifier(referral.awsOpportunityId())
                    .resourceSnapshotTemplateIdentifier(referral.snapshotTemplateName())
                    .build()).join();
        }

        @Override
        public SnapshotJob runJob(String opportunityId) {
            return selling.snapshotJobs().create(CreateResourceSnapshotJobRequest.builder()
                            .engagementIdentifier(JOB_ENGAGEMENT)
                            .resourceType(ResourceType.OPPORTUNITY)
                            .resourceIdentifier(opportunityId)
                            .resourceSnapshotTemplateIdentifier(JOB_TEMPLATE)
                            .build())
                    .thenCompose(created -> {
                        String job = created.id().orElseThrow();
                        return selling.snapshotJobs().start(StartResourceSnapshotJobRequest.builder()
                                        .resourceSnapshotJobIdentifier(job).build())
                                .thenCompose(started -> selling.snapshotJobs().waitFor(SnapshotJobStatus.RUNNING, job, WAIT));
                    })
                    .join();
        }

        @Override
        public List<EngagementInvitationSummary> invitations() {
            return collect(selling.invitations().list(ListEngagementInvitationsRequest.builder()
                    .participantType(ParticipantType.RECEIVER).build()).items());
        }

        @Override
        public String acceptReferral(String invitationId) {
            return selling.tasks().startEngagementByAcceptingInvitation(r -> r.identifier(invitationId))
                    .thenCompose(started -> selling.tasks().waitFor(TaskKind.ENGAGEMENT_BY_ACCEPTING_INVITATION,
                            started.taskId().orElseThrow(), WAIT))
                    .thenCompose(outcome -> {
                        String id = outcome.opportunityId().orElseThrow();
                        return selling.opportunities().get(id)
                                .thenApply(opportunity -> opportunity.id().filter(id::equals).isPresent() ? "read back" : "missing");
                    })
                    .join();
        }

        @Override
        public void reject(String invitationId) {
            selling.invitations().reject(RejectEngagementInvitationRequest.builder().identifier(invitationId)
                    .rejectionReason("Outside our territory").build()).join();
        }

        @Override
        public String invitationStatus(String invitationId) {
            return selling.invitations().get(GetEngagementInvitationRequest.builder().identifier(invitationId).build())
                    .join().status().map(Object::toString).orElse("");
        }

        private static <T> List<T> collect(SdkPublisher<T> items) {
            List<T> all = Collections.synchronizedList(new ArrayList<>());
            items.subscribe(all::add).join();
            return all;
        }
    }

    private static SnapshotTarget target(AwsReferral referral) {
        return SnapshotTarget.opportunity(referral.engagementId(), referral.awsOpportunityId(),
                referral.snapshotTemplateName());
    }

    /** The scenario: what it observed, free of generated ids and timestamps, so that both clients' runs compare. */
    static List<String> scenario(PartnerCentralEmulator emulator, Client client) {
        List<String> seen = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(client.create(FacadeAgainstEmulatorTest.deal("CRM-" + i)));
        }
        Opportunity got = client.get(ids.get(1));
        seen.add("get: " + got.partnerOpportunityIdentifier().orElse("") + " "
                + got.lifeCycle().flatMap(LifeCycle::stage).map(Stage::value).orElse(""));
        client.update(ids.get(1), "Pricing call");
        seen.add("updated: " + client.get(ids.get(1)).lifeCycle().flatMap(LifeCycle::nextSteps).orElse("")
                + " / kept " + client.get(ids.get(1)).partnerOpportunityIdentifier().orElse(""));
        List<OpportunitySummary> listed = client.list();
        seen.add("listed: " + listed.size() + " ours " + listed.stream().map(s -> s.id().orElse("")).filter(ids::contains).count());

        AwsReferral referral = emulator.seedAwsReferral(Catalog.SANDBOX);
        Snapshot snapshot = client.snapshot(referral);
        seen.add("snapshot: " + snapshot.resourceType().map(Object::toString).orElse("") + " revision "
                + snapshot.revision().map(Object::toString).orElse("") + " "
                + snapshot.payload().map(p -> p.getClass().getSimpleName()).orElse(""));
        seen.add("job: " + client.runJob(ids.get(2)).status().map(SnapshotJobStatus::value).orElse(""));

        String accepted = emulator.sendReferral(Catalog.SANDBOX, "Referral to accept");
        String rejected = emulator.sendReferral(Catalog.SANDBOX, "Referral to reject");
        seen.add("invitations: " + client.invitations().stream().map(s -> s.id().orElse(""))
                .filter(id -> id.equals(accepted) || id.equals(rejected)).count());
        seen.add("accepted referral, its opportunity: " + client.acceptReferral(accepted));
        seen.add("accepted status: " + client.invitationStatus(accepted));
        client.reject(rejected);
        seen.add("rejected status: " + client.invitationStatus(rejected));

        seen.add("invalid id: " + failure(() -> client.get("not-an-id")));
        seen.add("invalid create: " + failure(() -> client.create(FacadeAgainstEmulatorTest.deal("CRM-X").toBuilder()
                .customer(java.util.Optional.empty()).build())));
        seen.add("missing: " + failure(() -> client.get("O999999999")));
        emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.THROTTLING).build());
        seen.add("throttled once, then: " + client.get(ids.get(0)).partnerOpportunityIdentifier().orElse(""));
        emulator.injectFaults(FaultPlan.failNext(3).kinds(FaultKind.THROTTLING).build());
        seen.add("throttled on every attempt: " + failure(() -> client.get(ids.get(0))));
        emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.INTERNAL_ERROR).onlyFor("CreateOpportunity").build());
        String afterFault = client.create(FacadeAgainstEmulatorTest.deal("CRM-3"));
        seen.add("create after a lost first attempt: " + client.get(afterFault).partnerOpportunityIdentifier().orElse("")
                + ", opportunities " + emulator.opportunityCount());
        return seen;
    }

    private static String failure(Supplier<?> call) {
        try {
            call.get();
            return "no failure";
        } catch (CompletionException wrapped) {
            return describe(wrapped.getCause());
        } catch (PartnerCentralException e) {
            return describe(e);
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof ValidationException v) {
            return "ValidationException " + v.violations().stream().map(x -> x.fieldPath() + " " + x.code()).toList()
                    + " local=" + v.isLocal();
        }
        return e.getClass().getSimpleName() + (e instanceof PartnerCentralException p ? " retryable=" + p.isRetryable() : "");
    }

    /** The transcript both clients must produce. */
    private static final List<String> EXPECTED = List.of(
            "get: CRM-1 Qualified",
            "updated: Pricing call / kept CRM-1",
            "listed: 3 ours 3",
            "snapshot: Opportunity revision 1 AwsFullView",
            "job: Running",
            "invitations: 2",
            "accepted referral, its opportunity: read back",
            "accepted status: ACCEPTED",
            "rejected status: REJECTED",
            "invalid id: ValidationException [Identifier INVALID_STRING_FORMAT] local=true",
            "invalid create: ValidationException [Customer.Account REQUIRED_FIELD_MISSING] local=true",
            "missing: ResourceNotFoundException retryable=false",
            "throttled once, then: CRM-0",
            "throttled on every attempt: ThrottlingException retryable=true",
            "create after a lost first attempt: CRM-3, opportunities 6");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void scenario_throughEitherClient_givesTheSameTranscript(Kind kind, PartnerCentralEmulator emulator,
            PartnerCentralSelling sync, PartnerCentralSellingAsync async) {
        List<String> seen = scenario(emulator, kind == Kind.SYNC ? new Sync(sync) : new Async(async));
        REQUESTS.put(kind, emulator.wireMock().getAllServeEvents().size());

        assertThat(seen).containsExactlyElementsOf(EXPECTED);
    }

    @AfterAll
    static void bothClientsSentTheSameNumberOfRequests() {
        if (REQUESTS.size() == Kind.values().length) {
            assertThat(REQUESTS.get(Kind.ASYNC)).isEqualTo(REQUESTS.get(Kind.SYNC));
        }
    }

    @Test
    void asyncCall_withAnInvalidRequest_failsItsFutureBeforeAnythingIsSent(PartnerCentralEmulator emulator,
            PartnerCentralSellingAsync async) {
        CompletableFuture<Opportunity> future = async.opportunities().get(r -> {});
        CompletableFuture<Opportunity> nullRequest = async.opportunities().get((io.partnercentral.selling.model.GetOpportunityRequest) null);

        assertThat(future).isCompletedExceptionally();
        assertThat(nullRequest).isCompletedExceptionally();
        assertThat(failure(future::join)).startsWith("ValidationException").contains("Identifier");
        assertThat(failure(nullRequest::join)).startsWith("ValidationException");
        assertThat(emulator.wireMock().getAllServeEvents()).isEmpty();
    }
}

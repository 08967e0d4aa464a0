package io.partnercentral.selling.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.partnercentral.selling.testing.Fixtures.CATALOG;
import static io.partnercentral.selling.testing.Fixtures.fastRetries;
import static io.partnercentral.selling.testing.Fixtures.validCreate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.model.ConflictException;
import software.amazon.awssdk.services.partnercentralselling.model.CreateOpportunityRequest;
import software.amazon.awssdk.services.partnercentralselling.model.InternalServerException;
import software.amazon.awssdk.services.partnercentralselling.model.ThrottlingException;

class IdempotencyAndFaultsTest {
    @RegisterExtension
    static final PartnerCentralEmulatorExtension PARTNER_CENTRAL = PartnerCentralEmulatorExtension.builder()
            .client(b -> b.overrideConfiguration(o -> o.retryStrategy(fastRetries(10))))
            .build();

    private static PartnerCentralSellingClient noRetries;

    private final PartnerCentralEmulator emulator;
    private final PartnerCentralSellingClient client;

    IdempotencyAndFaultsTest(PartnerCentralEmulator emulator, PartnerCentralSellingClient client) {
        this.emulator = emulator;
        this.client = client;
    }

    @BeforeAll
    static void buildClientWithoutRetries(PartnerCentralEmulator emulator) {
        noRetries = emulator.clientBuilder()
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    @AfterAll
    static void closeClientWithoutRetries() {
        noRetries.close();
    }

    @Test
    void createOpportunity_whenSameTokenAndBody_returnsTheOriginalWithoutCreatingAnother() {
        CreateOpportunityRequest request = validCreate("CRM-1").build();

        String first = client.createOpportunity(request).id();
        String second = client.createOpportunity(request).id();

        assertThat(second).isEqualTo(first);
        assertThat(emulator.opportunityCount()).isEqualTo(1);
    }

    @Test
    void createOpportunity_whenSameTokenOtherBody_throwsConflictWithTheServiceMessage() {
        CreateOpportunityRequest request = validCreate("CRM-1").build();
        client.createOpportunity(request);

        assertThatThrownBy(() -> client.createOpportunity(request.toBuilder().partnerOpportunityIdentifier("CRM-2").build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Conflicting client token submitted for a new request body.");
                });
        assertThat(emulator.opportunityCount()).isEqualTo(1);
    }

    @Test
    void fault_beforeStateChange_leavesStateUntouched() {
        emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.THROTTLING).onlyFor("CreateOpportunity").build());

        assertThatThrownBy(() -> noRetries.createOpportunity(validCreate("CRM-1").build()))
                .isInstanceOfSatisfying(ThrottlingException.class, e -> assertThat(e.statusCode()).isEqualTo(429));
        assertThat(emulator.opportunityCount()).isZero();
        assertThat(emulator.injectedFaults()).containsExactly(
                new InjectedFault("CreateOpportunity", FaultKind.THROTTLING, FaultTiming.BEFORE_STATE_CHANGE));
    }

    @Test
    void fault_afterStateChange_appliesTheWriteAndTheRetryReturnsIt() {
        CreateOpportunityRequest request = validCreate("CRM-1").build();
        emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.INTERNAL_ERROR)
                .timings(FaultTiming.AFTER_STATE_CHANGE).build());

        assertThatThrownBy(() -> noRetries.createOpportunity(request))
                .isInstanceOfSatisfying(InternalServerException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
        assertThat(emulator.opportunityCount()).isEqualTo(1);

        String retried = noRetries.createOpportunity(request).id();
        assertThat(emulator.opportunities()).singleElement().satisfies(o -> assertThat(o.id()).contains(retried));
    }

    @Test
    void fault_connectionResetAfterStateChange_sdkRetriesWithTheSameClientToken() {
        emulator.injectFaults(FaultPlan.failNext(2).kinds(FaultKind.CONNECTION_RESET)
                .timings(FaultTiming.AFTER_STATE_CHANGE).onlyFor("CreateOpportunity").build());

        String id = client.createOpportunity(validCreate("CRM-1").build()).id();

        assertThat(emulator.opportunityCount()).isEqualTo(1);
        assertThat(emulator.opportunities().get(0).id()).contains(id);
        List<LoggedRequest> attempts = emulator.wireMock().findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSPartnerCentralSelling.CreateOpportunity")));
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(r -> Fixtures.json(r.getBodyAsString()).path("ClientToken").asText())
                .containsOnly(Fixtures.json(attempts.get(0).getBodyAsString()).path("ClientToken").asText());
    }

    @Test
    void fault_connectionResetWithoutRetries_surfacesAsClientException() {
        emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.CONNECTION_RESET).build());

        assertThatThrownBy(() -> noRetries.listOpportunities(r -> r.catalog(CATALOG)))
                .isInstanceOf(SdkClientException.class);
    }

    @Test
    void fault_restrictedToAnOperation_leavesOtherOperationsAlone() {
        emulator.injectFaults(FaultPlan.failNext(1).kinds(FaultKind.THROTTLING).onlyFor("GetOpportunity").build());

        String id = noRetries.createOpportunity(validCreate("CRM-1").build()).id();
        noRetries.listOpportunities(r -> r.catalog(CATALOG));

        assertThatThrownBy(() -> noRetries.getOpportunity(r -> r.catalog(CATALOG).identifier(id)))
                .isInstanceOf(ThrottlingException.class);
        assertThat(noRetries.getOpportunity(r -> r.catalog(CATALOG).identifier(id)).id()).isEqualTo(id);
        assertThat(emulator.injectedFaults()).extracting(InjectedFault::operation).containsExactly("GetOpportunity");
    }

    @Test
    void failRate_withTheSameSeed_injectsTheSameFaults() {
        List<List<InjectedFault>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            emulator.reset();
            emulator.injectFaults(FaultPlan.failRate(0.3).seed(11).kinds(FaultKind.THROTTLING, FaultKind.INTERNAL_ERROR)
                    .timings(FaultTiming.values()).build());
            for (int call = 0; call < 30; call++) {
                try {
                    noRetries.listOpportunities(r -> r.catalog(CATALOG));
                } catch (ThrottlingException | InternalServerException expected) {
                    // Counted through injectedFaults().
                }
            }
            runs.add(emulator.injectedFaults());
        }

        assertThat(runs.get(0)).isNotEmpty().hasSizeLessThan(30).isEqualTo(runs.get(1));
    }

    @Test
    void createOpportunity_under20PercentFaultsWithRetries_createsEachOpportunityExactlyOnce() throws Exception {
        emulator.injectFaults(FaultPlan.failRate(0.2).seed(2026)
                .kinds(FaultKind.values()).timings(FaultTiming.values()).build());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> creates = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String partnerId = "CRM-" + i;
                creates.add(pool.submit(() -> client.createOpportunity(validCreate(partnerId).build()).id()));
            }
            Set<String> returnedIds = new HashSet<>();
            for (Future<String> create : creates) {
                returnedIds.add(create.get(30, TimeUnit.SECONDS));
            }

            assertThat(returnedIds).hasSize(200);
        } finally {
            pool.shutdownNow();
        }

        assertThat(emulator.opportunityCount()).isEqualTo(200);
        assertThat(emulator.opportunities()).extracting(o -> o.partnerOpportunityIdentifier().orElseThrow())
                .doesNotHaveDuplicates().hasSize(200);
        List<InjectedFault> faults = emulator.injectedFaults();
        assertThat(faults).extracting(InjectedFault::kind).contains(FaultKind.values());
        assertThat(faults).extracting(InjectedFault::timing).contains(FaultTiming.values());
    }
}

package io.partnercentral.selling.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.partnercentral.selling.BulkOptions;
import io.partnercentral.selling.BulkReport;
import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.exception.InternalServerException;
import io.partnercentral.selling.exception.OutcomeUnknownException;
import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.CreatedOpportunity;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;

/**
 * A create whose attempts fail for longer than the generated client retries: nothing the caller asked
 * for may be lost, and once an attempt may have landed the caller gets the opportunity or
 * {@link OutcomeUnknownException}, never a retryable error. Each case is fixed by fault plans on the
 * CreateOpportunity attempts, in order; the client makes 3 attempts per call.
 *
 * <p>Before the facade sent the same ClientToken again after a failed round (SharedStoreBenchmark's
 * "1 create lost per run" at 20% faults: three faulted attempts in a row), the first two cases failed
 * (InternalServerException, no opportunity) and the third threw a retryable InternalServerException
 * although the opportunity existed.
 */
class CreateUnderFaultsTest {
    private static final int ATTEMPTS = 3;

    @RegisterExtension
    static PartnerCentralEmulatorExtension partnerCentral = PartnerCentralEmulatorExtension.builder().build();

    private static PartnerCentralSelling facade(PartnerCentralEmulator emulator) {
        return emulator.sellingBuilder()
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(Fixtures.fastRetries(ATTEMPTS)).build())
                .build();
    }

    private static FaultPlan creates(int calls, FaultTiming timing) {
        return FaultPlan.failNext(calls).kinds(FaultKind.INTERNAL_ERROR).timings(timing).onlyFor("CreateOpportunity").build();
    }

    private static CreateOpportunityRequest keyed(String crmId) {
        return CreateOpportunityRequest.builder().opportunity(FacadeAgainstEmulatorTest.deal(crmId)).idempotencyKey(crmId).build();
    }

    private static List<LoggedRequest> createAttempts(PartnerCentralEmulator emulator) {
        return emulator.wireMock().findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSPartnerCentralSelling.CreateOpportunity")));
    }

    @Test
    void faultsForAWholeRoundOfAttempts_theSameClientTokenGoesAgain_andOneOpportunityIsMade(PartnerCentralEmulator emulator) {
        try (PartnerCentralSelling selling = facade(emulator)) {
            emulator.injectFaults(creates(ATTEMPTS, FaultTiming.BEFORE_STATE_CHANGE));

            CreatedOpportunity created = selling.opportunities().create(keyed("CRM-1"));

            assertThat(emulator.opportunityCount()).isEqualTo(1);
            assertThat(emulator.opportunities().get(0).id()).contains(created.id());
            List<LoggedRequest> attempts = createAttempts(emulator);
            assertThat(attempts).hasSize(ATTEMPTS + 1);
            assertThat(attempts).extracting(r -> Fixtures.json(r.getBodyAsString()).path("ClientToken").asText())
                    .containsOnly(created.clientToken());
        }
    }

    @Test
    void createAll_whoseRecordsMeetARunOfFaults_createsEveryRecordOnce(PartnerCentralEmulator emulator) {
        try (PartnerCentralSelling selling = facade(emulator)) {
            // Record 0 meets a whole round and more; the others go through on the next attempts.
            emulator.injectFaults(creates(ATTEMPTS + 2, FaultTiming.BEFORE_STATE_CHANGE));

            BulkReport<CreatedOpportunity> report = selling.opportunities().createAll(
                    IntStream.range(0, 5).mapToObj(i -> keyed("CRM-" + i)), BulkOptions.builder().concurrency(1).build());

            assertThat(report.failed()).isEmpty();
            assertThat(report.succeeded()).hasSize(5);
            assertThat(emulator.opportunityCount()).isEqualTo(5);
        }
    }

    @Test
    void landedThenNoAnswerForEveryRound_isOutcomeUnknown_andTheSameKeyReturnsTheOpportunity(PartnerCentralEmulator emulator) {
        try (PartnerCentralSelling selling = facade(emulator)) {
            // Attempt 1 lands and its answer is lost; every later attempt is refused before any change.
            emulator.injectFaults(creates(1, FaultTiming.AFTER_STATE_CHANGE));
            emulator.injectFaults(creates(3 * ATTEMPTS - 1, FaultTiming.BEFORE_STATE_CHANGE));

            assertThatThrownBy(() -> selling.opportunities().create(keyed("CRM-1")))
                    .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
                        assertThat(e.isRetryable()).isFalse();
                        assertThat(e.getCause()).isInstanceOf(InternalServerException.class);
                    });
            assertThat(emulator.opportunityCount()).isEqualTo(1);
            assertThat(createAttempts(emulator)).hasSize(3 * ATTEMPTS);

            // As the exception says: the same key again returns the opportunity that landed, and makes no other.
            CreatedOpportunity again = selling.opportunities().create(keyed("CRM-1"));
            assertThat(emulator.opportunities()).singleElement().satisfies(o -> assertThat(o.id()).contains(again.id()));
        }
    }

    @Test
    void refusedBeforeAnyChangeForEveryRound_isTheRetryableFailure_andNothingExists(PartnerCentralEmulator emulator) {
        try (PartnerCentralSelling selling = facade(emulator)) {
            emulator.injectFaults(FaultPlan.failNext(3 * ATTEMPTS).kinds(FaultKind.THROTTLING).onlyFor("CreateOpportunity").build());

            assertThatThrownBy(() -> selling.opportunities().create(keyed("CRM-1")))
                    .isInstanceOfSatisfying(io.partnercentral.selling.exception.ThrottlingException.class,
                            e -> assertThat(e.isRetryable()).isTrue());
            assertThat(emulator.opportunityCount()).isZero();
            assertThat(createAttempts(emulator)).hasSize(3 * ATTEMPTS);
        }
    }
}

package io.partnercentral.selling.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.partnercentral.selling.testing.Fixtures.CATALOG;
import static io.partnercentral.selling.testing.Fixtures.validCreate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.model.AccessDeniedException;

/** Runs in order: the later tests prove what the earlier ones left behind was reset. */
@ExtendWith(PartnerCentralEmulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnerCentralEmulatorExtensionTest {
    private static PartnerCentralEmulator firstEmulator;

    private final PartnerCentralEmulator constructorEmulator;
    private final PartnerCentralSellingClient constructorClient;

    PartnerCentralEmulatorExtensionTest(PartnerCentralEmulator emulator, PartnerCentralSellingClient client) {
        this.constructorEmulator = emulator;
        this.constructorClient = client;
    }

    @Test
    @Order(1)
    void extension_injectsOneEmulatorAndClientIntoConstructorAndMethod(
            PartnerCentralEmulator emulator, PartnerCentralSellingClient client) {
        firstEmulator = emulator;

        client.createOpportunity(validCreate("CRM-1").build());
        emulator.injectFaults(FaultPlan.failRate(1).build());
        emulator.wireMock().stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSPartnerCentralSelling.ListOpportunities"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/x-amz-json-1.0")
                        .withBody("{\"__type\":\"AccessDeniedException\",\"Message\":\"Denied by a test stub.\"}")));

        assertThat(emulator).isSameAs(constructorEmulator);
        assertThat(client).isSameAs(constructorClient);
        assertThat(emulator.opportunityCount()).isEqualTo(1);
        assertThat(emulator.wireMock().findAll(postRequestedFor(urlEqualTo("/")))).hasSize(1);
    }

    @Test
    @Order(2)
    void extension_beforeEachTest_resetsStateFaultsJournalAndStubs(PartnerCentralEmulator emulator) {
        assertThat(emulator).isSameAs(firstEmulator);
        assertThat(emulator.opportunityCount()).isZero();
        assertThat(emulator.injectedFaults()).isEmpty();
        assertThat(emulator.wireMock().findAll(postRequestedFor(urlEqualTo("/")))).isEmpty();
        assertThat(constructorClient.listOpportunities(r -> r.catalog(CATALOG)).opportunitySummaries()).isEmpty();
        assertThat(constructorClient.createOpportunity(validCreate("CRM-1").build()).id())
                .as("ids start over after a reset").isEqualTo("O1000000001");
    }

    @Test
    @Order(3)
    void wireMockStub_withDefaultPriority_overridesTheEmulator(PartnerCentralEmulator emulator, PartnerCentralSellingClient client) {
        emulator.wireMock().stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSPartnerCentralSelling.ListOpportunities"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/x-amz-json-1.0")
                        .withBody("{\"__type\":\"AccessDeniedException\",\"Message\":\"Denied by a test stub.\"}")));

        assertThatThrownBy(() -> client.listOpportunities(r -> r.catalog(CATALOG)))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Denied by a test stub."));
        assertThat(client.createOpportunity(validCreate("CRM-1").build()).id()).isNotBlank();
    }
}

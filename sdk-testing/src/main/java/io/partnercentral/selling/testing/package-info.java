/**
 * Test support for Partner Central integrations: {@link io.partnercentral.selling.testing.PartnerCentralEmulator},
 * a local emulator of the Partner Central Selling API on WireMock, and
 * {@link io.partnercentral.selling.testing.PartnerCentralEmulatorExtension} for JUnit 5.
 *
 * <pre>{@code
 * @ExtendWith(PartnerCentralEmulatorExtension.class)
 * class OpportunitySyncTest {
 *     @Test
 *     void sync_underThrottling_createsEachDealOnce(PartnerCentralEmulator emulator, PartnerCentralSellingClient client) {
 *         emulator.injectFaults(FaultPlan.failRate(0.2).seed(7).kinds(FaultKind.values()).build());
 *         new OpportunitySync(client).run(deals);
 *         assertThat(emulator.opportunityCount()).isEqualTo(deals.size());
 *     }
 * }
 * }</pre>
 *
 * <p>{@code io.partnercentral.selling.testing.internal} is not API.
 */
package io.partnercentral.selling.testing;

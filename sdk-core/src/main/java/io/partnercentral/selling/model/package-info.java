/**
 * Value types of the Partner Central Selling API: opportunities, their parts, snapshots and the
 * picklists, with fluent builders and the exact JSON member names of the service.
 *
 * <p>Every type is immutable and thread-safe. Build one with its {@code builder()}:
 *
 * <pre>{@code
 * Opportunity opportunity = Opportunity.builder()
 *     .customer(c -> c.account(a -> a.companyName("Example Corp").industry(Industry.SOFTWARE_AND_INTERNET)))
 *     .project(p -> p.title("Data lake").expectedContractDuration(ExpectedContractDuration.months(24)))
 *     .build();
 * List<Violation> problems = OpportunityValidator.defaultValidator().validateForCreate(opportunity);
 * }</pre>
 */
@PartnerCentralStyle
package io.partnercentral.selling.model;

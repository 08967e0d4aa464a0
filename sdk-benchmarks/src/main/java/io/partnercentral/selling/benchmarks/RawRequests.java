package io.partnercentral.selling.benchmarks;

import io.partnercentral.selling.model.Account;
import io.partnercentral.selling.model.Address;
import io.partnercentral.selling.model.AwsFundingUsed;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CompetitorName;
import io.partnercentral.selling.model.Contact;
import io.partnercentral.selling.model.CountryCode;
import io.partnercentral.selling.model.CurrencyCode;
import io.partnercentral.selling.model.CustomerUseCase;
import io.partnercentral.selling.model.DeliveryModel;
import io.partnercentral.selling.model.ExpectedCustomerSpend;
import io.partnercentral.selling.model.Industry;
import io.partnercentral.selling.model.MarketingChannel;
import io.partnercentral.selling.model.MarketingSource;
import io.partnercentral.selling.model.MarketingUseCase;
import io.partnercentral.selling.model.NationalSecurity;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.OpportunityType;
import io.partnercentral.selling.model.Origin;
import io.partnercentral.selling.model.PaymentFrequency;
import io.partnercentral.selling.model.Picklist;
import io.partnercentral.selling.model.PrimaryNeedFromAws;
import io.partnercentral.selling.model.RevenueModel;
import io.partnercentral.selling.model.SalesActivity;
import io.partnercentral.selling.model.Stage;
import io.partnercentral.selling.model.StateOrRegion;
import io.partnercentral.selling.model.ApnProgram;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.partnercentralselling.model.CreateOpportunityRequest;
import software.amazon.awssdk.services.partnercentralselling.model.Tag;

/**
 * The create payload of the speed benchmarks, and the same data as the generated client's request:
 * every member the 2.40.2 client can send (not ExpectedContractDuration or AwsPartition, which it
 * lacks), copied member by member from the facade's {@link Opportunity} so that both clients put the
 * same JSON on the wire. {@link CallOverhead} checks that they do, at the stub. Stateless; thread-safe.
 */
final class RawRequests {
    private RawRequests() {}

    /** An opportunity with every member a create can carry and the 2.40.2 client can send. */
    static Opportunity maximalCreate() {
        return Opportunity.builder()
                .origin(Origin.PARTNER_REFERRAL)
                .opportunityType(OpportunityType.NET_NEW_BUSINESS)
                .nationalSecurity(NationalSecurity.NO)
                .partnerOpportunityIdentifier("CRM-OPP-000042")
                .addPrimaryNeedsFromAws(PrimaryNeedFromAws.CO_SELL_ARCHITECTURAL_VALIDATION, PrimaryNeedFromAws.CO_SELL_DEAL_SUPPORT)
                .customer(c -> c
                        .account(a -> a.industry(Industry.OTHER).otherIndustry("Commercial spaceflight logistics")
                                .companyName("Zephyrine Orbital Freight GmbH").websiteUrl("https://zephyrine-freight.example.com")
                                .awsAccountId("123456789012").duns("804735132")
                                .address(ad -> ad.city("Bellingham").postalCode("98225").stateOrRegion(StateOrRegion.WASHINGTON)
                                        .countryCode(CountryCode.US).streetAddress("1742 Quillfeather Boulevard")))
                        .addContact(ct -> ct.email("henrietta.vasquez@zephyrine-freight.example.com").firstName("Henrietta")
                                .lastName("Vasquez-Okonkwo").businessTitle("Chief Technology Officer").phone("+12065550143"))
                        .addContact(ct -> ct.email("ops@zephyrine-freight.example.com").firstName("Ops").lastName("Desk")
                                .businessTitle("Operations").phone("+12065550199")))
                .project(p -> p
                        .addDeliveryModels(DeliveryModel.SAAS_OR_PAAS, DeliveryModel.PROFESSIONAL_SERVICES)
                        .addExpectedCustomerSpend(s -> s.amount("2500.00").currencyCode(CurrencyCode.EUR)
                                .frequency(PaymentFrequency.MONTHLY).targetCompany(ExpectedCustomerSpend.TARGET_AWS)
                                .estimationUrl("https://pricing.calculator.aws.eu/#/estimate?id=0123456789abcdef0123456789abcdef01234567"))
                        .addExpectedCustomerSpend(s -> s.amount("1200.5").currencyCode(CurrencyCode.EUR)
                                .frequency(PaymentFrequency.MONTHLY).targetCompany(ExpectedCustomerSpend.TARGET_AWS)
                                .estimationUrl("https://calculator.aws/#/estimate?id=fedcba9876543210fedcba9876543210"))
                        .title("Sovereign telemetry platform migration")
                        .addApnPrograms(ApnProgram.MIGRATION_ACCELERATION_PROGRAM)
                        .customerBusinessProblem("Launch telemetry is processed on ageing on-premises clusters that miss the "
                                + "regulator's reporting window; the partner migrates it to a managed streaming pipeline.")
                        .customerUseCase(CustomerUseCase.MIGRATION_DATABASE_MIGRATION)
                        .relatedOpportunityIdentifier("O9876543210")
                        .addSalesActivities(SalesActivity.INITIALIZED_DISCUSSIONS_WITH_CUSTOMER, SalesActivity.CONDUCTED_POC_DEMO)
                        .competitorName(CompetitorName.OTHER_UNLISTED).otherCompetitorNames("Regional sovereign hosting provider")
                        .otherSolutionDescription("Managed streaming pipeline with sovereign key management")
                        .additionalComments("Customer requires data residency in the EU."))
                .marketing(m -> m.campaignName("FY26-EU-SOVEREIGN-LAUNCH").source(MarketingSource.MARKETING_ACTIVITY)
                        .addUseCases(MarketingUseCase.MIGRATION_AND_TRANSFER).addChannels(MarketingChannel.LIVE_EVENT)
                        .awsFundingUsed(AwsFundingUsed.YES))
                .softwareRevenue(r -> r.deliveryModel(RevenueModel.SUBSCRIPTION)
                        .value(v -> v.amount("120000.00").currencyCode(CurrencyCode.EUR))
                        .effectiveDate(LocalDate.of(2027, 1, 1)).expirationDate(LocalDate.of(2029, 12, 31)))
                .lifeCycle(l -> l.stage(Stage.QUALIFIED).nextSteps("Architecture review with the platform team")
                        .targetCloseDate(LocalDate.of(2099, 12, 31)))
                .addOpportunityTeam(t -> t.email("b.lindqvist@partner.example.net").firstName("Bartholomew").lastName("Lindqvist")
                        .businessTitle(Contact.OPPORTUNITY_OWNER).phone("+447700900461"))
                .addTag("crm-source", "salesforce")
                .addTag("region", "eu-central")
                .build();
    }

    /**
     * The generated client's request for the same opportunity. The ClientToken is left empty: the
     * generated client draws a UUID per call, as the facade does.
     */
    static CreateOpportunityRequest createRequest(Opportunity o, Catalog catalog) {
        CreateOpportunityRequest.Builder b = CreateOpportunityRequest.builder().catalog(catalog.value());
        o.origin().map(Picklist::value).ifPresent(b::origin);
        o.opportunityType().map(Picklist::value).ifPresent(b::opportunityType);
        o.nationalSecurity().map(Picklist::value).ifPresent(b::nationalSecurity);
        o.partnerOpportunityIdentifier().ifPresent(b::partnerOpportunityIdentifier);
        if (!o.primaryNeedsFromAws().isEmpty()) {
            b.primaryNeedsFromAwsWithStrings(values(o.primaryNeedsFromAws()));
        }
        o.customer().ifPresent(c -> b.customer(rc -> {
            c.account().ifPresent(a -> rc.account(account(a)));
            if (!c.contacts().isEmpty()) {
                rc.contacts(c.contacts().stream().map(RawRequests::contact).collect(Collectors.toList()));
            }
        }));
        o.project().ifPresent(p -> b.project(rp -> {
            if (!p.deliveryModels().isEmpty()) {
                rp.deliveryModelsWithStrings(values(p.deliveryModels()));
            }
            if (!p.expectedCustomerSpend().isEmpty()) {
                rp.expectedCustomerSpend(p.expectedCustomerSpend().stream().map(s -> software.amazon.awssdk.services
                        .partnercentralselling.model.ExpectedCustomerSpend.builder()
                        .amount(s.amount().orElse(null)).currencyCode(value(s.currencyCode()))
                        .frequency(value(s.frequency())).targetCompany(s.targetCompany().orElse(null))
                        .estimationUrl(s.estimationUrl().orElse(null)).build()).collect(Collectors.toList()));
            }
            p.title().ifPresent(rp::title);
            if (!p.apnPrograms().isEmpty()) {
                rp.apnPrograms(values(p.apnPrograms()));
            }
            p.customerBusinessProblem().ifPresent(rp::customerBusinessProblem);
            p.customerUseCase().map(Picklist::value).ifPresent(rp::customerUseCase);
            p.relatedOpportunityIdentifier().ifPresent(rp::relatedOpportunityIdentifier);
            if (!p.salesActivities().isEmpty()) {
                rp.salesActivitiesWithStrings(values(p.salesActivities()));
            }
            p.competitorName().map(Picklist::value).ifPresent(rp::competitorName);
            p.otherCompetitorNames().ifPresent(rp::otherCompetitorNames);
            p.otherSolutionDescription().ifPresent(rp::otherSolutionDescription);
            p.additionalComments().ifPresent(rp::additionalComments);
        }));
        o.marketing().ifPresent(m -> b.marketing(rm -> {
            m.campaignName().ifPresent(rm::campaignName);
            m.source().map(Picklist::value).ifPresent(rm::source);
            if (!m.useCases().isEmpty()) {
                rm.useCases(values(m.useCases()));
            }
            if (!m.channels().isEmpty()) {
                rm.channelsWithStrings(values(m.channels()));
            }
            m.awsFundingUsed().map(Picklist::value).ifPresent(rm::awsFundingUsed);
        }));
        o.softwareRevenue().ifPresent(r -> b.softwareRevenue(rr -> {
            r.deliveryModel().map(Picklist::value).ifPresent(rr::deliveryModel);
            r.value().ifPresent(v -> rr.value(rv -> rv.amount(v.amount().orElse(null)).currencyCode(value(v.currencyCode()))));
            r.effectiveDate().map(LocalDate::toString).ifPresent(rr::effectiveDate);
            r.expirationDate().map(LocalDate::toString).ifPresent(rr::expirationDate);
        }));
        o.lifeCycle().ifPresent(l -> b.lifeCycle(rl -> {
            l.stage().map(Picklist::value).ifPresent(rl::stage);
            l.closedLostReason().map(Picklist::value).ifPresent(rl::closedLostReason);
            l.nextSteps().ifPresent(rl::nextSteps);
            l.targetCloseDate().map(LocalDate::toString).ifPresent(rl::targetCloseDate);
        }));
        if (!o.opportunityTeam().isEmpty()) {
            b.opportunityTeam(o.opportunityTeam().stream().map(RawRequests::contact).collect(Collectors.toList()));
        }
        if (!o.tags().isEmpty()) {
            b.tags(o.tags().stream().map(t -> Tag.builder().key(t.key()).value(t.value()).build())
                    .collect(Collectors.toList()));
        }
        return b.build();
    }

    private static Consumer<software.amazon.awssdk.services.partnercentralselling.model.Account.Builder> account(Account a) {
        return ra -> {
            a.industry().map(Picklist::value).ifPresent(ra::industry);
            a.otherIndustry().ifPresent(ra::otherIndustry);
            a.companyName().ifPresent(ra::companyName);
            a.websiteUrl().ifPresent(ra::websiteUrl);
            a.awsAccountId().ifPresent(ra::awsAccountId);
            a.duns().ifPresent(ra::duns);
            a.address().ifPresent(ad -> ra.address(address(ad)));
        };
    }

    private static Consumer<software.amazon.awssdk.services.partnercentralselling.model.Address.Builder> address(Address ad) {
        return r -> {
            ad.city().ifPresent(r::city);
            ad.postalCode().ifPresent(r::postalCode);
            ad.stateOrRegion().map(Picklist::value).ifPresent(r::stateOrRegion);
            ad.countryCode().map(Picklist::value).ifPresent(r::countryCode);
            ad.streetAddress().ifPresent(r::streetAddress);
        };
    }

    private static software.amazon.awssdk.services.partnercentralselling.model.Contact contact(Contact c) {
        return software.amazon.awssdk.services.partnercentralselling.model.Contact.builder()
                .email(c.email().orElse(null)).firstName(c.firstName().orElse(null)).lastName(c.lastName().orElse(null))
                .businessTitle(c.businessTitle().orElse(null)).phone(c.phone().orElse(null)).build();
    }

    private static List<String> values(List<? extends Picklist> picklists) {
        return picklists.stream().map(Picklist::value).collect(Collectors.toList());
    }

    private static String value(Optional<? extends Picklist> picklist) {
        return picklist.map(Picklist::value).orElse(null);
    }
}

package io.partnercentral.selling.examples;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.partnercentral.selling.model.AwsPartition;
import io.partnercentral.selling.model.CountryCode;
import io.partnercentral.selling.model.CurrencyCode;
import io.partnercentral.selling.model.CustomerUseCase;
import io.partnercentral.selling.model.DeliveryModel;
import io.partnercentral.selling.model.ExpectedCustomerSpend;
import io.partnercentral.selling.model.Industry;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.OpportunityType;
import io.partnercentral.selling.model.Origin;
import io.partnercentral.selling.model.PaymentFrequency;
import io.partnercentral.selling.model.PrimaryNeedFromAws;
import io.partnercentral.selling.model.SalesActivity;
import io.partnercentral.selling.model.Stage;
import io.partnercentral.selling.model.StateOrRegion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One deal as the CRM exports it (a row of {@code crm-deals.csv}): plain text, as a CRM knows it,
 * and {@link #toOpportunity(LocalDate)}, the mapping onto the SDK's model. Blank cells read as null.
 *
 * <p>Company, website and contact columns are personal data: the SDK redacts them from
 * {@code toString}, and nothing in this example prints them.
 */
record CrmDeal(
        @JsonProperty("crm_id") String crmId,
        @JsonProperty("company") String company,
        @JsonProperty("website") String website,
        @JsonProperty("industry") String industry,
        @JsonProperty("country") String country,
        @JsonProperty("state") String state,
        @JsonProperty("postal_code") String postalCode,
        @JsonProperty("contact_first_name") String contactFirstName,
        @JsonProperty("contact_last_name") String contactLastName,
        @JsonProperty("contact_email") String contactEmail,
        @JsonProperty("contact_phone") String contactPhone,
        @JsonProperty("title") String title,
        @JsonProperty("business_problem") String businessProblem,
        @JsonProperty("use_case") String useCase,
        @JsonProperty("delivery_model") String deliveryModel,
        @JsonProperty("stage") String stage,
        // Relative to the day of the run, so the shipped file never holds a close date in the past.
        @JsonProperty("close_in_days") Integer closeInDays,
        @JsonProperty("monthly_aws_spend") String monthlyAwsSpend,
        @JsonProperty("currency") String currency,
        @JsonProperty("contract_months") Integer contractMonths,
        @JsonProperty("monthly_partner_revenue") String monthlyPartnerRevenue,
        @JsonProperty("partition") String partition) {

    /** The deals shipped with the examples. */
    static List<CrmDeal> readShipped() {
        try (InputStream csv = CrmDeal.class.getResourceAsStream("/crm-deals.csv")) {
            if (csv == null) {
                throw new IllegalStateException("crm-deals.csv is not on the classpath");
            }
            return read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read crm-deals.csv", e);
        }
    }

    /** Reads a CSV export with a header row; columns are matched by name, unknown columns fail. */
    static List<CrmDeal> read(InputStream csv) throws IOException {
        CsvMapper mapper = CsvMapper.builder()
                .enable(CsvParser.Feature.EMPTY_STRING_AS_NULL)
                .enable(CsvParser.Feature.TRIM_SPACES)
                .build();
        try (MappingIterator<CrmDeal> rows = mapper.readerFor(CrmDeal.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            return rows.readAll();
        }
    }

    /**
     * The deal as a Partner Central opportunity. Picklist text goes through {@code X.of(text)}, which
     * keeps a value this SDK does not know instead of failing here; blank cells stay absent. Either
     * way validation judges the result (locally before sending, then the service) and names the
     * field path of anything wrong or missing.
     */
    Opportunity toOpportunity(LocalDate today) {
        return Opportunity.builder()
                .origin(Origin.PARTNER_REFERRAL)
                .opportunityType(OpportunityType.NET_NEW_BUSINESS)
                .partnerOpportunityIdentifier(cell(crmId))
                .addPrimaryNeedsFromAws(PrimaryNeedFromAws.CO_SELL_TECHNICAL_CONSULTATION)
                .customer(c -> c
                        .account(a -> a.companyName(cell(company))
                                .websiteUrl(cell(website))
                                .industry(cell(industry, Industry::of))
                                .address(ad -> ad.countryCode(cell(country, CountryCode::of))
                                        .stateOrRegion(cell(state, StateOrRegion::of))
                                        .postalCode(cell(postalCode))))
                        .addContact(contact -> contact.firstName(cell(contactFirstName))
                                .lastName(cell(contactLastName))
                                .email(cell(contactEmail))
                                .phone(cell(contactPhone))))
                .project(p -> {
                    p.title(cell(title))
                            .customerBusinessProblem(cell(businessProblem))
                            .customerUseCase(cell(useCase, CustomerUseCase::of))
                            .addSalesActivities(SalesActivity.INITIALIZED_DISCUSSIONS_WITH_CUSTOMER)
                            .awsPartition(cell(partition, AwsPartition::of))
                            .addExpectedCustomerSpend(spend(monthlyAwsSpend, ExpectedCustomerSpend.TARGET_AWS));
                    cell(deliveryModel, DeliveryModel::of).ifPresent(p::addDeliveryModels);
                    if (contractMonths != null) {
                        p.expectedContractDurationMonths(contractMonths);
                    }
                    if (monthlyPartnerRevenue != null) {
                        // The partner's own revenue (TargetCompany Self) is accepted only with a contract duration.
                        p.addExpectedCustomerSpend(spend(monthlyPartnerRevenue, ExpectedCustomerSpend.TARGET_SELF));
                    }
                })
                .lifeCycle(l -> l.stage(cell(stage, Stage::of))
                        .targetCloseDate(Optional.ofNullable(closeInDays).map(today::plusDays)))
                .build();
    }

    private ExpectedCustomerSpend spend(String monthlyAmount, String targetCompany) {
        return ExpectedCustomerSpend.builder()
                .amount(cell(monthlyAmount))
                .currencyCode(cell(currency, CurrencyCode::of))
                .frequency(PaymentFrequency.MONTHLY)
                .targetCompany(targetCompany)
                .build();
    }

    private static Optional<String> cell(String text) {
        return Optional.ofNullable(text);
    }

    private static <T> Optional<T> cell(String text, Function<String, T> picklist) {
        return Optional.ofNullable(text).map(picklist);
    }
}

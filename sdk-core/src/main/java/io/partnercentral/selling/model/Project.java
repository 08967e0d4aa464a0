package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.partnercentral.selling.internal.Builders;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * What the opportunity is about ({@code Project}), including the 2026-05-15
 * {@link #expectedContractDuration()} and the {@link #awsPartition()}.
 *
 * <pre>{@code Project.builder()
 *     .title("Data lake migration")
 *     .customerBusinessProblem("Nightly batch jobs miss their window; move the warehouse to AWS.")
 *     .customerUseCase(CustomerUseCase.MIGRATION_DATABASE_MIGRATION)
 *     .addDeliveryModel(DeliveryModel.PROFESSIONAL_SERVICES)
 *     .addExpectedCustomerSpend(s -> s.amount(new BigDecimal("5000")).currencyCode(CurrencyCode.USD)
 *         .frequency(PaymentFrequency.MONTHLY).targetCompany(ExpectedCustomerSpend.TARGET_AWS))
 *     .expectedContractDurationMonths(24)
 *     .build()}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableProject.class)
@JsonDeserialize(as = ImmutableProject.class)
public interface Project extends WireObject {
    @JsonProperty("DeliveryModels")
    List<DeliveryModel> deliveryModels();

    @JsonProperty("ExpectedCustomerSpend")
    List<ExpectedCustomerSpend> expectedCustomerSpend();

    @JsonProperty("ExpectedContractDuration")
    Optional<ExpectedContractDuration> expectedContractDuration();

    @JsonProperty("Title")
    Optional<String> title();

    @JsonProperty("ApnPrograms")
    List<ApnProgram> apnPrograms();

    @JsonProperty("CustomerBusinessProblem")
    Optional<String> customerBusinessProblem();

    @JsonProperty("CustomerUseCase")
    Optional<CustomerUseCase> customerUseCase();

    @JsonProperty("RelatedOpportunityIdentifier")
    Optional<String> relatedOpportunityIdentifier();

    @JsonProperty("SalesActivities")
    List<SalesActivity> salesActivities();

    @JsonProperty("CompetitorName")
    Optional<CompetitorName> competitorName();

    /** Only with {@link CompetitorName#OTHER_UNLISTED} ({@code *Other}). */
    @JsonProperty("OtherCompetitorNames")
    Optional<String> otherCompetitorNames();

    @JsonProperty("OtherSolutionDescription")
    Optional<String> otherSolutionDescription();

    @JsonProperty("AdditionalComments")
    Optional<String> additionalComments();

    /** {@link AwsPartition#AWS_EUSC} for the AWS European Sovereign Cloud; absent otherwise. */
    @JsonProperty("AwsPartition")
    Optional<AwsPartition> awsPartition();

    static Builder builder() {
        return new Builder();
    }


    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link Project}. */
    final class Builder extends ImmutableProject.Builder {
        Builder() {}

        /** Adds an expected customer spend built by the consumer. */
        public Builder addExpectedCustomerSpend(Consumer<ExpectedCustomerSpend.Builder> spend) {
            return addExpectedCustomerSpend(Builders.fill(ExpectedCustomerSpend.builder(), spend).build());
        }

        /** Sets the expected contract duration to {@code months} months. */
        public Builder expectedContractDurationMonths(int months) {
            return expectedContractDuration(ExpectedContractDuration.months(months));
        }
    }
}

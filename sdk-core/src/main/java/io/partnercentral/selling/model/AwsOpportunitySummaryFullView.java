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
 * AWS's view of an opportunity as shared through a snapshot: the body of the
 * {@code AwsOpportunitySummaryFullView} member of a snapshot {@link SnapshotPayload}. Generated AWS
 * clients up to 2.40.2 drop this member entirely. Read-only.
 *
 * <p>{@link #customer()} reuses {@link Customer} and carries only Contacts; {@link #project()} reuses
 * {@link Project} and carries only ExpectedCustomerSpend and AwsPartition;
 * {@link #relatedEntityIdentifiers()} (wire name {@code RelatedEntityIds}) carries only AwsProducts
 * and Solutions.
 *
 * <pre>{@code snapshot.payload()
 *     .flatMap(SnapshotPayload::awsOpportunitySummaryFullView)
 *     .flatMap(AwsOpportunitySummaryFullView::insights)
 *     .flatMap(AwsOpportunityInsights::awsProductsSpendInsightsBySource)
 *     .flatMap(AwsProductsSpendInsightsBySource::aws)
 *     .ifPresent(aws -> System.out.println(aws.totalPotentialSavingsAmount().orElse("n/a")));}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableAwsOpportunitySummaryFullView.class)
@JsonDeserialize(as = ImmutableAwsOpportunitySummaryFullView.class)
public interface AwsOpportunitySummaryFullView extends WireObject {
    /** The partner opportunity this AWS opportunity relates to. */
    @JsonProperty("RelatedOpportunityId")
    Optional<String> relatedOpportunityId();

    @JsonProperty("Origin")
    Optional<Origin> origin();

    @JsonProperty("InvolvementType")
    Optional<InvolvementType> involvementType();

    @JsonProperty("Visibility")
    Optional<Visibility> visibility();

    @JsonProperty("LifeCycle")
    Optional<AwsOpportunityLifeCycle> lifeCycle();

    @JsonProperty("OpportunityTeam")
    List<AwsTeamMember> opportunityTeam();

    @JsonProperty("Insights")
    Optional<AwsOpportunityInsights> insights();

    @JsonProperty("InvolvementTypeChangeReason")
    Optional<InvolvementTypeChangeReason> involvementTypeChangeReason();

    /** Wire name {@code RelatedEntityIds}; only AwsProducts and Solutions are sent. */
    @JsonProperty("RelatedEntityIds")
    Optional<RelatedEntityIdentifiers> relatedEntityIdentifiers();

    /** Only Contacts is sent. */
    @JsonProperty("Customer")
    Optional<Customer> customer();

    /** Only ExpectedCustomerSpend and AwsPartition are sent. */
    @JsonProperty("Project")
    Optional<Project> project();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds an {@link AwsOpportunitySummaryFullView}. */
    final class Builder extends ImmutableAwsOpportunitySummaryFullView.Builder {
        Builder() {}

        /** Sets the life cycle from a builder the consumer fills in. */
        public Builder lifeCycle(Consumer<AwsOpportunityLifeCycle.Builder> lifeCycle) {
            return lifeCycle(Builders.fill(AwsOpportunityLifeCycle.builder(), lifeCycle).build());
        }

        /** Adds a member of the AWS team built by the consumer. */
        public Builder addOpportunityTeam(Consumer<AwsTeamMember.Builder> member) {
            return addOpportunityTeam(Builders.fill(AwsTeamMember.builder(), member).build());
        }

        /** Sets the insights from a builder the consumer fills in. */
        public Builder insights(Consumer<AwsOpportunityInsights.Builder> insights) {
            return insights(Builders.fill(AwsOpportunityInsights.builder(), insights).build());
        }

        /** Sets the related entities from a builder the consumer fills in. */
        public Builder relatedEntityIdentifiers(Consumer<RelatedEntityIdentifiers.Builder> related) {
            return relatedEntityIdentifiers(Builders.fill(RelatedEntityIdentifiers.builder(), related).build());
        }

        /** Sets the customer from a builder the consumer fills in. */
        public Builder customer(Consumer<Customer.Builder> customer) {
            return customer(Builders.fill(Customer.builder(), customer).build());
        }

        /** Sets the project from a builder the consumer fills in. */
        public Builder project(Consumer<Project.Builder> project) {
            return project(Builders.fill(Project.builder(), project).build());
        }
    }
}

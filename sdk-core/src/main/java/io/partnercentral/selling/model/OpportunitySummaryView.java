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
 * The partner's opportunity as shared through a snapshot: the body of the {@code OpportunitySummary}
 * member of a snapshot {@link SnapshotPayload}. Read-only.
 *
 * <p>It reuses the opportunity's types, each holding the subset the snapshot carries:
 * {@link #lifeCycle()} has TargetCloseDate, ReviewStatus, Stage and NextSteps; {@link #project()} has
 * DeliveryModels, ExpectedCustomerSpend, ExpectedContractDuration (2026-05-15), CustomerUseCase,
 * SalesActivities and OtherSolutionDescription. On the wire this view spells the life cycle
 * {@code Lifecycle}, unlike {@link Opportunity}'s {@code LifeCycle}; the accessor keeps the Java
 * name the same for both.
 *
 * <pre>{@code Optional<ExpectedContractDuration> duration = snapshot.payload()
 *     .flatMap(SnapshotPayload::opportunitySummary)
 *     .flatMap(OpportunitySummaryView::project)
 *     .flatMap(Project::expectedContractDuration);}</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableOpportunitySummaryView.class)
@JsonDeserialize(as = ImmutableOpportunitySummaryView.class)
public interface OpportunitySummaryView extends WireObject {
    @JsonProperty("OpportunityType")
    Optional<OpportunityType> opportunityType();

    /** Wire name {@code Lifecycle}, lower-case c, in this view only. */
    @JsonProperty("Lifecycle")
    Optional<LifeCycle> lifeCycle();

    @JsonProperty("OpportunityTeam")
    List<Contact> opportunityTeam();

    @JsonProperty("PrimaryNeedsFromAws")
    List<PrimaryNeedFromAws> primaryNeedsFromAws();

    @JsonProperty("Customer")
    Optional<Customer> customer();

    @JsonProperty("Project")
    Optional<Project> project();

    @JsonProperty("RelatedEntityIdentifiers")
    Optional<RelatedEntityIdentifiers> relatedEntityIdentifiers();

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds an {@link OpportunitySummaryView}. */
    final class Builder extends ImmutableOpportunitySummaryView.Builder {
        Builder() {}

        /** Sets the life cycle from a builder the consumer fills in. */
        public Builder lifeCycle(Consumer<LifeCycle.Builder> lifeCycle) {
            return lifeCycle(Builders.fill(LifeCycle.builder(), lifeCycle).build());
        }

        /** Adds a member of the partner's team built by the consumer. */
        public Builder addOpportunityTeam(Consumer<Contact.Builder> member) {
            return addOpportunityTeam(Builders.fill(Contact.builder(), member).build());
        }

        /** Sets the customer from a builder the consumer fills in. */
        public Builder customer(Consumer<Customer.Builder> customer) {
            return customer(Builders.fill(Customer.builder(), customer).build());
        }

        /** Sets the project from a builder the consumer fills in. */
        public Builder project(Consumer<Project.Builder> project) {
            return project(Builders.fill(Project.builder(), project).build());
        }

        /** Sets the related entities from a builder the consumer fills in. */
        public Builder relatedEntityIdentifiers(Consumer<RelatedEntityIdentifiers.Builder> related) {
            return relatedEntityIdentifiers(Builders.fill(RelatedEntityIdentifiers.builder(), related).build());
        }
    }
}

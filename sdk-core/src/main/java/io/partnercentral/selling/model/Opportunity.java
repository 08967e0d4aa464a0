package io.partnercentral.selling.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonView;
import io.partnercentral.selling.internal.Builders;
import io.partnercentral.selling.internal.WireViews;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * A Partner Central opportunity: the payload of CreateOpportunity and UpdateOpportunity and the
 * result of GetOpportunity, with the JSON member names of the 2026-05-15 API reference.
 *
 * <p>Members the service sets ({@link #id()}, {@link #arn()}, {@link #catalog()}, the dates,
 * {@link #relatedEntityIdentifiers()} and the review members of {@link #lifeCycle()}) are read but
 * never sent. {@link #origin()}, {@link #opportunityTeam()} and {@link #tags()} are sent on create
 * only, as UpdateOpportunity does not take them.
 *
 * <pre>{@code
 * Opportunity opportunity = Opportunity.builder()
 *     .origin(Origin.PARTNER_REFERRAL)
 *     .opportunityType(OpportunityType.NET_NEW_BUSINESS)
 *     .customer(c -> c.account(a -> a.companyName("Example Corp").industry(Industry.RETAIL)
 *         .websiteUrl("https://example.com").address(ad -> ad.countryCode(CountryCode.US))))
 *     .project(p -> p.title("Data lake").expectedContractDurationMonths(24))
 *     .lifeCycle(l -> l.targetCloseDate(LocalDate.now().plusMonths(3)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableOpportunity.class)
@JsonDeserialize(as = ImmutableOpportunity.class)
public interface Opportunity extends WireObject {
    /** Read-only: the catalog the opportunity lives in. */
    @JsonProperty("Catalog")
    @JsonView(WireViews.ReadOnly.class)
    Optional<Catalog> catalog();

    /** Read-only: the service's identifier, {@code O} and digits. */
    @JsonProperty("Id")
    @JsonView(WireViews.ReadOnly.class)
    Optional<String> id();

    /** Read-only. */
    @JsonProperty("Arn")
    @JsonView(WireViews.ReadOnly.class)
    Optional<String> arn();

    @JsonProperty("PrimaryNeedsFromAws")
    List<PrimaryNeedFromAws> primaryNeedsFromAws();

    /** {@link NationalSecurity#YES} only when the customer's industry is Government. */
    @JsonProperty("NationalSecurity")
    Optional<NationalSecurity> nationalSecurity();

    /** The opportunity's identifier in the partner's CRM, up to 64 characters. */
    @JsonProperty("PartnerOpportunityIdentifier")
    Optional<String> partnerOpportunityIdentifier();

    @JsonProperty("Customer")
    Optional<Customer> customer();

    @JsonProperty("Project")
    Optional<Project> project();

    @JsonProperty("OpportunityType")
    Optional<OpportunityType> opportunityType();

    @JsonProperty("Marketing")
    Optional<Marketing> marketing();

    @JsonProperty("SoftwareRevenue")
    Optional<SoftwareRevenue> softwareRevenue();

    @JsonProperty("LifeCycle")
    Optional<LifeCycle> lifeCycle();

    /** Sent on create only; {@code AWS Referral} only in the Sandbox catalog. */
    @JsonProperty("Origin")
    @JsonView(WireViews.CreateOnly.class)
    Optional<Origin> origin();

    /** The partner's team, at most 10 people; sent on create only. */
    @JsonProperty("OpportunityTeam")
    @JsonView(WireViews.CreateOnly.class)
    List<Contact> opportunityTeam();

    /** Sent on create only. */
    @JsonProperty("Tags")
    @JsonView(WireViews.CreateOnly.class)
    List<Tag> tags();

    /** Read-only. */
    @JsonProperty("RelatedEntityIdentifiers")
    @JsonView(WireViews.ReadOnly.class)
    Optional<RelatedEntityIdentifiers> relatedEntityIdentifiers();

    /** Read-only: when the opportunity was created. */
    @JsonProperty("CreatedDate")
    @JsonView(WireViews.ReadOnly.class)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<Instant> createdDate();

    /** Read-only: when the opportunity last changed; an update must quote it. */
    @JsonProperty("LastModifiedDate")
    @JsonView(WireViews.ReadOnly.class)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    Optional<Instant> lastModifiedDate();

    /**
     * Checks every documented constraint for a CreateOpportunity payload against the system clock
     * and returns all violations, empty when the payload is valid. Use {@link OpportunityValidator}
     * for update rules or another clock.
     */
    default List<Violation> validate() {
        return OpportunityValidator.defaultValidator().validateForCreate(this);
    }

    static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this value's attributes. */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds an {@link Opportunity}. */
    final class Builder extends ImmutableOpportunity.Builder {
        Builder() {}

        /** Sets the customer from a builder the consumer fills in. */
        public Builder customer(Consumer<Customer.Builder> customer) {
            return customer(Builders.fill(Customer.builder(), customer).build());
        }

        /** Sets the project from a builder the consumer fills in. */
        public Builder project(Consumer<Project.Builder> project) {
            return project(Builders.fill(Project.builder(), project).build());
        }

        /** Sets the marketing details from a builder the consumer fills in. */
        public Builder marketing(Consumer<Marketing.Builder> marketing) {
            return marketing(Builders.fill(Marketing.builder(), marketing).build());
        }

        /** Sets the software revenue from a builder the consumer fills in. */
        public Builder softwareRevenue(Consumer<SoftwareRevenue.Builder> softwareRevenue) {
            return softwareRevenue(Builders.fill(SoftwareRevenue.builder(), softwareRevenue).build());
        }

        /** Sets the life cycle from a builder the consumer fills in. */
        public Builder lifeCycle(Consumer<LifeCycle.Builder> lifeCycle) {
            return lifeCycle(Builders.fill(LifeCycle.builder(), lifeCycle).build());
        }

        /** Adds a member of the partner's team built by the consumer. */
        public Builder addOpportunityTeam(Consumer<Contact.Builder> member) {
            return addOpportunityTeam(Builders.fill(Contact.builder(), member).build());
        }

        /** Adds a tag. */
        public Builder addTag(String key, String value) {
            return addTag(Tag.of(key, value));
        }
    }
}

package io.partnercentral.selling.testing;

import static io.partnercentral.selling.testing.Fixtures.CATALOG;
import static io.partnercentral.selling.testing.Fixtures.START;
import static io.partnercentral.selling.testing.Fixtures.updateFrom;
import static io.partnercentral.selling.testing.Fixtures.validCreate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnercentral.selling.model.Opportunity;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.model.ConflictException;
import software.amazon.awssdk.services.partnercentralselling.model.CreateOpportunityResponse;
import software.amazon.awssdk.services.partnercentralselling.model.GetOpportunityResponse;
import software.amazon.awssdk.services.partnercentralselling.model.ResourceNotFoundException;
import software.amazon.awssdk.services.partnercentralselling.model.ValidationException;
import software.amazon.awssdk.services.partnercentralselling.model.ValidationExceptionError;

class OpportunityLifecycleTest {
    private static final Fixtures.SettableClock CLOCK = new Fixtures.SettableClock(START);

    @RegisterExtension
    static final PartnerCentralEmulatorExtension PARTNER_CENTRAL = PartnerCentralEmulatorExtension.builder()
            .options(PartnerCentralEmulator.Options.builder().clock(CLOCK).build())
            .build();

    private final PartnerCentralEmulator emulator;
    private final PartnerCentralSellingClient client;

    OpportunityLifecycleTest(PartnerCentralEmulator emulator, PartnerCentralSellingClient client) {
        this.emulator = emulator;
        this.client = client;
    }

    @BeforeEach
    void resetClock() {
        CLOCK.set(START);
    }

    @Test
    void createOpportunity_whenValid_returnsIdAndCreationTimestamp() {
        CreateOpportunityResponse created = client.createOpportunity(validCreate("CRM-1").build());

        assertThat(created.id()).matches("O[0-9]{1,19}");
        assertThat(created.partnerOpportunityIdentifier()).isEqualTo("CRM-1");
        assertThat(created.lastModifiedDate()).isEqualTo(START);
        JsonNode stored = emulator.opportunityJson(created.id()).orElseThrow();
        assertThat(stored.path("CreatedDate").asText()).isEqualTo("2026-11-23T10:15:30.123Z");
        assertThat(stored.path("LastModifiedDate").asText()).isEqualTo("2026-11-23T10:15:30.123Z");
    }

    @Test
    void getOpportunity_afterCreate_returnsStoredMembersAndServiceMembersOnly() {
        String id = client.createOpportunity(validCreate("CRM-1").tags(t -> t.key("team").value("emea")).build()).id();

        GetOpportunityResponse got = client.getOpportunity(r -> r.catalog(CATALOG).identifier(id));

        assertThat(got.catalog()).isEqualTo(CATALOG);
        assertThat(got.arn()).isEqualTo("arn:aws:partnercentral:us-east-1:111122223333:catalog/Sandbox/opportunity/" + id);
        assertThat(got.createdDate()).isEqualTo(START);
        assertThat(got.customer().account().companyName()).isEqualTo("Example Corp");
        assertThat(got.customer().contacts()).singleElement().satisfies(c -> assertThat(c.phone()).isEqualTo("+12065550100"));
        assertThat(got.project().expectedCustomerSpend()).singleElement()
                .satisfies(s -> assertThat(s.amount()).isEqualTo("5000"));
        assertThat(got.lifeCycle().reviewStatusAsString()).isEqualTo("Pending Submission");
        assertThat(got.lifeCycle().nextStepsHistory()).singleElement()
                .satisfies(h -> assertThat(h.value()).isEqualTo("Kick-off workshop"));
        assertThat(got.opportunityTeam()).singleElement().satisfies(m -> assertThat(m.lastName()).isEqualTo("Owner"));
        assertThat(got.relatedEntityIdentifiers().solutions()).isEmpty();
        JsonNode raw = emulator.opportunityJson(id).orElseThrow();
        assertThat(raw.has("Origin")).isFalse();
        assertThat(raw.has("Tags")).isFalse();
        assertThat(raw.has("ClientToken")).isFalse();
    }

    @Test
    void opportunities_afterCreate_readBackAsTheSdksType() {
        String id = client.createOpportunity(validCreate("CRM-1").build()).id();

        assertThat(emulator.opportunityCount()).isEqualTo(1);
        assertThat(emulator.opportunities()).singleElement().satisfies(o -> {
            assertThat(o.id()).contains(id);
            assertThat(o.partnerOpportunityIdentifier()).contains("CRM-1");
            assertThat(o.lastModifiedDate()).contains(START);
        });
        assertThat(emulator.opportunity(id).flatMap(Opportunity::project).flatMap(p -> p.title()))
                .contains("Data lake migration");
    }

    @Test
    void updateOpportunity_whenMembersOmitted_removesThem() {
        String id = client.createOpportunity(validCreate("CRM-1").build()).id();
        GetOpportunityResponse before = client.getOpportunity(r -> r.catalog(CATALOG).identifier(id));
        CLOCK.advance(Duration.ofMinutes(5));

        // A partial update, as naive integrations send it: only Customer, Project without
        // AdditionalComments, no Marketing, no LifeCycle.
        client.updateOpportunity(r -> r.catalog(CATALOG).identifier(id).lastModifiedDate(before.lastModifiedDate())
                .customer(before.customer())
                .project(before.project().toBuilder().additionalComments(null).build()));

        GetOpportunityResponse after = client.getOpportunity(r -> r.catalog(CATALOG).identifier(id));
        assertThat(after.project().additionalComments()).isNull();
        assertThat(after.project().title()).isEqualTo("Data lake migration");
        assertThat(after.marketing()).isNull();
        assertThat(after.partnerOpportunityIdentifier()).isNull();
        assertThat(after.lifeCycle().stageAsString()).isNull();
        assertThat(after.lifeCycle().reviewStatusAsString()).isEqualTo("Pending Submission");
        assertThat(after.opportunityTeam()).as("not an UpdateOpportunity member, so kept").hasSize(1);
        assertThat(after.lastModifiedDate()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(after.createdDate()).isEqualTo(START);
    }

    @Test
    void updateOpportunity_whenLastModifiedDateIsStale_throwsConflict() {
        String id = client.createOpportunity(validCreate("CRM-1").build()).id();
        GetOpportunityResponse first = client.getOpportunity(r -> r.catalog(CATALOG).identifier(id));
        client.updateOpportunity(updateFrom(first).partnerOpportunityIdentifier("CRM-1b").build());

        assertThatThrownBy(() -> client.updateOpportunity(updateFrom(first).partnerOpportunityIdentifier("CRM-1c").build()))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).statusCode()).isEqualTo(409));
        assertThat(client.getOpportunity(r -> r.catalog(CATALOG).identifier(id)).partnerOpportunityIdentifier())
                .isEqualTo("CRM-1b");
    }

    @Test
    void updateOpportunity_whenClockStandsStill_stillAdvancesLastModifiedDate() {
        String id = client.createOpportunity(validCreate("CRM-1").build()).id();
        GetOpportunityResponse first = client.getOpportunity(r -> r.catalog(CATALOG).identifier(id));

        Instant updated = client.updateOpportunity(updateFrom(first).build()).lastModifiedDate();

        assertThat(updated).isEqualTo(START.plusMillis(1));
    }

    @Test
    void submitOpportunity_whenApproved_becomesEditableAgain() {
        String id = client.createOpportunity(validCreate("CRM-1").build()).id();

        client.submitOpportunity(r -> r.catalog(CATALOG).identifier(id).involvementType("Co-Sell").visibility("Full"));

        GetOpportunityResponse got = client.getOpportunity(r -> r.catalog(CATALOG).identifier(id));
        assertThat(got.lifeCycle().reviewStatusAsString()).isEqualTo("Approved");
        client.updateOpportunity(updateFrom(got).project(got.project().toBuilder().title("Renamed").build()).build());
        assertThat(client.getOpportunity(r -> r.catalog(CATALOG).identifier(id)).project().title()).isEqualTo("Renamed");
    }

    @Test
    void updateOpportunity_whileSubmittedOrRejected_isRefused() {
        String submitted = client.createOpportunity(validCreate("CRM-1").build()).id();
        String rejected = client.createOpportunity(validCreate("CRM-2").build()).id();
        emulator.reviewOutcomesFor(submitted, ReviewOutcome.SUBMITTED);
        emulator.reviewOutcomesFor(rejected, ReviewOutcome.REJECTED);

        for (String id : new String[] {submitted, rejected}) {
            client.submitOpportunity(r -> r.catalog(CATALOG).identifier(id).involvementType("Co-Sell"));
            GetOpportunityResponse got = client.getOpportunity(r -> r.catalog(CATALOG).identifier(id));

            assertThatThrownBy(() -> client.updateOpportunity(updateFrom(got).build()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.reasonAsString()).isEqualTo("BUSINESS_VALIDATION_FAILED");
                        assertThat(e.errorList()).extracting(ValidationExceptionError::fieldName, ValidationExceptionError::codeAsString)
                                .containsExactly(tuple("LifeCycle.ReviewStatus", "INVALID_RESOURCE_STATE"));
                    });
        }
        GetOpportunityResponse rejectedView = client.getOpportunity(r -> r.catalog(CATALOG).identifier(rejected));
        assertThat(rejectedView.lifeCycle().reviewStatusAsString()).isEqualTo("Rejected");
        assertThat(rejectedView.lifeCycle().reviewStatusReason()).isEqualTo("Duplicate opportunity");
    }

    @Test
    void updateOpportunity_underActionRequired_allowsOnlyTheListedMembers() {
        String id = client.createOpportunity(validCreate("CRM-1").build()).id();
        emulator.nextReviewOutcome(ReviewOutcome.actionRequired("Incomplete details", "Add the customer's real website."));
        client.submitOpportunity(r -> r.catalog(CATALOG).identifier(id).involvementType("Co-Sell"));
        GetOpportunityResponse flagged = client.getOpportunity(r -> r.catalog(CATALOG).identifier(id));
        assertThat(flagged.lifeCycle().reviewStatusAsString()).isEqualTo("Action Required");
        assertThat(flagged.lifeCycle().reviewStatusReason()).isEqualTo("Incomplete details");
        assertThat(flagged.lifeCycle().reviewComments()).isEqualTo("Add the customer's real website.");

        assertThatThrownBy(() -> client.updateOpportunity(updateFrom(flagged)
                        .project(flagged.project().toBuilder().title("New title").build())
                        .opportunityType("Expansion")
                        .build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorList())
                        .extracting(ValidationExceptionError::fieldName, ValidationExceptionError::codeAsString)
                        .containsExactlyInAnyOrder(tuple("Project.Title", "ACTION_NOT_PERMITTED"),
                                tuple("OpportunityType", "ACTION_NOT_PERMITTED")));

        emulator.reviewOutcomesFor(id, ReviewOutcome.SUBMITTED);
        client.updateOpportunity(updateFrom(flagged)
                .partnerOpportunityIdentifier("CRM-1-fixed")
                .customer(flagged.customer().toBuilder().account(flagged.customer().account().toBuilder()
                        .websiteUrl("https://www.example.com")
                        .address(a -> a.countryCode("US").stateOrRegion("Oregon").city("Portland")).build()).build())
                .project(flagged.project().toBuilder()
                        .customerBusinessProblem("Batch jobs overrun; the warehouse must scale with demand on AWS.")
                        .expectedCustomerSpend(s -> s.amount("7500").currencyCode("EUR").frequency("Monthly").targetCompany("AWS"))
                        .build())
                .lifeCycle(flagged.lifeCycle().toBuilder().targetCloseDate("2027-06-30").build())
                .build());

        GetOpportunityResponse resubmitted = client.getOpportunity(r -> r.catalog(CATALOG).identifier(id));
        assertThat(resubmitted.lifeCycle().reviewStatusAsString()).isEqualTo("Submitted");
        assertThat(resubmitted.lifeCycle().reviewComments()).isNull();
        assertThat(resubmitted.customer().account().websiteUrl()).isEqualTo("https://www.example.com");
        assertThat(resubmitted.project().expectedCustomerSpend().get(0).currencyCodeAsString()).isEqualTo("EUR");

        emulator.completeReview(id, ReviewOutcome.APPROVED);
        assertThat(client.getOpportunity(r -> r.catalog(CATALOG).identifier(id)).lifeCycle().reviewStatusAsString())
                .isEqualTo("Approved");
    }

    @Test
    void submitOpportunity_whenIncompleteOrAlreadySubmitted_isRefused() {
        String incomplete = client.createOpportunity(validCreate("CRM-1")
                .project(p -> p.customerBusinessProblem("Nightly batch jobs miss their window; move to AWS.")).build()).id();
        assertThatThrownBy(() -> client.submitOpportunity(r -> r.catalog(CATALOG).identifier(incomplete).involvementType("Co-Sell")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorList())
                        .extracting(ValidationExceptionError::fieldName, ValidationExceptionError::codeAsString)
                        .containsExactly(tuple("Project.Title", "REQUIRED_FIELD_MISSING")));

        String complete = client.createOpportunity(validCreate("CRM-2").build()).id();
        client.submitOpportunity(r -> r.catalog(CATALOG).identifier(complete).involvementType("For Visibility Only"));
        assertThatThrownBy(() -> client.submitOpportunity(r -> r.catalog(CATALOG).identifier(complete).involvementType("Co-Sell")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorList())
                        .extracting(ValidationExceptionError::codeAsString).containsExactly("INVALID_RESOURCE_STATE"));
    }

    @Test
    void createOpportunity_whenInvalid_listsEveryViolation() {
        assertThatThrownBy(() -> client.createOpportunity(validCreate("CRM-1").catalog("Production")
                        .customer(c -> c.account(a -> a.websiteUrl("https://example.com")))
                        .lifeCycle(l -> l.stage("Closed Lost").targetCloseDate("2026-11-22"))
                        .build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.reasonAsString()).isEqualTo("REQUEST_VALIDATION_FAILED");
                    assertThat(e.errorList())
                            .extracting(ValidationExceptionError::fieldName, ValidationExceptionError::codeAsString)
                            .containsExactlyInAnyOrder(
                                    tuple("Catalog", "INVALID_ENUM_VALUE"),
                                    tuple("Customer.Account.CompanyName", "REQUIRED_FIELD_MISSING"),
                                    tuple("LifeCycle.ClosedLostReason", "REQUIRED_FIELD_MISSING"),
                                    tuple("LifeCycle.TargetCloseDate", "INVALID_VALUE"));
                });
        assertThat(emulator.opportunityCount()).isZero();
    }

    @Test
    void createOpportunity_whenAwsReferralInAwsCatalog_isRefused() {
        assertThatThrownBy(() -> client.createOpportunity(validCreate("CRM-1").catalog("AWS").origin("AWS Referral").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.reasonAsString()).isEqualTo("BUSINESS_VALIDATION_FAILED");
                    assertThat(e.errorList()).extracting(ValidationExceptionError::fieldName).containsExactly("Origin");
                });

        assertThat(client.createOpportunity(validCreate("CRM-2").origin("AWS Referral").build()).id())
                .as("allowed in Sandbox").isNotBlank();
    }

    @Test
    void associateOpportunity_thenDisassociate_updatesRelatedEntityIdentifiers() {
        String id = client.createOpportunity(validCreate("CRM-1").build()).id();

        client.associateOpportunity(r -> r.catalog(CATALOG).opportunityIdentifier(id)
                .relatedEntityType("Solutions").relatedEntityIdentifier("S-0000001"));
        client.associateOpportunity(r -> r.catalog(CATALOG).opportunityIdentifier(id)
                .relatedEntityType("AwsProducts").relatedEntityIdentifier("AmazonRedshift"));
        GetOpportunityResponse associated = client.getOpportunity(r -> r.catalog(CATALOG).identifier(id));
        client.disassociateOpportunity(r -> r.catalog(CATALOG).opportunityIdentifier(id)
                .relatedEntityType("Solutions").relatedEntityIdentifier("S-0000001"));

        assertThat(associated.relatedEntityIdentifiers().solutions()).containsExactly("S-0000001");
        assertThat(associated.relatedEntityIdentifiers().awsProducts()).containsExactly("AmazonRedshift");
        GetOpportunityResponse after = client.getOpportunity(r -> r.catalog(CATALOG).identifier(id));
        assertThat(after.relatedEntityIdentifiers().solutions()).isEmpty();
        assertThat(after.relatedEntityIdentifiers().awsProducts()).containsExactly("AmazonRedshift");
        assertThatThrownBy(() -> client.disassociateOpportunity(r -> r.catalog(CATALOG).opportunityIdentifier(id)
                        .relatedEntityType("Solutions").relatedEntityIdentifier("S-0000001")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private static final String OFFER = "arn:aws:aws-marketplace:us-east-1:111122223333:AWSMarketplace/Offer/offer-";

    @Test
    void associateOpportunity_beyondTheDocumentedLimitPerType_isRefused() {
        String id = client.createOpportunity(validCreate("CRM-1").build()).id();
        for (int i = 1; i <= 10; i++) {
            String solution = "S-" + i;
            client.associateOpportunity(r -> r.catalog(CATALOG).opportunityIdentifier(id)
                    .relatedEntityType("Solutions").relatedEntityIdentifier(solution));
        }
        client.associateOpportunity(r -> r.catalog(CATALOG).opportunityIdentifier(id)
                .relatedEntityType("AwsMarketplaceOffers").relatedEntityIdentifier(OFFER + "1"));

        assertThatThrownBy(() -> client.associateOpportunity(r -> r.catalog(CATALOG).opportunityIdentifier(id)
                        .relatedEntityType("Solutions").relatedEntityIdentifier("S-11")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.reasonAsString()).isEqualTo("BUSINESS_VALIDATION_FAILED");
                    assertThat(e.errorList()).extracting(ValidationExceptionError::fieldName, ValidationExceptionError::codeAsString)
                            .containsExactly(tuple("RelatedEntityIdentifier", "TOO_MANY_VALUES"));
                });
        assertThatThrownBy(() -> client.associateOpportunity(r -> r.catalog(CATALOG).opportunityIdentifier(id)
                        .relatedEntityType("AwsMarketplaceOffers").relatedEntityIdentifier(OFFER + "2")))
                .isInstanceOf(ValidationException.class);
        assertThat(client.getOpportunity(r -> r.catalog(CATALOG).identifier(id)).relatedEntityIdentifiers().solutions())
                .hasSize(10);
    }

    @Test
    void associateOpportunity_withAnIdNotOfTheTypesForm_isRefusedByTheModel() {
        String id = client.createOpportunity(validCreate("CRM-1").build()).id();

        assertThatThrownBy(() -> client.associateOpportunity(r -> r.catalog(CATALOG).opportunityIdentifier(id)
                        .relatedEntityType("AwsMarketplaceOffers").relatedEntityIdentifier("offer-1")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorList())
                        .extracting(ValidationExceptionError::fieldName, ValidationExceptionError::codeAsString)
                        .containsExactly(tuple("RelatedEntityIdentifier", "INVALID_STRING_FORMAT")));
        assertThat(client.getOpportunity(r -> r.catalog(CATALOG).identifier(id)).relatedEntityIdentifiers()
                .awsMarketplaceOffers()).isEmpty();
    }

    @Test
    void getOpportunity_whenInAnotherCatalogOrUnknown_throwsResourceNotFound() {
        String id = client.createOpportunity(validCreate("CRM-1").build()).id();

        assertThatThrownBy(() -> client.getOpportunity(r -> r.catalog("AWS").identifier(id)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
        assertThatThrownBy(() -> client.getOpportunity(r -> r.catalog(CATALOG).identifier("O1")))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}

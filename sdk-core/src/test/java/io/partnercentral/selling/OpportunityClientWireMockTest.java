package io.partnercentral.selling;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.partnercentral.selling.WireMockSupport.CLOCK;
import static io.partnercentral.selling.WireMockSupport.JSON_1_0;
import static io.partnercentral.selling.WireMockSupport.TARGET_PREFIX;
import static io.partnercentral.selling.WireMockSupport.body;
import static io.partnercentral.selling.WireMockSupport.error;
import static io.partnercentral.selling.WireMockSupport.fixture;
import static io.partnercentral.selling.WireMockSupport.json;
import static io.partnercentral.selling.WireMockSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.partnercentral.selling.exception.AccessDeniedException;
import io.partnercentral.selling.exception.ConflictException;
import io.partnercentral.selling.exception.ResourceNotFoundException;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.internal.WireJson;
import io.partnercentral.selling.model.AwsPartition;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.CurrencyCode;
import io.partnercentral.selling.model.ExpectedContractDuration;
import io.partnercentral.selling.model.Fixtures;
import io.partnercentral.selling.model.InvolvementType;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.OpportunitySummary;
import io.partnercentral.selling.model.Project;
import io.partnercentral.selling.model.RelatedEntityType;
import io.partnercentral.selling.model.ReviewStatus;
import io.partnercentral.selling.model.Stage;
import io.partnercentral.selling.model.UpdatedOpportunity;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import io.partnercentral.selling.model.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.model.GetOpportunityResponse;

/** Functional tests of the opportunity operations against WireMock: the JSON on the wire and back. */
class OpportunityClientWireMockTest {
    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private PartnerCentralSelling selling;

    @BeforeEach
    void setUp() {
        selling = WireMockSupport.facade(wireMock);
    }

    @AfterEach
    void tearDown() {
        selling.close();
    }

    private static void stub(String operation, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        wireMock.stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation))
                .willReturn(response));
    }

    private static List<LoggedRequest> requests(String operation) {
        return wireMock.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation)));
    }

    /** The wire JSON of a payload as an operation's view writes it. */
    private static ObjectNode written(com.fasterxml.jackson.databind.ObjectWriter writer, Opportunity opportunity)
            throws Exception {
        return (ObjectNode) WireJson.mapper().readTree(writer.writeValueAsBytes(opportunity));
    }

    @Test
    void create_whenValid_sendsCreateViewWithCatalogAndGeneratedClientToken() throws Exception {
        stub("CreateOpportunity", json("{\"Id\":\"O1234567\",\"PartnerOpportunityIdentifier\":\"crm-1\","
                + "\"LastModifiedDate\":\"2026-11-23T12:00:01.123Z\"}"));
        Opportunity opportunity = Fixtures.validOpportunity().toBuilder()
                .project(Fixtures.validOpportunity().project().orElseThrow().toBuilder()
                        .expectedContractDuration(ExpectedContractDuration.months(36))
                        .awsPartition(AwsPartition.AWS_EUSC)
                        .expectedCustomerSpend(List.of())
                        .addExpectedCustomerSpend(s -> s.amount(new java.math.BigDecimal("1500.50"))
                                .currencyCode(CurrencyCode.EUR)
                                .frequency(io.partnercentral.selling.model.PaymentFrequency.MONTHLY)
                                .targetCompany("Self"))
                        .build())
                .softwareRevenue(java.util.Optional.empty())
                .build();

        CreatedOpportunity created = selling.opportunities().create(opportunity);

        assertThat(created.id()).isEqualTo("O1234567");
        assertThat(created.lastModifiedDate()).isEqualTo(Instant.parse("2026-11-23T12:00:01.123Z"));
        assertThat(created.partnerOpportunityIdentifier()).isEqualTo("crm-1");
        assertThat(UUID.fromString(created.clientToken())).isNotNull();

        List<LoggedRequest> sent = requests("CreateOpportunity");
        assertThat(sent).hasSize(1);
        LoggedRequest request = sent.get(0);
        assertThat(request.getHeader("Content-Type")).isEqualTo(JSON_1_0);
        assertThat(request.getHeader("Authorization")).startsWith("AWS4-HMAC-SHA256").contains("/partnercentral-selling/aws4_request");
        // Named once, by the client's own User-Agent suffix, not again per request.
        assertThat(request.getHeader("User-Agent").split("partnercentral-selling-java/", -1)).hasSize(2);
        ObjectNode expected = written(WireJson.createWriter(), opportunity);
        expected.put("Catalog", "Sandbox");
        expected.put("ClientToken", created.clientToken());
        assertThat(body(request)).isEqualTo(expected);
        JsonNode project = body(request).get("Project");
        assertThat(project.get("ExpectedContractDuration")).isEqualTo(tree("{\"Term\":\"Months\",\"Value\":\"36\"}"));
        assertThat(project.get("AwsPartition").asText()).isEqualTo("aws-eusc");
        assertThat(project.get("ExpectedCustomerSpend").get(0).get("Amount").asText()).isEqualTo("1500.50");
    }

    @Test
    void create_whenIdempotencyKeyGiven_sendsSameNameBasedTokenEveryTime() {
        stub("CreateOpportunity", json("{\"Id\":\"O1\",\"LastModifiedDate\":\"2026-11-23T12:00:01Z\"}"));
        CreatedOpportunity first = selling.opportunities()
                .create(r -> r.opportunity(Fixtures.validOpportunity()).idempotencyKey("crm-42"));
        CreatedOpportunity second = selling.opportunities()
                .create(r -> r.opportunity(Fixtures.validOpportunity()).idempotencyKey("crm-42"));
        CreatedOpportunity other = selling.opportunities()
                .create(r -> r.opportunity(Fixtures.validOpportunity()).idempotencyKey("crm-43"));

        assertThat(first.clientToken()).isEqualTo(second.clientToken()).isNotEqualTo(other.clientToken());
        assertThat(UUID.fromString(first.clientToken()).version()).isEqualTo(3);
        assertThat(requests("CreateOpportunity")).extracting(r -> body(r).get("ClientToken").asText())
                .containsExactly(first.clientToken(), first.clientToken(), other.clientToken());
    }

    @Test
    void create_whenServiceFailsThenThrottles_retriesWithTheSameClientTokenAndBody() {
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(error(503, "ServiceUnavailableException", "try later")).willSetStateTo("throttled"));
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("flaky").whenScenarioStateIs("throttled")
                .willReturn(error(400, "ThrottlingException", "Rate exceeded")).willSetStateTo("ok"));
        wireMock.stubFor(post(urlEqualTo("/")).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(json("{\"Id\":\"O77\",\"LastModifiedDate\":\"2026-11-23T12:00:01Z\"}")));

        CreatedOpportunity created = selling.opportunities().create(Fixtures.validOpportunity());

        List<LoggedRequest> attempts = requests("CreateOpportunity");
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(r -> body(r).get("ClientToken").asText()).containsOnly(created.clientToken());
        assertThat(attempts).extracting(LoggedRequest::getBodyAsString).containsOnly(attempts.get(0).getBodyAsString());
        assertThat(created.id()).isEqualTo("O77");
    }

    @Test
    void create_whenInvalid_throwsAllViolationsAndSendsNothing() {
        Opportunity invalid = Fixtures.validOpportunity().toBuilder()
                .project(Fixtures.validOpportunity().project().orElseThrow().toBuilder()
                        .expectedContractDuration(ExpectedContractDuration.months(145))
                        .awsPartition(AwsPartition.AWS_EUSC)
                        .build())
                .lifeCycle(LifeCycle.builder().stage(Stage.CLOSED_LOST).targetCloseDate(LocalDate.of(2020, 1, 1)).build())
                .build();

        assertThatThrownBy(() -> selling.opportunities().create(invalid))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.isLocal()).isTrue();
                    assertThat(e.violations()).extracting(Violation::fieldPath).contains(
                            "Project.ExpectedContractDuration.Value",
                            "LifeCycle.ClosedLostReason",
                            "LifeCycle.TargetCloseDate");
                    assertThat(e.violations().size()).isGreaterThanOrEqualTo(4);
                    assertThat(e.getMessage()).contains("CreateOpportunity not sent");
                });
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void get_whenServiceReturnsMaximalOpportunity_readsEveryMemberIncludingNewerOnes() {
        stub("GetOpportunity", json(fixture("opportunity-maximal.json")));

        Opportunity opportunity = selling.opportunities().get("O1234567890");

        assertThat(opportunity).isEqualTo(Fixtures.maximalOpportunity());
        assertThat(opportunity.project().flatMap(Project::expectedContractDuration)).isPresent();
        assertThat(opportunity.lifeCycle().flatMap(LifeCycle::reviewStatus)).isPresent();
        assertThat(opportunity.lifeCycle().orElseThrow().nextStepsHistory()).isNotEmpty();
        assertThat(opportunity.relatedEntityIdentifiers()).isPresent();
        assertThat(opportunity.createdDate()).isPresent();
        assertThat(body(requests("GetOpportunity").get(0)))
                .isEqualTo(tree("{\"Catalog\":\"Sandbox\",\"Identifier\":\"O1234567890\"}"));
    }

    @Test
    void get_throughTheGeneratedClientAlone_losesTheNewerMembers() {
        // Why this SDK exists: the 2.40.2 generated client has no ExpectedContractDuration.
        stub("GetOpportunity", json(fixture("opportunity-maximal.json")));
        try (PartnerCentralSellingClient raw = WireMockSupport.rawClient(wireMock)) {
            GetOpportunityResponse response = raw.getOpportunity(r -> r.catalog("Sandbox").identifier("O1234567890"));
            assertThat(response.project().toString()).doesNotContain("ExpectedContractDuration");
        }
    }

    @Test
    void get_whenIdMalformed_throwsBeforeSending() {
        assertThatThrownBy(() -> selling.opportunities().get("opp-1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("Identifier", ValidationErrorCode.INVALID_STRING_FORMAT,
                                "must be an opportunity id (O followed by 1 to 19 digits)")));
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void update_whenOneFieldChanges_sendsTheOriginalPlusThatChangeWithTheLastModifiedDateRead() throws Exception {
        Opportunity stored = pendingSubmission(Fixtures.maximalOpportunity());
        stub("GetOpportunity", json(WireJson.mapper().writeValueAsString(stored)));
        stub("UpdateOpportunity", json("{\"Id\":\"O1234567890\",\"LastModifiedDate\":\"2026-11-23T13:00:00Z\"}"));

        UpdatedOpportunity updated = selling.opportunities().update("O1234567890", current -> current.toBuilder()
                .lifeCycle(current.lifeCycle().orElseThrow().toBuilder().nextSteps("Pricing call on Friday").build())
                .build());

        assertThat(updated.lastModifiedDate()).isEqualTo(Instant.parse("2026-11-23T13:00:00Z"));
        ObjectNode expected = written(WireJson.updateWriter(), stored);
        ((ObjectNode) expected.get("LifeCycle")).put("NextSteps", "Pricing call on Friday");
        expected.put("Catalog", "Sandbox");
        expected.put("Identifier", "O1234567890");
        expected.put("LastModifiedDate", stored.lastModifiedDate().orElseThrow().toString());
        ObjectNode sent = body(requests("UpdateOpportunity").get(0));
        assertThat(sent).isEqualTo(expected);
        assertThat(sent.has("Origin")).isFalse();
        assertThat(sent.has("OpportunityTeam")).isFalse();
        assertThat(sent.get("LifeCycle").has("ReviewStatus")).isFalse();
    }

    @Test
    void update_whenAConcurrentChangeConflicts_rereadsAndReappliesTheChange() throws Exception {
        Opportunity first = pendingSubmission(Fixtures.maximalOpportunity());
        Opportunity second = first.toBuilder().lastModifiedDate(Instant.parse("2026-11-23T12:30:00Z"))
                .partnerOpportunityIdentifier("changed-elsewhere").build();
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "GetOpportunity"))
                .inScenario("race").whenScenarioStateIs(STARTED)
                .willReturn(json(WireJson.mapper().writeValueAsString(first))));
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "UpdateOpportunity"))
                .inScenario("race").whenScenarioStateIs(STARTED)
                .willReturn(error(409, "ConflictException", "stale LastModifiedDate")).willSetStateTo("moved"));
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "GetOpportunity"))
                .inScenario("race").whenScenarioStateIs("moved")
                .willReturn(json(WireJson.mapper().writeValueAsString(second))));
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "UpdateOpportunity"))
                .inScenario("race").whenScenarioStateIs("moved")
                .willReturn(json("{\"Id\":\"O1234567890\",\"LastModifiedDate\":\"2026-11-23T13:00:00Z\"}")));

        selling.opportunities().update("O1234567890", current -> current.toBuilder().nationalSecurity(
                io.partnercentral.selling.model.NationalSecurity.NO).build());

        List<LoggedRequest> updates = requests("UpdateOpportunity");
        assertThat(updates).hasSize(2);
        assertThat(requests("GetOpportunity")).hasSize(2);
        ObjectNode retried = body(updates.get(1));
        assertThat(retried.get("LastModifiedDate").asText()).isEqualTo("2026-11-23T12:30:00Z");
        assertThat(retried.get("PartnerOpportunityIdentifier").asText()).isEqualTo("changed-elsewhere");
    }

    @Test
    void update_whenConflictsPersist_throwsConflictAfterBoundedAttempts() throws Exception {
        stub("GetOpportunity", json(WireJson.mapper().writeValueAsString(pendingSubmission(Fixtures.maximalOpportunity()))));
        stub("UpdateOpportunity", error(409, "ConflictException", "stale"));

        assertThatThrownBy(() -> selling.opportunities().update("O1234567890", current -> current))
                .isInstanceOf(ConflictException.class);
        assertThat(requests("UpdateOpportunity")).hasSize(3);
    }

    @Test
    void update_whenSubmitted_refusesLocallyWithoutSending() throws Exception {
        Opportunity submitted = withReviewStatus(Fixtures.maximalOpportunity(), ReviewStatus.SUBMITTED);
        stub("GetOpportunity", json(WireJson.mapper().writeValueAsString(submitted)));

        assertThatThrownBy(() -> selling.opportunities().update("O1234567890", current -> current))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::fieldPath, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "LifeCycle.ReviewStatus", ValidationErrorCode.INVALID_RESOURCE_STATE)));
        assertThat(requests("UpdateOpportunity")).isEmpty();
    }

    @Test
    void update_whenActionRequired_allowsListedFieldsAndRefusesOthers() throws Exception {
        Opportunity actionRequired = withReviewStatus(Fixtures.maximalOpportunity(), ReviewStatus.ACTION_REQUIRED);
        stub("GetOpportunity", json(WireJson.mapper().writeValueAsString(actionRequired)));
        stub("UpdateOpportunity", json("{\"Id\":\"O1234567890\",\"LastModifiedDate\":\"2026-11-23T13:00:00Z\"}"));

        assertThatThrownBy(() -> selling.opportunities().update("O1234567890", current -> current.toBuilder()
                .project(current.project().orElseThrow().toBuilder().title("A new title").build())
                .build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::fieldPath, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "Project.Title", ValidationErrorCode.ACTION_NOT_PERMITTED)));
        assertThat(requests("UpdateOpportunity")).isEmpty();

        selling.opportunities().update("O1234567890", current -> current.toBuilder()
                .project(current.project().orElseThrow().toBuilder()
                        .customerBusinessProblem("The customer's nightly batch misses its window every Monday.").build())
                .build());
        assertThat(requests("UpdateOpportunity")).hasSize(1);
    }

    @Test
    void listing_iteratesItemsAcrossPages_andPagesGivesThePagesWithTheirTokens() {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "ListOpportunities"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("NextToken"))
                .willReturn(json("{\"OpportunitySummaries\":[{\"Id\":\"O1\"}],\"NextToken\":\"page-2\"}")));
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "ListOpportunities"))
                .withRequestBody(matching(".*\"NextToken\":\"page-2\".*"))
                .willReturn(json("{\"OpportunitySummaries\":[{\"Id\":\"O2\"},{\"Id\":\"O3\"}]}")));

        List<String> ids = new java.util.ArrayList<>();
        for (OpportunitySummary summary : selling.opportunities().list()) {
            ids.add(summary.id().orElseThrow());
        }
        List<Page<OpportunitySummary>> pages = new java.util.ArrayList<>();
        selling.opportunities().list().pages().forEach(pages::add);

        assertThat(ids).containsExactly("O1", "O2", "O3");
        assertThat(pages).extracting(Page::nextToken).containsExactly("page-2", null);
        assertThat(pages).extracting(page -> page.items().size()).containsExactly(1, 2);
        assertThat(requests("ListOpportunities")).hasSize(4);
        assertThat(body(requests("ListOpportunities").get(1)).get("NextToken").asText()).isEqualTo("page-2");
    }

    @Test
    void list_whenFiltered_sendsEveryFilterAndPagesLazily() {
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "ListOpportunities"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("NextToken"))
                .willReturn(json("{\"OpportunitySummaries\":[{\"Id\":\"O1\",\"Project\":{\"ExpectedContractDuration\":"
                        + "{\"Term\":\"Months\",\"Value\":\"12\"}}}],\"NextToken\":\"page-2\"}")));
        wireMock.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "ListOpportunities"))
                .withRequestBody(matching(".*\"NextToken\":\"page-2\".*"))
                .willReturn(json("{\"OpportunitySummaries\":[{\"Id\":\"O2\"},{\"Id\":\"O3\"}]}")));

        PageIterable<OpportunitySummary> pages = selling.opportunities().list(r -> r
                .maxResults(1)
                .addLifeCycleStage(Stage.QUALIFIED)
                .addLifeCycleReviewStatus(ReviewStatus.APPROVED)
                .addIdentifier("O1")
                .addCustomerCompanyName("Example Corp")
                .createdBetween(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-06-30T00:00:00Z"))
                .targetCloseBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 31))
                .sort(io.partnercentral.selling.model.OpportunitySort.of(
                        io.partnercentral.selling.model.OpportunitySortField.TARGET_CLOSE_DATE,
                        io.partnercentral.selling.model.SortOrder.ASCENDING)));

        assertThat(wireMock.getAllServeEvents()).isEmpty();
        Iterator<OpportunitySummary> items = pages.items().iterator();
        OpportunitySummary first = items.next();
        assertThat(requests("ListOpportunities")).hasSize(1);
        assertThat(first.project().flatMap(Project::expectedContractDuration))
                .contains(ExpectedContractDuration.months(12));
        assertThat(items.next().id()).contains("O2");
        assertThat(items.next().id()).contains("O3");
        assertThat(items.hasNext()).isFalse();

        List<LoggedRequest> sent = requests("ListOpportunities");
        assertThat(sent).hasSize(2);
        assertThat(body(sent.get(0))).isEqualTo(tree("{\"Catalog\":\"Sandbox\",\"MaxResults\":1,"
                + "\"Sort\":{\"SortBy\":\"TargetCloseDate\",\"SortOrder\":\"ASCENDING\"},"
                + "\"Identifier\":[\"O1\"],\"LifeCycleStage\":[\"Qualified\"],\"LifeCycleReviewStatus\":[\"Approved\"],"
                + "\"CustomerCompanyName\":[\"Example Corp\"],"
                + "\"CreatedDate\":{\"AfterCreatedDate\":\"2026-01-01T00:00:00Z\",\"BeforeCreatedDate\":\"2026-06-30T00:00:00Z\"},"
                + "\"TargetCloseDate\":{\"AfterTargetCloseDate\":\"2026-12-01\",\"BeforeTargetCloseDate\":\"2027-03-31\"}}"));
        assertThat(body(sent.get(1)).get("NextToken").asText()).isEqualTo("page-2");
    }

    @Test
    void list_whenLimitsExceeded_throwsBeforeSending() {
        assertThatThrownBy(() -> selling.opportunities().list(r -> r.maxResults(101).addIdentifier("bad")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::fieldPath).containsExactly("MaxResults", "Identifier[0]"));
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void changedSince_whenIterated_asksForChangesAfterWatermarkAscendingAndAdvancesFromServiceValues() {
        stub("ListOpportunities", json("{\"OpportunitySummaries\":["
                + "{\"Id\":\"O1\",\"LastModifiedDate\":\"2026-11-20T10:00:00Z\"},"
                + "{\"Id\":\"O2\",\"LastModifiedDate\":\"2026-11-21T09:30:00.250Z\"}]}"));
        Instant start = Instant.parse("2026-11-19T00:00:00Z");

        OpportunityChanges changes = selling.opportunities().changedSince(start);
        assertThat(changes.watermark()).isEqualTo(start);
        assertThat(changes).extracting(s -> s.id().orElseThrow()).containsExactly("O1", "O2");

        assertThat(changes.watermark()).isEqualTo(Instant.parse("2026-11-21T09:30:00.250Z"));
        ObjectNode sent = body(requests("ListOpportunities").get(0));
        assertThat(sent.get("LastModifiedDate")).isEqualTo(tree("{\"AfterLastModifiedDate\":\"2026-11-19T00:00:00Z\"}"));
        assertThat(sent.get("Sort")).isEqualTo(tree("{\"SortBy\":\"LastModifiedDate\",\"SortOrder\":\"ASCENDING\"}"));
    }

    @Test
    void associateDisassociateSubmit_sendTheReferenceMembers() {
        stub("AssociateOpportunity", json("{}"));
        stub("DisassociateOpportunity", json("{}"));
        stub("SubmitOpportunity", json("{}"));

        selling.opportunities().associate("O12", RelatedEntityType.SOLUTIONS, "S-0000001");
        selling.opportunities().disassociate("O12", RelatedEntityType.AWS_PRODUCTS, "AmazonRedshift");
        selling.opportunities().inCatalog(Catalog.AWS).submit("O12", InvolvementType.CO_SELL, Visibility.FULL);

        assertThat(body(requests("AssociateOpportunity").get(0))).isEqualTo(tree("{\"Catalog\":\"Sandbox\","
                + "\"OpportunityIdentifier\":\"O12\",\"RelatedEntityType\":\"Solutions\",\"RelatedEntityIdentifier\":\"S-0000001\"}"));
        assertThat(body(requests("DisassociateOpportunity").get(0))).isEqualTo(tree("{\"Catalog\":\"Sandbox\","
                + "\"OpportunityIdentifier\":\"O12\",\"RelatedEntityType\":\"AwsProducts\",\"RelatedEntityIdentifier\":\"AmazonRedshift\"}"));
        assertThat(body(requests("SubmitOpportunity").get(0))).isEqualTo(tree("{\"Catalog\":\"AWS\","
                + "\"Identifier\":\"O12\",\"InvolvementType\":\"Co-Sell\",\"Visibility\":\"Full\"}"));
    }

    @Test
    void errors_whenServiceAnswersValidationException_mapsErrorListToViolations() {
        stub("CreateOpportunity", com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400)
                .withHeader("Content-Type", JSON_1_0).withHeader("x-amzn-RequestId", "req-123")
                .withBody("{\"__type\":\"ValidationException\",\"Message\":\"Invalid input\","
                        + "\"Reason\":\"BUSINESS_VALIDATION_FAILED\",\"ErrorList\":["
                        + "{\"FieldName\":\"Customer.Account.Duns\",\"Message\":\"not found\",\"Code\":\"INVALID_VALUE\"},"
                        + "{\"Message\":\"too many open opportunities\",\"Code\":\"SOMETHING_NEW\"}]}"));

        assertThatThrownBy(() -> selling.opportunities().create(Fixtures.validOpportunity()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.isLocal()).isFalse();
                    assertThat(e.requestId()).contains("req-123");
                    assertThat(e.reason()).contains("BUSINESS_VALIDATION_FAILED");
                    assertThat(e.violations()).containsExactly(
                            new Violation("Customer.Account.Duns", ValidationErrorCode.INVALID_VALUE, "not found"),
                            new Violation(null, ValidationErrorCode.of("SOMETHING_NEW"), "too many open opportunities"));
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getCause()).isInstanceOf(software.amazon.awssdk.awscore.exception.AwsServiceException.class);
                });
    }

    @Test
    void errors_areClassifiedByErrorCodeNotHttpStatus() {
        stub("GetOpportunity", error(400, "AccessDeniedException", "no"));
        assertThatThrownBy(() -> selling.opportunities().get("O1")).isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).statusCode()).isEqualTo(400));

        wireMock.resetAll();
        stub("GetOpportunity", error(404, "ResourceNotFoundException", "missing"));
        assertThatThrownBy(() -> selling.opportunities().get("O1")).isInstanceOf(ResourceNotFoundException.class)
                .satisfies(e -> assertThat(((ResourceNotFoundException) e).errorCode()).contains("ResourceNotFoundException"));
    }

    @Test
    void wrappedClient_builtByTheUser_stillCarriesNewerMembersAndIsNotClosed() {
        stub("CreateOpportunity", json("{\"Id\":\"O9\",\"LastModifiedDate\":\"2026-11-23T12:00:01Z\"}"));
        stub("GetOpportunity", json("{\"Id\":\"O9\"}"));
        try (PartnerCentralSellingClient raw = WireMockSupport.rawClient(wireMock)) {
            PartnerCentralSelling wrapping = PartnerCentralSelling.builder()
                    .client(raw).catalog(Catalog.SANDBOX).clock(CLOCK).build();
            Opportunity opportunity = Fixtures.validOpportunity().toBuilder()
                    .project(Fixtures.validOpportunity().project().orElseThrow().toBuilder()
                            .expectedContractDuration(ExpectedContractDuration.months(12)).build())
                    .build();

            wrapping.opportunities().create(opportunity);
            wrapping.close();

            assertThat(body(requests("CreateOpportunity").get(0)).get("Project").get("ExpectedContractDuration"))
                    .isEqualTo(tree("{\"Term\":\"Months\",\"Value\":\"12\"}"));
            // A client the user built has no suffix of ours: each request names the SDK.
            assertThat(requests("CreateOpportunity").get(0).getHeader("User-Agent")
                    .split("partnercentral-selling-java", -1)).hasSize(2);
            // Still usable: the facade did not close the client it was given.
            raw.getOpportunity(r -> r.catalog("Sandbox").identifier("O9"));
        }
    }

    @Test
    void create_onAWrappedClientWithTheUsersOwnInterceptor_thatInterceptorSeesTheBodySentOnce() {
        // The generated builder loads the SDK's interceptor from the classpath, ahead of the user's
        // own: those see (and sign, log, ...) the body the facade sends, not the generated client's.
        // That a newer generated client's marshalled members are replaced whole: WireTransportTest.
        stub("CreateOpportunity", json("{\"Id\":\"O5\",\"LastModifiedDate\":\"2026-11-23T12:00:01Z\"}"));
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        software.amazon.awssdk.core.interceptor.ExecutionInterceptor users =
                new software.amazon.awssdk.core.interceptor.ExecutionInterceptor() {
                    @Override
                    public java.util.Optional<software.amazon.awssdk.core.sync.RequestBody> modifyHttpContent(
                            software.amazon.awssdk.core.interceptor.Context.ModifyHttpRequest context,
                            software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
                        context.requestBody().ifPresent(body -> {
                            try (java.io.InputStream in = body.contentStreamProvider().newStream()) {
                                seen.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        });
                        return context.requestBody();
                    }
                };
        try (PartnerCentralSellingClient usersClient = PartnerCentralSellingClient.builder()
                .endpointOverride(java.net.URI.create(wireMock.baseUrl()))
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClientBuilder(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.addExecutionInterceptor(users))
                .build()) {
            PartnerCentralSelling wrapping = PartnerCentralSelling.builder()
                    .client(usersClient).catalog(Catalog.SANDBOX).clock(CLOCK).build();
            Opportunity opportunity = Fixtures.validOpportunity().toBuilder()
                    .project(Fixtures.validOpportunity().project().orElseThrow().toBuilder()
                            .expectedContractDuration(ExpectedContractDuration.months(24)).build())
                    .build();

            wrapping.opportunities().create(opportunity);

            String wire = requests("CreateOpportunity").get(0).getBodyAsString();
            assertThat(seen).containsExactly(wire);
            assertThat(wire.split("\"ExpectedContractDuration\"", -1)).hasSize(2);
            assertThat(tree(wire).get("Project").get("ExpectedContractDuration"))
                    .isEqualTo(tree("{\"Term\":\"Months\",\"Value\":\"24\"}"));
        }
    }

    private static Opportunity pendingSubmission(Opportunity opportunity) {
        return withReviewStatus(opportunity, ReviewStatus.PENDING_SUBMISSION);
    }

    private static Opportunity withReviewStatus(Opportunity opportunity, ReviewStatus status) {
        return opportunity.toBuilder()
                .lifeCycle(opportunity.lifeCycle().orElseThrow().toBuilder().reviewStatus(status).build())
                .build();
    }
}

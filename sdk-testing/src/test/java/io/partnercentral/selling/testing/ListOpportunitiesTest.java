package io.partnercentral.selling.testing;

import static io.partnercentral.selling.testing.Fixtures.CATALOG;
import static io.partnercentral.selling.testing.Fixtures.START;
import static io.partnercentral.selling.testing.Fixtures.call;
import static io.partnercentral.selling.testing.Fixtures.json;
import static io.partnercentral.selling.testing.Fixtures.updateFrom;
import static io.partnercentral.selling.testing.Fixtures.validCreate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.partnercentralselling.PartnerCentralSellingClient;
import software.amazon.awssdk.services.partnercentralselling.model.ListOpportunitiesRequest;
import software.amazon.awssdk.services.partnercentralselling.model.ListOpportunitiesResponse;
import software.amazon.awssdk.services.partnercentralselling.model.OpportunitySummary;
import software.amazon.awssdk.services.partnercentralselling.model.ValidationException;
import software.amazon.awssdk.services.partnercentralselling.model.ValidationExceptionError;

/**
 * Three opportunities whose every sort field orders them differently (ascending):
 * Identifier and CreatedDate A B C, LastModifiedDate A C B, CustomerCompanyName B A C,
 * TargetCloseDate C A B.
 */
class ListOpportunitiesTest {
    private static final Fixtures.SettableClock CLOCK = new Fixtures.SettableClock(START);

    @RegisterExtension
    static final PartnerCentralEmulatorExtension PARTNER_CENTRAL = PartnerCentralEmulatorExtension.builder()
            .options(PartnerCentralEmulator.Options.builder().clock(CLOCK).build())
            .build();

    private final PartnerCentralEmulator emulator;
    private final PartnerCentralSellingClient client;
    private Map<String, String> ids;

    ListOpportunitiesTest(PartnerCentralEmulator emulator, PartnerCentralSellingClient client) {
        this.emulator = emulator;
        this.client = client;
    }

    @BeforeEach
    void createThreeOpportunities() {
        CLOCK.set(START);
        String a = create("A", "Beta Corp", "Prospect", "2027-04-01");
        CLOCK.advance(Duration.ofHours(1));
        String b = create("B", "alpha corp", "Qualified", "2027-05-01");
        CLOCK.advance(Duration.ofHours(1));
        String c = create("C", "Gamma Corp", "Prospect", "2027-03-01");
        CLOCK.advance(Duration.ofHours(1));
        client.updateOpportunity(updateFrom(client.getOpportunity(r -> r.catalog(CATALOG).identifier(b))).build());
        ids = Map.of("A", a, "B", b, "C", c);
    }

    private String create(String name, String company, String stage, String closeDate) {
        return client.createOpportunity(validCreate(name, company)
                .lifeCycle(l -> l.stage(stage).targetCloseDate(closeDate)).build()).id();
    }

    @Test
    void listOpportunities_withoutSort_returnsMostRecentlyModifiedFirstWithSummaryMembers() {
        ListOpportunitiesResponse response = client.listOpportunities(r -> r.catalog(CATALOG));

        assertThat(names(response)).containsExactly("B", "C", "A");
        OpportunitySummary summary = response.opportunitySummaries().get(0);
        assertThat(summary.catalog()).isEqualTo(CATALOG);
        assertThat(summary.arn()).endsWith("/opportunity/" + ids.get("B"));
        assertThat(summary.createdDate()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(summary.lastModifiedDate()).isEqualTo(START.plus(Duration.ofHours(3)));
        assertThat(summary.lifeCycle().reviewStatusAsString()).isEqualTo("Pending Submission");
        assertThat(summary.customer().account().companyName()).isEqualTo("alpha corp");
        assertThat(summary.customer().account().address().city()).isEqualTo("Seattle");
        assertThat(summary.project().expectedCustomerSpend()).hasSize(1);
        assertThat(response.nextToken()).isNull();
    }

    @Test
    void listOpportunities_inOtherCatalog_returnsNothing() {
        assertThat(client.listOpportunities(r -> r.catalog("AWS")).opportunitySummaries()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "Identifier, ASCENDING, A B C",
        "Identifier, DESCENDING, C B A",
        "CreatedDate, ASCENDING, A B C",
        "CreatedDate, DESCENDING, C B A",
        "LastModifiedDate, ASCENDING, A C B",
        "LastModifiedDate, DESCENDING, B C A",
        "CustomerCompanyName, ASCENDING, B A C",
        "CustomerCompanyName, DESCENDING, C A B",
        "TargetCloseDate, ASCENDING, C A B",
        "TargetCloseDate, DESCENDING, B A C"
    })
    void listOpportunities_sortedByField_ordersAsRequested(String sortBy, String sortOrder, String expected) {
        ListOpportunitiesResponse response = client.listOpportunities(r -> r.catalog(CATALOG)
                .sort(s -> s.sortBy(sortBy).sortOrder(sortOrder)));

        assertThat(names(response)).containsExactly(expected.split(" "));
    }

    @Test
    void listOpportunities_byLastModifiedDate_includesAfterAndExcludesBefore() {
        assertThat(names(list(r -> r.lastModifiedDate(d -> d.afterLastModifiedDate(START.plus(Duration.ofHours(2)))))))
                .containsExactlyInAnyOrder("B", "C");
        assertThat(names(list(r -> r.lastModifiedDate(d -> d.beforeLastModifiedDate(START.plus(Duration.ofHours(2)))))))
                .containsExactly("A");
    }

    @Test
    void listOpportunities_byIdentifierStageAndCompany_matchesAny() {
        assertThat(names(list(r -> r.identifier(ids.get("A"), ids.get("C"), "O999")))).containsExactlyInAnyOrder("A", "C");
        assertThat(names(list(r -> r.lifeCycleStageWithStrings("Qualified")))).containsExactly("B");
        assertThat(names(list(r -> r.customerCompanyName("ALPHA CORP", "Gamma Corp")))).containsExactlyInAnyOrder("B", "C");
    }

    @Test
    void listOpportunities_byReviewStatus_matchesCurrentStatus() {
        emulator.nextReviewOutcome(ReviewOutcome.IN_REVIEW);
        client.submitOpportunity(r -> r.catalog(CATALOG).identifier(ids.get("C")).involvementType("Co-Sell"));

        assertThat(names(list(r -> r.lifeCycleReviewStatusWithStrings("In review")))).containsExactly("C");
        assertThat(names(list(r -> r.lifeCycleReviewStatusWithStrings("Pending Submission", "Approved"))))
                .containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void listOpportunities_byCreatedAndTargetCloseDate_filtersAsThe2026ApiSays() {
        // The 2.40.2 client has neither filter: raw awsJson, as the SDK's facade sends them.
        JsonNode created = call(emulator, "ListOpportunities", json("{\"Catalog\":\"Sandbox\",\"CreatedDate\":"
                + "{\"AfterCreatedDate\":\"2026-11-23T11:15:30.123Z\",\"BeforeCreatedDate\":\"2026-11-23T12:15:30.123Z\"}}")).body();
        JsonNode closing = call(emulator, "ListOpportunities", json("{\"Catalog\":\"Sandbox\",\"TargetCloseDate\":"
                + "{\"AfterTargetCloseDate\":\"2027-03-15\",\"BeforeTargetCloseDate\":\"2027-05-01\"}}")).body();

        assertThat(rawNames(created)).containsExactly("B");
        assertThat(rawNames(closing)).containsExactly("A");
    }

    @Test
    void listOpportunities_withMaxResults_pagesWithoutRepeatsEvenWhenItemsAreAdded() {
        ListOpportunitiesResponse first = list(r -> r.maxResults(2).sort(s -> s.sortBy("Identifier").sortOrder("ASCENDING")));
        String added = client.createOpportunity(validCreate("D").build()).id();
        ListOpportunitiesResponse second = list(r -> r.maxResults(2).nextToken(first.nextToken())
                .sort(s -> s.sortBy("Identifier").sortOrder("ASCENDING")));

        assertThat(names(first)).containsExactly("A", "B");
        assertThat(first.nextToken()).isNotBlank();
        assertThat(names(second)).containsExactly("C", "D");
        assertThat(second.opportunitySummaries().get(1).id()).isEqualTo(added);
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void listOpportunities_throughTheSdkPaginator_visitsEveryOpportunityOnce() {
        List<String> visited = new ArrayList<>();
        client.listOpportunitiesPaginator(r -> r.catalog(CATALOG).maxResults(1))
                .opportunitySummaries().forEach(s -> visited.add(s.partnerOpportunityIdentifier()));

        assertThat(visited).containsExactly("B", "C", "A");
    }

    @Test
    void listOpportunities_whenTokenReusedWithOtherFilters_throwsValidation() {
        String token = list(r -> r.maxResults(1)).nextToken();

        assertThatThrownBy(() -> list(r -> r.maxResults(1).nextToken(token).lifeCycleStageWithStrings("Prospect")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorList())
                        .extracting(ValidationExceptionError::fieldName, ValidationExceptionError::codeAsString)
                        .containsExactly(tuple("NextToken", "INVALID_VALUE")));
    }

    @Test
    void listOpportunities_whenLimitsExceeded_throwsValidation() {
        List<String> tooManyIds = Collections.nCopies(21, "O1");

        assertThatThrownBy(() -> list(r -> r.maxResults(101).identifier(tooManyIds).sort(s -> s.sortBy("Title").sortOrder("ASCENDING"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorList())
                        .extracting(ValidationExceptionError::fieldName, ValidationExceptionError::codeAsString)
                        .containsExactlyInAnyOrder(tuple("MaxResults", "VALUE_OUT_OF_RANGE"),
                                tuple("Identifier", "TOO_MANY_VALUES"), tuple("Sort.SortBy", "INVALID_ENUM_VALUE")));
        assertThatThrownBy(() -> list(r -> r.maxResults(0))).isInstanceOf(ValidationException.class);
    }

    private ListOpportunitiesResponse list(Consumer<ListOpportunitiesRequest.Builder> request) {
        return client.listOpportunities(r -> {
            r.catalog(CATALOG);
            request.accept(r);
        });
    }

    private static List<String> names(ListOpportunitiesResponse response) {
        return response.opportunitySummaries().stream().map(OpportunitySummary::partnerOpportunityIdentifier).toList();
    }

    private static List<String> rawNames(JsonNode response) {
        List<String> names = new ArrayList<>();
        response.path("OpportunitySummaries").forEach(s -> names.add(s.path("PartnerOpportunityIdentifier").asText()));
        return names;
    }
}

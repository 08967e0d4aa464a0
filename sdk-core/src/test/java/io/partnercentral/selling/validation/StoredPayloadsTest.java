package io.partnercentral.selling.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.Fixtures;
import io.partnercentral.selling.model.Industry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredPayloadsTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-12-31T10:00:00Z", "2026-12-31T10:00:00", "", "31/12/2026", "2026-02-30"})
    void read_whenStoredDateIsNotStrictYyyyMmDd_reportsItsFieldPath(String date) {
        String json = "{\"Project\":{\"Title\":\"t\"},\"LifeCycle\":{\"Stage\":\"Prospect\",\"TargetCloseDate\":\"" + date + "\"}}";

        assertThatThrownBy(() -> StoredPayloads.read(json, Opportunity.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::fieldPath, Violation::code)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("LifeCycle.TargetCloseDate",
                                    ValidationErrorCode.INVALID_STRING_FORMAT));
                    assertThat(e.isLocal()).isTrue();
                    if (!date.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(date);
                    }
                });
    }

    @Test
    void read_whenStoredDateIsStrict_readsIt() {
        Opportunity read = StoredPayloads.read("{\"LifeCycle\":{\"TargetCloseDate\":\"2026-12-31\"}}", Opportunity.class);

        assertThat(read.lifeCycle().flatMap(LifeCycle::targetCloseDate)).contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void read_whenAListElementIsUnreadable_reportsTheIndexedPath() {
        String json = "{\"Project\":{\"ExpectedCustomerSpend\":[{\"Amount\":\"1\"},{\"Amount\":{\"nested\":true}}]}}";

        assertThatThrownBy(() -> StoredPayloads.read(json, Opportunity.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::fieldPath).containsExactly("Project.ExpectedCustomerSpend[1].Amount"));
    }

    private static String storedWithIndustry(String industry) throws Exception {
        String json = StoredPayloads.configure(JsonMapper.builder()).build().writeValueAsString(Fixtures.validOpportunity());
        assertThat(json).contains("\"Industry\":\"Retail\"");
        return json.replace("\"Industry\":\"Retail\"", "\"Industry\":\"" + industry + "\"");
    }

    private static List<Violation> violationsForCreate(Opportunity opportunity) {
        return OpportunityValidator.create(Clock.systemUTC()).validateForCreate(opportunity, Catalog.AWS);
    }

    @Test
    void read_whenAStoredPicklistValueIsUnknown_validationReportsItLikeOf() throws Exception {
        Opportunity stored = StoredPayloads.read(storedWithIndustry("Space Mining"), Opportunity.class);

        Industry industry = stored.customer().flatMap(c -> c.account()).flatMap(a -> a.industry()).orElseThrow();
        assertThat(industry.isUnrecognized()).isTrue();
        assertThat(violationsForCreate(stored)).extracting(Violation::fieldPath, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Customer.Account.Industry",
                        ValidationErrorCode.INVALID_ENUM_VALUE));
        Opportunity base = Fixtures.validOpportunity();
        Opportunity viaOf = base.toBuilder().customer(base.customer().orElseThrow().toBuilder()
                .account(base.customer().orElseThrow().account().orElseThrow().toBuilder()
                        .industry(Industry.of("Space Mining")).build()).build()).build();
        assertThat(violationsForCreate(viaOf))
                .extracting(Violation::fieldPath).containsExactly("Customer.Account.Industry");
    }

    @Test
    void read_whenTheCallerSaysTheServiceWroteIt_keepsAnUnknownValueAsTheServices() throws Exception {
        Opportunity stored = StoredPayloads.read(storedWithIndustry("Space Mining"), Opportunity.class,
                StoredPayloads.Origin.SERVICE);

        Industry industry = stored.customer().flatMap(c -> c.account()).flatMap(a -> a.industry()).orElseThrow();
        assertThat(industry.value()).isEqualTo("Space Mining");
        assertThat(industry.isUnrecognized()).isFalse();
        assertThat(violationsForCreate(stored)).isEmpty();
    }

    @Test
    void read_whenAStrictReadIsDone_leavesLaterServiceReadsOnThisThreadLenient() throws Exception {
        String json = storedWithIndustry("Space Mining");
        StoredPayloads.read(json, Opportunity.class);

        Opportunity later = StoredPayloads.read(json, Opportunity.class, StoredPayloads.Origin.SERVICE);

        assertThat(later.customer().flatMap(c -> c.account()).flatMap(a -> a.industry()).orElseThrow().isUnrecognized())
                .isFalse();
        assertThat(StoredPayloads.read(storedWithIndustry("Retail"), Opportunity.class)
                .customer().flatMap(c -> c.account()).flatMap(a -> a.industry())).contains(Industry.RETAIL);
    }
}

package io.partnercentral.selling.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.model.LifeCycle;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import java.time.LocalDate;
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
}

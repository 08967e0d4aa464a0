package io.partnercentral.selling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.model.CreateOpportunityRequest;
import io.partnercentral.selling.model.CreatedOpportunity;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.model.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.function.Consumer;
import org.mockito.ArgumentMatchers;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * How users stub the SDK in their own unit tests: the facade is interfaces all the way down, so
 * Mockito stubs it without any HTTP.
 */
@ExtendWith(MockitoExtension.class)
class StubbingTheFacadeTest {
    @Mock
    PartnerCentralSelling selling;

    @Mock
    OpportunityClient opportunities;

    /** A piece of user code under test: pushes a CRM deal, keyed by its CRM id for idempotency. */
    static final class CrmPusher {
        private final PartnerCentralSelling selling;

        CrmPusher(PartnerCentralSelling selling) {
            this.selling = selling;
        }

        String push(String crmId, Opportunity opportunity) {
            try {
                return selling.opportunities().create(r -> r.opportunity(opportunity).idempotencyKey(crmId)).id();
            } catch (ValidationException invalid) {
                return "rejected: " + invalid.violations().size();
            }
        }
    }

    @Test
    void userCode_whenCreateSucceeds_returnsTheNewId() {
        Opportunity deal = Opportunity.builder().partnerOpportunityIdentifier("crm-7").build();
        when(selling.opportunities()).thenReturn(opportunities);
        when(opportunities.create(ArgumentMatchers.<Consumer<CreateOpportunityRequest.Builder>>any())).thenCallRealMethod();
        when(opportunities.create(any(CreateOpportunityRequest.class)))
                .thenReturn(CreatedOpportunity.of("O42", Instant.parse("2026-11-23T12:00:00Z"), "crm-7").withClientToken("token"));

        assertThat(new CrmPusher(selling).push("crm-7", deal)).isEqualTo("O42");

        verify(opportunities).create(argThat((CreateOpportunityRequest r) ->
                r.idempotencyKey().equals(java.util.Optional.of("crm-7")) && r.opportunity().equals(deal)));
    }

    @Test
    void userCode_whenCreateIsInvalid_reportsTheViolations() {
        when(selling.opportunities()).thenReturn(opportunities);
        when(opportunities.create(ArgumentMatchers.<Consumer<CreateOpportunityRequest.Builder>>any())).thenCallRealMethod();
        when(opportunities.create(any(CreateOpportunityRequest.class))).thenThrow(ValidationException.local(
                "CreateOpportunity", List.of(new Violation("Customer.Account.CompanyName",
                        ValidationErrorCode.REQUIRED_FIELD_MISSING, "is required"))));

        assertThat(new CrmPusher(selling).push("crm-8", Opportunity.builder().build())).isEqualTo("rejected: 1");
        verify(opportunities, never()).get(eq("O42"));
    }

    @Test
    void localValidationException_saysWhatAndWhereWithoutValues() {
        ValidationException e = ValidationException.local("CreateOpportunity", List.of(
                new Violation("Customer.Contacts[0].Email", ValidationErrorCode.INVALID_STRING_FORMAT,
                        "must be a lowercase email address")));
        assertThat(e.getMessage()).isEqualTo("CreateOpportunity not sent: 1 violation\n"
                + "  Customer.Contacts[0].Email: must be a lowercase email address [INVALID_STRING_FORMAT]");
        assertThatThrownBy(() -> { throw e; }).isInstanceOf(RuntimeException.class);
    }
}

package io.partnercentral.selling.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercentral.selling.PartnerCentralSelling;
import io.partnercentral.selling.ReferralInbox;
import io.partnercentral.selling.TaskKind;
import io.partnercentral.selling.TaskOutcome;
import io.partnercentral.selling.exception.ConflictException;
import io.partnercentral.selling.exception.TaskFailedException;
import io.partnercentral.selling.internal.WireJson;
import io.partnercentral.selling.model.AwsSubmission;
import io.partnercentral.selling.model.Catalog;
import io.partnercentral.selling.model.CreateEngagementInvitationRequest;
import io.partnercentral.selling.model.Engagement;
import io.partnercentral.selling.model.EngagementContextType;
import io.partnercentral.selling.model.EngagementInvitationPayloadType;
import io.partnercentral.selling.model.EngagementInvitationSummary;
import io.partnercentral.selling.model.EngagementMember;
import io.partnercentral.selling.model.InvolvementType;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.Origin;
import io.partnercentral.selling.model.ParticipantType;
import io.partnercentral.selling.model.ReasonCode;
import io.partnercentral.selling.model.ReviewStatus;
import io.partnercentral.selling.model.UpdateEngagementContextPayload;
import io.partnercentral.selling.model.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The referral flow, the lead flow and a multi-partner engagement, end to end through the facade. */
class CoSellFlowsTest {
    @RegisterExtension
    static PartnerCentralEmulatorExtension partnerCentral = PartnerCentralEmulatorExtension.builder().build();

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void referral_isListedWithItsExpiry_acceptedIntoAnOpportunity_andAnotherRejected(
            PartnerCentralEmulator emulator, PartnerCentralSelling selling) {
        String accepted = emulator.sendReferral(Catalog.SANDBOX, "Order system to managed databases");
        String rejected = emulator.sendReferral(Catalog.SANDBOX, "Print shop migration");
        String expired = emulator.sendReferral(Catalog.SANDBOX, "Expired referral");
        emulator.expireInvitation(expired);
        ReferralInbox inbox = selling.inbox();

        Iterable<EngagementInvitationSummary> pending = inbox.pending();
        assertThat(pending).extracting(i -> i.id().orElseThrow()).containsExactlyInAnyOrder(accepted, rejected);
        assertThat(pending).allSatisfy(i -> {
            assertThat(i.payloadType()).contains(EngagementInvitationPayloadType.OPPORTUNITY_INVITATION);
            assertThat(i.expirationDate()).hasValueSatisfying(d -> assertThat(d).isAfter(Instant.now()));
        });

        Opportunity opportunity = inbox.accept(accepted, WAIT);
        inbox.reject(rejected, "Outside our territory");

        // GetOpportunity has no Origin; AWS's summary of the opportunity does.
        assertThat(selling.opportunities().getAwsSummary(opportunity.id().orElseThrow()).origin())
                .contains(Origin.AWS_REFERRAL);
        assertThat(opportunity.project().flatMap(p -> p.title())).contains("Order system to managed databases");
        assertThat(emulator.invitationStatus(accepted)).isEqualTo("ACCEPTED");
        assertThat(emulator.invitationStatus(rejected)).isEqualTo("REJECTED");
        assertThat(inbox.pending()).isEmpty();
        // Accepting an expired referral fails as a task, with the service's reason code.
        assertThatThrownBy(() -> inbox.accept(expired, WAIT))
                .isInstanceOfSatisfying(TaskFailedException.class,
                        e -> assertThat(e.reasonCode()).contains(ReasonCode.INVITATION_VALIDATION_FAILED));
        // The engagement AWS made now counts the partner among its members and holds the opportunity.
        String engagementId = selling.invitations().get(accepted).engagementId().orElseThrow();
        assertThat(selling.engagements().listMembers(r -> r.identifier(engagementId)).stream().count()).isEqualTo(2);
        assertThat(selling.engagements().listResourceAssociations(r -> r.engagementIdentifier(engagementId)).stream()
                .map(a -> a.resourceId().orElseThrow())).containsExactly(opportunity.id().orElseThrow());
    }

    @Test
    void lead_isAccepted_qualifiedWithOptimisticConcurrency_andConverted(
            PartnerCentralEmulator emulator, PartnerCentralSelling selling) {
        String invitation = emulator.sendLead(Catalog.SANDBOX, "Shop on ageing servers");
        ReferralInbox inbox = selling.inbox();
        assertThat(inbox.pending()).singleElement()
                .satisfies(i -> assertThat(i.payloadType()).contains(EngagementInvitationPayloadType.LEAD_INVITATION));

        Engagement engagement = inbox.acceptLead(invitation);
        String engagementId = engagement.id().orElseThrow();
        assertThat(engagement.contexts()).extracting(c -> c.type().orElseThrow()).containsExactly(EngagementContextType.LEAD);
        // The service's ModifiedAt has nanoseconds; the SDK must send it back unrounded.
        assertThat(engagement.modifiedAt().orElseThrow().getNano() % 1_000_000).isNotZero();

        inbox.qualifyLead(engagementId, lead -> lead.toBuilder().qualificationStatus("Qualified").build());

        Engagement qualified = selling.engagements().get(engagementId);
        assertThat(qualified.contexts().get(0).payload().flatMap(p -> p.lead()).flatMap(l -> l.qualificationStatus()))
                .contains("Qualified");
        // A stale EngagementLastModifiedAt (the one read before qualifying) is a conflict, not an overwrite.
        assertThatThrownBy(() -> selling.engagements().updateContext(r -> r.engagementIdentifier(engagementId)
                .contextIdentifier("1").engagementLastModifiedAt(engagement.modifiedAt().orElseThrow())
                .type(EngagementContextType.LEAD)
                .payload(UpdateEngagementContextPayload.of(io.partnercentral.selling.model.UpdateLeadContext.builder()
                        .customer(qualified.contexts().get(0).payload().flatMap(p -> p.lead()).flatMap(l -> l.customer())
                                .orElseThrow())
                        .qualificationStatus("Disqualified").build()))))
                .isInstanceOf(ConflictException.class);

        Opportunity opportunity = inbox.convertLead(engagementId, WAIT);

        assertThat(opportunity.lifeCycle().flatMap(l -> l.reviewStatus())).contains(ReviewStatus.PENDING_SUBMISSION);
        assertThat(opportunity.customer().flatMap(c -> c.account()).flatMap(a -> a.websiteUrl()))
                .contains("https://lead.example.com");
        assertThat(emulator.invitationStatus(invitation)).isEqualTo("ACCEPTED");
    }

    @Test
    void multiPartnerEngagement_fromAnOpportunity_withMembersAssociationsAndSnapshots(
            PartnerCentralEmulator emulator, PartnerCentralSelling selling) throws Exception {
        String opportunityId = selling.opportunities().create(FacadeAgainstEmulatorTest.deal("CRM-77")).id();
        String solution = selling.solutions().list().stream().findFirst().orElseThrow().id().orElseThrow();
        selling.opportunities().associate(opportunityId, io.partnercentral.selling.model.RelatedEntityType.SOLUTIONS, solution);
        selling.settings().putSnapshotJobRole("PartnerCentralSnapshots");

        String taskId = selling.tasks().startEngagementFromOpportunity(r -> r.identifier(opportunityId)
                        .awsSubmission(AwsSubmission.builder().involvementType(InvolvementType.CO_SELL)
                                .visibility(Visibility.FULL).build()))
                .taskId().orElseThrow();
        TaskOutcome outcome = selling.tasks().waitFor(TaskKind.ENGAGEMENT_FROM_OPPORTUNITY, taskId, WAIT);

        String engagementId = outcome.engagementId().orElseThrow();
        assertThat(outcome.opportunityId()).contains(opportunityId);
        assertThat(outcome.resourceSnapshotJobId()).isPresent();
        assertThat(outcome.engagementInvitationId()).isPresent();
        assertThat(selling.opportunities().get(opportunityId).lifeCycle().flatMap(l -> l.reviewStatus()))
                .isNotEqualTo(java.util.Optional.of(ReviewStatus.PENDING_SUBMISSION));
        assertThat(selling.snapshots().list(r -> r.engagementIdentifier(engagementId)).stream().count()).isEqualTo(1);

        // Invite a second partner; once it accepts, the engagement has two partner members.
        CreateEngagementInvitationRequest invite = WireJson.mapper().readValue("{\"EngagementIdentifier\":\"" + engagementId
                + "\",\"Invitation\":{\"Message\":\"Join the data platform pursuit\","
                + "\"Receiver\":{\"Account\":{\"AwsAccountId\":\"210987654321\"}},"
                + "\"Payload\":{\"OpportunityInvitation\":{\"ReceiverResponsibilities\":[\"Services Partner\"],"
                + "\"Customer\":{\"Industry\":\"Retail\",\"CompanyName\":\"Acme CRM-77\",\"WebsiteUrl\":\"https://acme.example.com\",\"CountryCode\":\"DE\"},"
                + "\"Project\":{\"BusinessProblem\":\"Nightly batch jobs miss their window every Monday.\",\"Title\":\"Data platform\","
                + "\"TargetCompletionDate\":\"2099-03-31\",\"ExpectedCustomerSpend\":[{\"Amount\":\"1200.00\",\"CurrencyCode\":\"USD\","
                + "\"Frequency\":\"Monthly\",\"TargetCompany\":\"AWS\"}]}}}}}", CreateEngagementInvitationRequest.class);
        String sent = selling.invitations().create(invite).id().orElseThrow();
        assertThat(selling.invitations().list(r -> r.participantType(ParticipantType.SENDER)).stream()
                .map(i -> i.id().orElseThrow())).contains(sent);
        emulator.acceptSentInvitation(sent, "Example Consulting");

        List<EngagementMember> members = selling.engagements().listMembers(r -> r.identifier(engagementId)).stream().toList();
        assertThat(members).extracting(m -> m.accountId().orElseThrow()).contains("210987654321");
        assertThat(selling.engagements().get(engagementId).memberCount()).contains(members.size());
        assertThat(selling.engagements().listResourceAssociations(r -> r.engagementIdentifier(engagementId)).stream()
                .map(a -> a.resourceId().orElseThrow())).containsExactly(opportunityId);
        assertThat(selling.settings().get().resourceSnapshotJobRoleArn()).hasValueSatisfying(
                arn -> assertThat(arn).endsWith(":role/PartnerCentralSnapshots"));
    }
}

package io.partnercentral.selling.testing.internal;

import static io.partnercentral.selling.testing.internal.EngagementOperations.putIfPresent;
import static io.partnercentral.selling.testing.internal.EngagementOperations.strings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.ValidationErrorCode;
import io.partnercentral.selling.testing.internal.CoSellState.EngagementRecord;
import io.partnercentral.selling.testing.internal.CoSellState.InvitationRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Internal API: List, Get, Accept, Reject and CreateEngagementInvitation, and the AWS-side actor
 * that sends referrals and leads. A pending invitation whose expiration date has passed on the
 * emulator's clock reads as EXPIRED and can no longer be answered.
 */
final class InvitationOperations {
    /** How long AWS's invitations stay open. */
    static final Duration INVITATION_LIFETIME = Duration.ofDays(15);
    static final String AWS_COMPANY = "Amazon Web Services";

    private final CoSellState cosell;
    private final EmulatorState state;
    private final EngagementOperations engagements;

    InvitationOperations(CoSellState cosell, EngagementOperations engagements) {
        this.cosell = cosell;
        this.state = cosell.state;
        this.engagements = engagements;
    }

    // The AWS-side actor

    /** AWS refers an opportunity to the partner: an engagement of AWS's and an OpportunityInvitation. */
    String sendReferral(String catalog, String title) {
        EngagementRecord engagement = engagements.newEngagement(catalog, title, "AWS referral", CoSellState.AWS_ACCOUNT);
        engagement.addMember(CoSellState.AWS_ACCOUNT, AWS_COMPANY, "https://aws.amazon.com");
        LocalDate completion = LocalDate.ofInstant(state.now(), ZoneOffset.UTC).plusDays(120);
        ObjectNode invitation = Json.object();
        ObjectNode payload = invitation.putObject("OpportunityInvitation");
        payload.putArray("SenderContacts").addObject().put("Email", "aws-sales@example.com").put("BusinessTitle", "AWSSalesRep");
        payload.putArray("ReceiverResponsibilities").add("Co-Sell Facilitator");
        ObjectNode customer = payload.putObject("Customer");
        customer.put("Industry", "Software and Internet");
        customer.put("CompanyName", "Example Referred Customer");
        customer.put("WebsiteUrl", "https://referred.example.com");
        customer.put("CountryCode", "US");
        ObjectNode project = payload.putObject("Project");
        project.put("BusinessProblem", "The customer wants to move its order system to managed databases.");
        project.put("Title", title);
        project.put("TargetCompletionDate", completion.toString());
        ObjectNode spend = project.putArray("ExpectedCustomerSpend").addObject();
        spend.put("Amount", "4200");
        spend.put("CurrencyCode", "USD");
        spend.put("Frequency", "Monthly");
        spend.put("TargetCompany", "AWS");
        return receive(catalog, engagement, "OpportunityInvitation", invitation, "AWS refers this opportunity to you.").id;
    }

    /** AWS sends the partner a lead: an engagement with a Lead context and a LeadInvitation. */
    String sendLead(String catalog, String title) {
        EngagementRecord engagement = engagements.newEngagement(catalog, title, "AWS lead", CoSellState.AWS_ACCOUNT);
        engagement.addMember(CoSellState.AWS_ACCOUNT, AWS_COMPANY, "https://aws.amazon.com");
        ObjectNode lead = Json.object();
        ObjectNode context = lead.putObject("Lead");
        ObjectNode customer = context.putObject("Customer");
        customer.put("Industry", "Retail");
        customer.put("CompanyName", "Example Lead Customer");
        customer.put("WebsiteUrl", "https://lead.example.com");
        customer.putObject("Address").put("City", "Seattle").put("CountryCode", "US");
        ObjectNode interaction = context.putArray("Interactions").addObject();
        interaction.put("SourceType", "Event");
        interaction.put("SourceId", "evt-2026-11");
        interaction.put("SourceName", "Example Summit");
        interaction.put("Usecase", "Migration");
        interaction.put("InteractionDate", Json.timestamp(state.now()));
        interaction.put("CustomerAction", "Asked for a migration assessment");
        interaction.put("BusinessProblem", "The customer runs its shop on ageing servers.");
        ObjectNode contact = interaction.putObject("Contact");
        contact.put("BusinessTitle", "CTO");
        contact.put("Email", "cto@lead.example.com");
        contact.put("FirstName", "Alex");
        contact.put("LastName", "Example");
        engagement.addContext("Lead", lead);

        ObjectNode invitation = Json.object();
        ObjectNode payload = invitation.putObject("LeadInvitation");
        ObjectNode invited = payload.putObject("Customer");
        invited.put("Industry", "Retail");
        invited.put("CompanyName", "Example Lead Customer");
        invited.put("WebsiteUrl", "https://lead.example.com");
        invited.put("CountryCode", "US");
        ObjectNode summary = payload.putObject("Interaction");
        summary.put("SourceType", "Event");
        summary.put("SourceName", "Example Summit");
        summary.put("Usecase", "Migration");
        summary.put("ContactBusinessTitle", "CTO");
        return receive(catalog, engagement, "LeadInvitation", invitation, "AWS shares this lead with you.").id;
    }

    private InvitationRecord receive(String catalog, EngagementRecord engagement, String payloadType, ObjectNode payload,
            String message) {
        String id = newInvitationId();
        Instant now = state.now();
        ObjectNode receiver = Json.object();
        receiver.putObject("Account").put("AwsAccountId", state.settings.accountId());
        InvitationRecord invitation = new InvitationRecord(id, invitationArn(id), catalog, engagement.id, payloadType,
                "RECEIVER", now, now.plus(INVITATION_LIFETIME), CoSellState.AWS_ACCOUNT, AWS_COMPANY, payload, receiver,
                message);
        cosell.invitations.put(id, invitation);
        state.events.invitation("Engagement Invitation Created", invitation);
        return invitation;
    }

    /** Lets an invitation run out now, as if its expiration date had passed. */
    void expire(String invitationId) {
        InvitationRecord invitation = cosell.invitations.get(invitationId);
        if (invitation == null) {
            throw new IllegalArgumentException("no invitation " + invitationId);
        }
        invitation.expirationDate = state.now().minusMillis(1);
        refresh(invitation);
    }

    private String newInvitationId() {
        String id;
        do {
            id = cosell.randomId("engi-", 13);
        } while (cosell.invitations.containsKey(id));
        return id;
    }

    private String invitationArn(String id) {
        return "arn:aws:partnercentral::" + state.settings.accountId() + ":catalog/engagement-invitation/" + id;
    }

    /** Lets every pending invitation whose expiration date has passed expire (and fire its event). */
    void expireDue() {
        cosell.invitations.values().forEach(this::refresh);
    }

    /** Marks a pending invitation past its expiration date EXPIRED. */
    void refresh(InvitationRecord invitation) {
        if ("PENDING".equals(invitation.status) && !state.now().isBefore(invitation.expirationDate)) {
            invitation.status = "EXPIRED";
            state.events.invitation("Engagement Invitation Expired", invitation);
        }
    }

    InvitationRecord invitation(String catalog, String identifier) {
        String id = identifier != null && identifier.startsWith("arn:")
                ? identifier.substring(identifier.lastIndexOf('/') + 1) : identifier;
        InvitationRecord invitation = cosell.invitations.get(id);
        if (invitation == null || !invitation.catalog.equals(catalog)) {
            throw ServiceException.notFound("Engagement invitation not found in catalog " + catalog + ".");
        }
        refresh(invitation);
        return invitation;
    }

    /** Fails unless the invitation can still be answered. */
    static void requirePending(InvitationRecord invitation) {
        if (!"PENDING".equals(invitation.status)) {
            Violations business = new Violations();
            business.business("Identifier", ValidationErrorCode.INVALID_RESOURCE_STATE,
                    "The invitation is " + invitation.status + ", not PENDING.");
            business.throwIfAny();
        }
    }

    /** Accepts: the partner joins the engagement. Shared by AcceptEngagementInvitation and the accepting task. */
    void acceptInto(InvitationRecord invitation) {
        invitation.status = "ACCEPTED";
        state.events.invitation("Engagement Invitation Accepted", invitation);
        EngagementRecord engagement = cosell.engagements.get(invitation.engagementId);
        if (engagement != null) {
            engagement.addMember(state.settings.accountId(), EngagementOperations.PARTNER_COMPANY, "https://partner.example.com");
            state.events.memberAdded(engagement, state.settings.accountId(), EngagementOperations.PARTNER_COMPANY);
            engagements.touch(engagement, state.settings.accountId());
        }
    }

    ObjectNode list(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        v.throwIfAny();
        String participant = Json.text(request, "ParticipantType");
        Set<String> payloadTypes = strings(request, "PayloadType");
        Set<String> statuses = strings(request, "Status");
        Set<String> engagementIds = strings(request, "EngagementIdentifier");
        Set<String> senders = strings(request, "SenderAwsAccountId");
        List<InvitationRecord> matching = new ArrayList<>();
        for (InvitationRecord i : cosell.invitations.values()) {
            refresh(i);
            if (i.catalog.equals(catalog) && i.participantType.equals(participant)
                    && (payloadTypes.isEmpty() || payloadTypes.contains(i.payloadType))
                    && (statuses.isEmpty() || statuses.contains(i.status))
                    && (engagementIds.isEmpty() || engagementIds.contains(i.engagementId))
                    && (senders.isEmpty() || senders.contains(i.senderAwsAccountId))) {
                matching.add(i);
            }
        }
        boolean ascending = "ASCENDING".equals(Json.textAt(request, "Sort.SortOrder"));
        Pagination.Page<InvitationRecord> page = Pagination.page(matching,
                i -> new Pagination.Cursor(Json.timestamp(i.invitationDate), i.id), Pagination.order(ascending), request,
                Pagination.maxResults(request, 20));
        ObjectNode response = Json.object();
        ArrayNode summaries = response.putArray("EngagementInvitationSummaries");
        for (InvitationRecord i : page.items()) {
            ObjectNode summary = summaries.addObject();
            summary.put("Arn", i.arn);
            summary.put("PayloadType", i.payloadType);
            summary.put("Id", i.id);
            summary.put("EngagementId", i.engagementId);
            EngagementRecord engagement = cosell.engagements.get(i.engagementId);
            putIfPresent(summary, "EngagementTitle", engagement == null ? null : engagement.title);
            summary.put("Status", i.status);
            summary.put("InvitationDate", Json.timestamp(i.invitationDate));
            summary.put("ExpirationDate", Json.timestamp(i.expirationDate));
            summary.put("SenderAwsAccountId", i.senderAwsAccountId);
            summary.put("SenderCompanyName", i.senderCompanyName);
            summary.set("Receiver", i.receiver.deepCopy());
            summary.put("Catalog", i.catalog);
            summary.put("ParticipantType", i.participantType);
        }
        putIfPresent(response, "NextToken", page.nextToken());
        return response;
    }

    ObjectNode get(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        v.throwIfAny();
        InvitationRecord i = invitation(catalog, Json.text(request, "Identifier"));
        EngagementRecord engagement = cosell.engagements.get(i.engagementId);
        ObjectNode response = Json.object();
        response.put("Arn", i.arn);
        response.put("PayloadType", i.payloadType);
        response.put("Id", i.id);
        response.put("EngagementId", i.engagementId);
        if (engagement != null) {
            putIfPresent(response, "EngagementTitle", engagement.title);
            putIfPresent(response, "EngagementDescription", engagement.description);
            ArrayNode members = response.putArray("ExistingMembers");
            engagement.members.forEach(m -> members.addObject().put("CompanyName", Json.text(m, "CompanyName"))
                    .put("WebsiteUrl", Json.text(m, "WebsiteUrl")));
        }
        response.put("Status", i.status);
        response.put("InvitationDate", Json.timestamp(i.invitationDate));
        response.put("ExpirationDate", Json.timestamp(i.expirationDate));
        response.put("SenderAwsAccountId", i.senderAwsAccountId);
        response.put("SenderCompanyName", i.senderCompanyName);
        response.set("Receiver", i.receiver.deepCopy());
        response.put("Catalog", i.catalog);
        putIfPresent(response, "RejectionReason", i.rejectionReason);
        if (!"REJECTED".equals(i.status)) {
            // The service withholds a rejected invitation's payload (the customer and project AWS shared).
            response.set("Payload", i.payload.deepCopy());
        }
        putIfPresent(response, "InvitationMessage", i.message);
        return response;
    }

    ObjectNode accept(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        v.throwIfAny();
        InvitationRecord invitation = invitation(catalog, Json.text(request, "Identifier"));
        requirePending(invitation);
        acceptInto(invitation);
        return Json.object();
    }

    ObjectNode reject(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        v.throwIfAny();
        InvitationRecord invitation = invitation(catalog, Json.text(request, "Identifier"));
        requirePending(invitation);
        invitation.status = "REJECTED";
        invitation.rejectionReason = Json.text(request, "RejectionReason");
        state.events.invitation("Engagement Invitation Rejected", invitation);
        return Json.object();
    }

    /** The partner invites another partner (or AWS) into one of its engagements. */
    ObjectNode create(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        String token = Json.text(request, "ClientToken");
        ObjectNode earlier = catalog == null || token == null ? null : state.replay("CreateEngagementInvitation", token, request);
        if (earlier != null) {
            return earlier;
        }
        v.throwIfAny();
        EngagementRecord engagement = engagements.engagement(catalog, Json.text(request, "EngagementIdentifier"));
        ObjectNode invitation = Json.obj(request, "Invitation");
        ObjectNode payload = Json.obj(invitation, "Payload");
        String payloadType = payload.fieldNames().next();
        String id = newInvitationId();
        Instant now = state.now();
        InvitationRecord sent = new InvitationRecord(id, invitationArn(id), catalog, engagement.id, payloadType, "SENDER",
                now, now.plus(INVITATION_LIFETIME), state.settings.accountId(), EngagementOperations.PARTNER_COMPANY,
                payload.deepCopy(), Json.obj(invitation, "Receiver").deepCopy(), Json.text(invitation, "Message"));
        cosell.invitations.put(id, sent);
        state.events.invitation("Engagement Invitation Created", sent);
        ObjectNode response = Json.object();
        response.put("Id", id);
        response.put("Arn", sent.arn);
        state.remember("CreateEngagementInvitation", token, request, response);
        return response;
    }

    /** The partner an invitation was sent to accepts it and joins the engagement. */
    void partnerAccepts(String invitationId, String companyName) {
        InvitationRecord invitation = cosell.invitations.get(invitationId);
        if (invitation == null || !"SENDER".equals(invitation.participantType)) {
            throw new IllegalArgumentException("no invitation " + invitationId + " sent by the partner");
        }
        refresh(invitation);
        requirePending(invitation);
        invitation.status = "ACCEPTED";
        state.events.invitation("Engagement Invitation Accepted", invitation);
        String account = Json.textAt(invitation.receiver, "Account.AwsAccountId");
        EngagementRecord engagement = cosell.engagements.get(invitation.engagementId);
        engagement.addMember(account, companyName, "https://" + companyName.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".example.com");
        state.events.memberAdded(engagement, account, companyName);
        engagements.touch(engagement, account);
    }
}

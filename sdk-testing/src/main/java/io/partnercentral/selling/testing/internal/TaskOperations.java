package io.partnercentral.selling.testing.internal;

import static io.partnercentral.selling.testing.internal.EngagementOperations.putIfPresent;
import static io.partnercentral.selling.testing.internal.EngagementOperations.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.testing.internal.CoSellState.EngagementRecord;
import io.partnercentral.selling.testing.internal.CoSellState.InvitationRecord;
import io.partnercentral.selling.testing.internal.CoSellState.TaskFailure;
import io.partnercentral.selling.testing.internal.CoSellState.TaskRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Internal API: the four Start*Task operations, their List*Tasks, and GetProspectingFromEngagementTask.
 *
 * <p>A task starts IN_PROGRESS and does its work when it completes: once {@link #TASK_DURATION} has
 * passed on the emulator's clock, or at the latest on its second read, so a fixed clock cannot stall
 * it. Its work decides COMPLETE or FAILED with a reason code, as the service's tasks do.
 */
final class TaskOperations {
    static final Duration TASK_DURATION = Duration.ofSeconds(1);
    static final String ACCEPTING = "StartEngagementByAcceptingInvitationTask";
    static final String FROM_OPPORTUNITY = "StartEngagementFromOpportunityTask";
    static final String FROM_ENGAGEMENT = "StartOpportunityFromEngagementTask";
    static final String PROSPECTING = "StartProspectingFromEngagementTask";
    private static final String SUMMARY_TEMPLATE = "OpportunitySummaryView";

    private final CoSellState cosell;
    private final EmulatorState state;
    private final EngagementOperations engagements;
    private final InvitationOperations invitations;
    private final OpportunityOperations opportunities;
    private final SnapshotOperations snapshots;
    private final SnapshotJobOperations jobs;

    TaskOperations(CoSellState cosell, EngagementOperations engagements, InvitationOperations invitations,
            OpportunityOperations opportunities, SnapshotOperations snapshots, SnapshotJobOperations jobs) {
        this.cosell = cosell;
        this.state = cosell.state;
        this.engagements = engagements;
        this.invitations = invitations;
        this.opportunities = opportunities;
        this.snapshots = snapshots;
        this.jobs = jobs;
    }

    // Starting

    ObjectNode startAccepting(ObjectNode request, Violations v) {
        return start(ACCEPTING, request, v, (catalog, task) -> {
            InvitationRecord invitation = invitations.invitation(catalog, Json.text(request, "Identifier"));
            task.ids.put("EngagementInvitationId", invitation.id);
            task.work = t -> {
                invitations.refresh(invitation);
                if (!"PENDING".equals(invitation.status)) {
                    return new TaskFailure("InvitationValidationFailed", "The invitation is " + invitation.status + ".");
                }
                invitations.acceptInto(invitation);
                if ("OpportunityInvitation".equals(invitation.payloadType)) {
                    StoredOpportunity opportunity = fromReferral(catalog, Json.obj(invitation.payload, "OpportunityInvitation"));
                    associate(invitation.engagementId, opportunity.id);
                    state.events.opportunity("Opportunity Updated", opportunity);
                    t.ids.put("OpportunityId", opportunity.id);
                }
                return null;
            };
        });
    }

    ObjectNode startFromOpportunity(ObjectNode request, Violations v) {
        return start(FROM_OPPORTUNITY, request, v, (catalog, task) -> {
            StoredOpportunity opportunity = state.opportunity(catalog, Json.text(request, "Identifier"));
            task.ids.put("OpportunityId", opportunity.id);
            ObjectNode submission = Json.obj(request, "AwsSubmission");
            task.work = t -> {
                if (!"Pending Submission".equals(opportunity.reviewStatus)) {
                    return new TaskFailure("OpportunitySubmissionFailed",
                            "The opportunity is " + opportunity.reviewStatus + ", not Pending Submission.");
                }
                // The documented steps: engagement, snapshot, snapshot job, invitation to AWS, submission.
                EngagementRecord engagement = engagements.newEngagement(catalog,
                        truncate(Json.textAt(opportunity.view(), "Project.Title"), 40), "Co-sell with AWS", state.settings.accountId());
                engagement.addMember(state.settings.accountId(), EngagementOperations.PARTNER_COMPANY, "https://partner.example.com");
                state.events.memberAdded(engagement, state.settings.accountId(), EngagementOperations.PARTNER_COMPANY);
                associate(engagement.id, opportunity.id);
                t.ids.put("EngagementId", engagement.id);
                snapshots.take(state.engagements.get(engagement.id), opportunity, SUMMARY_TEMPLATE);
                ObjectNode job = Json.object();
                job.put("Catalog", catalog);
                job.put("ClientToken", t.id);
                job.put("EngagementIdentifier", engagement.id);
                job.put("ResourceType", "Opportunity");
                job.put("ResourceIdentifier", opportunity.id);
                job.put("ResourceSnapshotTemplateIdentifier", SUMMARY_TEMPLATE);
                t.ids.put("ResourceSnapshotJobId", Json.text(jobs.create(job, new Violations()), "Id"));
                ObjectNode invitation = Json.object();
                invitation.put("Catalog", catalog);
                invitation.put("ClientToken", t.id);
                invitation.put("EngagementIdentifier", engagement.id);
                ObjectNode body = invitation.putObject("Invitation");
                body.put("Message", "Submitted for co-sell");
                body.putObject("Receiver").putObject("Account").put("AwsAccountId", CoSellState.AWS_ACCOUNT);
                body.putObject("Payload").set("OpportunityInvitation", referralPayload(opportunity));
                t.ids.put("EngagementInvitationId", Json.text(invitations.create(invitation, new Violations()), "Id"));
                ObjectNode submit = Json.object();
                submit.put("Catalog", catalog);
                submit.put("Identifier", opportunity.id);
                submit.put("InvolvementType", Json.text(submission, "InvolvementType"));
                putIfPresent(submit, "Visibility", Json.text(submission, "Visibility"));
                try {
                    opportunities.submit(submit, new Violations());
                } catch (ServiceException e) {
                    return new TaskFailure("OpportunitySubmissionFailed", "The opportunity could not be submitted.");
                }
                return null;
            };
        });
    }

    ObjectNode startFromEngagement(ObjectNode request, Violations v) {
        return start(FROM_ENGAGEMENT, request, v, (catalog, task) -> {
            EngagementRecord engagement = engagements.engagement(catalog, Json.text(request, "Identifier"));
            String contextId = Json.text(request, "ContextIdentifier");
            task.ids.put("EngagementId", engagement.id);
            task.ids.put("ContextId", contextId);
            task.work = t -> {
                ObjectNode context = engagement.context(contextId);
                if (context == null) {
                    return new TaskFailure("ContextNotFound", "The engagement has no context " + contextId + ".");
                }
                if (!"Lead".equals(Json.text(context, "Type"))) {
                    return new TaskFailure("CustomerProjectContextNotPermitted", "Only a Lead context converts to an opportunity.");
                }
                ObjectNode lead = (ObjectNode) Json.at(context, "Payload.Lead");
                if ("Disqualified".equalsIgnoreCase(Json.text(lead, "QualificationStatus"))) {
                    return new TaskFailure("DisqualifiedLeadNotPermitted", "A disqualified lead cannot be converted.");
                }
                StoredOpportunity opportunity = fromLead(catalog, lead);
                associate(engagement.id, opportunity.id);
                t.ids.put("OpportunityId", opportunity.id);
                return null;
            };
        });
    }

    ObjectNode startProspecting(ObjectNode request, Violations v) {
        return start(PROSPECTING, request, v, (catalog, task) -> {
            task.taskName = Json.text(request, "TaskName");
            task.identifiers = Json.arr(request, "Identifiers").deepCopy();
            task.work = t -> {
                t.results = Json.array();
                for (JsonNode id : t.identifiers) {
                    ObjectNode result = t.results.addObject();
                    result.put("EngagementIdentifier", id.asText());
                    EngagementRecord engagement = cosell.engagements.get(id.asText());
                    if (engagement == null || !engagement.catalog.equals(catalog)) {
                        result.put("Status", "FAILED");
                        result.put("ReasonCode", "EngagementNotFound");
                        result.put("Message", "No such engagement in the catalog.");
                    } else {
                        result.put("Status", "COMPLETED");
                        result.put("EngagementContextId", cosell.randomId("ctx-", 14));
                    }
                }
                return null;
            };
        });
    }

    /** What a Start operation does besides the common part: check what it names, attach its work. */
    private interface Starter {
        void prepare(String catalog, TaskRecord task);
    }

    private ObjectNode start(String kind, ObjectNode request, Violations v, Starter starter) {
        String catalog = OpportunityRules.catalog(request, v);
        String token = Json.text(request, "ClientToken");
        ObjectNode earlier = catalog == null || token == null ? null : state.replay(kind, token, request);
        if (earlier != null) {
            return earlier;
        }
        v.throwIfAny();
        boolean prospecting = PROSPECTING.equals(kind);
        String id;
        do {
            id = cosell.randomId("task-", prospecting ? 14 : 13);
        } while (cosell.tasks.containsKey(id));
        String arn = prospecting
                ? "arn:aws:partnercentral-selling:" + state.settings.region() + ":" + state.settings.accountId()
                        + ":catalog/" + catalog + "/prospecting-from-engagement-task/" + id
                : state.arn(catalog, "task/" + id);
        TaskRecord task = new TaskRecord(kind, id, arn, catalog, state.now());
        starter.prepare(catalog, task);
        cosell.tasks.put(id, task);
        ObjectNode response = prospecting ? prospectingStarted(task) : summary(task);
        state.remember(kind, token, request, response);
        return response;
    }

    private static ObjectNode prospectingStarted(TaskRecord task) {
        ObjectNode response = Json.object();
        response.set("Identifiers", task.identifiers.deepCopy());
        response.put("TaskName", task.taskName);
        response.put("StartTime", Json.timestamp(task.startTime));
        response.put("TaskId", task.id);
        response.put("TaskArn", task.arn);
        response.put("TaskStatus", "IN_PROGRESS");
        return response;
    }

    // Progress on the emulator's clock

    /** Completes the task if its time has come; every read of a task goes through here. */
    private void advance(TaskRecord task) {
        task.reads++;
        if (!"IN_PROGRESS".equals(task.status)) {
            return;
        }
        Instant now = state.now();
        if (now.isBefore(task.startTime.plus(TASK_DURATION)) && task.reads < 2) {
            return;
        }
        TaskFailure failure;
        try {
            failure = task.work.run(task);
        } catch (ServiceException e) {
            failure = new TaskFailure("InternalError", "The task could not complete.");
        }
        task.endTime = now;
        if (failure == null) {
            task.status = "COMPLETE";
        } else {
            task.status = "FAILED";
            task.reasonCode = failure.reasonCode();
            task.message = failure.message();
        }
    }

    /** Advances every task a test's scripting can see, e.g. before it inspects the state. */
    void advanceAll() {
        cosell.tasks.values().forEach(this::advance);
    }

    private static ObjectNode summary(TaskRecord task) {
        ObjectNode summary = Json.object();
        summary.put("TaskId", task.id);
        summary.put("TaskArn", task.arn);
        summary.put("StartTime", Json.timestamp(task.startTime));
        summary.put("TaskStatus", task.status);
        putIfPresent(summary, "Message", task.message);
        putIfPresent(summary, "ReasonCode", task.reasonCode);
        // Ids of what the task produced appear once it has produced them.
        summary.setAll(task.ids);
        return summary;
    }

    // Reading

    ObjectNode listAccepting(ObjectNode request, Violations v) {
        return listTasks(ACCEPTING, request, v, task -> summaryOf(task, "OpportunityId", "ResourceSnapshotJobId", "EngagementInvitationId"));
    }

    ObjectNode listFromOpportunity(ObjectNode request, Violations v) {
        return listTasks(FROM_OPPORTUNITY, request, v,
                task -> summaryOf(task, "OpportunityId", "ResourceSnapshotJobId", "EngagementId", "EngagementInvitationId"));
    }

    ObjectNode listFromEngagement(ObjectNode request, Violations v) {
        return listTasks(FROM_ENGAGEMENT, request, v,
                task -> summaryOf(task, "OpportunityId", "ResourceSnapshotJobId", "EngagementId", "ContextId"));
    }

    private static ObjectNode summaryOf(TaskRecord task, String... idMembers) {
        ObjectNode summary = summary(task);
        summary.retain(concat(List.of("TaskId", "TaskArn", "StartTime", "TaskStatus", "Message", "ReasonCode"), idMembers));
        return summary;
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    private ObjectNode listTasks(String kind, ObjectNode request, Violations v, Function<TaskRecord, ObjectNode> view) {
        String catalog = OpportunityRules.catalog(request, v);
        v.throwIfAny();
        Set<String> taskIds = strings(request, "TaskIdentifier");
        Set<String> statuses = strings(request, "TaskStatus");
        Set<String> opportunityIds = strings(request, "OpportunityIdentifier");
        Set<String> invitationIds = strings(request, "EngagementInvitationIdentifier");
        Set<String> engagementIds = strings(request, "EngagementIdentifier");
        List<TaskRecord> matching = new ArrayList<>();
        for (TaskRecord task : cosell.tasks.values()) {
            if (!task.kind.equals(kind) || !task.catalog.equals(catalog)) {
                continue;
            }
            if (!taskIds.isEmpty() && !taskIds.contains(task.id) && !taskIds.contains(task.arn)) {
                continue;
            }
            advance(task);
            if ((statuses.isEmpty() || statuses.contains(task.status))
                    && matches(opportunityIds, task, "OpportunityId") && matches(invitationIds, task, "EngagementInvitationId")
                    && matches(engagementIds, task, "EngagementId")) {
                matching.add(task);
            }
        }
        boolean ascending = "ASCENDING".equals(Json.textAt(request, "Sort.SortOrder"));
        Pagination.Page<TaskRecord> page = Pagination.page(matching,
                t -> new Pagination.Cursor(Json.timestamp(t.startTime), t.id), Pagination.order(ascending), request,
                Pagination.maxResults(request, 20));
        ObjectNode response = Json.object();
        ArrayNode summaries = response.putArray("TaskSummaries");
        page.items().forEach(t -> summaries.add(view.apply(t)));
        putIfPresent(response, "NextToken", page.nextToken());
        return response;
    }

    private static boolean matches(Set<String> wanted, TaskRecord task, String member) {
        return wanted.isEmpty() || wanted.contains(Json.text(task.ids, member));
    }

    ObjectNode getProspecting(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        v.throwIfAny();
        TaskRecord task = cosell.tasks.get(Json.text(request, "TaskIdentifier"));
        if (task == null || !task.kind.equals(PROSPECTING) || !task.catalog.equals(catalog)) {
            throw ServiceException.notFound("Prospecting task not found in catalog " + catalog + ".");
        }
        advance(task);
        ObjectNode response = Json.object();
        response.put("TaskId", task.id);
        response.put("TaskArn", task.arn);
        response.put("TaskName", task.taskName);
        response.put("StartTime", Json.timestamp(task.startTime));
        if (task.endTime != null) {
            response.put("EndTime", Json.timestamp(task.endTime));
        }
        ArrayNode engagementsOut = response.putArray("Engagements");
        if (task.results != null) {
            task.results.forEach(r -> engagementsOut.add(r.deepCopy()));
        } else {
            task.identifiers.forEach(id -> engagementsOut.addObject().put("EngagementIdentifier", id.asText()).put("Status", "IN_PROGRESS"));
        }
        return response;
    }

    ObjectNode listProspecting(ObjectNode request, Violations v) {
        String catalog = OpportunityRules.catalog(request, v);
        v.throwIfAny();
        Set<String> taskIds = strings(request, "TaskIdentifier");
        Set<String> names = strings(request, "TaskName");
        Instant after = Json.parseTimestamp(request.get("StartAfter"));
        Instant before = Json.parseTimestamp(request.get("StartBefore"));
        List<TaskRecord> matching = new ArrayList<>();
        for (TaskRecord task : cosell.tasks.values()) {
            if (task.kind.equals(PROSPECTING) && task.catalog.equals(catalog)
                    && (taskIds.isEmpty() || taskIds.contains(task.id)) && (names.isEmpty() || names.contains(task.taskName))
                    && (after == null || task.startTime.isAfter(after)) && (before == null || task.startTime.isBefore(before))) {
                advance(task);
                matching.add(task);
            }
        }
        boolean ascending = "ASCENDING".equals(Json.textAt(request, "Sort.SortOrder"));
        Pagination.Page<TaskRecord> page = Pagination.page(matching,
                t -> new Pagination.Cursor(Json.timestamp(t.startTime), t.id), Pagination.order(ascending), request,
                Pagination.maxResults(request, 20));
        ObjectNode response = Json.object();
        ArrayNode summaries = response.putArray("TaskSummaries");
        for (TaskRecord t : page.items()) {
            ObjectNode s = summaries.addObject();
            s.put("TaskId", t.id);
            s.put("TaskArn", t.arn);
            s.put("TaskName", t.taskName);
            s.put("StartTime", Json.timestamp(t.startTime));
            if (t.endTime != null) {
                s.put("EndTime", Json.timestamp(t.endTime));
            }
            int completed = 0;
            int failed = 0;
            if (t.results != null) {
                for (JsonNode r : t.results) {
                    completed += "COMPLETED".equals(Json.text(r, "Status")) ? 1 : 0;
                    failed += "FAILED".equals(Json.text(r, "Status")) ? 1 : 0;
                }
            }
            s.put("TotalEngagementCount", t.identifiers.size());
            s.put("CompletedEngagementCount", completed);
            s.put("FailedEngagementCount", failed);
        }
        putIfPresent(response, "NextToken", page.nextToken());
        return response;
    }

    // Opportunities the tasks create

    private void associate(String engagementId, String opportunityId) {
        EngagementRecord engagement = cosell.engagements.get(engagementId);
        if (engagement != null && !engagement.opportunityIds.contains(opportunityId)) {
            engagement.opportunityIds.add(opportunityId);
        }
    }

    private StoredOpportunity fromReferral(String catalog, ObjectNode invitation) {
        ObjectNode customer = Json.obj(invitation, "Customer");
        ObjectNode project = Json.obj(invitation, "Project");
        ObjectNode payload = Json.object();
        payload.put("OpportunityType", "Net New Business");
        ObjectNode account = payload.putObject("Customer").putObject("Account");
        industry(account, Json.text(customer, "Industry"));
        putIfPresent(account, "CompanyName", Json.text(customer, "CompanyName"));
        putIfPresent(account, "WebsiteUrl", Json.text(customer, "WebsiteUrl"));
        putIfPresent(account.putObject("Address"), "CountryCode", Json.text(customer, "CountryCode"));
        ObjectNode opportunityProject = payload.putObject("Project");
        putIfPresent(opportunityProject, "Title", truncate(Json.text(project, "Title"), 255));
        putIfPresent(opportunityProject, "CustomerBusinessProblem", Json.text(project, "BusinessProblem"));
        JsonNode spend = project.get("ExpectedCustomerSpend");
        if (spend != null) {
            opportunityProject.set("ExpectedCustomerSpend", spend.deepCopy());
        }
        ObjectNode lifeCycle = payload.putObject("LifeCycle");
        lifeCycle.put("Stage", "Prospect");
        putIfPresent(lifeCycle, "TargetCloseDate", Json.text(project, "TargetCompletionDate"));
        return store(catalog, "AWS Referral", payload, "Approved");
    }

    private StoredOpportunity fromLead(String catalog, ObjectNode lead) {
        ObjectNode customer = Json.obj(lead, "Customer");
        ObjectNode payload = Json.object();
        payload.put("OpportunityType", "Net New Business");
        ObjectNode account = payload.putObject("Customer").putObject("Account");
        industry(account, Json.text(customer, "Industry"));
        putIfPresent(account, "CompanyName", Json.text(customer, "CompanyName"));
        putIfPresent(account, "WebsiteUrl", Json.text(customer, "WebsiteUrl"));
        ObjectNode address = Json.obj(customer, "Address");
        if (address != null) {
            ObjectNode to = account.putObject("Address");
            putIfPresent(to, "City", Json.text(address, "City"));
            putIfPresent(to, "CountryCode", Json.text(address, "CountryCode"));
        }
        ObjectNode project = payload.putObject("Project");
        ArrayNode interactions = Json.arr(lead, "Interactions");
        JsonNode latest = interactions == null || interactions.isEmpty() ? null : interactions.get(interactions.size() - 1);
        String usecase = latest == null ? null : Json.text(latest, "Usecase");
        project.put("Title", usecase == null ? "Lead" : truncate(usecase, 255));
        String problem = latest == null ? null : Json.text(latest, "BusinessProblem");
        if (problem != null && problem.length() >= 20) {
            project.put("CustomerBusinessProblem", problem);
        }
        ObjectNode lifeCycle = payload.putObject("LifeCycle");
        lifeCycle.put("Stage", "Qualified");
        lifeCycle.put("TargetCloseDate", LocalDate.ofInstant(state.now(), ZoneOffset.UTC).plusDays(90).toString());
        return store(catalog, "Partner Referral", payload, "Pending Submission");
    }

    private StoredOpportunity store(String catalog, String origin, ObjectNode payload, String reviewStatus) {
        String id = state.newOpportunityId();
        StoredOpportunity opportunity = new StoredOpportunity(state.opportunityView(), state.nextSequence(), id, catalog,
                state.arn(catalog, "opportunity/" + id), origin, state.now(), payload, Json.array(), Json.array(), reviewStatus);
        state.opportunities.put(id, opportunity);
        state.events.opportunity("Opportunity Created", opportunity);
        return opportunity;
    }

    private static void industry(ObjectNode account, String industry) {
        if (industry == null) {
            return;
        }
        if (Set.of("Retail", "Software and Internet", "Aerospace", "Financial Services", "Healthcare").contains(industry)) {
            account.put("Industry", industry);
        } else {
            account.put("Industry", "Other");
            account.put("OtherIndustry", truncate(industry, 255));
        }
    }

    /** The OpportunityInvitation the partner's submission sends AWS. */
    private ObjectNode referralPayload(StoredOpportunity opportunity) {
        ObjectNode view = opportunity.view();
        ObjectNode payload = Json.object();
        payload.putArray("ReceiverResponsibilities").add("Co-Sell Facilitator");
        ObjectNode customer = payload.putObject("Customer");
        String industry = Json.textAt(view, "Customer.Account.Industry");
        customer.put("Industry", industry == null ? "Other" : industry);
        customer.put("CompanyName", orElse(Json.textAt(view, "Customer.Account.CompanyName"), "Unknown"));
        customer.put("WebsiteUrl", orElse(Json.textAt(view, "Customer.Account.WebsiteUrl"), "https://example.com"));
        customer.put("CountryCode", orElse(Json.textAt(view, "Customer.Account.Address.CountryCode"), "US"));
        ObjectNode project = payload.putObject("Project");
        project.put("BusinessProblem", orElse(Json.textAt(view, "Project.CustomerBusinessProblem"), "Not stated by the partner."));
        project.put("Title", truncate(orElse(Json.textAt(view, "Project.Title"), "Opportunity"), 255));
        project.put("TargetCompletionDate", orElse(Json.textAt(view, "LifeCycle.TargetCloseDate"),
                LocalDate.ofInstant(state.now(), ZoneOffset.UTC).plusDays(90).toString()));
        JsonNode spend = Json.at(view, "Project.ExpectedCustomerSpend");
        project.set("ExpectedCustomerSpend", spend == null ? Json.array() : spend.deepCopy());
        return payload;
    }

    private static String orElse(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

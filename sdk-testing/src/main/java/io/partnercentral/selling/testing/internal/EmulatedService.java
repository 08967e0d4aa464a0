package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.testing.AwsReferral;
import io.partnercentral.selling.testing.ReviewOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal API: the emulated Partner Central Selling service, independent of HTTP. Each operation
 * takes the request body and returns the response body or throws {@link ServiceException}.
 *
 * <p>Every operation of the model is dispatched: those with hand-written behaviour to it, the rest
 * to a stateless model-valid answer ({@link SkeletonResponses}), as a generated skeleton would.
 *
 * <p>The service model does the protocol's share: every request is checked against its operation's
 * input shape before the handler sees it (the handler gets the checked copy and the violations so
 * far, to add its own business rules to), and every response is projected through the output shape
 * and then checked against it strictly, so the emulator cannot answer with a member or value the
 * model forbids (it answers InternalServerException instead, which a test notices).
 *
 * <p>Thread-safe: one lock serialises all operations and inspections, so concurrent clients see the
 * same linearizable history a single store would give them.
 */
public final class EmulatedService {
    public static final String AWS_FULL_VIEW_TEMPLATE = SnapshotOperations.FULL_VIEW_TEMPLATE;

    private final Object lock = new Object();
    private final EmulatorState state;
    private final OpportunityOperations opportunities;
    private final AwsReferralSeeder seeder;
    private final CoSellState cosell;
    private final InvitationOperations invitations;
    private final TaskOperations tasks;
    private final AwsOpportunityOperations aws;
    private final ServiceModel model;
    private final boolean rejectUnknownMembers;
    private final Map<String, Handler> operations = new LinkedHashMap<>();
    private static final Logger LOG = LoggerFactory.getLogger(EmulatedService.class);

    /** One operation's behaviour, given a request the model has already checked. */
    interface Handler {
        /**
         * @param request the request, reduced to the model's members
         * @param violations what the model check found; the handler adds its own rules and throws
         *     before it changes any state
         */
        ObjectNode handle(ObjectNode request, Violations violations);
    }

    public EmulatedService(Settings settings) {
        this.model = settings.model();
        this.rejectUnknownMembers = settings.rejectUnknownMembers();
        this.state = new EmulatorState(settings);
        SnapshotOperations snapshots = new SnapshotOperations(state);
        SnapshotJobOperations jobs = new SnapshotJobOperations(state, snapshots);
        this.opportunities = new OpportunityOperations(state, changed -> {
            jobs.opportunityChanged(changed);
            state.events.opportunity("Opportunity Updated", changed);
        });
        this.seeder = new AwsReferralSeeder(state, snapshots);

        operations.put("CreateOpportunity", opportunities::create);
        operations.put("GetOpportunity", opportunities::get);
        operations.put("UpdateOpportunity", opportunities::update);
        operations.put("ListOpportunities", opportunities::list);
        operations.put("SubmitOpportunity", opportunities::submit);
        operations.put("AssociateOpportunity", opportunities::associate);
        operations.put("DisassociateOpportunity", opportunities::disassociate);
        operations.put("CreateResourceSnapshot", snapshots::create);
        operations.put("GetResourceSnapshot", snapshots::get);
        operations.put("ListResourceSnapshots", snapshots::list);
        operations.put("CreateResourceSnapshotJob", jobs::create);
        operations.put("StartResourceSnapshotJob", jobs::start);
        operations.put("StopResourceSnapshotJob", jobs::stop);
        operations.put("GetResourceSnapshotJob", jobs::get);
        operations.put("DeleteResourceSnapshotJob", jobs::delete);
        operations.put("ListResourceSnapshotJobs", jobs::list);

        this.cosell = new CoSellState(state);
        this.aws = new AwsOpportunityOperations(cosell);
        operations.put("AssignOpportunity", aws::assign);
        operations.put("GetAwsOpportunitySummary", aws::getSummary);
        EngagementOperations engagements = new EngagementOperations(cosell);
        operations.put("CreateEngagement", engagements::create);
        operations.put("GetEngagement", engagements::get);
        operations.put("ListEngagements", engagements::list);
        operations.put("ListEngagementMembers", engagements::listMembers);
        operations.put("ListEngagementResourceAssociations", engagements::listResourceAssociations);
        operations.put("CreateEngagementContext", engagements::createContext);
        operations.put("UpdateEngagementContext", engagements::updateContext);
        this.invitations = new InvitationOperations(cosell, engagements);
        operations.put("ListEngagementInvitations", invitations::list);
        operations.put("GetEngagementInvitation", invitations::get);
        operations.put("AcceptEngagementInvitation", invitations::accept);
        operations.put("RejectEngagementInvitation", invitations::reject);
        operations.put("CreateEngagementInvitation", invitations::create);
        this.tasks = new TaskOperations(cosell, engagements, invitations, opportunities, snapshots, jobs);
        operations.put("StartEngagementByAcceptingInvitationTask", tasks::startAccepting);
        operations.put("StartEngagementFromOpportunityTask", tasks::startFromOpportunity);
        operations.put("StartOpportunityFromEngagementTask", tasks::startFromEngagement);
        operations.put("StartProspectingFromEngagementTask", tasks::startProspecting);
        operations.put("ListEngagementByAcceptingInvitationTasks", tasks::listAccepting);
        operations.put("ListEngagementFromOpportunityTasks", tasks::listFromOpportunity);
        operations.put("ListOpportunityFromEngagementTasks", tasks::listFromEngagement);
        operations.put("ListProspectingFromEngagementTasks", tasks::listProspecting);
        operations.put("GetProspectingFromEngagementTask", tasks::getProspecting);
        operations.put("ListSolutions", new SolutionOperations()::list);
        TagOperations tags = new TagOperations(cosell);
        operations.put("TagResource", tags::tag);
        operations.put("UntagResource", tags::untag);
        operations.put("ListTagsForResource", tags::list);
        SettingsOperations settingsOperations = new SettingsOperations(cosell);
        operations.put("GetSellingSystemSettings", settingsOperations::get);
        operations.put("PutSellingSystemSettings", settingsOperations::put);
        for (String operation : operations.keySet()) {
            if (!model.hasOperation(operation)) {
                throw new IllegalStateException("the service model lacks " + operation);
            }
        }
    }

    /** Whether the model has {@code operation}: every one is answered, by its behaviour or by a skeleton. */
    public boolean implementsOperation(String operation) {
        return model.hasOperation(operation);
    }

    /** Whether {@code operation} has hand-written behaviour, rather than the model-valid skeleton answer. */
    public boolean hasBehaviour(String operation) {
        return operations.containsKey(operation);
    }

    /**
     * Runs one operation on a request body.
     *
     * @throws ServiceException the service error to answer with
     */
    public ObjectNode invoke(String operation, String body) {
        if (!model.hasOperation(operation)) {
            throw ServiceException.unknownOperation("The service model has no operation " + operation + ".");
        }
        // Every operation of the model is dispatched; one without behaviour answers statelessly.
        Handler handler = operations.getOrDefault(operation, skeleton(operation));
        ObjectNode raw = Json.parseBody(body);
        Violations violations = new Violations();
        ObjectNode request = (ObjectNode) model.input(operation).validate(raw, "", violations, rejectUnknownMembers);
        ObjectNode response;
        try {
            synchronized (lock) {
                invitations.expireDue();
                response = handler.handle(request, violations);
            }
        } finally {
            state.events.dispatch();
        }
        if (!violations.isEmpty()) {
            throw new IllegalStateException(operation + " answered without reporting its violations");
        }
        return conform(operation, response);
    }

    private Handler skeleton(String operation) {
        return (request, violations) -> {
            violations.throwIfAny();
            return SkeletonResponses.answer(model.output(operation), request);
        };
    }

    /** The response as the model's output shape has it; an emulator bug if it still does not conform. */
    private ObjectNode conform(String operation, ObjectNode response) {
        ModelShape output = model.output(operation);
        ObjectNode projected = output == null ? Json.object() : (ObjectNode) output.project(response);
        Violations problems = model.checkOutput(operation, projected);
        if (!problems.isEmpty()) {
            // Paths and codes only: the values may be personal data.
            LOG.warn("The emulator's {} response does not conform to the model: {}", operation, problems.summary());
            throw ServiceException.internal();
        }
        return projected;
    }

    /** The events the emulator fires. */
    public EventBus events() {
        return state.events;
    }

    public ServiceModel model() {
        return model;
    }

    public void reset() {
        synchronized (lock) {
            state.clear();
            cosell.clear();
        }
    }

    public int opportunityCount() {
        synchronized (lock) {
            return state.opportunities.size();
        }
    }

    /** GetOpportunity bodies of every opportunity, in creation order. */
    public List<ObjectNode> opportunityViews() {
        synchronized (lock) {
            List<ObjectNode> views = new ArrayList<>();
            state.opportunities.values().forEach(o -> views.add(o.view()));
            return views;
        }
    }

    public Optional<ObjectNode> opportunityView(String id) {
        synchronized (lock) {
            StoredOpportunity opportunity = state.opportunities.get(id);
            return Optional.ofNullable(opportunity == null ? null : opportunity.view());
        }
    }

    public int snapshotCount() {
        synchronized (lock) {
            return state.snapshots.size();
        }
    }

    public void scriptNextOutcome(ReviewOutcome outcome) {
        synchronized (lock) {
            state.scriptNextOutcome(outcome);
        }
    }

    public void scriptOutcomes(String opportunityId, List<ReviewOutcome> outcomes) {
        synchronized (lock) {
            state.scriptOutcomes(opportunityId, outcomes);
        }
    }

    public void completeReview(String opportunityId, ReviewOutcome outcome) {
        try {
            synchronized (lock) {
                opportunities.completeReview(opportunityId, outcome);
            }
        } finally {
            state.events.dispatch();
        }
    }

    public void changeAwsStage(String opportunityId, String stage) {
        try {
            synchronized (lock) {
                aws.changeStage(opportunityId, stage);
            }
        } finally {
            state.events.dispatch();
        }
    }

    public AwsReferral seedAwsReferral(String catalog) {
        try {
            synchronized (lock) {
                return seeder.seed(catalog);
            }
        } finally {
            state.events.dispatch();
        }
    }

    // The AWS-side actor and other partners, for tests to script

    public String sendReferral(String catalog, String title) {
        try {
            synchronized (lock) {
                return invitations.sendReferral(catalog, title);
            }
        } finally {
            state.events.dispatch();
        }
    }

    public String sendLead(String catalog, String title) {
        try {
            synchronized (lock) {
                return invitations.sendLead(catalog, title);
            }
        } finally {
            state.events.dispatch();
        }
    }

    public void expireInvitation(String invitationId) {
        try {
            synchronized (lock) {
                invitations.expire(invitationId);
            }
        } finally {
            state.events.dispatch();
        }
    }

    public void acceptSentInvitation(String invitationId, String companyName) {
        try {
            synchronized (lock) {
                invitations.partnerAccepts(invitationId, companyName);
            }
        } finally {
            state.events.dispatch();
        }
    }

    public String invitationStatus(String invitationId) {
        try {
            synchronized (lock) {
                CoSellState.InvitationRecord invitation = cosell.invitations.get(invitationId);
                if (invitation == null) {
                    throw new IllegalArgumentException("no invitation " + invitationId);
                }
                invitations.refresh(invitation);
                return invitation.status;
            }
        } finally {
            state.events.dispatch();
        }
    }

    /**
     * Creates an opportunity from a CreateOpportunity request body, exactly as a client's call would.
     *
     * @return its id
     * @throws IllegalArgumentException naming {@code what} when the service would refuse it
     */
    public String seedOpportunity(ObjectNode request, String what) {
        try {
            return invoke("CreateOpportunity", Json.write(request)).path("Id").asText();
        } catch (ServiceException e) {
            throw new IllegalArgumentException(what + " was refused: " + e.type() + " " + e.body().path("ErrorList"), e);
        }
    }
}

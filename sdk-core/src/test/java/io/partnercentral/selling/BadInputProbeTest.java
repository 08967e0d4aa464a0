package io.partnercentral.selling;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.partnercentral.selling.exception.ValidationException;
import io.partnercentral.selling.internal.Operation;
import io.partnercentral.selling.internal.WireJson;
import io.partnercentral.selling.model.AssigneeContact;
import io.partnercentral.selling.model.InvolvementType;
import io.partnercentral.selling.model.Opportunity;
import io.partnercentral.selling.model.Picklist;
import io.partnercentral.selling.model.RelatedEntityType;
import io.partnercentral.selling.model.ReviewStatus;
import io.partnercentral.selling.model.SnapshotJobStatus;
import io.partnercentral.selling.model.SnapshotTarget;
import io.partnercentral.selling.model.Tag;
import io.partnercentral.selling.model.Visibility;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad input through every facade method, generated from the model: for each member a method fills,
 * a value too long, one breaking the member's pattern, one with half a UTF-16 character, an unknown
 * picklist value built with {@code of()}, and null where the member is required. Every probe must end
 * in a local {@link ValidationException} naming the member, with nothing sent to the server.
 *
 * <p>Methods taking the operation's request type are found by reflection over the sub-clients, so
 * methods added later are probed too; methods taking plain arguments are listed here with the
 * member each argument fills, and the bad values for it still come from the model.
 */
class BadInputProbeTest {
    private static final String ID = "O1234567";
    private static final Set<String> FILLED_BY_THE_SDK = Set.of("Catalog", "ClientToken");

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static JsonNode model;
    private PartnerCentralSelling selling;
    private final Map<String, Integer> probesByMethod = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        if (model == null) {
            model = WireJson.mapper().readTree(Files.readString(Path.of("..", "model", "service-2.json")));
        }
        // Anything that reaches the server gets a 500, so it cannot pass as a success.
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
        selling = WireMockSupport.facade(wireMock);
    }

    @AfterEach
    void tearDown() {
        selling.close();
    }

    private static JsonNode shape(String name) {
        return model.path("shapes").path(name);
    }

    private static JsonNode memberShape(String operation, String member) {
        JsonNode input = shape(model.path("operations").path(operation).path("input").path("shape").asText());
        String target = input.path("members").path(member).path("shape").asText();
        if (target.isEmpty()) {
            throw new IllegalArgumentException(operation + " has no input member " + member);
        }
        return shape(target);
    }

    private static boolean required(String operation, String member) {
        JsonNode input = shape(model.path("operations").path(operation).path("input").path("shape").asText());
        for (JsonNode name : input.path("required")) {
            if (name.asText().equals(member)) {
                return true;
            }
        }
        return false;
    }

    /** The bad values the model's rules for a string shape give: each labelled by what is wrong with it. */
    private static Map<String, String> badStrings(JsonNode string, boolean required) {
        Map<String, String> bad = new LinkedHashMap<>();
        if (required) {
            bad.put("null", null);
        }
        bad.put("lone surrogate", "a\uD800b");
        if (string.has("max")) {
            bad.put("too long", "7".repeat(string.path("max").asInt() + 1));
        }
        if (string.has("pattern")) {
            Pattern pattern = Pattern.compile(string.path("pattern").asText().replaceAll("^\\^|\\$$", ""));
            for (String candidate : List.of("!", "x y", "\u0000", "~~~~")) {
                if (!pattern.matcher(candidate).matches()) {
                    bad.put("breaks the pattern", candidate);
                    break;
                }
            }
        }
        if (string.has("min") && string.path("min").asInt() > 0) {
            bad.put("too short", "");
        }
        return bad;
    }

    /** Runs one probe: it must throw a local ValidationException naming {@code member}, and send nothing. */
    private void probe(String method, String member, String what, Runnable call) {
        probesByMethod.merge(method, 1, Integer::sum);
        wireMock.resetRequests();
        Throwable thrown = null;
        try {
            call.run();
        } catch (Throwable t) {
            thrown = t instanceof InvocationTargetException ite ? ite.getCause() : t;
        }
        int sent = wireMock.getAllServeEvents().size();
        String label = method + " with " + member + " " + what;
        if (sent > 0) {
            failures.add(label + ": " + sent + " request(s) sent");
        }
        if (!(thrown instanceof ValidationException validation) || !validation.isLocal()) {
            failures.add(label + ": " + (thrown == null ? "no exception" : thrown.getClass().getName() + ": " + thrown.getMessage()));
        } else if (validation.violations().stream().noneMatch(v -> v.fieldPath().equals(member)
                || v.fieldPath().startsWith(member + ".") || v.fieldPath().startsWith(member + "["))) {
            failures.add(label + ": the ValidationException names " + validation.violations() + ", not " + member);
        }
    }

    /** Probes each bad value of {@code operation}'s string member {@code member}, passed as {@code call}'s argument. */
    private void strings(String method, String operation, String member, Consumer<String> call) {
        JsonNode string = memberShape(operation, member);
        badStrings(string, required(operation, member)).forEach((what, value) -> probe(method, member, what, () -> call.accept(value)));
    }

    /** Probes a picklist member: null where required, and an unknown value built with {@code of()}. */
    private <P extends Picklist> void picklist(String method, String operation, String member,
            java.util.function.Function<String, P> of, Consumer<P> call) {
        if (required(operation, member)) {
            probe(method, member, "null", () -> call.accept(null));
        }
        probe(method, member, "unknown value via of()", () -> call.accept(of.apply("NOT_A_VALUE_OF_THE_MODEL")));
    }

    @Test
    void everyFacadeMethod_withBadInputFromTheModel_throwsValidationExceptionNamingTheMemberAndSendsNothing() throws Exception {
        convenienceMethods();
        int convenience = total();
        requestMethods();

        int probes = total();
        System.out.printf("bad-input probes: %d (%d through %d plain-argument methods, %d through request-type methods)%n",
                probes, convenience, probesByMethod.size(), probes - convenience);
        assertThat(failures).as("of %d probes", probes).isEmpty();
        assertThat(probes).isGreaterThan(300);
    }

    private int total() {
        return probesByMethod.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void convenienceMethods() {
        OpportunityClient opportunities = selling.opportunities();
        strings("opportunities().get", "GetOpportunity", "Identifier", opportunities::get);
        strings("opportunities().update", "UpdateOpportunity", "Identifier", v -> opportunities.update(v, o -> o));
        strings("opportunities().replace", "UpdateOpportunity", "Identifier",
                v -> opportunities.replace(v, Instant.parse("2026-01-01T00:00:00Z"), Opportunity.builder().build()));
        for (String op : List.of("AssociateOpportunity", "DisassociateOpportunity")) {
            boolean associate = op.startsWith("Associate");
            String method = associate ? "opportunities().associate" : "opportunities().disassociate";
            TriCall call = associate ? opportunities::associate : opportunities::disassociate;
            strings(method, op, "OpportunityIdentifier", v -> call.apply(v, RelatedEntityType.SOLUTIONS, "S-0000001"));
            strings(method, op, "RelatedEntityIdentifier", v -> call.apply(ID, RelatedEntityType.SOLUTIONS, v));
            picklist(method, op, "RelatedEntityType", RelatedEntityType::of, t -> call.apply(ID, t, "S-0000001"));
        }
        strings("opportunities().submit", "SubmitOpportunity", "Identifier", v -> opportunities.submit(v, InvolvementType.CO_SELL, null));
        picklist("opportunities().submit", "SubmitOpportunity", "InvolvementType", InvolvementType::of,
                t -> opportunities.submit(ID, t, Visibility.FULL));
        picklist("opportunities().submit", "SubmitOpportunity", "Visibility", Visibility::of,
                t -> opportunities.submit(ID, InvolvementType.CO_SELL, t));
        strings("opportunities().simulateReview", "UpdateOpportunity", "Identifier",
                v -> opportunities.simulateReview(v, ReviewStatus.APPROVED));
        probe("opportunities().simulateReview", "LifeCycle.ReviewStatus", "unknown value via of()",
                () -> opportunities.simulateReview(ID, ReviewStatus.of("NOT_A_VALUE_OF_THE_MODEL")));
        probe("opportunities().simulateReview", "LifeCycle.ReviewStatus", "null", () -> opportunities.simulateReview(ID, null));
        AssigneeContact assignee = AssigneeContact.builder().firstName("Jane").lastName("Doe").email("jane@example.com")
                .businessTitle("PartnerAccountManager").build();
        strings("opportunities().assign", "AssignOpportunity", "Identifier", v -> opportunities.assign(v, assignee));
        probe("opportunities().assign", "Assignee", "null", () -> opportunities.assign(ID, null));
        strings("opportunities().getAwsSummary", "GetAwsOpportunitySummary", "RelatedOpportunityIdentifier",
                opportunities::getAwsSummary);

        InvitationClient invitations = selling.invitations();
        strings("invitations().get", "GetEngagementInvitation", "Identifier", invitations::get);
        strings("invitations().accept", "AcceptEngagementInvitation", "Identifier", invitations::accept);
        strings("invitations().reject", "RejectEngagementInvitation", "Identifier", v -> invitations.reject(v, "Not our market"));
        strings("invitations().reject", "RejectEngagementInvitation", "RejectionReason",
                v -> invitations.reject("engi-0123456789abc", v));

        strings("engagements().get", "GetEngagement", "Identifier", selling.engagements()::get);

        TagClient tags = selling.tags();
        String arn = "arn:aws:partnercentral:us-east-1:123456789012:catalog/Sandbox/opportunity/" + ID;
        strings("tags().list", "ListTagsForResource", "ResourceArn", tags::list);
        strings("tags().tag", "TagResource", "ResourceArn", v -> tags.tag(v, List.of(Tag.of("team", "emea"))));
        probe("tags().tag", "Tags", "null", () -> tags.tag(arn, null));
        strings("tags().untag", "UntagResource", "ResourceArn", v -> tags.untag(v, List.of("team")));
        probe("tags().untag", "TagKeys", "null", () -> tags.untag(arn, null));

        strings("settings().putSnapshotJobRole", "PutSellingSystemSettings", "ResourceSnapshotJobRoleIdentifier",
                selling.settings()::putSnapshotJobRole);

        SnapshotJobClient jobs = selling.snapshotJobs();
        strings("snapshotJobs().get", "GetResourceSnapshotJob", "ResourceSnapshotJobIdentifier", jobs::get);
        strings("snapshotJobs().start", "StartResourceSnapshotJob", "ResourceSnapshotJobIdentifier", jobs::start);
        strings("snapshotJobs().stop", "StopResourceSnapshotJob", "ResourceSnapshotJobIdentifier", jobs::stop);
        strings("snapshotJobs().delete", "DeleteResourceSnapshotJob", "ResourceSnapshotJobIdentifier", jobs::delete);
        strings("snapshotJobs().waitFor", "GetResourceSnapshotJob", "ResourceSnapshotJobIdentifier",
                v -> jobs.waitFor(v, SnapshotJobStatus.RUNNING, Duration.ofSeconds(1)));

        SnapshotClient snapshots = selling.snapshots();
        strings("snapshots().create", "CreateResourceSnapshot", "EngagementIdentifier",
                v -> snapshots.create(SnapshotTarget.opportunity(v, ID, "OpportunitySummaryView")));
        strings("snapshots().create", "CreateResourceSnapshot", "ResourceIdentifier",
                v -> snapshots.create(SnapshotTarget.opportunity("eng-0123456789abcd", v, "OpportunitySummaryView")));
        strings("snapshots().create", "CreateResourceSnapshot", "ResourceSnapshotTemplateIdentifier",
                v -> snapshots.create(SnapshotTarget.opportunity("eng-0123456789abcd", ID, v)));
        strings("snapshots().get", "GetResourceSnapshot", "ResourceIdentifier",
                v -> snapshots.get(SnapshotTarget.opportunity("eng-0123456789abcd", v, "OpportunitySummaryView")));

        TaskClient tasks = selling.tasks();
        strings("tasks().getProspectingFromEngagement", "GetProspectingFromEngagementTask", "TaskIdentifier",
                tasks::getProspectingFromEngagement);

        ReferralInbox inbox = selling.inbox();
        strings("inbox().accept", "StartEngagementByAcceptingInvitationTask", "Identifier",
                v -> inbox.accept(v, Duration.ofSeconds(1)));
        strings("inbox().reject", "RejectEngagementInvitation", "Identifier", v -> inbox.reject(v, "Not our market"));
        strings("inbox().reject", "RejectEngagementInvitation", "RejectionReason", v -> inbox.reject("engi-0123456789abc", v));
        strings("inbox().acceptLead", "AcceptEngagementInvitation", "Identifier", inbox::acceptLead);
        strings("inbox().qualifyLead", "GetEngagement", "Identifier", v -> inbox.qualifyLead(v, lead -> lead));
        strings("inbox().convertLead", "GetEngagement", "Identifier", v -> inbox.convertLead(v, Duration.ofSeconds(1)));
    }

    @FunctionalInterface
    private interface TriCall {
        void apply(String id, RelatedEntityType type, String entity);
    }

    /**
     * Every sub-client method whose one parameter is an operation's request type, found by reflection:
     * each top-level member of the request, set through the request's builder, gets the model's bad values.
     */
    private void requestMethods() throws Exception {
        Map<Class<?>, Operation> byInput = new LinkedHashMap<>();
        for (Operation operation : Operation.values()) {
            if (operation.inputType() != Opportunity.class) {
                // Opportunity is the input of both CreateOpportunity and UpdateOpportunity; its rules have their own tests.
                byInput.putIfAbsent(operation.inputType(), operation);
            }
        }
        for (Method accessor : PartnerCentralSelling.class.getMethods()) {
            Class<?> client = accessor.getReturnType();
            if (accessor.getParameterCount() != 0 || !client.isInterface() || !client.getPackageName().equals("io.partnercentral.selling")
                    || client == PartnerCentralSelling.class) {
                continue;
            }
            Object target = accessor.invoke(selling);
            for (Method method : client.getMethods()) {
                if (method.getParameterCount() != 1 || !byInput.containsKey(method.getParameterTypes()[0])) {
                    continue;
                }
                Operation operation = byInput.get(method.getParameterTypes()[0]);
                probeRequestMethod(accessor.getName() + "()." + method.getName() + "(" + method.getParameterTypes()[0].getSimpleName() + ")",
                        target, method, operation);
            }
        }
    }

    private void probeRequestMethod(String label, Object target, Method method, Operation operation) throws Exception {
        String name = operation.wireName();
        JsonNode input = shape(model.path("operations").path(name).path("input").path("shape").asText());
        for (Iterator<Map.Entry<String, JsonNode>> it = input.path("members").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String member = entry.getKey();
            JsonNode shape = shape(entry.getValue().path("shape").asText());
            if (shape.path("type").asText().equals("list")) {
                probeListElements(label, target, method, operation, member, shape(shape.path("member").path("shape").asText()));
                continue;
            }
            Method setter = setter(operation.inputType(), member, "");
            if (setter == null) {
                failures.add(label + ": no builder setter for " + member);
                continue;
            }
            Class<?> type = setter.getParameterTypes()[0];
            boolean required = required(name, member) && !FILLED_BY_THE_SDK.contains(member);
            if (shape.path("type").asText().equals("string") && type == String.class) {
                badStrings(shape, required).forEach((what, value) -> probe(label, member, what,
                        () -> invoke(target, method, request(operation.inputType(), setter, value))));
            } else if ((type == int.class || type == Integer.class || type == long.class || type == Long.class)
                    && (shape.has("min") || shape.has("max"))) {
                Map<String, Long> outOfRange = new LinkedHashMap<>();
                if (shape.has("min")) {
                    outOfRange.put("below its minimum", shape.path("min").asLong() - 1);
                }
                if (shape.has("max")) {
                    outOfRange.put("above its maximum", shape.path("max").asLong() + 1);
                }
                outOfRange.forEach((what, number) -> probe(label, member, what, () -> invoke(target, method,
                        request(operation.inputType(), setter, type == int.class || type == Integer.class
                                ? (Object) (int) (long) number : (Object) number))));
            } else if (Picklist.class.isAssignableFrom(type)) {
                Method of = type.getMethod("of", String.class);
                if (required) {
                    probe(label, member, "null", () -> invoke(target, method, request(operation.inputType(), setter, null)));
                }
                Object unknown = of.invoke(null, "NOT_A_VALUE_OF_THE_MODEL");
                probe(label, member, "unknown value via of()",
                        () -> invoke(target, method, request(operation.inputType(), setter, unknown)));
            } else if (required && !type.isPrimitive() && !Iterable.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type)) {
                probe(label, member, "null", () -> invoke(target, method, request(operation.inputType(), setter, null)));
            } else if (required) {
                // A required list or map left empty is how a builder says "not given".
                probe(label, member, "missing", () -> invoke(target, method, request(operation.inputType(), null, null)));
            }
        }
    }

    /** A list member: one element of each bad value the element's shape gives, through the builder's adder. */
    private void probeListElements(String label, Object target, Method method, Operation operation, String member,
            JsonNode element) throws Exception {
        Method adder = setter(operation.inputType(), member, "add");
        if (adder == null) {
            failures.add(label + ": no builder adder for " + member);
            return;
        }
        Class<?> type = adder.getParameterTypes()[0];
        if (element.path("type").asText().equals("string") && type == String.class) {
            badStrings(element, false).forEach((what, value) -> probe(label, member, "element " + what,
                    () -> invoke(target, method, request(operation.inputType(), adder, value))));
        } else if (Picklist.class.isAssignableFrom(type)) {
            Object unknown = type.getMethod("of", String.class).invoke(null, "NOT_A_VALUE_OF_THE_MODEL");
            probe(label, member, "element unknown via of()",
                    () -> invoke(target, method, request(operation.inputType(), adder, unknown)));
        }
    }

    /**
     * The builder's method {@code prefix + member} (in lower camel case without a prefix) taking one
     * value of the member, not an {@code Optional}, iterable or builder consumer; for a list, its adder.
     */
    private static Method setter(Class<?> requestType, String member, String prefix) throws Exception {
        Object builder = requestType.getMethod("builder").invoke(null);
        String name = prefix.isEmpty() ? Character.toLowerCase(member.charAt(0)) + member.substring(1) : prefix + member;
        Method found = null;
        for (Method m : builder.getClass().getMethods()) {
            Class<?> parameter = m.getParameterCount() == 1 ? m.getParameterTypes()[0] : null;
            if (parameter != null && (m.getName().equals(name) || !prefix.isEmpty() && m.getName().equals(depluralized(name)))
                    && !Modifier.isStatic(m.getModifiers()) && parameter != java.util.Optional.class
                    && !Iterable.class.isAssignableFrom(parameter) && !parameter.isArray()
                    && parameter != Consumer.class) {
                if (found == null || m.getParameterTypes()[0] == String.class) {
                    found = m;
                }
            }
        }
        if (found != null) {
            found.setAccessible(true);
        }
        return found;
    }

    /** The adder name Immutables derives from a plural member name ({@code addStatuses} to {@code addStatus}). */
    private static String depluralized(String name) {
        if (name.endsWith("ies")) {
            return name.substring(0, name.length() - 3) + "y";
        }
        if (name.endsWith("ses")) {
            return name.substring(0, name.length() - 2);
        }
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private static Object request(Class<?> requestType, Method setter, Object value) {
        try {
            Object builder = requestType.getMethod("builder").invoke(null);
            if (setter != null) {
                setter.invoke(builder, value);
            }
            Method build = builder.getClass().getMethod("build");
            build.setAccessible(true);
            return build.invoke(builder);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void invoke(Object target, Method method, Object request) {
        try {
            Object result = method.invoke(target, request);
            if (result instanceof PageIterable<?> pages) {
                // Listings are lazy: the first page is where a call would be made.
                pages.iterator().next();
            }
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

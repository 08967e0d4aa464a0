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
 * at every depth, a value too long, one breaking the member's pattern, one with half a UTF-16
 * character, one too short, an unknown picklist value built with {@code of()} (where the model
 * restricts the member to its enum; elsewhere {@code of()} of each bad string), and null where the
 * member is required. Every probe must end in a local {@link ValidationException} naming the member's
 * path, with nothing sent to the server.
 *
 * <ul>
 *   <li>Plain-argument methods: listed here with the member each argument fills; and every public
 *       method of every sub-client, found by reflection, with each argument null in turn (a
 *       {@code REQUIRED_FIELD_MISSING}, never a NullPointerException), except the arguments the
 *       model leaves optional.</li>
 *   <li>Request-type methods, found by reflection: every member of the request, recursively through
 *       structures, unions and lists (engagement contexts, invitation payloads, task inputs, list
 *       filters, tags), built from empty builders.</li>
 *   <li>The Opportunity of create and replace: every member the SDK sends (customer.account.address,
 *       contacts, project lists, lifeCycle, marketing, softwareRevenue, the team, tags) on an
 *       otherwise valid opportunity. Members the codegen's customization marks read-only are never
 *       sent, so they are not probed.</li>
 * </ul>
 */
class BadInputProbeTest {
    private static final String ID = "O1234567";
    private static final Set<String> FILLED_BY_THE_SDK = Set.of("Catalog", "ClientToken");

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static JsonNode model;
    /** Members the SDK never sends ({@code Type.Member}, from the codegen's customization): nothing to check. */
    private static Set<String> readOnly;
    /** A valid element for list members whose type has mandatory attributes, so one member can be made bad. */
    private static final Map<Class<?>, Object> SAMPLES = Map.of(Tag.class, Tag.of("team", "emea"),
            io.partnercentral.selling.model.OpportunitySort.class, io.partnercentral.selling.model.OpportunitySort.of(
                    io.partnercentral.selling.model.OpportunitySortField.LAST_MODIFIED_DATE,
                    io.partnercentral.selling.model.SortOrder.ASCENDING),
            io.partnercentral.selling.model.SnapshotJobSort.class, io.partnercentral.selling.model.SnapshotJobSort.of(
                    io.partnercentral.selling.model.SortBy.CREATED_DATE, io.partnercentral.selling.model.SortOrder.ASCENDING));
    /** Accessor names the codegen's customization gives instead of the member's ({@code Type.Member}). */
    private static Map<String, String> accessors;
    /** Placed at a list member: the list left empty. */
    private static final Object EMPTY_LIST = new Object();
    private PartnerCentralSelling selling;
    private final Map<String, Integer> probesByMethod = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        if (model == null) {
            model = WireJson.mapper().readTree(Files.readString(Path.of("..", "model", "service-2.json")));
            readOnly = new java.util.HashSet<>();
            accessors = new java.util.HashMap<>();
            JsonNode customization = WireJson.mapper().readTree(Files.readString(Path.of("src", "main", "codegen", "customization.json")));
            customization.path("readOnly").forEach(member -> readOnly.add(member.asText()));
            customization.path("accessors").fields().forEachRemaining(e -> accessors.put(e.getKey(), e.getValue().asText()));
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
        nullArguments();
        int convenience = total();
        requestMethods();
        int requests = total() - convenience;
        opportunityPayloads();
        int payloads = total() - convenience - requests;

        int probes = total();
        System.out.printf("bad-input probes: %d (%d through plain-argument methods, %d through request-type methods,"
                        + " %d through the Opportunity of create and replace) over %d methods; failures: %d%n",
                probes, convenience, requests, payloads, probesByMethod.size(), failures.size());
        failures.stream().limit(200).forEach(f -> System.out.println("  " + f));
        assertThat(failures).as("of %d probes", probes).isEmpty();
        assertThat(probes).isGreaterThanOrEqualTo(625);
    }

    /**
     * Every member of the Opportunity that create and replace send, at every depth (customer.account.address.*,
     * project lists, lifeCycle, marketing, softwareRevenue, the opportunity team), set to each of the model's
     * bad values on an otherwise valid opportunity.
     */
    private void opportunityPayloads() throws Exception {
        OpportunityClient opportunities = selling.opportunities();
        // Valid, with one element in each list of structures, so that a bad member is the only violation.
        Opportunity valid = io.partnercentral.selling.model.Fixtures.validOpportunity().toBuilder()
                .addTags(Tag.of("team", "emea"))
                .addOpportunityTeam(c -> c.firstName("Jane").lastName("Doe").email("jane@example.com").businessTitle("Partner"))
                .customer(io.partnercentral.selling.model.Fixtures.validOpportunity().customer().orElseThrow().toBuilder()
                        .addContacts(io.partnercentral.selling.model.Contact.builder().firstName("John").lastName("Roe")
                                .email("john@example.com").businessTitle("CTO").build()).build())
                .build();
        walk("opportunities().create(Opportunity)", shape("CreateOpportunityRequest"), Opportunity.class, List.of(), "",
                Set.of("Catalog", "ClientToken"), 0,
                (path, value) -> () -> opportunities.create((Opportunity) with(valid, Opportunity.class, path, 0, value)));
        walk("opportunities().replace", shape("UpdateOpportunityRequest"), Opportunity.class, List.of(), "",
                Set.of("Catalog", "Identifier", "LastModifiedDate"), 0,
                (path, value) -> () -> opportunities.replace(ID, Instant.parse("2026-01-01T00:00:00Z"),
                        (Opportunity) with(valid, Opportunity.class, path, 0, value)));
    }

    /** One step into a value: a member by its wire name, as the one element of a list when {@code element}. */
    private record Step(String member, boolean element) {}

    /** Makes the call that sends a value with {@code value} at {@code path}. */
    @FunctionalInterface
    private interface Placed {
        Runnable at(List<Step> path, Object value);
    }

    private static String camel(String member) {
        return Character.toLowerCase(member.charAt(0)) + member.substring(1);
    }

    /** The type a member's accessor holds: T of Optional<T> or List<T>, or the return type. */
    private static Class<?> valueType(Method accessor) {
        java.lang.reflect.Type type = accessor.getGenericReturnType();
        if (type instanceof java.lang.reflect.ParameterizedType parameterized
                && (accessor.getReturnType() == java.util.Optional.class || List.class.isAssignableFrom(accessor.getReturnType()))) {
            java.lang.reflect.Type argument = parameterized.getActualTypeArguments()[0];
            if (argument instanceof java.lang.reflect.WildcardType wildcard) {
                argument = wildcard.getUpperBounds()[0];
            }
            if (argument instanceof java.lang.reflect.ParameterizedType nested) {
                argument = nested.getRawType();
            }
            return (Class<?>) argument;
        }
        return accessor.getReturnType();
    }

    /** The accessor (and builder setter) name of {@code member} in the facade type {@code type}. */
    private static String javaName(Class<?> type, String member) {
        return accessors.getOrDefault(type.getSimpleName() + "." + member, camel(member));
    }

    private static Method accessor(Class<?> type, String member) {
        try {
            return type.getMethod(javaName(type, member));
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /**
     * Probes every member of {@code shape} (held by the facade type {@code type}) and, recursively, of its
     * structures, unions and lists of structures, with the model's bad values for it.
     */
    private void walk(String method, JsonNode shape, Class<?> type, List<Step> path, String wirePath, Set<String> skip,
            int depth, Placed placed) throws Exception {
        if (depth > 8) {
            return;
        }
        Set<String> required = new java.util.HashSet<>();
        shape.path("required").forEach(r -> required.add(r.asText()));
        boolean union = shape.path("type").asText().equals("union");
        for (Iterator<Map.Entry<String, JsonNode>> it = shape.path("members").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String member = entry.getKey();
            if (depth == 0 && skip.contains(member)) {
                continue;
            }
            if (readOnly.contains(type.getSimpleName() + "." + member)) {
                continue;
            }
            JsonNode memberShape = shape(entry.getValue().path("shape").asText());
            Method accessor = accessor(type, member);
            if (accessor == null) {
                failures.add(method + ": " + type.getSimpleName() + " has no accessor for " + member);
                continue;
            }
            Class<?> held = valueType(accessor);
            String at = wirePath.isEmpty() ? member : wirePath + "." + member;
            List<Step> here = new ArrayList<>(path);
            String kind = memberShape.path("type").asText();
            boolean list = kind.equals("list");
            here.add(new Step(member, list));
            // A member whose Java type is not Optional is mandatory in the builder: null cannot be built at all.
            boolean nullable = accessor.getReturnType() == java.util.Optional.class;
            boolean isRequired = required.contains(member) && !union && nullable
                    && !(depth == 0 && FILLED_BY_THE_SDK.contains(member));
            if (list) {
                if (required.contains(member) && !union) {
                    // A required list left empty is how a builder says "not given".
                    probe(method, at, "missing", placed.at(List.copyOf(here), EMPTY_LIST));
                }
                memberShape = shape(memberShape.path("member").path("shape").asText());
                kind = memberShape.path("type").asText();
                at = at + "[0]";
                isRequired = false;
            }
            List<Step> target = List.copyOf(here);
            String label = at;
            switch (kind) {
                case "string" -> {
                    if (Picklist.class.isAssignableFrom(held)) {
                        Method of = held.getMethod("of", String.class);
                        if (memberShape.has("enum")) {
                            probe(method, label, "unknown value via of()", placed.at(target, of.invoke(null, "NOT_A_VALUE_OF_THE_MODEL")));
                        } else {
                            // A picklist the model leaves open: its values still obey the member's string rules.
                            for (Map.Entry<String, String> bad : badStrings(memberShape, false).entrySet()) {
                                probe(method, label, bad.getKey() + " via of()", placed.at(target, of.invoke(null, bad.getValue())));
                            }
                        }
                        if (isRequired) {
                            probe(method, label, "null", placed.at(target, null));
                        }
                    } else if (held == String.class) {
                        badStrings(memberShape, isRequired).forEach((what, value) -> probe(method, label, what, placed.at(target, value)));
                    }
                }
                case "integer", "long" -> {
                    if (memberShape.has("min")) {
                        Object below = held == Long.class || held == long.class ? (Object) (memberShape.path("min").asLong() - 1)
                                : (Object) (memberShape.path("min").asInt() - 1);
                        probe(method, label, "below its minimum", placed.at(target, below));
                    }
                    if (memberShape.has("max")) {
                        Object above = held == Long.class || held == long.class ? (Object) (memberShape.path("max").asLong() + 1)
                                : (Object) (memberShape.path("max").asInt() + 1);
                        probe(method, label, "above its maximum", placed.at(target, above));
                    }
                }
                case "structure", "union" -> {
                    if (isRequired) {
                        probe(method, label, "null", placed.at(target, null));
                    }
                    walk(method, memberShape, held, target, label, skip, depth + 1, placed);
                }
                default -> {
                    if (isRequired && !held.isPrimitive()) {
                        probe(method, label, "null", placed.at(target, null));
                    }
                }
            }
        }
    }

    /**
     * {@code value} (of facade type {@code type}, possibly null) with {@code value} placed at {@code path}
     * from step {@code from} on: each structure on the way rebuilt through its builder, each list replaced by
     * a one-element list, each union made to hold the member the path names.
     */
    private static Object with(Object current, Class<?> type, List<Step> path, int from, Object value) {
        try {
            Step step = path.get(from);
            Method accessor = type.getMethod(javaName(type, step.member()));
            Class<?> held = valueType(accessor);
            Object child = value;
            if (from < path.size() - 1) {
                Object existing = current == null ? null : accessor.invoke(current);
                if (existing instanceof java.util.Optional<?> optional) {
                    existing = optional.orElse(null);
                } else if (existing instanceof List<?> elements) {
                    existing = elements.isEmpty() ? null : elements.get(0);
                }
                child = with(existing == null ? SAMPLES.get(held) : existing, held, path, from + 1, value);
            }
            if (io.partnercentral.selling.model.WireUnion.class.isAssignableFrom(type)) {
                return unionOf(type, step.member(), held, child);
            }
            Object builder = current == null ? type.getMethod("builder").invoke(null) : type.getMethod("toBuilder").invoke(current);
            Method setter = builderSetter(builder.getClass(), javaName(type, step.member()), step.element(), held);
            setter.invoke(builder, !step.element() ? child
                    : child == EMPTY_LIST ? List.of() : java.util.Collections.singletonList(child));
            Method build = builder.getClass().getMethod("build");
            build.setAccessible(true);
            return build.invoke(builder);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The builder's setter of a member: taking an Iterable for a list, else one value of the held type. */
    private static Method builderSetter(Class<?> builder, String name, boolean list, Class<?> held) {
        Method found = null;
        for (Method m : builder.getMethods()) {
            if (!m.getName().equals(name) || m.getParameterCount() != 1 || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Class<?> parameter = java.lang.invoke.MethodType.methodType(m.getParameterTypes()[0]).wrap().returnType();
            if (list ? parameter == Iterable.class : parameter == held || (parameter.isAssignableFrom(held)
                    && parameter != Object.class && parameter != java.util.Optional.class)) {
                if (found == null || parameter == held) {
                    found = m;
                }
            }
        }
        if (found == null) {
            throw new IllegalStateException(builder.getName() + " has no setter " + name + " for " + held.getSimpleName());
        }
        found.setAccessible(true);
        return found;
    }

    /** The union of type {@code union} holding {@code value} as its member {@code member}. */
    private static Object unionOf(Class<?> union, String member, Class<?> held, Object value) throws ReflectiveOperationException {
        Method factory = null;
        for (Method m : union.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1 && m.getParameterTypes()[0] == held
                    && union.isAssignableFrom(m.getReturnType())) {
                if (factory == null || m.getName().toLowerCase(java.util.Locale.ROOT).contains(member.toLowerCase(java.util.Locale.ROOT))) {
                    factory = m;
                }
            }
        }
        if (factory == null) {
            throw new IllegalStateException(union.getSimpleName() + " has no factory for " + member);
        }
        return factory.invoke(null, value == null ? held.getMethod("builder").invoke(null).getClass().getMethod("build").invoke(
                held.getMethod("builder").invoke(null)) : value);
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
                v -> jobs.waitFor(SnapshotJobStatus.RUNNING, v, Duration.ofSeconds(1)));

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

    /** Arguments a method takes as optional: null is a valid value there, not bad input. */
    private static final Set<String> NULL_ALLOWED = Set.of("OpportunityClient.submit#2", "InvitationClient.reject#1",
            "ReferralInbox.reject#1");

    /**
     * Every public method of every sub-client, each reference argument null in turn (the others valid):
     * a local ValidationException saying what is missing, never a NullPointerException from inside.
     */
    private void nullArguments() throws Exception {
        for (Method accessor : PartnerCentralSelling.class.getMethods()) {
            Class<?> client = accessor.getReturnType();
            if (Modifier.isStatic(accessor.getModifiers()) || accessor.getParameterCount() != 0 || !client.isInterface() || !client.getPackageName().equals("io.partnercentral.selling")
                    || client == PartnerCentralSelling.class) {
                continue;
            }
            Object target = accessor.invoke(selling);
            for (Method method : client.getMethods()) {
                if (Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                Class<?>[] types = method.getParameterTypes();
                for (int i = 0; i < types.length; i++) {
                    if (types[i].isPrimitive() || NULL_ALLOWED.contains(client.getSimpleName() + "." + method.getName() + "#" + i)) {
                        continue;
                    }
                    Object[] args = new Object[types.length];
                    for (int j = 0; j < types.length; j++) {
                        args[j] = j == i ? null : sample(types[j]);
                    }
                    String label = accessor.getName() + "()." + method.getName() + "(" + java.util.Arrays.stream(types)
                            .map(Class::getSimpleName).collect(java.util.stream.Collectors.joining(", ")) + ")";
                    probeNull(label, i, method.getParameters()[i], () -> {
                        try {
                            Object result = method.invoke(target, args);
                            if (result instanceof Iterable<?> pages) {
                                pages.iterator().hasNext();
                            }
                        } catch (InvocationTargetException e) {
                            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
            }
        }
    }

    /**
     * The async twin's promise: every reference argument of every async sub-client method null in turn
     * fails the returned future (or the publisher's subscriber) with a local ValidationException naming
     * that argument; nothing is thrown on the caller's thread and nothing is sent.
     */
    @Test
    void everyAsyncMethod_withANullArgument_failsItsFutureWithValidationExceptionNamingIt() throws Exception {
        try (PartnerCentralSellingAsync async = WireMockSupport.asyncFacade(wireMock)) {
            for (Method accessor : PartnerCentralSellingAsync.class.getMethods()) {
                Class<?> client = accessor.getReturnType();
                if (Modifier.isStatic(accessor.getModifiers()) || accessor.getParameterCount() != 0 || !client.isInterface()
                        || !client.getPackageName().equals("io.partnercentral.selling") || client == PartnerCentralSellingAsync.class) {
                    continue;
                }
                Object target = accessor.invoke(async);
                for (Method method : client.getMethods()) {
                    if (Modifier.isStatic(method.getModifiers())) {
                        continue;
                    }
                    Class<?>[] types = method.getParameterTypes();
                    for (int i = 0; i < types.length; i++) {
                        String simple = client.getSimpleName().replace("AsyncClient", "Client").replace("AsyncOperations", "Client");
                        if (types[i].isPrimitive() || NULL_ALLOWED.contains(simple + "." + method.getName() + "#" + i)) {
                            continue;
                        }
                        Object[] args = new Object[types.length];
                        for (int j = 0; j < types.length; j++) {
                            args[j] = j == i ? null : sample(types[j]);
                        }
                        String label = "async " + accessor.getName() + "()." + method.getName() + "(" + java.util.Arrays.stream(types)
                                .map(Class::getSimpleName).collect(java.util.stream.Collectors.joining(", ")) + ")";
                        probeNull(label, i, method.getParameters()[i], () -> {
                            Object result;
                            try {
                                result = method.invoke(target, args);
                            } catch (InvocationTargetException e) {
                                throw new IllegalStateException("thrown on the caller's thread instead of failing the future: "
                                        + e.getCause(), e.getCause());
                            } catch (IllegalAccessException e) {
                                throw new IllegalStateException(e);
                            }
                            Throwable failure;
                            try {
                                failure = asyncFailure(result);
                            } catch (Exception e) {
                                throw new IllegalStateException("no outcome: " + e, e);
                            }
                            if (failure instanceof RuntimeException r) {
                                throw r;
                            }
                            throw new IllegalStateException("completed without a failure: " + failure);
                        });
                    }
                }
            }
        }
        System.out.printf("async null-argument probes: %d over %d methods%n", total(), probesByMethod.size());
        assertThat(failures).isEmpty();
        assertThat(total()).as("async null-argument probes").isGreaterThan(50);
    }

    /** How an async result failed: a future's cause, or the error a publisher gives its first subscriber. */
    private static Throwable asyncFailure(Object result) throws Exception {
        if (result instanceof java.util.concurrent.CompletableFuture<?> future) {
            try {
                future.get(10, java.util.concurrent.TimeUnit.SECONDS);
                return null;
            } catch (java.util.concurrent.ExecutionException e) {
                return e.getCause();
            }
        }
        if (result instanceof org.reactivestreams.Publisher<?> publisher) {
            java.util.concurrent.CompletableFuture<Throwable> error = new java.util.concurrent.CompletableFuture<>();
            publisher.subscribe(new org.reactivestreams.Subscriber<Object>() {
                @Override
                public void onSubscribe(org.reactivestreams.Subscription subscription) {
                    subscription.request(1);
                }

                @Override
                public void onNext(Object item) {
                    error.complete(null);
                }

                @Override
                public void onError(Throwable t) {
                    error.complete(t);
                }

                @Override
                public void onComplete() {
                    error.complete(null);
                }
            });
            return error.get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        return null;
    }

    @Test
    void namesArgument_tellsTheArgumentsMemberFromAnother() {
        assertThat(namesArgument("Identifier", "id")).isTrue();
        assertThat(namesArgument("RelatedEntityIdentifier", "entityIdentifier")).isTrue();
        assertThat(namesArgument("LifeCycle.ReviewStatus", "status")).isTrue();
        assertThat(namesArgument("RelatedEntityType", "entityIdentifier")).isFalse();
        assertThat(namesArgument("LastModifiedDate", "opportunity")).isFalse();
    }

    /**
     * Whether a violation's field path names the argument {@code parameter}: its last segment, as
     * letters only, holds the parameter's name or is held by it ({@code Identifier} for {@code id},
     * {@code RelatedEntityType} for {@code type}, {@code AssignOpportunityRequest} for {@code request}).
     */
    static boolean namesArgument(String fieldPath, String parameter) {
        String last = fieldPath.substring(fieldPath.lastIndexOf('.') + 1);
        String member = letters(last);
        String argument = letters(parameter);
        return !member.isEmpty() && !argument.isEmpty() && (member.contains(argument) || argument.contains(member));
    }

    private static String letters(String name) {
        return name.replaceAll("\\[\\d*\\]", "").replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT)
                .replace("identifier", "id");
    }

    /**
     * A null argument: a local ValidationException with a REQUIRED_FIELD_MISSING violation naming that
     * argument (its member, or the parameter's own name where it fills none), nothing sent.
     */
    private void probeNull(String method, int argument, java.lang.reflect.Parameter parameter, Runnable call) {
        probesByMethod.merge(method, 1, Integer::sum);
        wireMock.resetRequests();
        Throwable thrown = null;
        try {
            call.run();
        } catch (Throwable t) {
            thrown = t;
        }
        int sent = wireMock.getAllServeEvents().size();
        String label = method + " with argument " + argument + " null";
        if (sent > 0) {
            failures.add(label + ": " + sent + " request(s) sent");
        }
        if (!(thrown instanceof ValidationException validation) || !validation.isLocal()) {
            failures.add(label + ": " + (thrown == null ? "no exception" : thrown.getClass().getName() + ": " + thrown.getMessage()));
        } else if (validation.violations().stream().noneMatch(v -> v.code() == io.partnercentral.selling.model.ValidationErrorCode.REQUIRED_FIELD_MISSING)) {
            failures.add(label + ": the ValidationException says " + validation.violations() + ", not that something is missing");
        } else if (!parameter.isNamePresent()) {
            failures.add(label + ": compiled without -parameters, so the argument's name cannot be checked");
        } else if (validation.violations().stream().noneMatch(v -> namesArgument(v.fieldPath(), parameter.getName()))) {
            failures.add(label + ": the ValidationException names " + validation.violations() + ", not the argument "
                    + parameter.getName());
        }
    }

    /** A valid argument of {@code type} for the null probes. */
    private static Object sample(Class<?> type) {
        try {
            if (type == int.class) {
                return 1;
            } else if (type == String.class) {
                return ID;
            } else if (type == Duration.class) {
                return Duration.ofSeconds(1);
            } else if (type == Instant.class) {
                return Instant.parse("2026-01-01T00:00:00Z");
            } else if (type == Opportunity.class) {
                return io.partnercentral.selling.model.Fixtures.validOpportunity();
            } else if (type == java.util.function.UnaryOperator.class) {
                return java.util.function.UnaryOperator.identity();
            } else if (type == Consumer.class) {
                return (Consumer<Object>) x -> { };
            } else if (type == java.util.stream.Stream.class) {
                return java.util.stream.Stream.empty();
            } else if (type == List.class || type == java.util.Collection.class) {
                return List.of();
            } else if (type == SnapshotTarget.class) {
                return SnapshotTarget.opportunity("eng-0123456789abcd", ID, "OpportunitySummaryView");
            } else if (type.isEnum()) {
                return type.getEnumConstants()[0];
            } else if (Picklist.class.isAssignableFrom(type)) {
                for (java.lang.reflect.Field field : type.getFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
                        return field.get(null);
                    }
                }
            }
            Object builder = type.getMethod("builder").invoke(null);
            Method build = builder.getClass().getMethod("build");
            build.setAccessible(true);
            return build.invoke(builder);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
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

    /** Every member of the request, at every depth, through the method: the request built from an empty builder. */
    private void probeRequestMethod(String label, Object target, Method method, Operation operation) throws Exception {
        JsonNode input = shape(model.path("operations").path(operation.wireName()).path("input").path("shape").asText());
        Class<?> type = operation.inputType();
        walk(label, input, type, List.of(), "", Set.of(), 0,
                (path, value) -> () -> invoke(target, method, with(null, type, path, 0, value)));
    }

    private static void invoke(Object target, Method method, Object request) {
        try {
            Object result = method.invoke(target, request);
            if (result instanceof PageIterable<?> pages) {
                // Listings are lazy: the first page is where a call would be made.
                pages.pages().iterator().next();
            }
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.partnercentral.selling.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the model cannot say, kept by hand in {@code customization.json}: SDK names, value lists the
 * reference gives for members the model types as plain strings, which members are read-only or
 * create-only, personal data beyond the model's {@code sensitive} trait, and the hand-written mixins
 * and factories that carry convenience methods.
 */
final class Customization {
    /** A picklist the model has no enum for: its values and a one-line description. */
    record ExtraPicklist(String name, String summary, List<String> values) {}

    /** An SDK structure type made of one or more model shapes that share member names. */
    record StructureGroup(String name, List<String> shapes, Set<String> exclude) {}

    /** A static factory on a generated type, delegating to hand-written code. */
    record Factory(String name, String params, String call) {}

    /** A documented request quota: its rate, its rolling 24-hour budget ({@code -1}: none) and its operations. */
    record Quota(String name, String summary, double perSecond, long daily, List<String> operations) {}

    /** A sub-client: its accessor name, its sync interface, the nouns that assign operations to it, its methods' names by operation. */
    record SubClient(String name, String type, List<String> nouns, Map<String, String> methods, Map<String, String> results,
            Set<String> behaviour) {}

    /**
     * A write result generated as a record: its model shape, SDK type, summary, whether it carries the
     * call's client token, and the members of its {@code of} factory.
     */
    record WriteResult(String shape, String type, String summary, boolean clientToken, List<String> factory) {}

    /** A hand-written predicate standing in for a model pattern, and the pattern it implements. */
    record FastPath(String predicate, String pattern) {}

    /** A kind of task: the operation that starts it and the one that reads it back. */
    record TaskKind(String name, String start, String read) {}

    final String packageName;
    final Map<String, String> picklistNames = new LinkedHashMap<>();
    final Map<String, Map<String, String>> constantNames = new LinkedHashMap<>();
    final Map<String, ExtraPicklist> extraPicklists = new LinkedHashMap<>();
    final Map<String, String> stringShapeTypes = new LinkedHashMap<>();
    final Map<String, String> memberTypes = new LinkedHashMap<>();
    final Map<String, StructureGroup> structures = new LinkedHashMap<>();
    /** Shapes whose SDK type is not a generated Immutables structure: the write results. */
    final Map<String, String> handWrittenShapes = new LinkedHashMap<>();
    final Map<String, WriteResult> writeResults = new LinkedHashMap<>();
    final Map<String, String> accessors = new LinkedHashMap<>();
    final Set<String> readOnly = new LinkedHashSet<>();
    final Set<String> createOnly = new LinkedHashSet<>();
    final Set<String> personalData = new LinkedHashSet<>();
    final Map<String, List<String>> parameters = new LinkedHashMap<>();
    final Map<String, String> valueMixins = new LinkedHashMap<>();
    final Map<String, String> builderMixins = new LinkedHashMap<>();
    final Map<String, List<Factory>> factories = new LinkedHashMap<>();
    final Map<String, String> variantNames = new LinkedHashMap<>();
    final Set<String> closedPicklists = new LinkedHashSet<>();
    final Map<String, String> patternMessages = new LinkedHashMap<>();
    /** Hand-written fast paths by string shape, each with the model pattern it was written for. */
    final Map<String, FastPath> patternPredicates = new LinkedHashMap<>();
    /** The operation that carries those the AWS client on the build's classpath predates. */
    final String carrier;
    final Map<String, String> bodyViews = new LinkedHashMap<>();
    final Map<String, String> errorFactories = new LinkedHashMap<>();
    final Map<String, List<String>> errorAliases = new LinkedHashMap<>();
    final Map<String, Quota> quotas = new LinkedHashMap<>();
    final Map<String, TaskKind> tasks = new LinkedHashMap<>();
    final Map<String, SubClient> subClients = new LinkedHashMap<>();

    private Customization(JsonNode root) {
        packageName = root.path("package").asText();
        strings(root.path("picklistNames"), picklistNames);
        root.path("constantNames").fields().forEachRemaining(e -> {
            Map<String, String> names = new LinkedHashMap<>();
            strings(e.getValue(), names);
            constantNames.put(e.getKey(), names);
        });
        root.path("extraPicklists").fields().forEachRemaining(e -> extraPicklists.put(e.getKey(),
                new ExtraPicklist(e.getKey(), e.getValue().path("summary").asText(), list(e.getValue().path("values")))));
        strings(root.path("stringShapeTypes"), stringShapeTypes);
        strings(root.path("memberTypes"), memberTypes);
        root.path("structures").fields().forEachRemaining(e -> structures.put(e.getKey(),
                new StructureGroup(e.getKey(), list(e.getValue().path("shapes")),
                        new LinkedHashSet<>(list(e.getValue().path("exclude"))))));
        strings(root.path("handWrittenShapes"), handWrittenShapes);
        root.path("writeResults").fields().forEachRemaining(e -> {
            writeResults.put(e.getKey(), new WriteResult(e.getKey(), e.getValue().path("type").asText(),
                    e.getValue().path("summary").asText(), e.getValue().path("clientToken").asBoolean(false),
                    list(e.getValue().path("factory"))));
            handWrittenShapes.put(e.getKey(), e.getValue().path("type").asText());
        });
        strings(root.path("accessors"), accessors);
        readOnly.addAll(list(root.path("readOnly")));
        createOnly.addAll(list(root.path("createOnly")));
        personalData.addAll(list(root.path("personalData")));
        root.path("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), list(e.getValue())));
        root.path("mixins").fields().forEachRemaining(e -> {
            if (e.getValue().has("value")) {
                valueMixins.put(e.getKey(), e.getValue().get("value").asText());
            }
            if (e.getValue().has("builder")) {
                builderMixins.put(e.getKey(), e.getValue().get("builder").asText());
            }
        });
        root.path("factories").fields().forEachRemaining(e -> {
            List<Factory> list = new ArrayList<>();
            e.getValue().forEach(f -> list.add(new Factory(f.path("name").asText(), f.path("params").asText(),
                    f.path("call").asText())));
            factories.put(e.getKey(), list);
        });
        strings(root.path("variantNames"), variantNames);
        closedPicklists.addAll(list(root.path("closedPicklists")));
        strings(root.path("patternMessages"), patternMessages);
        root.path("patternPredicates").fields().forEachRemaining(e -> patternPredicates.put(e.getKey(),
                new FastPath(e.getValue().path("predicate").asText(), e.getValue().path("pattern").asText())));
        JsonNode operations = root.path("operations");
        carrier = operations.path("carrier").asText("GetSellingSystemSettings");
        strings(operations.path("bodyViews"), bodyViews);
        strings(operations.path("errorFactories"), errorFactories);
        operations.path("errorAliases").fields().forEachRemaining(e -> errorAliases.put(e.getKey(), list(e.getValue())));
        operations.path("quotas").fields().forEachRemaining(e -> quotas.put(e.getKey(), new Quota(e.getKey(),
                e.getValue().path("summary").asText(null), e.getValue().path("perSecond").asDouble(),
                e.getValue().path("daily").asLong(-1), list(e.getValue().path("operations")))));
        operations.path("subClients").fields().forEachRemaining(e -> {
            Map<String, String> methods = new LinkedHashMap<>();
            strings(e.getValue().path("methods"), methods);
            Map<String, String> results = new LinkedHashMap<>();
            strings(e.getValue().path("results"), results);
            subClients.put(e.getKey(), new SubClient(e.getKey(), e.getValue().path("type").asText(),
                    list(e.getValue().path("nouns")), methods, results,
                    new LinkedHashSet<>(list(e.getValue().path("behaviour")))));
        });
        operations.path("tasks").fields().forEachRemaining(e -> tasks.put(e.getKey(), new TaskKind(e.getKey(),
                e.getValue().path("start").asText(), e.getValue().path("read").asText())));
    }

    static Customization read(Path file) throws IOException {
        return new Customization(new ObjectMapper().readTree(file.toFile()));
    }

    private static void strings(JsonNode node, Map<String, String> into) {
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("//")) {
                into.put(e.getKey(), e.getValue().asText());
            }
        });
    }

    private static List<String> list(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asText()));
        return values;
    }
}

package io.partnercentral.selling.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parts of a botocore service model the generator reads: operations, shapes, members and traits. */
final class ServiceModel {
    /** One shape of the model, with the traits the SDK acts on. */
    record Shape(String name, String type, Map<String, String> members, Set<String> required, List<String> enumValues,
            Long min, Long max, String pattern, boolean sensitive, boolean union, boolean exception,
            String element, String key, String value) {
        boolean isStructure() {
            return type.equals("structure") && !union;
        }
    }

    /** One operation: its name and input and output shapes (either may be null). */
    record Operation(String name, String input, String output, Set<String> idempotencyTokens, boolean idempotent) {
        /** Whether the operation only reads: the service's reads are its {@code Get*} and {@code List*} operations. */
        boolean readOnly() {
            return name.startsWith("Get") || name.startsWith("List");
        }
    }

    final Map<String, Shape> shapes = new LinkedHashMap<>();
    final Map<String, Operation> operations = new LinkedHashMap<>();
    final String targetPrefix;

    private ServiceModel(JsonNode root) {
        targetPrefix = root.path("metadata").path("targetPrefix").asText();
        root.path("shapes").fields().forEachRemaining(e -> shapes.put(e.getKey(), shape(e.getKey(), e.getValue())));
        root.path("operations").fields().forEachRemaining(e -> {
            JsonNode op = e.getValue();
            String input = op.path("input").path("shape").asText(null);
            String output = op.path("output").path("shape").asText(null);
            Set<String> tokens = new LinkedHashSet<>();
            if (input != null) {
                root.path("shapes").path(input).path("members").fields().forEachRemaining(m -> {
                    if (m.getValue().path("idempotencyToken").asBoolean(false)) {
                        tokens.add(m.getKey());
                    }
                });
            }
            operations.put(e.getKey(), new Operation(e.getKey(), input, output, tokens,
                    op.path("idempotent").asBoolean(false)));
        });
    }

    static ServiceModel read(Path serviceJson) throws IOException {
        return new ServiceModel(new ObjectMapper().readTree(serviceJson.toFile()));
    }

    Shape shape(String name) {
        Shape shape = shapes.get(name);
        if (shape == null) {
            throw new IllegalArgumentException("no shape " + name + " in the model");
        }
        return shape;
    }

    private static Shape shape(String name, JsonNode node) {
        Map<String, String> members = new LinkedHashMap<>();
        node.path("members").fields().forEachRemaining(m -> members.put(m.getKey(), m.getValue().path("shape").asText()));
        Set<String> required = new LinkedHashSet<>();
        node.path("required").forEach(r -> required.add(r.asText()));
        List<String> enumValues = new ArrayList<>();
        node.path("enum").forEach(v -> enumValues.add(v.asText()));
        return new Shape(name, node.path("type").asText(), Collections.unmodifiableMap(members),
                Collections.unmodifiableSet(required), List.copyOf(enumValues),
                node.has("min") ? node.get("min").asLong() : null,
                node.has("max") ? node.get("max").asLong() : null,
                node.path("pattern").asText(null),
                node.path("sensitive").asBoolean(false),
                node.path("union").asBoolean(false),
                node.path("exception").asBoolean(false),
                node.path("member").path("shape").asText(null),
                node.path("key").path("shape").asText(null),
                node.path("value").path("shape").asText(null));
    }
}

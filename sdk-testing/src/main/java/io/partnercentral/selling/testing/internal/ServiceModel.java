package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.ValidationErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Internal API: the service's official model (botocore's {@code service-2.json}), indexed: every
 * operation's input and output shape, every shape with its traits compiled. It is the emulator's
 * only source of member lists and single-field rules.
 *
 * <p>The default model is the repository's {@code model/service-2.json}, which the build packages
 * into this artifact under {@value #RESOURCE}; it is read once per JVM, on first use. Other models
 * (a newer one to try before the SDK catches up, or a test's modified copy) are read once per path.
 * Instances are immutable and shared.
 */
public final class ServiceModel {
    static final String RESOURCE = "/io/partnercentral/selling/testing/model/service-2.json";
    private static final Map<Object, ServiceModel> LOADED = new ConcurrentHashMap<>();
    private static final Pattern LENGTH_PATTERN = Pattern.compile("\\(\\?s\\)\\.\\{(\\d+),(\\d+)\\}");

    private final String apiVersion;
    private final Map<String, ModelShape> shapes;
    private final Map<String, ModelShape> inputs;
    private final Map<String, ModelShape> outputs;

    private ServiceModel(JsonNode root) {
        this.apiVersion = root.path("metadata").path("apiVersion").asText(null);
        this.shapes = index(root.path("shapes"));
        Map<String, ModelShape> in = new LinkedHashMap<>();
        Map<String, ModelShape> out = new LinkedHashMap<>();
        root.path("operations").fields().forEachRemaining(op -> {
            String input = op.getValue().path("input").path("shape").asText(null);
            String output = op.getValue().path("output").path("shape").asText(null);
            in.put(op.getKey(), input == null ? null : shape(input));
            out.put(op.getKey(), output == null ? null : shape(output));
        });
        this.inputs = Collections.unmodifiableMap(in);
        this.outputs = Collections.unmodifiableMap(out);
    }

    /** The model packaged with this artifact. */
    public static ServiceModel packaged() {
        return LOADED.computeIfAbsent(RESOURCE, key -> {
            try (InputStream in = ServiceModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the service model " + RESOURCE + " is missing from the classpath");
                }
                return new ServiceModel(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("the packaged service model could not be read", e);
            }
        });
    }

    /** A model read from a {@code service-2.json} file; each path is read once per JVM. */
    public static ServiceModel load(Path serviceJson) {
        Path key = serviceJson.toAbsolutePath().normalize();
        return LOADED.computeIfAbsent(key, k -> {
            try (InputStream in = Files.newInputStream(key)) {
                return new ServiceModel(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("the service model " + key + " could not be read", e);
            }
        });
    }

    public String apiVersion() {
        return apiVersion;
    }

    public boolean hasOperation(String operation) {
        return inputs.containsKey(operation);
    }

    /** Every operation of the model, by its {@code X-Amz-Target} name, in the model's order. */
    public Set<String> operations() {
        return inputs.keySet();
    }

    /** The operation's input shape; every operation of this API has one. */
    public ModelShape input(String operation) {
        ModelShape input = inputs.get(operation);
        if (input == null) {
            throw new IllegalArgumentException("the model has no input for " + operation);
        }
        return input;
    }

    /** The operation's output shape, or null when it returns an empty body. */
    public ModelShape output(String operation) {
        if (!outputs.containsKey(operation)) {
            throw new IllegalArgumentException("the model has no operation " + operation);
        }
        return outputs.get(operation);
    }

    public ModelShape shape(String name) {
        ModelShape shape = shapes.get(name);
        if (shape == null) {
            throw new IllegalArgumentException("the model has no shape " + name);
        }
        return shape;
    }

    /**
     * Where the service's answers break its own model, by operation: the member path and the rule it
     * breaks. ListTagsForResource answers an untagged resource with {@code "Tags": []} although TagList
     * says at least one.
     */
    private static final Map<String, Map<String, ValidationErrorCode>> SERVICE_DEVIATIONS =
            Map.of("ListTagsForResource", Map.of("Tags", ValidationErrorCode.NOT_ENOUGH_VALUES));

    /**
     * Checks a response body against the operation's output shape strictly: every trait, required
     * members, and no member the model lacks, but for the service's known deviations. Empty when it
     * conforms.
     */
    public Violations checkOutput(String operation, JsonNode body) {
        return checkStrictly(operation, body).without(SERVICE_DEVIATIONS.getOrDefault(operation, Map.of()));
    }

    private Violations checkStrictly(String operation, JsonNode body) {
        Violations v = new Violations();
        ModelShape output = output(operation);
        if (output == null) {
            if (!(body instanceof ObjectNode object) || !object.isEmpty()) {
                v.request(null, io.partnercentral.selling.model.ValidationErrorCode.INVALID_VALUE,
                        "The operation has no output; the body must be {}.");
            }
        } else {
            output.validate(body, "", v, true);
        }
        return v;
    }

    private static Map<String, ModelShape> index(JsonNode shapesNode) {
        Map<String, ModelShape> shapes = new LinkedHashMap<>();
        shapesNode.fields().forEachRemaining(entry -> shapes.put(entry.getKey(), create(entry.getKey(), entry.getValue())));
        for (Iterator<Map.Entry<String, JsonNode>> it = shapesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            ModelShape shape = shapes.get(entry.getKey());
            JsonNode definition = entry.getValue();
            if (shape.type == ModelShape.Type.STRUCTURE) {
                Map<String, ModelShape> members = new LinkedHashMap<>();
                definition.path("members").fields().forEachRemaining(m ->
                        members.put(m.getKey(), resolve(shapes, m.getValue(), entry.getKey())));
                shape.members = Collections.unmodifiableMap(members);
            } else if (shape.type == ModelShape.Type.LIST) {
                shape.element = resolve(shapes, definition.path("member"), entry.getKey());
            } else if (shape.type == ModelShape.Type.MAP) {
                shape.key = resolve(shapes, definition.path("key"), entry.getKey());
                shape.element = resolve(shapes, definition.path("value"), entry.getKey());
            }
        }
        return Collections.unmodifiableMap(shapes);
    }

    private static ModelShape resolve(Map<String, ModelShape> shapes, JsonNode reference, String from) {
        ModelShape target = shapes.get(reference.path("shape").asText());
        if (target == null) {
            throw new IllegalStateException("shape " + from + " refers to a shape the model lacks");
        }
        return target;
    }

    private static ModelShape create(String name, JsonNode definition) {
        ModelShape.Type type = type(name, definition.path("type").asText());
        Pattern pattern = null;
        Long min = definition.hasNonNull("min") ? definition.get("min").asLong() : null;
        Long max = definition.hasNonNull("max") ? definition.get("max").asLong() : null;
        Matcher lengthOnly = definition.hasNonNull("pattern")
                ? LENGTH_PATTERN.matcher(definition.get("pattern").asText()) : null;
        if (lengthOnly != null && lengthOnly.matches() && min == null && max == null) {
            // The model states most string lengths as a pattern (?s).{m,n}: report them as the length
            // rules they are (VALUE_OUT_OF_RANGE), counted in code points as regex '.' counts them.
            min = Long.parseLong(lengthOnly.group(1));
            max = Long.parseLong(lengthOnly.group(2));
        } else if (definition.hasNonNull("pattern")) {
            try {
                // botocore drops Smithy's ^ and $: the pattern must match the whole value.
                pattern = Pattern.compile(definition.get("pattern").asText());
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("shape " + name + " has a pattern Java cannot compile", e);
            }
        }
        Set<String> enumValues = new LinkedHashSet<>();
        definition.path("enum").forEach(value -> enumValues.add(value.asText()));
        Set<String> required = new LinkedHashSet<>();
        definition.path("required").forEach(member -> required.add(member.asText()));
        return new ModelShape(name, type, pattern, Collections.unmodifiableSet(enumValues),
                min, max,
                definition.path("sensitive").asBoolean(false), definition.path("union").asBoolean(false),
                Collections.unmodifiableSet(required));
    }

    private static ModelShape.Type type(String name, String type) {
        switch (type.toLowerCase(Locale.ROOT)) {
            case "string":
            case "enum":
                return ModelShape.Type.STRING;
            case "integer":
            case "short":
            case "byte":
                return ModelShape.Type.INTEGER;
            case "long":
                return ModelShape.Type.LONG;
            case "float":
            case "double":
            case "bigdecimal":
            case "biginteger":
                return ModelShape.Type.FLOAT;
            case "boolean":
                return ModelShape.Type.BOOLEAN;
            case "timestamp":
                return ModelShape.Type.TIMESTAMP;
            case "blob":
                return ModelShape.Type.BLOB;
            case "structure":
                return ModelShape.Type.STRUCTURE;
            case "list":
                return ModelShape.Type.LIST;
            case "map":
                return ModelShape.Type.MAP;
            default:
                throw new IllegalStateException("shape " + name + " has type " + type + ", unknown to the emulator");
        }
    }
}

package io.partnercentral.selling.codegen;

import io.partnercentral.selling.codegen.ServiceModel.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes the write results the overlay's {@code writeResults} names ({@code CreatedOpportunity},
 * {@code UpdatedOpportunity}) as records of every member of their model shape, with their codecs: a
 * member a refreshed model adds to {@code CreateOpportunityResponse} is a component the SDK reads, not
 * a member it drops. Members are plain values: text, an {@link java.time.Instant}, a number or a
 * boolean, {@code null} when the answer leaves them out; a structure, list or map member is its JSON
 * tree ({@code JsonNode}). Hand-written code builds them with the factory the overlay names, whose
 * signature a new member does not change.
 */
final class WriteResultWriter {
    private final SdkModel sdk;

    WriteResultWriter(SdkModel sdk) {
        this.sdk = sdk;
    }

    /** A component: the member's wire name, accessor, Java type and the JsonCodec reader. */
    private record Component(String wire, String accessor, String type, String reader) {}

    private List<Component> components(Customization.WriteResult result) {
        Shape shape = sdk.model.shape(result.shape());
        List<Component> out = new ArrayList<>();
        shape.members().forEach((wire, target) -> {
            Shape t = sdk.model.shape(target);
            String[] typed = switch (t.type()) {
                case "string" -> new String[] {"String", "text"};
                case "timestamp" -> new String[] {"Instant", "instant"};
                case "integer" -> new String[] {"Integer", "integer"};
                case "long" -> new String[] {"Long", "longValue"};
                case "double", "float" -> new String[] {"Double", "doubleValue"};
                case "boolean" -> new String[] {"Boolean", "bool"};
                // A structure, list or map: kept as the JSON tree it arrived as, so nothing the service sends is lost.
                default -> new String[] {"JsonNode", "tree"};
            };
            out.add(new Component(wire, Names.accessor(wire), typed[0], typed[1]));
        });
        return out;
    }

    /** The record. */
    String record(Customization.WriteResult result) {
        List<Component> components = components(result);
        Map<String, Component> byWire = new LinkedHashMap<>();
        components.forEach(c -> byWire.put(c.wire(), c));
        StringBuilder out = new StringBuilder(Writers.HEADER);
        out.append("package ").append(sdk.custom.packageName).append(";\n\n");
        out.append("import com.fasterxml.jackson.annotation.JsonFormat;\nimport com.fasterxml.jackson.annotation.JsonIgnore;\n")
                .append("import com.fasterxml.jackson.annotation.JsonProperty;\nimport com.fasterxml.jackson.databind.JsonNode;\n")
                .append("import java.time.Instant;\n\n");
        out.append("/**\n * ").append(result.summary()).append("\n *\n");
        for (Component c : components) {
            out.append(" * @param ").append(c.accessor()).append(" the answer's {@code ").append(c.wire())
                    .append("}, or {@code null} when it has none\n");
        }
        if (result.clientToken()) {
            out.append(" * @param clientToken the idempotency token every attempt of the call carried (not on the wire)\n");
        }
        out.append(" */\npublic record ").append(result.type()).append("(");
        StringJoiner params = new StringJoiner(",\n        ", "\n        ", "");
        for (Component c : components) {
            params.add("@JsonProperty(" + Names.literal(c.wire()) + ")"
                    + (c.type().equals("Instant") ? " @JsonFormat(shape = JsonFormat.Shape.STRING)" : "") + " " + c.type() + " "
                    + c.accessor());
        }
        if (result.clientToken()) {
            params.add("@JsonIgnore String clientToken");
        }
        out.append(params).append(") {\n");
        // The factory: the overlay's members, in its order; the rest null.
        StringJoiner factoryParams = new StringJoiner(", ");
        out.append("\n    /**\n     * {@return a result holding these members, the rest {@code null}}\n     *\n");
        for (String wire : result.factory()) {
            Component c = byWire.get(wire);
            if (c == null) {
                throw new IllegalStateException("customization.json writeResults: " + result.shape() + " has no member " + wire);
            }
            factoryParams.add(c.type() + " " + c.accessor());
            out.append("     * @param ").append(c.accessor()).append(" the {@code ").append(wire).append("} member\n");
        }
        out.append("     */\n    public static ").append(result.type()).append(" of(").append(factoryParams).append(") {\n")
                .append("        return new ").append(result.type()).append("(").append(arguments(components, result, "clientToken", true))
                .append(");\n    }\n");
        if (result.clientToken()) {
            out.append("\n    /**\n     * {@return this result with {@code token} as its client token}\n     *\n")
                    .append("     * @param token the ClientToken the call was sent with\n     */\n")
                    .append("    public ").append(result.type()).append(" withClientToken(String token) {\n")
                    .append("        return new ").append(result.type()).append("(").append(arguments(components, result, "token", false))
                    .append(");\n    }\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static String arguments(List<Component> components, Customization.WriteResult result, String token,
            boolean factory) {
        StringJoiner args = new StringJoiner(", ");
        for (Component c : components) {
            args.add(!factory || result.factory().contains(c.wire()) ? c.accessor() : "null");
        }
        if (result.clientToken()) {
            args.add(factory ? "null" : token);
        }
        return args.toString();
    }

    /** The codec. */
    String codec(Customization.WriteResult result) {
        List<Component> components = components(result);
        String type = result.type();
        String codec = CodecWriter.codecName(type);
        StringBuilder out = new StringBuilder(Writers.HEADER);
        out.append("package ").append(sdk.custom.packageName).append(";\n\n");
        out.append("import com.fasterxml.jackson.core.JsonGenerator;\nimport com.fasterxml.jackson.core.JsonParser;\n")
                .append("import com.fasterxml.jackson.core.JsonToken;\nimport com.fasterxml.jackson.databind.JsonNode;\n")
                .append("import java.io.IOException;\nimport java.time.Instant;\n")
                .append("import java.util.List;\n\n");
        out.append("/** The generated JSON reader and writer of {@link ").append(type).append("}; members it does not know are skipped. */\n");
        out.append("final class ").append(codec).append(" extends WireCodec<").append(type).append("> {\n");
        out.append("    private static final ").append(codec).append(" INSTANCE = new ").append(codec).append("();\n");
        StringJoiner names = new StringJoiner(", ");
        components.forEach(c -> names.add(Names.literal(c.wire())));
        out.append("    private static final List<String> MEMBER_NAMES = List.of(").append(names).append(");\n\n");
        out.append("    private ").append(codec).append("() {}\n\n");
        out.append("    static WireCodec<").append(type).append("> codec() {\n        return INSTANCE;\n    }\n\n");
        out.append("    @Override\n    public List<String> memberNames() {\n        return MEMBER_NAMES;\n    }\n\n");
        out.append("    @Override\n    public ").append(type).append(" read(JsonParser p) throws IOException {\n")
                .append("        if (p.currentToken() == JsonToken.VALUE_NULL) {\n            return null;\n        }\n");
        for (Component c : components) {
            out.append("        ").append(c.type()).append(" ").append(c.accessor()).append(" = null;\n");
        }
        out.append("        String name = JsonCodec.firstField(p, ").append(Names.literal(type)).append(");\n")
                .append("        try {\n            for (; name != null; name = p.nextFieldName()) {\n")
                .append("                if (p.nextToken() == JsonToken.VALUE_NULL) {\n                    continue;\n                }\n")
                .append("                switch (name) {\n");
        for (Component c : components) {
            out.append("                    case ").append(Names.literal(c.wire())).append(" -> ").append(c.accessor())
                    .append(" = JsonCodec.").append(c.reader()).append("(p);\n");
        }
        out.append("                    default -> p.skipChildren();\n                }\n            }\n")
                .append("        } catch (WireFormatException e) {\n            throw e.within(name);\n        }\n")
                .append("        JsonCodec.endObject(p);\n");
        StringJoiner args = new StringJoiner(", ");
        components.forEach(c -> args.add(c.accessor()));
        if (result.clientToken()) {
            args.add("null");
        }
        out.append("        return new ").append(type).append("(").append(args).append(");\n    }\n\n");
        out.append("    @Override\n    public void write(JsonGenerator g, ").append(type).append(" value, int view) throws IOException {\n")
                .append("        g.writeStartObject();\n");
        for (Component c : components) {
            out.append("        if (value.").append(c.accessor()).append("() != null) {\n            g.writeFieldName(")
                    .append(Names.literal(c.wire())).append(");\n            ");
            switch (c.type()) {
                case "String" -> out.append("g.writeString(value.").append(c.accessor()).append("());\n");
                case "Instant" -> out.append("g.writeString(value.").append(c.accessor()).append("().toString());\n");
                case "Boolean" -> out.append("g.writeBoolean(value.").append(c.accessor()).append("());\n");
                case "JsonNode" -> out.append("JsonCodec.writeTree(g, value.").append(c.accessor()).append("());\n");
                default -> out.append("g.writeNumber(value.").append(c.accessor()).append("());\n");
            }
            out.append("        }\n");
        }
        out.append("        g.writeEndObject();\n    }\n}\n");
        return out.toString();
    }
}

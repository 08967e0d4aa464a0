package io.partnercentral.selling.codegen;

import io.partnercentral.selling.codegen.SdkModel.Kind;
import io.partnercentral.selling.codegen.SdkModel.Member;
import io.partnercentral.selling.codegen.SdkModel.Structure;
import io.partnercentral.selling.codegen.SdkModel.Union;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the streaming JSON reader and writer of every structure and union ({@code <Type>Json}, a
 * {@code WireCodec}) and the registry that finds them by type ({@code ModelCodecs}): straight
 * jackson-core calls, one {@code switch} on the member name per object, no reflection. Databind
 * mappers reach them through {@code WireCodecModule}, so the types carry no Jackson annotations.
 */
final class CodecWriter {
    private static final String IMPORTS = """
            import com.fasterxml.jackson.core.JsonGenerator;
            import com.fasterxml.jackson.core.JsonParser;
            import com.fasterxml.jackson.core.JsonToken;
            import com.fasterxml.jackson.core.io.SerializedString;
            import com.fasterxml.jackson.databind.JsonNode;
            import java.io.IOException;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.util.LinkedHashMap;
            import java.util.List;
            import java.util.Map;
            import java.util.Optional;

            """;
    private static final Set<String> SCALARS = Set.of("String", "Integer", "Long", "Double", "Boolean", "Instant", "LocalDate");

    private final SdkModel sdk;
    private final String pkg;

    CodecWriter(SdkModel sdk) {
        this.sdk = sdk;
        this.pkg = sdk.custom.packageName;
    }

    static String codecName(String type) {
        return type + "Json";
    }

    String structure(Structure s) {
        String n = s.name();
        StringBuilder out = header(n);
        out.append("final class ").append(codecName(n)).append(" extends WireCodec<").append(n).append("> {\n");
        out.append("    static final ").append(codecName(n)).append(" INSTANCE = new ").append(codecName(n)).append("();\n");
        s.members().values().forEach(m -> out.append("    private static final SerializedString ").append(field(m.wireName()))
                .append(" = new SerializedString(").append(Names.literal(m.wireName())).append(");\n"));
        out.append("\n    private ").append(codecName(n)).append("() {}\n\n");
        memberNames(out, s.members().keySet());
        delegates(out, n);
        out.append("    @Override\n    public void writeMembers(JsonGenerator g, ").append(n).append(" value, int view) throws IOException {\n");
        out.append("        writeFields(g, value, view);\n    }\n\n");

        // Reading.
        out.append("    static ").append(n).append(" readValue(JsonParser p) throws IOException {\n");
        out.append("        if (p.currentToken() == JsonToken.VALUE_NULL) {\n            return null;\n        }\n");
        out.append("        ").append(n).append(".Builder b = ").append(n).append(".builder();\n");
        boolean lists = s.members().values().stream().anyMatch(m -> m.kind() == Kind.LIST);
        out.append("        String name = JsonCodec.firstField(p, ").append(Names.literal(n)).append(");\n");
        if (lists) {
            out.append("        int index = -1;\n");
        }
        out.append("        try {\n            for (; name != null; name = p.nextFieldName()) {\n");
        if (lists) {
            out.append("                index = -1;\n");
        }
        out.append("                JsonToken t = p.nextToken();\n                switch (name) {\n");
        for (Member m : s.members().values()) {
            out.append("                    case ").append(Names.literal(m.wireName())).append(":\n");
            out.append("                        if (t != JsonToken.VALUE_NULL) {\n");
            switch (m.kind()) {
                case OPTIONAL, REQUIRED -> {
                    if (sdk.unions.containsKey(m.elementType())) {
                        // An empty union object reads as no value.
                        out.append("                            ").append(m.elementType()).append(" union = ")
                                .append(readExpr(m.elementType())).append(";\n");
                        out.append("                            if (union != null) {\n                                b.")
                                .append(m.accessor()).append("(union);\n                            }\n");
                    } else {
                        out.append("                            b.").append(m.accessor()).append('(')
                                .append(readExpr(m.elementType())).append(");\n");
                    }
                }
                case LIST -> {
                    out.append("                            JsonCodec.startArray(p);\n");
                    out.append("                            while (p.nextToken() != JsonToken.END_ARRAY) {\n");
                    out.append("                                index++;\n");
                    out.append("                                if (p.currentToken() != JsonToken.VALUE_NULL) {\n");
                    out.append("                                    b.add").append(Names.capitalize(Names.singular(m.accessor())))
                            .append('(').append(readExpr(m.elementType())).append(");\n");
                    out.append("                                }\n                            }\n");
                }
                case MAP -> {
                    out.append("                            Map<String, ").append(m.elementType()).append("> map = new LinkedHashMap<>();\n");
                    out.append("                            for (String key = JsonCodec.startMap(p); key != null; key = p.nextFieldName()) {\n");
                    out.append("                                if (p.nextToken() != JsonToken.VALUE_NULL) {\n");
                    out.append("                                    map.put(key, ").append(readExpr(m.elementType())).append(");\n");
                    out.append("                                }\n                            }\n");
                    out.append("                            JsonCodec.endObject(p);\n");
                    out.append("                            b.").append(m.accessor()).append("(map);\n");
                }
                default -> throw new IllegalStateException(m.kind().toString());
            }
            out.append("                        }\n                        break;\n");
        }
        out.append("                    default:\n                        b.putAdditionalMember(name, JsonCodec.tree(p));\n");
        out.append("                }\n            }\n        } catch (WireFormatException e) {\n");
        out.append(lists ? "            throw e.within(index < 0 ? name : name + \"[\" + index + \"]\");\n"
                : "            throw e.within(name);\n");
        out.append("        }\n        JsonCodec.endObject(p);\n");
        boolean required = s.members().values().stream().anyMatch(m -> m.kind() == Kind.REQUIRED);
        if (required) {
            out.append("        try {\n            return b.build();\n        } catch (IllegalStateException missing) {\n");
            out.append("            throw JsonCodec.mismatch(p, ").append(Names.literal(n + " lacks a required member"))
                    .append(");\n        }\n");
        } else {
            out.append("        return b.build();\n");
        }
        out.append("    }\n\n");

        // Writing.
        out.append("    static void writeValue(JsonGenerator g, ").append(n).append(" v, int view) throws IOException {\n");
        out.append("        g.writeStartObject();\n        writeFields(g, v, view);\n        g.writeEndObject();\n    }\n\n");
        out.append("    static void writeFields(JsonGenerator g, ").append(n).append(" v, int view) throws IOException {\n");
        for (Member m : s.members().values()) {
            String indent = "        ";
            if (m.view() != null) {
                out.append(indent).append("if ((view & JsonCodec.").append(m.view().equals("ReadOnly") ? "READ_ONLY" : "CREATE_ONLY")
                        .append(") != 0) {\n");
                indent += "    ";
            }
            String local = local(m);
            switch (m.kind()) {
                case REQUIRED -> {
                    out.append(indent).append("g.writeFieldName(").append(field(m.wireName())).append(");\n");
                    out.append(indent).append(writeStmt(m.elementType(), "v." + m.accessor() + "()")).append('\n');
                }
                case OPTIONAL -> {
                    out.append(indent).append(m.javaType()).append(' ').append(local).append(" = v.").append(m.accessor()).append("();\n");
                    out.append(indent).append("if (").append(local).append(".isPresent()) {\n");
                    out.append(indent).append("    g.writeFieldName(").append(field(m.wireName())).append(");\n");
                    out.append(indent).append("    ").append(writeStmt(m.elementType(), local + ".get()")).append('\n');
                    out.append(indent).append("}\n");
                }
                case LIST -> {
                    out.append(indent).append(m.javaType()).append(' ').append(local).append(" = v.").append(m.accessor()).append("();\n");
                    out.append(indent).append("if (!").append(local).append(".isEmpty()) {\n");
                    out.append(indent).append("    g.writeFieldName(").append(field(m.wireName())).append(");\n");
                    out.append(indent).append("    g.writeStartArray();\n");
                    out.append(indent).append("    for (int i = 0, size = ").append(local).append(".size(); i < size; i++) {\n");
                    out.append(indent).append("        ").append(writeStmt(m.elementType(), local + ".get(i)")).append('\n');
                    out.append(indent).append("    }\n");
                    out.append(indent).append("    g.writeEndArray();\n");
                    out.append(indent).append("}\n");
                }
                case MAP -> {
                    out.append(indent).append(m.javaType()).append(' ').append(local).append(" = v.").append(m.accessor()).append("();\n");
                    out.append(indent).append("if (!").append(local).append(".isEmpty()) {\n");
                    out.append(indent).append("    g.writeFieldName(").append(field(m.wireName())).append(");\n");
                    out.append(indent).append("    g.writeStartObject();\n");
                    out.append(indent).append("    for (Map.Entry<String, ").append(m.elementType()).append("> e : ").append(local)
                            .append(".entrySet()) {\n");
                    out.append(indent).append("        g.writeFieldName(e.getKey());\n");
                    out.append(indent).append("        ").append(writeStmt(m.elementType(), "e.getValue()")).append('\n');
                    out.append(indent).append("    }\n");
                    out.append(indent).append("    g.writeEndObject();\n");
                    out.append(indent).append("}\n");
                }
                default -> throw new IllegalStateException(m.kind().toString());
            }
            if (m.view() != null) {
                out.append("        }\n");
            }
        }
        out.append("        Map<String, JsonNode> additional = v.additionalMembers();\n");
        out.append("        if (!additional.isEmpty()) {\n            JsonCodec.writeAdditional(g, additional);\n        }\n    }\n");

        requestHelpers(out, s);
        out.append("}\n");
        return out.toString();
    }

    String union(Union u) {
        String n = u.name();
        StringBuilder out = header(n);
        out.append("final class ").append(codecName(n)).append(" extends WireCodec<").append(n).append("> {\n");
        out.append("    static final ").append(codecName(n)).append(" INSTANCE = new ").append(codecName(n)).append("();\n");
        u.variantTypes().keySet().forEach(m -> out.append("    private static final SerializedString ").append(field(m))
                .append(" = new SerializedString(").append(Names.literal(m)).append(");\n"));
        out.append("\n    private ").append(codecName(n)).append("() {}\n\n");
        memberNames(out, u.variantTypes().keySet());
        delegates(out, n);
        out.append("    static ").append(n).append(" readValue(JsonParser p) throws IOException {\n");
        out.append("        if (p.currentToken() == JsonToken.VALUE_NULL) {\n            return null;\n        }\n");
        out.append("        ").append(n).append(" value = null;\n");
        out.append("        String name = JsonCodec.firstField(p, ").append(Names.literal(n)).append(");\n");
        out.append("        try {\n            for (; name != null; name = p.nextFieldName()) {\n");
        out.append("                JsonToken t = p.nextToken();\n");
        out.append("                if (t == JsonToken.VALUE_NULL || name.equals(\"__type\")) {\n");
        out.append("                    p.skipChildren();\n                    continue;\n                }\n");
        out.append("                if (value != null) {\n");
        out.append("                    throw JsonCodec.mismatch(p, ").append(Names.literal(n + " is a union and holds one member, found "))
                .append(" + value.memberName() + \" and \" + name);\n                }\n");
        out.append("                switch (name) {\n");
        u.variantTypes().forEach((m, t) -> {
            out.append("                    case ").append(Names.literal(m)).append(":\n");
            out.append("                        value = new ").append(n).append('.').append(u.variantNames().get(m)).append('(')
                    .append(readExpr(t)).append(");\n                        break;\n");
        });
        out.append("                    default:\n                        value = ").append(n).append(".unknown(name, JsonCodec.tree(p));\n");
        out.append("                }\n            }\n        } catch (WireFormatException e) {\n");
        out.append("            throw e.within(name);\n        }\n        JsonCodec.endObject(p);\n        return value;\n    }\n\n");
        out.append("    static void writeValue(JsonGenerator g, ").append(n).append(" v, int view) throws IOException {\n");
        out.append("        g.writeStartObject();\n");
        String prefix = "        ";
        for (Map.Entry<String, String> variant : u.variantTypes().entrySet()) {
            String record = n + "." + u.variantNames().get(variant.getKey());
            out.append(prefix).append("if (v instanceof ").append(record).append(" member) {\n");
            out.append("            g.writeFieldName(").append(field(variant.getKey())).append(");\n");
            out.append("            ").append(writeStmt(variant.getValue(), "member.value()")).append('\n');
            prefix = "        } else ";
        }
        out.append("        } else {\n            g.writeFieldName(v.memberName());\n");
        out.append("            JsonCodec.writeTree(g, (JsonNode) v.memberValue());\n        }\n");
        out.append("        g.writeEndObject();\n    }\n");
        out.append("}\n");
        return out.toString();
    }

    /** The public registry: the codec of a model type, for the transport and for tests. */
    String registry() {
        StringBuilder out = new StringBuilder(Writers.HEADER);
        out.append("package ").append(pkg).append(";\n\n");
        out.append("""
                /**
                 * The generated streaming JSON reader and writer ({@link WireCodec}) of every model structure and
                 * union, for callers that read or write the service's JSON with jackson-core directly; a databind
                 * mapper gets the same codecs through {@link WireCodecModule}.
                 */
                public final class ModelCodecs {
                    private ModelCodecs() {}

                    /**
                     * The codec of {@code type}, or {@code null} when it is not a generated model type. Look it up
                     * once and keep it: the lookup compares names.
                     *
                     * @param type a model structure or union type
                     * @param <T> the model type
                     * @return its codec, or {@code null}
                     */
                    @SuppressWarnings("unchecked")
                    public static <T> WireCodec<T> of(Class<T> type) {
                        if (type.getClassLoader() != ModelCodecs.class.getClassLoader()) {
                            return null;
                        }
                        return (WireCodec<T>) switch (type.getName()) {
                """);
        for (String type : sdk.structures.keySet()) {
            out.append("            case \"").append(pkg).append('.').append(type).append("\" -> ").append(codecName(type)).append(".codec();\n");
        }
        for (String type : new java.util.TreeSet<>(sdk.custom.handWrittenShapes.values())) {
            // Hand-written types keep a hand-written codec of the same name.
            out.append("            case \"").append(pkg).append('.').append(type).append("\" -> ").append(codecName(type)).append(".codec();\n");
        }
        for (String type : sdk.unions.keySet()) {
            out.append("            case \"").append(pkg).append('.').append(type).append("\" -> ").append(codecName(type)).append(".codec();\n");
        }
        out.append("            default -> null;\n        };\n    }\n}\n");
        return out.toString();
    }

    private StringBuilder header(String n) {
        StringBuilder out = new StringBuilder(Writers.HEADER);
        out.append("package ").append(pkg).append(";\n\n").append(IMPORTS);
        out.append("/** The generated JSON reader and writer of {@link ").append(n).append("}. */\n");
        out.append("@SuppressWarnings(\"unused\")\n");
        return out;
    }

    private static void memberNames(StringBuilder out, java.util.Collection<String> names) {
        java.util.StringJoiner list = new java.util.StringJoiner(", ");
        names.forEach(name -> list.add(Names.literal(name)));
        out.append("    private static final List<String> MEMBER_NAMES = List.of(").append(list).append(");\n\n");
        out.append("    @Override\n    public List<String> memberNames() {\n        return MEMBER_NAMES;\n    }\n\n");
    }

    private static void delegates(StringBuilder out, String n) {
        // Typed as WireCodec, so verifying the registry does not load every codec class to check it.
        out.append("    static WireCodec<").append(n).append("> codec() {\n        return INSTANCE;\n    }\n\n");
        out.append("    @Override\n    public ").append(n).append(" read(JsonParser p) throws IOException {\n");
        out.append("        return readValue(p);\n    }\n\n");
        out.append("    @Override\n    public void write(JsonGenerator g, ").append(n).append(" value, int view) throws IOException {\n");
        out.append("        writeValue(g, value, view);\n    }\n\n");
    }

    /** Catalog and client token filling and page tokens, for request types with those members. */
    private void requestHelpers(StringBuilder out, Structure s) {
        String n = s.name();
        Member catalog = s.members().get("Catalog");
        Member token = s.members().get("ClientToken");
        boolean hasCatalog = catalog != null && catalog.kind() == Kind.OPTIONAL && catalog.elementType().equals("Catalog");
        boolean hasToken = token != null && token.kind() == Kind.OPTIONAL && token.elementType().equals("String");
        if (hasCatalog || hasToken) {
            out.append("\n    @Override\n    public ").append(n).append(" withDefaults(").append(n)
                    .append(" v, Catalog catalog, boolean drawToken) {\n");
            out.append("        boolean fillCatalog = ").append(hasCatalog ? "catalog != null && v.catalog().isEmpty()" : "false").append(";\n");
            out.append("        boolean fillToken = ").append(hasToken ? "drawToken && v.clientToken().isEmpty()" : "false").append(";\n");
            out.append("        if (!fillCatalog && !fillToken) {\n            return v;\n        }\n");
            out.append("        ").append(n).append(".Builder b = ").append(n).append(".builder().from(v);\n");
            if (hasCatalog) {
                out.append("        if (fillCatalog) {\n            b.catalog(catalog);\n        }\n");
            }
            if (hasToken) {
                out.append("        if (fillToken) {\n            b.clientToken(java.util.UUID.randomUUID().toString());\n        }\n");
            }
            out.append("        return b.build();\n    }\n");
        }
        Member next = s.members().get("NextToken");
        if (next != null && next.kind() == Kind.OPTIONAL && next.elementType().equals("String")) {
            out.append("\n    @Override\n    public String nextToken(").append(n).append(" v) {\n");
            out.append("        return v.nextToken().orElse(null);\n    }\n");
            out.append("\n    @Override\n    public ").append(n).append(" withNextToken(").append(n).append(" v, String token) {\n");
            out.append("        return ").append(n).append(".builder().from(v).nextToken(token).build();\n    }\n");
        }
    }

    private String readExpr(String type) {
        return switch (type) {
            case "String" -> "JsonCodec.text(p)";
            case "Integer" -> "JsonCodec.integer(p)";
            case "Long" -> "JsonCodec.longValue(p)";
            case "Double" -> "JsonCodec.doubleValue(p)";
            case "Boolean" -> "JsonCodec.bool(p)";
            case "Instant" -> "JsonCodec.instant(p)";
            case "LocalDate" -> "JsonCodec.localDate(p)";
            default -> {
                if (sdk.picklists.containsKey(type)) {
                    yield type + ".fromWire(JsonCodec.text(p))";
                }
                if (sdk.structures.containsKey(type) || sdk.unions.containsKey(type)) {
                    yield codecName(type) + ".readValue(p)";
                }
                throw new IllegalStateException("no JSON reading for type " + type);
            }
        };
    }

    private String writeStmt(String type, String expr) {
        return switch (type) {
            case "String" -> "g.writeString(" + expr + ");";
            case "Integer", "Long", "Double", "Boolean" -> "g.write" + (type.equals("Boolean") ? "Boolean" : "Number") + "(" + expr + ");";
            case "Instant", "LocalDate" -> "g.writeString(" + expr + ".toString());";
            default -> {
                if (sdk.picklists.containsKey(type)) {
                    yield "g.writeString(" + expr + ".value());";
                }
                if (sdk.structures.containsKey(type) || sdk.unions.containsKey(type)) {
                    yield codecName(type) + ".writeValue(g, " + expr + ", view);";
                }
                throw new IllegalStateException("no JSON writing for type " + type);
            }
        };
    }

    private static String field(String wireName) {
        return "F_" + Names.constant(wireName).toUpperCase(Locale.ROOT);
    }

    private static String local(Member m) {
        return "m" + Names.capitalize(m.accessor());
    }

    static boolean isScalar(String type) {
        return SCALARS.contains(type);
    }
}

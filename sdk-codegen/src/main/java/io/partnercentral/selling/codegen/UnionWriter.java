package io.partnercentral.selling.codegen;

import io.partnercentral.selling.codegen.SdkModel.Union;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Writes a union as a sealed interface with a record per member and an Unknown record. */
final class UnionWriter {
    private final String pkg;

    UnionWriter(String pkg) {
        this.pkg = pkg;
    }

    String union(Union u) {
        String n = u.name();
        Map<String, Integer> typeCounts = new HashMap<>();
        u.variantTypes().values().forEach(t -> typeCounts.merge(t, 1, Integer::sum));
        StringBuilder out = new StringBuilder(Writers.HEADER);
        out.append("package ").append(pkg).append(";\n\n");
        out.append("""
                import com.fasterxml.jackson.databind.JsonNode;
                import java.util.Objects;
                import java.util.Optional;
                import java.util.Set;
                import java.util.function.Function;

                """);
        out.append("/**\n * The model's {@code ").append(u.shape()).append("} union: exactly one member is set. Each member is a\n");
        out.append(" * record of this sealed interface; a member newer than this SDK is kept as {@link Unknown}.\n *\n");
        String firstMember = u.variantTypes().keySet().iterator().next();
        out.append(" * <pre>{@code Optional<").append(u.variantTypes().get(firstMember)).append("> value = union.")
                .append(Names.accessor(firstMember)).append("();}</pre>\n */\n");
        out.append("public sealed interface ").append(n).append(" extends WireUnion {\n");
        u.variantTypes().keySet().forEach(m -> out.append("    /** The wire name of the {@code ").append(m)
                .append("} member. */\n    String ").append(Names.constant(m)).append(" = ").append(Names.literal(m)).append(";\n"));
        StringJoiner foldParams = new StringJoiner(",\n            ");
        u.variantTypes().forEach((m, t) -> foldParams.add("Function<? super " + t + ", ? extends R> on" + u.variantNames().get(m)));
        foldParams.add("Function<? super Unknown, ? extends R> onUnknown");
        out.append("\n    /**\n     * Applies the function for the member this value holds.\n     *\n");
        u.variantTypes().forEach((m, t) -> out.append("     * @param on").append(u.variantNames().get(m))
                .append(" applied to the {@code ").append(m).append("} member\n"));
        out.append("     * @param onUnknown applied to a member this SDK does not know\n");
        out.append("     * @param <R> what the functions return\n     * @return what the applied function returned\n     */\n");
        out.append("    default <R> R fold(\n            ").append(foldParams).append(") {\n");
        u.variantTypes().forEach((m, t) -> {
            String v = u.variantNames().get(m);
            out.append("        if (this instanceof ").append(v).append(" member) {\n            return on").append(v)
                    .append(".apply(member.value());\n        }\n");
        });
        out.append("        return onUnknown.apply((Unknown) this);\n    }\n");
        u.variantTypes().forEach((m, t) -> {
            String v = u.variantNames().get(m);
            out.append("\n    /** {@return the {@code ").append(m).append("} member, or empty when this value holds another} */\n");
            out.append("    default Optional<").append(t).append("> ").append(Names.accessor(m)).append("() {\n");
            out.append("        return this instanceof ").append(v).append(" member ? Optional.of(member.value()) : Optional.empty();\n    }\n");
            String factory = typeCounts.get(t) == 1 ? "of" : "of" + Names.capitalize(Names.accessor(m));
            out.append("\n    /**\n     * A value holding the {@code ").append(m).append("} member.\n     *\n     * @param value the member, not null\n")
                    .append("     * @return the union value\n     */\n");
            out.append("    static ").append(n).append(' ').append(factory).append('(').append(t).append(" value) {\n");
            out.append("        return new ").append(v).append("(value);\n    }\n");
        });
        out.append("\n    /**\n     * A value holding a member this SDK does not know, sent as {@code value}.\n     *\n")
                .append("     * @param name the member's wire name, not one this SDK knows\n")
                .append("     * @param value the member's JSON\n     * @return the union value\n     */\n");
        out.append("    static ").append(n).append(" unknown(String name, JsonNode value) {\n        return new Unknown(name, value);\n    }\n");
        u.variantTypes().forEach((m, t) -> {
            String v = u.variantNames().get(m);
            out.append("\n    /**\n     * The {@code ").append(m).append("} member.\n     *\n     * @param value the member, not null\n     */\n");
            out.append("    record ").append(v).append('(').append(t).append(" value) implements ").append(n).append(" {\n");
            out.append("        /**\n         * Holds the member.\n         *\n         * @param value the member, not null\n         */\n");
            out.append("        public ").append(v).append(" {\n            Objects.requireNonNull(value, \"value\");\n        }\n\n");
            out.append("        @Override\n        public String memberName() {\n            return ").append(Names.constant(m))
                    .append(";\n        }\n\n");
            out.append("        @Override\n        public Object memberValue() {\n            return value;\n        }\n    }\n");
        });
        StringJoiner known = new StringJoiner(", ");
        u.variantTypes().keySet().forEach(m -> known.add(Names.constant(m)));
        out.append("""

                    /**
                     * A member this SDK does not know, kept by name with its JSON and sent back unchanged.
                     *
                     * @param name the member's wire name
                     * @param value the member's JSON
                     */
                    record Unknown(String name, JsonNode value) implements %1$s {
                        /**
                         * Holds the member; its name must not be one this SDK knows.
                         *
                         * @param name the member's wire name
                         * @param value the member's JSON
                         */
                        public Unknown {
                            value = JsonCodec.checkUnknown(name, value, Set.of(%2$s));
                        }

                        /** {@return a copy of the member's JSON} */
                        @Override
                        public JsonNode value() {
                            return value.deepCopy();
                        }

                        @Override
                        public String memberName() {
                            return name;
                        }

                        @Override
                        public Object memberValue() {
                            return value;
                        }

                        @Override
                        public String toString() {
                            return "Unknown[name=" + name + ", value=" + PartnerCentralStyle.MASK + "]";
                        }
                    }
                """.formatted(n, known));
        out.append("}\n");
        return out.toString();
    }
}

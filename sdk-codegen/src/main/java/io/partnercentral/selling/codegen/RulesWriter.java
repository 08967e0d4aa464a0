package io.partnercentral.selling.codegen;

import io.partnercentral.selling.codegen.SdkModel.Member;
import io.partnercentral.selling.codegen.SdkModel.Structure;
import io.partnercentral.selling.codegen.ServiceModel.Operation;
import io.partnercentral.selling.codegen.ServiceModel.Shape;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code ModelRules}: for every operation's input shape and every shape it reaches, one method
 * that checks the SDK value against the model's traits (required, length, pattern, range, list size,
 * enum membership), reporting by wire path. Cross-field rules stay hand-written.
 */
final class RulesWriter {
    static final String PACKAGE = "io.partnercentral.selling.internal.validation";
    private static final Pattern LENGTH_ONLY = Pattern.compile("\\(\\?s\\)\\.\\{(\\d+),(\\d*)\\}");

    private final SdkModel sdk;
    private final Map<String, String> patterns = new LinkedHashMap<>();
    private final Set<String> shapes = new LinkedHashSet<>();

    RulesWriter(SdkModel sdk) {
        this.sdk = sdk;
    }

    String write() {
        Deque<String> todo = new ArrayDeque<>();
        for (Operation op : sdk.model.operations.values()) {
            if (op.input() != null) {
                todo.add(op.input());
            }
        }
        while (!todo.isEmpty()) {
            String name = todo.poll();
            Shape shape = sdk.model.shape(name);
            if (!shapes.add(name)) {
                continue;
            }
            for (String target : shape.members().values()) {
                Shape t = sdk.model.shape(target);
                String element = t.type().equals("list") ? t.element() : t.type().equals("map") ? t.value() : target;
                if (sdk.model.shape(element).type().equals("structure")) {
                    todo.add(element);
                }
            }
        }
        StringBuilder methods = new StringBuilder();
        for (String name : shapes) {
            Shape shape = sdk.model.shape(name);
            String type = sdk.typeOfShape.get(name);
            if (shape.union()) {
                methods.append(unionMethod(shape, type));
            } else {
                methods.append(structureMethod(shape, type));
            }
        }
        String checkers = stringCheckers();
        StringBuilder out = new StringBuilder(Writers.HEADER);
        out.append("package ").append(PACKAGE).append(";\n\n");
        out.append("import io.partnercentral.selling.model.*;\nimport java.time.LocalDate;\nimport java.util.List;\n");
        out.append("import java.util.Map;\nimport java.util.regex.Pattern;\n\n");
        out.append("/**\n * Internal API: the model's single-member rules for every operation's input, by wire path.\n");
        out.append(" * Hand-written validators add the cross-field rules the model cannot express.\n */\n");
        out.append("public final class ModelRules {\n");
        // Compiled on the first check that needs one, not when the first request is checked.
        out.append("    private static final class Patterns {\n");
        patterns.forEach((field, regex) -> out.append("        static final Pattern ").append(field)
                .append(" = Pattern.compile(").append(Names.literal(regex)).append(");\n"));
        out.append("    }\n\n    private ModelRules() {}\n\n");
        out.append("    /**\n     * Checks {@code input}, the SDK value standing for {@code operation}'s input shape, and reports\n");
        out.append("     * every violation to {@code out}. Members the SDK fills itself (the catalog, the client token,\n");
        out.append("     * the identifier of Opportunity requests) are checked where they are filled.\n     */\n");
        out.append("    public static void checkInput(String operation, Object input, ViolationCollector out) {\n");
        out.append("        switch (operation) {\n");
        for (Operation op : sdk.model.operations.values()) {
            if (op.input() == null) {
                continue;
            }
            out.append("            case ").append(Names.literal(op.name())).append(" -> ").append(method(op.input()))
                    .append("((").append(sdk.typeOfShape.get(op.input())).append(") input, out);\n");
        }
        out.append("            default -> throw new IllegalArgumentException(\"no operation \" + operation + \" in the model\");\n");
        out.append("        }\n    }\n\n");
        out.append("    /**\n     * Checks one string member of {@code operation}'s input by the model's rule for it, for the members\n");
        out.append("     * a facade method takes as plain arguments (identifiers). Required-ness is the caller's.\n     */\n");
        out.append("    public static void checkInputMember(String operation, String member, String value, ViolationCollector out) {\n");
        out.append("        switch (operation + \".\" + member) {\n");
        for (Operation op : sdk.model.operations.values()) {
            if (op.input() == null) {
                continue;
            }
            sdk.model.shape(op.input()).members().forEach((member, target) -> {
                Shape t = sdk.model.shape(target);
                if (t.type().equals("string") && t.enumValues().isEmpty() && hasStringRules(t)) {
                    out.append("            case ").append(Names.literal(op.name() + "." + member)).append(" -> check")
                            .append(t.name()).append("(value, ").append(Names.literal(member)).append(", out);\n");
                }
            });
        }
        out.append("            default -> { }\n        }\n    }\n\n");
        out.append("    /** The input shape's name of every operation, by operation name. */\n");
        out.append("    public static final Map<String, String> INPUT_SHAPES = Map.ofEntries(\n");
        StringBuilder entries = new StringBuilder();
        sdk.model.operations.values().stream().filter(o -> o.input() != null).forEach(o -> entries.append(entries.length() > 0 ? ",\n" : "")
                .append("            Map.entry(").append(Names.literal(o.name())).append(", ").append(Names.literal(o.input())).append(")"));
        out.append(entries).append(");\n\n");
        out.append(checkers);
        out.append(methods);
        out.append("""
                }
                """);
        return out.toString();
    }

    private static String method(String shape) {
        return "check" + shape;
    }

    private String structureMethod(Shape shape, String type) {
        Structure structure = sdk.structures.get(type);
        StringBuilder out = new StringBuilder();
        out.append("    static void ").append(method(shape.name())).append('(').append(type)
                .append(" value, ViolationCollector out) {\n");
        if (structure == null) {
            out.append("        // Hand-written type: checked by its own code.\n    }\n\n");
            return out.toString();
        }
        for (Map.Entry<String, String> m : shape.members().entrySet()) {
            String wire = m.getKey();
            Member member = structure.members().get(wire);
            if (member == null || member.view() != null && member.view().equals("ReadOnly")) {
                continue;
            }
            Shape target = sdk.model.shape(m.getValue());
            boolean required = shape.required().contains(wire);
            String get = "value." + member.accessor() + "()";
            String lit = Names.literal(wire);
            switch (member.kind()) {
                case OPTIONAL, REQUIRED -> {
                    out.append("        {\n            var v = ").append(get)
                            .append(member.kind() == SdkModel.Kind.OPTIONAL ? ".orElse(null)" : "").append(";\n");
                    out.append("            if (v == null) {\n");
                    if (required) {
                        out.append("                out.addAt(").append(lit)
                                .append(", ValidationErrorCode.REQUIRED_FIELD_MISSING, \"is required\");\n");
                    }
                    out.append("            } else {\n");
                    String check = valueCheck(target, member.elementType(), "v", "                    ");
                    if (!check.isBlank()) {
                        out.append("                out.enter(").append(lit).append(");\n").append(check)
                                .append("                out.exit();\n");
                    }
                    out.append("            }\n        }\n");
                }
                case LIST -> {
                    out.append("        {\n            List<").append(member.elementType()).append("> list = ").append(get).append(";\n");
                    if (required) {
                        out.append("            if (list.isEmpty()) {\n                out.addAt(").append(lit)
                                .append(", ValidationErrorCode.REQUIRED_FIELD_MISSING, \"is required\");\n            }\n");
                    }
                    if (target.max() != null) {
                        out.append("            if (list.size() > ").append(target.max()).append(") {\n                out.addAt(")
                                .append(lit).append(", ValidationErrorCode.TOO_MANY_VALUES, \"must have at most ")
                                .append(target.max()).append(" entries\");\n            }\n");
                    }
                    if (target.min() != null && target.min() > 1) {
                        out.append("            if (!list.isEmpty() && list.size() < ").append(target.min())
                                .append(") {\n                out.addAt(").append(lit)
                                .append(", ValidationErrorCode.NOT_ENOUGH_VALUES, \"must have at least ").append(target.min())
                                .append(" entries\");\n            }\n");
                    }
                    String check = valueCheck(sdk.model.shape(target.element()), member.elementType(), "list.get(i)",
                            "                ");
                    if (!check.isBlank()) {
                        out.append("            for (int i = 0, n = list.size(); i < n; i++) {\n                out.enter(")
                                .append(lit).append(", i);\n").append(check).append("                out.exit();\n            }\n");
                    }
                    out.append("        }\n");
                }
                case MAP -> {
                    out.append("        {\n            Map<String, ").append(member.elementType()).append("> map = ").append(get).append(";\n");
                    if (required) {
                        out.append("            if (map.isEmpty()) {\n                out.addAt(").append(lit)
                                .append(", ValidationErrorCode.REQUIRED_FIELD_MISSING, \"is required\");\n            }\n");
                    }
                    if (target.max() != null) {
                        out.append("            if (map.size() > ").append(target.max()).append(") {\n                out.addAt(")
                                .append(lit).append(", ValidationErrorCode.TOO_MANY_VALUES, \"must have at most ")
                                .append(target.max()).append(" entries\");\n            }\n");
                    }
                    String check = valueCheck(sdk.model.shape(target.value()), member.elementType(), "e.getValue()",
                            "                ");
                    if (!check.isBlank()) {
                        out.append("            for (Map.Entry<String, ").append(member.elementType())
                                .append("> e : map.entrySet()) {\n                out.enter(").append(lit)
                                .append(" + \".\" + e.getKey());\n").append(check).append("                out.exit();\n            }\n");
                    }
                    out.append("        }\n");
                }
            }
        }
        out.append("    }\n\n");
        return out.toString();
    }

    private String unionMethod(Shape shape, String type) {
        SdkModel.Union union = sdk.unions.get(type);
        StringBuilder out = new StringBuilder();
        out.append("    static void ").append(method(shape.name())).append('(').append(type)
                .append(" value, ViolationCollector out) {\n");
        if (union != null) {
            shape.members().forEach((member, target) -> {
                String variant = union.variantNames().get(member);
                String check = valueCheck(sdk.model.shape(target), union.variantTypes().get(member), "member.value()",
                        "            ");
                if (!check.isBlank()) {
                    out.append("        if (value instanceof ").append(type).append('.').append(variant).append(" member) {\n")
                            .append("            out.enter(").append(Names.literal(member)).append(");\n")
                            .append(check).append("            out.exit();\n        }\n");
                }
            });
        }
        out.append("    }\n\n");
        return out.toString();
    }

    /** Checks one value ({@code expr}, never null) of {@code shape}, held as {@code javaType}. */
    private String valueCheck(Shape shape, String javaType, String expr, String indent) {
        switch (shape.type()) {
            case "structure" -> {
                return indent + method(shape.name()) + "(" + expr + ", out);\n";
            }
            case "integer", "long" -> {
                if (shape.min() == null && shape.max() == null) {
                    return "";
                }
                String cond = (shape.min() != null ? expr + " < " + shape.min() : "false")
                        + (shape.max() != null ? " || " + expr + " > " + shape.max() : "");
                String msg = shape.min() != null && shape.max() != null ? "must be from " + shape.min() + " to " + shape.max()
                        : shape.min() != null ? "must be at least " + shape.min() : "must be at most " + shape.max();
                return indent + "if (" + cond + ") {\n" + indent + "    out.addHere("
                        + "ValidationErrorCode.VALUE_OUT_OF_RANGE, " + Names.literal(msg) + ");\n" + indent + "}\n";
            }
            case "string" -> {
                StringBuilder out = new StringBuilder();
                String text;
                if (javaType.equals("String")) {
                    text = expr;
                } else if (javaType.equals("LocalDate")) {
                    if (shape.pattern() != null && SdkModel.DATE_PATTERN.matcher(shape.pattern()).matches()) {
                        // For a LocalDate the model's date pattern reduces to a four-digit year from 1000.
                        return indent + "if (" + expr + ".getYear() < 1000 || " + expr + ".getYear() > 9999) {\n" + indent
                                + "    out.addHere(ValidationErrorCode.INVALID_STRING_FORMAT, "
                                + Names.literal(sdk.custom.patternMessages.getOrDefault("Date", "must be a date YYYY-MM-DD"))
                                + ");\n" + indent + "}\n";
                    }
                    text = expr + ".toString()";
                } else {
                    boolean modelEnum = !shape.enumValues().isEmpty();
                    boolean closed = sdk.custom.closedPicklists.contains(javaType);
                    if (modelEnum || closed) {
                        out.append(indent).append("if (").append(expr).append(".isUnrecognized()) {\n").append(indent)
                                .append("    out.addHere(ValidationErrorCode.INVALID_ENUM_VALUE, ")
                                .append(Names.literal("is not a " + javaType + " value this SDK knows; send a newer value with "
                                        + javaType + ".unchecked(String)"))
                                .append(");\n").append(indent).append("}\n");
                        if (modelEnum) {
                            return out.toString();
                        }
                    }
                    text = expr + ".value()";
                }
                if (hasStringRules(shape)) {
                    out.append(indent).append("check").append(shape.name()).append("(").append(text).append(", out);\n");
                } else {
                    // Free text has no rule of the model's, but JSON cannot carry half a character: the
                    // generator would send it as a lone escape the service rejects.
                    out.append(indent).append("if (TextRules.hasUnpairedSurrogate(").append(text).append(")) {\n")
                            .append(indent).append("    out.addHere(ValidationErrorCode.INVALID_STRING_FORMAT, ")
                            .append(UNPAIRED_SURROGATE).append(");\n").append(indent).append("}\n");
                }
                return out.toString();
            }
            default -> {
                return "";
            }
        }
    }

    /**
     * The hand-written predicate of {@code s}'s pattern, or {@code null}: none is named, or the model's
     * pattern is no longer the one it was written for (a refreshed model changed it), when the model's
     * regex is checked instead, so a hand-written fast path never overrides the model.
     */
    private String fastPath(Shape s) {
        Customization.FastPath fast = sdk.custom.patternPredicates.get(s.name());
        if (fast == null) {
            return null;
        }
        if (!fast.pattern().equals(s.pattern())) {
            System.err.println("sdk-codegen: the model's pattern of " + s.name() + " is not the one " + fast.predicate()
                    + " implements; checking the model's regex instead (update the fast path and its pattern in customization.json)");
            return null;
        }
        return fast.predicate();
    }

    /** The message of the check every string member gets, with or without rules of the model's. */
    private static final String UNPAIRED_SURROGATE = Names.literal("has an unpaired UTF-16 surrogate (half a character)");

    private static boolean hasStringRules(Shape s) {
        return s.min() != null || s.max() != null || s.pattern() != null;
    }

    /** One checker per constrained string shape: length first, then the full-match pattern; one violation at most. */
    private String stringCheckers() {
        StringBuilder out = new StringBuilder();
        for (Shape s : sdk.model.shapes.values()) {
            if (!s.type().equals("string") || !hasStringRules(s) || !s.enumValues().isEmpty()) {
                continue;
            }
            Long min = s.min();
            Long max = s.max();
            String pattern = s.pattern();
            if (pattern != null) {
                Matcher length = LENGTH_ONLY.matcher(pattern);
                if (length.matches()) {
                    long pmin = Long.parseLong(length.group(1));
                    Long pmax = length.group(2).isEmpty() ? null : Long.parseLong(length.group(2));
                    min = min == null ? pmin : Math.max(min, pmin);
                    max = max == null ? pmax : pmax == null ? max : Math.min(max, pmax);
                    pattern = null;
                }
            }
            out.append("    /** Checks a value of the model's {@code ").append(s.name()).append("} string shape. */\n");
            out.append("    public static void check").append(s.name())
                    .append("(String value, String path, ViolationCollector out) {\n        out.enter(path);\n        check")
                    .append(s.name()).append("(value, out);\n        out.exit();\n    }\n\n");
            out.append("    /** Checks a value of {@code ").append(s.name()).append("} at the member {@code out} is inside. */\n");
            out.append("    public static void check").append(s.name()).append("(String value, ViolationCollector out) {\n");
            out.append("        if (TextRules.hasUnpairedSurrogate(value)) {\n            out.addHere(ValidationErrorCode.INVALID_STRING_FORMAT, ")
                    .append(UNPAIRED_SURROGATE).append(");\n            return;\n        }\n");
            if (min != null && min > 0 || max != null) {
                out.append("        int length = value.codePointCount(0, value.length());\n");
                String cond = (min != null && min > 0 ? "length < " + min : "false") + (max != null ? " || length > " + max : "");
                String msg = min != null && min > 0 && max != null ? "must be " + min + " to " + max + " characters"
                        : max != null ? "must be at most " + max + " characters" : "must be at least " + min + " characters";
                out.append("        if (").append(cond).append(") {\n            out.addHere(ValidationErrorCode.INVALID_STRING_FORMAT, ")
                        .append(Names.literal(msg)).append(");\n            return;\n        }\n");
            }
            String predicate = fastPath(s);
            if (pattern != null) {
                String test;
                if (predicate != null) {
                    test = predicate + "(value)";
                } else {
                    String field = "PATTERN_" + Names.constant(s.name());
                    patterns.put(field, pattern);
                    test = "Patterns." + field + ".matcher(value).matches()";
                }
                out.append("        if (!").append(test).append(") {\n")
                        .append("            out.addHere(ValidationErrorCode.INVALID_STRING_FORMAT, ")
                        .append(Names.literal(predicate == null && sdk.custom.patternPredicates.containsKey(s.name())
                                // The message describes the pattern the fast path was written for, not the model's.
                                ? "does not have the format the service's model gives " + s.name()
                                : sdk.custom.patternMessages.getOrDefault(s.name(),
                                        "does not have the format the service's model gives " + s.name())))
                        .append(");\n        }\n");
            }
            out.append("    }\n\n");
        }
        return out.toString();
    }
}

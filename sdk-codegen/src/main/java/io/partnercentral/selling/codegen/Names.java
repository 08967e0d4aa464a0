package io.partnercentral.selling.codegen;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Java names for model names: accessors, constants and the singular forms Immutables derives. */
final class Names {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "record", "sealed", "permits", "yield", "var");

    /** Must match the depluralizeDictionary of {@code PartnerCentralStyle}. */
    static final Map<String, String> SINGULARS = Map.of(
            "aws", "aws", "activities", "activity", "categories", "category", "statuses", "status",
            "summaries", "summary", "identifiers", "identifier", "addresses", "address", "status", "status");

    private Names() {}

    /** {@code CompanyName} to {@code companyName}, {@code AWS} to {@code aws}. */
    static String accessor(String member) {
        String name;
        if (member.equals(member.toUpperCase(Locale.ROOT))) {
            name = member.toLowerCase(Locale.ROOT);
        } else {
            int upper = 0;
            while (upper < member.length() && Character.isUpperCase(member.charAt(upper))) {
                upper++;
            }
            int cut = upper > 1 ? upper - 1 : 1;
            name = member.substring(0, cut).toLowerCase(Locale.ROOT) + member.substring(cut);
        }
        return KEYWORDS.contains(name) ? name + "Value" : name;
    }

    /** The constant name of a picklist value: {@code Energy - Oil and Gas} to {@code ENERGY_OIL_AND_GAS}. */
    static String constant(String value) {
        String text = value.replace("&", " and ");
        if (!text.contains(" ")) {
            text = text.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
        }
        String name = text.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            name = "EMPTY";
        }
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    /** The singular Immutables derives for a list accessor's adder, e.g. {@code contacts} to {@code contact}. */
    static String singular(String accessor) {
        int start = 0;
        for (int i = accessor.length() - 1; i > 0; i--) {
            if (Character.isUpperCase(accessor.charAt(i))) {
                start = i;
                break;
            }
        }
        String head = accessor.substring(0, start);
        String last = accessor.substring(start);
        String lower = last.toLowerCase(Locale.ROOT);
        String singular = SINGULARS.get(lower);
        if (singular != null) {
            singular = start == 0 ? singular : Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
        } else if (lower.endsWith("ies") && lower.length() > 3) {
            // As Immutables' depluralizer does: responsibilities to responsibility.
            singular = last.substring(0, last.length() - 3) + "y";
        } else if (lower.endsWith("s") && !lower.endsWith("ss")) {
            singular = last.substring(0, last.length() - 1);
        } else {
            singular = last;
        }
        return head + singular;
    }

    private static final Map<String, String> WORD_SPELLINGS = Map.of(
            "aws", "AWS", "url", "URL", "apn", "APN", "arn", "ARN", "duns", "DUNS", "crm", "CRM", "id", "id");

    /** An accessor as lower-case words for prose: {@code nextStepsHistory} is "next steps history", {@code awsPartition} "AWS partition". */
    static String words(String accessor) {
        StringBuilder out = new StringBuilder();
        for (String word : accessor.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(WORD_SPELLINGS.getOrDefault(lower, lower));
        }
        return out.toString();
    }

    static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A Java string literal for {@code text}. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Text safe inside a javadoc {@code {@code ...}}: no comment end, balanced braces, no at-signs. */
    static String javadocCode(String text) {
        return text.replace("*/", "*&#47;").replace("@", "&#64;").replace("{", "&#123;").replace("}", "&#125;");
    }
}

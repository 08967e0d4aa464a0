package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Internal API: the answer to an operation the emulator has no hand-written behaviour for, like a
 * generated skeleton's: stateless, and valid under the model's output shape. Each required member
 * gets the request's member of the same name when that value fits the output's shape (an
 * identifier or catalog echoed back), else the smallest value its traits allow: the first enum
 * value, a string drawn from the shape's pattern, the minimum number, an empty or one-element list.
 * Optional members are left out, as a skeleton knows nothing to say about them.
 */
final class SkeletonResponses {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private SkeletonResponses() {}

    /** A model-valid response of {@code output} ({@code null}: the operation has none) to {@code request}. */
    static ObjectNode answer(ModelShape output, ObjectNode request) {
        if (output == null) {
            return NODES.objectNode();
        }
        ObjectNode body = NODES.objectNode();
        for (Map.Entry<String, ModelShape> member : output.members.entrySet()) {
            if (!output.required.contains(member.getKey())) {
                continue;
            }
            JsonNode echoed = request.get(member.getKey());
            if (echoed != null && fits(member.getValue(), echoed)) {
                body.set(member.getKey(), echoed.deepCopy());
            } else {
                body.set(member.getKey(), value(member.getValue(), new HashSet<>()));
            }
        }
        return body;
    }

    private static boolean fits(ModelShape shape, JsonNode value) {
        Violations violations = new Violations();
        shape.validate(value, "", violations, true);
        return violations.isEmpty();
    }

    private static JsonNode value(ModelShape shape, Set<String> path) {
        switch (shape.type) {
            case STRING:
            case BLOB:
                return NODES.textNode(string(shape));
            case INTEGER:
            case LONG:
                return NODES.numberNode(shape.min == null ? 0L : shape.min);
            case FLOAT:
                return NODES.numberNode(0.0);
            case BOOLEAN:
                return NODES.booleanNode(false);
            case TIMESTAMP:
                return NODES.textNode(EPOCH.toString());
            case LIST: {
                ArrayNode list = NODES.arrayNode();
                long count = shape.min == null ? 0 : shape.min;
                for (long i = 0; i < count; i++) {
                    list.add(value(shape.element, path));
                }
                return list;
            }
            case MAP:
                return NODES.objectNode();
            default: {
                ObjectNode structure = NODES.objectNode();
                if (!path.add(shape.name)) {
                    return structure;
                }
                if (shape.union) {
                    Map.Entry<String, ModelShape> first = shape.members.entrySet().iterator().next();
                    structure.set(first.getKey(), value(first.getValue(), path));
                } else {
                    shape.members.forEach((name, member) -> {
                        if (shape.required.contains(name)) {
                            structure.set(name, value(member, path));
                        }
                    });
                }
                path.remove(shape.name);
                return structure;
            }
        }
    }

    private static String string(ModelShape shape) {
        if (!shape.enumValues.isEmpty()) {
            return shape.enumValues.iterator().next();
        }
        int min = shape.min == null ? 1 : (int) Math.max(1, shape.min);
        String candidate = shape.pattern == null ? "x" : RegexSample.of(shape.pattern.pattern());
        StringBuilder padded = new StringBuilder(candidate);
        while (padded.codePointCount(0, padded.length()) < min) {
            padded.append(candidate.isEmpty() ? "x" : candidate.substring(candidate.length() - 1));
        }
        return padded.toString();
    }

    /**
     * The shortest plain string a simple regex matches: literals kept, a class gives its first
     * character, a group its first alternative, {@code ?} and {@code *} one repetition, {@code {n,m}}
     * n (at least one). Enough for the identifier, ARN and text patterns of this API; a value it gets
     * wrong makes the emulator answer InternalServerException, which a test notices.
     */
    static final class RegexSample {
        private final String regex;
        private int at;

        private RegexSample(String regex) {
            this.regex = regex;
        }

        static String of(String regex) {
            RegexSample sample = new RegexSample(regex);
            return sample.alternatives();
        }

        private String alternatives() {
            String first = sequence();
            while (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                sequence();
            }
            return first;
        }

        private String sequence() {
            StringBuilder out = new StringBuilder();
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                String atom = atom();
                int repeat = quantifier();
                for (int i = 0; i < repeat; i++) {
                    out.append(atom);
                }
            }
            return out.toString();
        }

        private String atom() {
            char c = regex.charAt(at++);
            switch (c) {
                case '(': {
                    boolean skip = false;
                    if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
                        skip = true;
                        at += 2;
                    } else if (regex.startsWith("?:", at)) {
                        at += 2;
                    } else if (regex.startsWith("?", at)) {
                        // An inline flag group such as (?s) or (?i): no text.
                        at = regex.indexOf(')', at) + 1;
                        return "";
                    }
                    String inner = alternatives();
                    at++; // ')'
                    return skip ? "" : inner;
                }
                case '[': {
                    boolean negated = regex.charAt(at) == '^';
                    if (negated) {
                        at++;
                    }
                    String first = null;
                    while (regex.charAt(at) != ']') {
                        String member = regex.charAt(at) == '\\' ? escape() : String.valueOf(regex.charAt(at++));
                        if (first == null) {
                            first = member;
                        }
                        if (regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                            at += 2;
                            if (regex.charAt(at - 1) == '\\') {
                                escape();
                            }
                        }
                    }
                    at++;
                    return negated ? "x" : first;
                }
                case '\\':
                    at--;
                    return escape();
                case '.':
                    return "a";
                case '^':
                case '$':
                    return "";
                default:
                    return String.valueOf(c);
            }
        }

        private String escape() {
            at++; // '\'
            char c = regex.charAt(at++);
            switch (c) {
                case 'p':
                case 'P': {
                    int end = regex.indexOf('}', at);
                    String property = regex.substring(at + 1, end);
                    at = end + 1;
                    return property.startsWith("N") ? "1" : property.startsWith("Z") ? " " : "a";
                }
                case 'd':
                    return "1";
                case 'w':
                    return "a";
                case 's':
                    return " ";
                case 'S':
                case 'D':
                case 'W':
                    return "a";
                default:
                    return String.valueOf(c);
            }
        }

        private int quantifier() {
            if (at >= regex.length()) {
                return 1;
            }
            char c = regex.charAt(at);
            int repeat = 1;
            if (c == '?' || c == '*' || c == '+') {
                at++;
            } else if (c == '{') {
                int end = regex.indexOf('}', at);
                String spec = regex.substring(at + 1, end);
                at = end + 1;
                int comma = spec.indexOf(',');
                repeat = Math.max(1, Integer.parseInt(comma < 0 ? spec : spec.substring(0, comma)));
            } else {
                return 1;
            }
            if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                at++; // lazy or possessive
            }
            return repeat;
        }
    }
}

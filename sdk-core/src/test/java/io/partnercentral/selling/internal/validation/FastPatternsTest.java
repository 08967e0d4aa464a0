package io.partnercentral.selling.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each fast path named in customization.json answers exactly as the model's pattern does. */
class FastPatternsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> predicates() throws Exception {
        JsonNode custom = JSON.readTree(Path.of("src/main/codegen/customization.json").toFile());
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) custom.get("patternPredicates")::fields) {
            String method = e.getValue().get("predicate").asText().substring("FastPatterns.".length());
            // The pattern the fast path claims to implement; the generator uses it only while the model has
            // exactly this pattern (ModelRefreshTest shows a changed one is checked by the model's regex).
            out.add(Arguments.of(e.getKey(), e.getValue().get("pattern").asText(),
                    FastPatterns.class.getMethod(method, String.class)));
        }
        return out.stream();
    }

    private static final List<String> EDGES = List.of("", "a", "O", "O1", "O" + "1".repeat(19), "O" + "1".repeat(20), "+1",
            "+12", "+0123", "+123456789012345", "+1234567890123456", "123456789", "12345678", "1234567890", "abc_DEF_123",
            "1234567890123", "a@b.c", "o'brien@example.com", "a.b@c.d", ".a@b.c", "a.@b.c", "a@b", "a@-b.c", "a@b-.c",
            "A@b.c", "a@b.c.", "a@b..c", "x@" + "y".repeat(76) + ".z", "x@" + "y".repeat(77) + ".z", "0", "00", "0.", "0.1",
            "0.12", "0.123", "1.", "10", "01", "-1", "1e5", "9".repeat(31), "9".repeat(32), "1".repeat(31) + ".99",
            "https://calculator.aws/#/estimate?id=" + "a".repeat(32), "https://calculator.aws/#/estimate?id=" + "a".repeat(31),
            "https://pricing.calculator.aws.eu/#/estimate?id=" + "f0".repeat(32), "https://calculator.aws/#/estimate?id=" + "A".repeat(32),
            "k", "k".repeat(128), "k".repeat(129), "v".repeat(256), "v".repeat(257), "a_b.c:d/e=f+g-h@i j", "Résumé 東京 ٣",
            "one\ttwo", "line\nbreak", "it's", "cost#center", "\uD83D\uDE80", "\u00a0", "\u2028", "a\u2028", "a\u2028b", "\u2029", "k\u2029",
            "https://zephyrine-freight.example.com", "http://a.b", "https://a.b", "https:/a.b", "http://x", "www.a.b", "a.b",
            "ab.", ".ab", "a..b", "a.(", "a.|", "a.}", "a.'", "a.~", "-.xy", "a-b.c-d", "https://www.x.y", "a.b c",
            "https://ex.com/p?q=(1)|2", "HTTPS://ex.com", "a_b.com", "a." + "b".repeat(252), "a." + "b".repeat(253),
            "https://.com", "http://-.co");

    @ParameterizedTest(name = "{0}")
    @MethodSource("predicates")
    void fastPath_agreesWithTheModelsPattern(String shape, String regex, Method predicate) throws Exception {
        Pattern pattern = Pattern.compile(regex);
        List<String> inputs = new ArrayList<>(EDGES);
        Random random = new Random(shape.hashCode());
        String alphabet = "aZ09._-+@#'/:=?!~ \t\n\u2028O\u00e9\u6771\uD83D\uDE80https://calculator.aws/#/estimate?id=f";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(i % 10 == 0 ? 140 : 24);
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            inputs.add(s.toString());
            inputs.add(mutate(EDGES.get(random.nextInt(EDGES.size())), random, alphabet));
        }
        for (String input : inputs) {
            boolean expected = pattern.matcher(input).matches();
            assertThat((boolean) predicate.invoke(null, input)).as("%s on %s", shape, input).isEqualTo(expected);
        }
    }

    private static String mutate(String s, Random random, String alphabet) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = b.length() == 0 ? 0 : random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> { if (b.length() > 0) { b.deleteCharAt(at); } }
                default -> { if (b.length() > 0) { b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length()))); } }
            }
        }
        return b.toString();
    }
}

package io.partnercentral.selling.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written checks agree with the API reference's patterns, compiled by
 * {@code java.util.regex}, on edge cases and on many random strings over each pattern's alphabet.
 */
class TextRulesTest {
    private static final int RANDOM_SAMPLES = 20_000;

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("Email", TextRules::isEmail,
                        "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?",
                        "az09.-@!#_`{~A",
                        List.of("a@b.co", "a.b@c.d", "a..b@c.d", ".a@b.c", "a.@b.c", "a@b", "a@-b.c", "a@b-.c", "a@b..c",
                                "a@b.c.", "@b.c", "a@", "a@@b.c", "A@b.c", "a@B.c", "a@b.c-d", "a-@b.c", "a@b.c@d.e",
                                "x@1.2", "a b@c.d", "ä@b.c", "")),
                rule("Phone", TextRules::isE164Phone, "\\+[1-9]\\d{1,14}", "+0123456789",
                        List.of("+1", "+12", "+123456789012345", "+1234567890123456", "+01", "1234", "++12", "+1 2", "+١٢", "")),
                rule("AwsAccountId", TextRules::isAwsAccountId, "([0-9]{12}|\\w{1,12})", "09azAZ_-é",
                        List.of("", "_", "123456789012", "1234567890123", "abcdefghijkl", "abcdefghijklm", "a-b", "é", "ab cd")),
                rule("Duns", TextRules::isDuns, "[0-9]{9}", "09a",
                        List.of("", "123456789", "12345678", "1234567890", "12345678a", "١٢٣٤٥٦٧٨٩")),
                rule("OpportunityId", TextRules::isOpportunityId, "O[0-9]{1,19}", "O09o",
                        List.of("O", "O1", "O" + "9".repeat(19), "O" + "9".repeat(20), "o1", "O1a", "OO1", "")),
                rule("EstimationUrl", TextRules::isEstimationUrl,
                        "https://(calculator\\.aws|pricing\\.calculator\\.aws\\.eu)/#/estimate\\?id=[a-f0-9]{32,64}", "af09gA",
                        List.of("https://calculator.aws/#/estimate?id=" + "a".repeat(32),
                                "https://calculator.aws/#/estimate?id=" + "a".repeat(31),
                                "https://calculator.aws/#/estimate?id=" + "0".repeat(64),
                                "https://calculator.aws/#/estimate?id=" + "0".repeat(65),
                                "https://pricing.calculator.aws.eu/#/estimate?id=" + "f".repeat(40),
                                "https://pricing.calculator.aws/#/estimate?id=" + "f".repeat(40),
                                "https://calculator.aws/#/estimate?id=" + "A".repeat(32),
                                "http://calculator.aws/#/estimate?id=" + "a".repeat(32),
                                "https://calculator.aws/#/estimate?id=" + "g".repeat(32), "")),
                rule("SpendAmount", s -> TextRules.isAmount(s, true), "((0|[1-9][0-9]{0,30})(\\.[0-9]{0,2})?)?", "0019.-e",
                        List.of("", "0", "0.", "0.5", "0.55", "0.555", "00", "01", "1", "10.", "1" + "0".repeat(30),
                                "1" + "0".repeat(31), "9".repeat(31) + ".99", ".5", "-1", "1e3", "1,0", " 1", "١")),
                rule("MonetaryAmount", s -> TextRules.isAmount(s, false), "(0|[1-9][0-9]{0,30})(\\.[0-9]{0,2})?", "0019.",
                        List.of("", "0", "0.", "12.34", "12.345", "012", ".")),
                rule("TagText", TextRules::isTagText, "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*", "aZ9 _.:/=+-@#\t'é東٣\u2028\u00a0Ⅻ½\uD83D\uDE80",
                        List.of("", "key", "a_b.c:d/e=f+g-h@i j", "Résumé", "東京", "\uD801\uDC00", "\uD83D\uDE80", "\uD800", "a\u0301",
                                "tab\t", "quote'", "#")),
                rule("CanonicalWholeNumber", TextRules::isCanonicalWholeNumber, "0|[1-9][0-9]*", "0159-+.",
                        List.of("", "0", "00", "01", "1", "144", "1440", "-1", "+1", "1.0", "١")));
    }

    @ParameterizedTest(name = "{0}: edge cases")
    @MethodSource("rules")
    void check_onEdgeCases_agreesWithReferencePattern(String name, Predicate<String> check, Pattern reference, String alphabet, List<String> edges) {
        for (String input : edges) {
            assertThat(check.test(input)).as("%s(\"%s\")", name, input).isEqualTo(reference.matcher(input).matches());
        }
    }

    @ParameterizedTest(name = "{0}: random strings")
    @MethodSource("rules")
    void check_onRandomStrings_agreesWithReferencePattern(String name, Predicate<String> check, Pattern reference, String alphabet, List<String> edges) {
        Random random = new Random(name.hashCode());
        int[] codePoints = alphabet.codePoints().toArray();
        List<String> disagreements = new ArrayList<>();
        int matches = 0;
        for (int i = 0; i < RANDOM_SAMPLES; i++) {
            String input = mutate(edges.get(random.nextInt(edges.size())), codePoints, random);
            boolean expected = reference.matcher(input).matches();
            matches += expected ? 1 : 0;
            if (check.test(input) != expected) {
                disagreements.add(input);
            }
        }
        assertThat(disagreements).as(name).isEmpty();
        // Near misses must land on both sides of the pattern, or the comparison proves little.
        assertThat(matches).as("%s: samples the pattern accepts", name).isBetween(RANDOM_SAMPLES / 50, RANDOM_SAMPLES - RANDOM_SAMPLES / 50);
    }

    @Test
    void isTagText_onEveryCodePoint_agreesWithReferencePattern() {
        Pattern reference = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
        List<String> disagreements = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String input = new String(Character.toChars(codePoint));
            if (TextRules.isTagText(input) != reference.matcher(input).matches()) {
                disagreements.add(Integer.toHexString(codePoint));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void lengthChecks_countCodePointsNotChars() {
        String rockets = "\uD83D\uDE80".repeat(3); // 3 code points, 6 chars

        assertThat(TextRules.hasAtMost(rockets, 3)).isTrue();
        assertThat(TextRules.hasAtMost(rockets, 2)).isFalse();
        assertThat(TextRules.hasAtLeast(rockets, 3)).isTrue();
        assertThat(TextRules.hasAtLeast(rockets, 4)).isFalse();
        assertThat(TextRules.hasAtLeast("", 0)).isTrue();
        assertThat(TextRules.hasAtLeast("", 1)).isFalse();
        assertThat(TextRules.hasAtMost("abc", 3)).isTrue();
        assertThat(TextRules.hasAtMost("abcd", 3)).isFalse();
    }

    /** Builds a near miss: a valid or invalid edge case with a few code points replaced, inserted or removed. */
    private static String mutate(String seed, int[] alphabet, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int position = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
            String replacement = new String(Character.toChars(alphabet[random.nextInt(alphabet.length)]));
            switch (random.nextInt(3)) {
                case 0 -> text.insert(position, replacement);
                case 1 -> {
                    if (position < text.length()) {
                        text.deleteCharAt(position);
                    }
                }
                default -> {
                    if (position < text.length()) {
                        text.replace(position, position + 1, replacement);
                    } else {
                        text.append(replacement);
                    }
                }
            }
        }
        return text.toString();
    }

    @Test
    void hasUnpairedSurrogate_findsHalfCharactersAnywhere_andAcceptsWholeOnes() {
        assertThat(TextRules.hasUnpairedSurrogate("")).isFalse();
        assertThat(TextRules.hasUnpairedSurrogate("Caf\u00e9 \uD83D\uDE00 ok")).isFalse();
        assertThat(TextRules.hasUnpairedSurrogate("\uD800")).isTrue();
        assertThat(TextRules.hasUnpairedSurrogate("a\uD800b")).isTrue();
        assertThat(TextRules.hasUnpairedSurrogate("ab\uDC00")).isTrue();
        assertThat(TextRules.hasUnpairedSurrogate("\uDE00\uD83D")).isTrue();
        assertThat(TextRules.hasUnpairedSurrogate("\uD83D\uDE00\uD83D")).isTrue();
        // The same judgement as the JDK's UTF-8 encoder, which replaces exactly the unpaired ones.
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[random.nextInt(6)];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = random.nextBoolean() ? (char) (0xD7F0 + random.nextInt(0x820)) : (char) ('a' + random.nextInt(3));
            }
            String s = new String(chars);
            boolean encodable = java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(s);
            assertThat(TextRules.hasUnpairedSurrogate(s)).as("%s", s.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(!encodable);
        }
    }

    @Test
    void modelRules_rejectAHalfCharacterInFreeTextWithoutRulesAndInConstrainedText() {
        ViolationCollector out = new ViolationCollector();
        ModelRules.checkInput("CreateOpportunity", io.partnercentral.selling.model.Opportunity.builder()
                .project(p -> p.title("Data \uD800 platform").customerBusinessProblem("Batch jobs miss their window \uDC00"))
                .lifeCycle(l -> l.nextSteps("Call \uD83D"))
                .build(), out);
        assertThat(out.toList()).filteredOn(v -> v.message().contains("surrogate"))
                .extracting(io.partnercentral.selling.model.Violation::fieldPath)
                .contains("Project.Title", "Project.CustomerBusinessProblem", "LifeCycle.NextSteps");
    }

    private static Arguments rule(String name, Predicate<String> check, String referencePattern, String alphabet, List<String> edges) {
        return Arguments.of(name, check, Pattern.compile(referencePattern), alphabet, edges);
    }
}

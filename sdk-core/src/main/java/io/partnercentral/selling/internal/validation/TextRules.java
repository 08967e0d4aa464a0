package io.partnercentral.selling.internal.validation;

/**
 * Internal API: the string constraints of the Partner Central API reference, as hand-written
 * character checks.
 *
 * <p>Validation runs before every write, so these avoid {@link java.util.regex.Pattern}: a
 * matcher allocates and backtracks, while a single pass over the characters does neither. Each
 * method names the reference pattern it implements; {@code TextRulesTest} checks every one against
 * that pattern compiled with {@code java.util.regex}, whose semantics ({@code \d} and {@code \w}
 * ASCII-only, {@code \p{L}} by Unicode general category) are the ones assumed here.
 *
 * <p>Lengths count Unicode code points, as Smithy's {@code @length} trait does, not UTF-16 chars.
 *
 * <pre>{@code if (!TextRules.isE164Phone(phone)) { ... }}</pre>
 */
public final class TextRules {
    /** Prefixes of {@code https://(calculator\.aws|pricing\.calculator\.aws\.eu)/#/estimate\?id=}. */
    private static final String CALCULATOR = "https://calculator.aws/#/estimate?id=";
    private static final String CALCULATOR_EU = "https://pricing.calculator.aws.eu/#/estimate?id=";

    /** ASCII bitmap of the email local-part characters {@code [a-z0-9!#$%&'*+/=?^_`{|}~-]}. */
    private static final long LOCAL_LOW = asciiMask("0123456789!#$%&'*+/=?-", true);
    private static final long LOCAL_HIGH = asciiMask("abcdefghijklmnopqrstuvwxyz^_`{|}~", false);

    private TextRules() {}

    /**
     * Whether {@code s} holds a high surrogate not followed by a low one, or a low one not preceded by
     * a high one: half a character, which UTF-8 (and so the service) cannot represent.
     */
    public static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /** At most {@code max} code points. */
    public static boolean hasAtMost(String s, int max) {
        int chars = s.length();
        // Code points never outnumber chars, so the common case needs no counting.
        return chars <= max || s.codePointCount(0, chars) <= max;
    }

    /** At least {@code min} code points. */
    public static boolean hasAtLeast(String s, int min) {
        int chars = s.length();
        if (chars < min) {
            return false;
        }
        // A code point takes at most two chars.
        return chars >= 2 * min || s.codePointCount(0, chars) >= min;
    }

    /**
     * {@code [a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?}:
     * the reference's lowercase {@code local@domain} form, with at least two domain labels.
     */
    public static boolean isEmail(String s) {
        int at = s.indexOf('@');
        if (at <= 0) {
            return false;
        }
        boolean afterDot = true; // a leading dot is as wrong as a doubled one
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (afterDot) {
                    return false;
                }
                afterDot = true;
            } else if (isLocalChar(c)) {
                afterDot = false;
            } else {
                return false;
            }
        }
        if (afterDot) {
            return false;
        }
        int labels = 0;
        int labelStart = at + 1;
        int length = s.length();
        for (int i = labelStart; i <= length; i++) {
            if (i == length || s.charAt(i) == '.') {
                if (!isDomainLabel(s, labelStart, i)) {
                    return false;
                }
                labels++;
                labelStart = i + 1;
            }
        }
        return labels >= 2;
    }

    /** {@code \+[1-9]\d{1,14}}: E.164. */
    public static boolean isE164Phone(String s) {
        int length = s.length();
        if (length < 3 || length > 16 || s.charAt(0) != '+') {
            return false;
        }
        char first = s.charAt(1);
        return first >= '1' && first <= '9' && isDigits(s, 2, length);
    }

    /** {@code ([0-9]{12}|\w{1,12})}: the first alternative is a subset of the second. */
    public static boolean isAwsAccountId(String s) {
        int length = s.length();
        if (length < 1 || length > 12) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (!(isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** {@code [0-9]{9}}. */
    public static boolean isDuns(String s) {
        return s.length() == 9 && isDigits(s, 0, 9);
    }

    /** {@code O[0-9]{1,19}}: an opportunity identifier. */
    public static boolean isOpportunityId(String s) {
        int length = s.length();
        return length >= 2 && length <= 20 && s.charAt(0) == 'O' && isDigits(s, 1, length);
    }

    /** {@code https://(calculator\.aws|pricing\.calculator\.aws\.eu)/#/estimate\?id=[a-f0-9]{32,64}}. */
    public static boolean isEstimationUrl(String s) {
        int idStart;
        if (s.startsWith(CALCULATOR)) {
            idStart = CALCULATOR.length();
        } else if (s.startsWith(CALCULATOR_EU)) {
            idStart = CALCULATOR_EU.length();
        } else {
            return false;
        }
        int idLength = s.length() - idStart;
        if (idLength < 32 || idLength > 64) {
            return false;
        }
        for (int i = idStart; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(isAsciiDigit(c) || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code (0|[1-9][0-9]{0,30})(\.[0-9]{0,2})?}, or with {@code allowEmpty} the same wrapped in
     * {@code (...)?}: a non-negative amount, no leading zeros, at most two decimals.
     */
    public static boolean isAmount(String s, boolean allowEmpty) {
        int length = s.length();
        if (length == 0) {
            return allowEmpty;
        }
        char first = s.charAt(0);
        int i;
        if (first == '0') {
            i = 1;
        } else if (first >= '1' && first <= '9') {
            i = 1;
            while (i < length && i < 31 && isAsciiDigit(s.charAt(i))) {
                i++;
            }
        } else {
            return false;
        }
        if (i == length) {
            return true;
        }
        if (s.charAt(i) != '.') {
            return false;
        }
        int decimals = length - i - 1;
        return decimals <= 2 && isDigits(s, i + 1, length);
    }

    /** {@code [\p{L}\p{Z}\p{N}_.:/=+\-@]*}: the characters tag keys and values may contain. */
    public static boolean isTagText(String s) {
        int length = s.length();
        for (int i = 0; i < length; ) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isAsciiDigit(c) || c == ' '
                        || c == '_' || c == '.' || c == ':' || c == '/' || c == '=' || c == '+' || c == '-' || c == '@')) {
                    return false;
                }
                i++;
            } else {
                int codePoint = s.codePointAt(i);
                if (!isLetterSeparatorOrNumber(codePoint)) {
                    return false;
                }
                i += Character.charCount(codePoint);
            }
        }
        return true;
    }

    /**
     * Whether {@code s} is ASCII digits without sign or leading zero ({@code 0|[1-9][0-9]*}), the
     * canonical form of a whole number string.
     */
    public static boolean isCanonicalWholeNumber(String s) {
        int length = s.length();
        if (length == 0 || !isDigits(s, 0, length)) {
            return false;
        }
        return length == 1 || s.charAt(0) != '0';
    }

    private static boolean isLetterSeparatorOrNumber(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.SPACE_SEPARATOR:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    private static boolean isDomainLabel(String s, int from, int to) {
        if (to <= from || !isLowerAlnum(s.charAt(from)) || !isLowerAlnum(s.charAt(to - 1))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            char c = s.charAt(i);
            if (!(isLowerAlnum(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLocalChar(char c) {
        if (c < 64) {
            return (LOCAL_LOW & (1L << c)) != 0;
        }
        return c < 128 && (LOCAL_HIGH & (1L << (c - 64))) != 0;
    }

    private static boolean isLowerAlnum(char c) {
        return (c >= 'a' && c <= 'z') || isAsciiDigit(c);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static long asciiMask(String chars, boolean low) {
        long mask = 0;
        for (int i = 0; i < chars.length(); i++) {
            int bit = chars.charAt(i) - (low ? 0 : 64);
            if (bit < 0 || bit > 63) {
                throw new IllegalArgumentException("not in the " + (low ? "low" : "high") + " half: " + chars.charAt(i));
            }
            mask |= 1L << bit;
        }
        return mask;
    }
}

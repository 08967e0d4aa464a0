package io.partnercentral.selling.internal.validation;

/**
 * Internal API: allocation-free equivalents of the model's most used patterns, named in
 * customization.json's {@code patternPredicates} so the generated {@code ModelRules} calls them
 * instead of a regex. {@code FastPatternsTest} holds each to its pattern in the checked-in model
 * on edge cases and random strings, so a model change that alters a pattern fails the build.
 */
public final class FastPatterns {
    private FastPatterns() {}

    /** {@code Email}: at most 80 characters of the lowercase local@domain form. */
    public static boolean email(String s) {
        return s.length() <= 80 && TextRules.isEmail(s);
    }

    /** {@code PhoneNumber}: E.164. */
    public static boolean phone(String s) {
        return TextRules.isE164Phone(s);
    }

    /** {@code AwsAccount}. */
    public static boolean awsAccount(String s) {
        return TextRules.isAwsAccountId(s);
    }

    /** {@code DunsNumber}. */
    public static boolean duns(String s) {
        return TextRules.isDuns(s);
    }

    /** {@code OpportunityIdentifier}. */
    public static boolean opportunityId(String s) {
        return TextRules.isOpportunityId(s);
    }

    /** {@code EstimationUrl}. */
    public static boolean estimationUrl(String s) {
        return TextRules.isEstimationUrl(s);
    }

    /** {@code Amount}: may be empty. */
    public static boolean optionalAmount(String s) {
        return TextRules.isAmount(s, true);
    }

    /** {@code MonetaryValueAmountString}: not empty. */
    public static boolean amount(String s) {
        return TextRules.isAmount(s, false);
    }

    /**
     * {@code CompanyWebsiteUrl}, without the regex's backtracking (about 3 µs a match): 4 to 255
     * characters; after an optional {@code http://} or {@code https://}, a label of letters, digits and
     * hyphens, a dot, then one or more characters from {@code (} to {@code |} (the model's class
     * {@code [a-zA-Z0-9(-|/|=|?)??]} is that range). An optional {@code www.} is a label like any other.
     */
    public static boolean websiteUrl(String s) {
        int n = s.length();
        if (n < 4 || n > 255) {
            return false;
        }
        return hostAndRest(s, 0) || (s.startsWith("http://") && hostAndRest(s, 7))
                || (s.startsWith("https://") && hostAndRest(s, 8));
    }

    private static boolean hostAndRest(String s, int from) {
        int n = s.length();
        int i = from;
        while (i < n && isLabelChar(s.charAt(i))) {
            i++;
        }
        if (i == from || i + 1 >= n || s.charAt(i) != '.') {
            return false;
        }
        for (int k = i + 1; k < n; k++) {
            char c = s.charAt(k);
            if (c < '(' || c > '|') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabelChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }

    /** {@code TagKey}: 1 to 128 characters from the tag alphabet (see {@link #tagText}). */
    public static boolean tagKey(String s) {
        return tagText(s, 1, 128);
    }

    /** {@code TagValue}: at most 256 characters from the tag alphabet (see {@link #tagText}). */
    public static boolean tagValue(String s) {
        return tagText(s, 0, 256);
    }

    /**
     * {@code (?=.{min,max}$)([\p{L}\p{Z}\p{N}_.:/=+\-@]*)} exactly: {@code .} stops at a line
     * terminator and {@code $} may match before a final one, so of the separators in the alphabet
     * U+2028 and U+2029 may stand only last, where they are not counted.
     */
    private static boolean tagText(String s, int min, int max) {
        int end = s.length();
        if (end > 0 && isLineSeparator(s.charAt(end - 1))) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (isLineSeparator(s.charAt(i))) {
                return false;
            }
        }
        String counted = s.substring(0, end);
        return TextRules.hasAtLeast(counted, min) && TextRules.hasAtMost(counted, max) && TextRules.isTagText(s);
    }

    private static boolean isLineSeparator(char c) {
        return c == '\u2028' || c == '\u2029';
    }
}

package io.partnercentral.selling.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercentral.selling.model.ValidationErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * Internal API: opaque NextToken paging for the list operations.
 *
 * <p>A token names the last item returned (its sort key and id), not an offset, so an item created or
 * deleted between two pages neither repeats nor hides the others. It also carries a digest of the
 * query: a token replayed with other filters or another sort fails with a ValidationException
 * instead of silently paging through a different result set.
 */
final class Pagination {
    private Pagination() {}

    /** Where an item sits in a listing: its sort key (null sorts last) and its id as tie-breaker. */
    record Cursor(String key, String id) {}

    record Page<T>(List<T> items, String nextToken) {}

    static Comparator<Cursor> order(boolean ascending) {
        Comparator<String> keys = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(Cursor::key, Comparator.nullsLast(keys)).thenComparing(Cursor::id);
    }

    static <T> Page<T> page(List<T> items, Function<T, Cursor> cursorOf, Comparator<Cursor> order,
            ObjectNode request, int maxResults) {
        String query = digest(request);
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(cursorOf, order));
        int start = 0;
        String token = Json.text(request, "NextToken");
        if (token != null) {
            Cursor after = decode(token, query);
            while (start < sorted.size() && order.compare(cursorOf.apply(sorted.get(start)), after) <= 0) {
                start++;
            }
        }
        int end = Math.min(start + maxResults, sorted.size());
        List<T> page = List.copyOf(sorted.subList(start, end));
        String next = end < sorted.size() ? encode(cursorOf.apply(sorted.get(end - 1)), query) : null;
        return new Page<>(page, next);
    }

    /** MaxResults, or {@code defaultValue} when absent; the model has checked its range. */
    static int maxResults(ObjectNode request, int defaultValue) {
        JsonNode node = request.get("MaxResults");
        return node != null && node.isIntegralNumber() ? node.asInt() : defaultValue;
    }

    private static String encode(Cursor cursor, String query) {
        ObjectNode token = Json.object();
        token.put("q", query);
        token.put("k", cursor.key());
        token.put("i", cursor.id());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.write(token).getBytes(StandardCharsets.UTF_8));
    }

    private static Cursor decode(String token, String query) {
        try {
            ObjectNode node = Json.parseBody(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
            if (query.equals(Json.text(node, "q")) && Json.text(node, "i") != null) {
                return new Cursor(Json.text(node, "k"), Json.text(node, "i"));
            }
        } catch (IllegalArgumentException | ServiceException e) {
            // Reported below like any other foreign token.
        }
        Violations violations = new Violations();
        violations.request("NextToken", ValidationErrorCode.INVALID_VALUE,
                "Not a token this operation returned for the same filters and sort.");
        violations.throwIfAny();
        throw new AssertionError("unreachable");
    }

    /** Identifies a query by everything but the paging members. */
    private static String digest(ObjectNode request) {
        ObjectNode query = request.deepCopy();
        query.remove(List.of("NextToken", "MaxResults"));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(Json.write(query).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}

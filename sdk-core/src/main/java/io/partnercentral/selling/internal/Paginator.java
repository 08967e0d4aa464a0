package io.partnercentral.selling.internal;

import io.partnercentral.selling.Page;
import io.partnercentral.selling.PageIterable;
import io.partnercentral.selling.exception.InvalidResponseException;
import io.partnercentral.selling.exception.PartnerCentralException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Internal API: a lazy {@link PageIterable} over a token-paged listing. Fetches a page only when
 * the iteration asks for it and keeps no page but the current one.
 */
public final class Paginator<T> implements PageIterable<T> {
    /**
     * The default most pages a listing follows: at the largest page sizes millions of items, far past
     * any partner's listing, yet a bound on a service that hands out a new token with every page.
     */
    public static final int DEFAULT_MAX_PAGES = 10_000;

    private final Operation operation;
    private final String firstToken;
    private final int maxPages;
    private final Function<String, Page<T>> fetch;

    /** {@code fetch} gets the page for a token ({@code null} for the first page); at most {@code maxPages} are fetched. */
    public Paginator(Operation operation, String firstToken, int maxPages, Function<String, Page<T>> fetch) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.firstToken = firstToken;
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1");
        }
        this.maxPages = maxPages;
        this.fetch = fetch;
    }

    /**
     * Pages a listing whose request carries its own {@code NextToken}: the first page is fetched
     * with {@code first} as given, each later one with the token the previous page returned.
     */
    public static <R, T> PageIterable<T> over(Operation operation, int maxPages,
            R first, Optional<String> startToken, BiFunction<R, String, R> withToken, Function<R, Page<T>> fetch) {
        String start = startToken.orElse(null);
        return new Paginator<>(operation, start, maxPages,
                token -> fetch.apply(Objects.equals(token, start) ? first : withToken.apply(first, token)));
    }

    /** A page from a response's item list, which the service may omit when it is empty. */
    public static <T> Page<T> page(List<T> items, String nextToken) {
        return new Page<>(items == null ? List.of() : items, nextToken);
    }

    @Override
    public Iterable<Page<T>> pages() {
        return this::pageIterator;
    }

    private Iterator<Page<T>> pageIterator() {
        return new Iterator<>() {
            private String token = firstToken;
            private boolean done;
            private int pages;
            /** The tokens followed so far: at most maxPages of them, each short. */
            private final Set<String> seen = new HashSet<>();

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public Page<T> next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                if (pages >= maxPages) {
                    done = true;
                    throw new InvalidResponseException(new PartnerCentralException.ErrorDetails(
                            operation.wireName() + " still returned a NextToken after " + pages + " pages, the most"
                                    + " one listing follows (PartnerCentralSelling.Builder.maxPagesPerListing);"
                                    + " stopping instead of paging without end",
                            null, null, 200, false, null, operation.wireName()));
                }
                if (token != null) {
                    seen.add(token);
                }
                Page<T> page = fetch.apply(token);
                pages++;
                token = page.nextToken();
                // An empty token ends the listing too: some services send "" rather than omit it.
                done = token == null || token.isEmpty();
                if (!done && seen.contains(token)) {
                    // Following it would page forever; the token itself is not shown, it may be long.
                    done = true;
                    throw new InvalidResponseException(new PartnerCentralException.ErrorDetails(
                            operation.wireName() + " returned a NextToken it had already returned, after " + pages
                                    + " page(s); stopping instead of paging in a loop",
                            null, null, 200, false, null, operation.wireName()));
                }
                return page;
            }
        };
    }
}

package io.partnercentral.selling;

import java.util.Iterator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A listing fetched lazily, one page per service call, holding one page in memory at a time.
 * Iterating it walks the items of every page ({@code for (SolutionBase s : selling.solutions().list())});
 * {@link #pages()} walks the pages, with their {@code NextToken}. Each new iteration starts again from
 * the first page, and each page is fetched when the previous one is used up.
 *
 * <pre>{@code
 * selling.opportunities().list(r -> r.maxResults(100)).stream()
 *     .filter(s -> s.lifeCycle().flatMap(LifeCycle::stage).isPresent())
 *     .forEach(this::sync);
 * }</pre>
 *
 * @param <T> the item type
 */
public interface PageIterable<T> extends Iterable<T> {
    /** {@return the pages of the listing, each fetched as the iteration reaches it} */
    Iterable<Page<T>> pages();

    /** {@return this listing's items, as iterating the listing itself walks them} */
    default Iterable<T> items() {
        return this;
    }

    /** {@return the items of every page as a sequential stream, fetched as the stream advances} */
    default Stream<T> stream() {
        return StreamSupport.stream(pages().spliterator(), false).flatMap(page -> page.items().stream());
    }

    /** {@return an iterator over the items of every page, fetching each page as it is reached} */
    @Override
    default Iterator<T> iterator() {
        return stream().iterator();
    }
}

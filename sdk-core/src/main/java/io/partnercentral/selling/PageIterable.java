package io.partnercentral.selling;

import java.util.Iterator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A listing fetched lazily, one page per service call, holding one page in memory at a time.
 * Iterate it for pages, or use {@link #items()} / {@link #stream()} to flatten the items across
 * pages. Each new iteration starts again from the first page.
 *
 * <pre>{@code
 * selling.opportunities().list(r -> r.maxResults(100)).stream()
 *     .filter(s -> s.lifeCycle().flatMap(LifeCycle::stage).isPresent())
 *     .forEach(this::sync);
 * }</pre>
 *
 * @param <T> the item type
 */
public interface PageIterable<T> extends Iterable<Page<T>> {
    /** {@return the items of every page, fetched as the iteration reaches them} */
    default Iterable<T> items() {
        return () -> stream().iterator();
    }

    /** {@return the items of every page as a sequential stream, fetched as the stream advances} */
    default Stream<T> stream() {
        return StreamSupport.stream(spliterator(), false).flatMap(page -> page.items().stream());
    }

    @Override
    Iterator<Page<T>> iterator();
}

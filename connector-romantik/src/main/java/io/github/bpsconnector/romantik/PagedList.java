package io.github.bpsconnector.romantik;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.romantik.page.ListPage;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A list the portal shows page by page, fetched lazily: a page is requested only when iteration reaches it, so
 * {@code stream().filter(...).findFirst()} stops early. Each iteration starts again from the first page. A page
 * link seen before, or more pages than the profile's {@code limits.maxListPages}, ends with
 * {@link PortalChangedException} rather than a loop.
 *
 * @param <T> the row type
 */
public final class PagedList<T> implements Iterable<T> {

    private final URI first;
    private final Function<URI, ListPage<T>> fetch;
    private final int maxPages;
    private final String operation;

    PagedList(URI first, Function<URI, ListPage<T>> fetch, int maxPages, String operation) {
        this.first = Objects.requireNonNull(first, "first");
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.maxPages = maxPages;
        this.operation = operation;
    }

    /** The rows, page by page. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private final ArrayDeque<T> buffered = new ArrayDeque<>();
            private final Set<URI> seen = new HashSet<>();
            private URI next = first;

            @Override
            public boolean hasNext() {
                while (buffered.isEmpty() && next != null) {
                    if (!seen.add(next) || seen.size() > maxPages) {
                        throw new PortalChangedException(ErrorContext.of("romantik", operation), operation
                                + ": the list's pages do not end (page " + next.getRawQuery() + " again, or over "
                                + maxPages + " pages)", "selectors of the next-page link leading to an end", null);
                    }
                    ListPage<T> page = fetch.apply(next);
                    buffered.addAll(page.items());
                    next = page.next().orElse(null);
                }
                return !buffered.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffered.removeFirst();
            }
        };
    }
}

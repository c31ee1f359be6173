package io.github.bpsconnector.indah;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A list on the portal read lazily, page by page: page N+1 is fetched only when iteration reaches the end of page
 * N. Each iteration starts again at page 0. Iterating may throw the client's {@code PortalException}s.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {

    /** The most pages one iteration reads, a guard against a portal that announces pages without end. */
    public static final int MAX_PAGES = 10_000;

    private final IntFunction<Page<T>> fetch;

    /**
     * @param fetch fetches the page with the given 0-based number
     */
    public PagedIterable(IntFunction<Page<T>> fetch) {
        this.fetch = Objects.requireNonNull(fetch, "fetch");
    }

    /** The pages, fetched one at a time as iteration reaches them. */
    public Iterable<Page<T>> pages() {
        return PageIterator::new;
    }

    /** The first page only. */
    public Page<T> firstPage() {
        return fetch.apply(0);
    }

    @Override
    public Iterator<T> iterator() {
        Iterator<Page<T>> pages = new PageIterator();
        return new Iterator<>() {
            private Iterator<T> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && pages.hasNext()) {
                    current = pages.next().content().iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The items as a sequential stream; pages are fetched as the stream is consumed. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    private final class PageIterator implements Iterator<Page<T>> {
        private int nextNumber;
        private boolean done;

        @Override
        public boolean hasNext() {
            return !done && nextNumber < MAX_PAGES;
        }

        @Override
        public Page<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Page<T> page = fetch.apply(nextNumber++);
            done = !page.hasNext();
            return page;
        }
    }
}

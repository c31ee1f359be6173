package io.github.bpsconnector.romantik.page;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One page of a paged list.
 *
 * @param items the rows of this page
 * @param next the next page, if there is one
 * @param <T> the row type
 */
public record ListPage<T>(List<T> items, Optional<URI> next) {

    /** Copies the rows. */
    public ListPage {
        items = List.copyOf(items);
    }
}

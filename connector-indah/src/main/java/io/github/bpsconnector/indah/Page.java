package io.github.bpsconnector.indah;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One page of a list as the portal returned it.
 *
 * @param number        the 0-based page number asked for
 * @param size          the page size asked for
 * @param content       the items of this page
 * @param totalPages    the number of pages the portal announced, or -1 if it did not say
 * @param totalElements the number of items the portal announced, or -1 if it did not say
 * @param <T>           the item type
 */
public record Page<T>(int number, int size, List<T> content, int totalPages, long totalElements) {

    public Page {
        content = List.copyOf(content);
    }

    /** The announced number of pages, if any. */
    public OptionalInt announcedPages() {
        return totalPages < 0 ? OptionalInt.empty() : OptionalInt.of(totalPages);
    }

    /** The announced number of items, if any. */
    public OptionalLong announcedElements() {
        return totalElements < 0 ? OptionalLong.empty() : OptionalLong.of(totalElements);
    }

    /**
     * Whether another page should be asked for: the portal announced more pages, or (when it did not say) this
     * page was full. An empty page is always the last.
     */
    public boolean hasNext() {
        if (content.isEmpty()) {
            return false;
        }
        return totalPages >= 0 ? number + 1 < totalPages : content.size() >= size;
    }
}

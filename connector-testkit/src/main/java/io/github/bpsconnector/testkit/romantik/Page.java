package io.github.bpsconnector.testkit.romantik;

import java.util.List;

/** One page of a list; pages are numbered from 1. */
record Page<T>(List<T> items, int page, int totalPages, int total) {

    static final int SIZE = 10;

    static <T> Page<T> of(List<T> all, int requested) {
        int totalPages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
        int page = Math.min(Math.max(1, requested), totalPages);
        int from = (page - 1) * SIZE;
        return new Page<>(List.copyOf(all.subList(from, Math.min(all.size(), from + SIZE))), page, totalPages,
                all.size());
    }

    boolean hasNext() {
        return page < totalPages;
    }
}

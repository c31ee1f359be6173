package io.github.bpsconnector.testkit.indah;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpsconnector.testkit.SimJson;
import io.github.bpsconnector.testkit.SimRequest;
import java.util.List;

/**
 * The {@code page} (0-based) and {@code size} of a list request, and the two page styles of INDAH: the Spring page
 * ({@code content, totalElements, totalPages, number, size, …}) and the v2 page
 * ({@code {"status":200,"result":[{"content":[…],"total_pages":N}]}}).
 */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 2000;

    static Paging of(SimRequest request) {
        int page = number(request, "page", 0);
        int size = number(request, "size", DEFAULT_SIZE);
        if (page < 0) {
            throw IndahResponses.problemException(400, "Bad Request", "page tidak boleh negatif");
        }
        if (size < 1) {
            throw IndahResponses.problemException(400, "Bad Request", "size minimal 1");
        }
        return new Paging(page, Math.min(size, MAX_SIZE));
    }

    private static int number(SimRequest request, String name, int fallback) {
        String text = request.query(name).orElse("").trim();
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw IndahResponses.problemException(400, "Bad Request", name + " harus bilangan bulat: " + text);
        }
    }

    private <T> List<T> slice(List<T> all) {
        long from = (long) page * size;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }

    private int totalPages(int total) {
        return (total + size - 1) / size;
    }

    /** A Spring page of the given items. */
    ObjectNode springPage(List<ObjectNode> all) {
        List<ObjectNode> content = slice(all);
        ObjectNode page = SimJson.object();
        ArrayNode items = page.putArray("content");
        content.forEach(items::add);
        int totalPages = totalPages(all.size());
        page.put("totalElements", all.size())
                .put("totalPages", totalPages)
                .put("number", this.page)
                .put("size", size)
                .put("numberOfElements", content.size())
                .put("first", this.page == 0)
                .put("last", this.page >= totalPages - 1)
                .put("empty", content.isEmpty());
        return page;
    }

    /** The v2 page item {@code {"content":[…],"total_pages":N}}. */
    ObjectNode v2Page(List<ObjectNode> all) {
        ObjectNode item = SimJson.object();
        ArrayNode items = item.putArray("content");
        slice(all).forEach(items::add);
        item.put("total_pages", totalPages(all.size()));
        return item;
    }
}

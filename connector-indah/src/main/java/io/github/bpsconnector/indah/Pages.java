package io.github.bpsconnector.indah;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.indah.wire.EnvelopeWire;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads the two page styles of INDAH: the Spring page and the v2 page inside {@code result[0]}. */
final class Pages {

    private Pages() {
    }

    /** A Spring page {@code {content, totalPages, totalElements, …}}. */
    static <T> Page<T> spring(IndahProfile profile, String operation, JsonNode body, int number, int size,
            Function<JsonNode, T> item) {
        return page(profile, operation, body, number, size, profile.key("page.totalPages"), item);
    }

    /** A v2 page {@code {"result":[{content, total_pages}]}}. */
    static <T> Page<T> v2(IndahProfile profile, String operation, JsonNode itemNode, int number, int size,
            Function<JsonNode, T> item) {
        return page(profile, operation, itemNode, number, size, profile.key("page.v2TotalPages"), item);
    }

    private static <T> Page<T> page(IndahProfile profile, String operation, JsonNode body, int number, int size,
            String totalPagesKey, Function<JsonNode, T> item) {
        JsonNode content = body.get(profile.key("page.content"));
        if (content == null || !content.isArray()) {
            throw new PortalChangedException(IndahApi.context(operation), operation + ": the page has no "
                    + profile.key("page.content") + " list", profile.key("page.content"), null);
        }
        List<T> items = new ArrayList<>();
        content.forEach(node -> items.add(item.apply(node)));
        Long totalPages = EnvelopeWire.longValue(body.get(totalPagesKey));
        Long totalElements = EnvelopeWire.longValue(body.get(profile.key("page.totalElements")));
        return new Page<>(number, size, items, totalPages == null ? -1 : totalPages.intValue(),
                totalElements == null ? -1 : totalElements);
    }
}

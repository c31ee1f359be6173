package io.github.bpsconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RouterTest {

    private final RequestHandler handler = request -> SimResponse.status(200);

    @Test
    void matchesPlaceholdersAndLiteralSegments() {
        Router router = new Router().get("/sdi/v2/kegiatan/{id}", handler)
                .get("/sdi/metadata-statistik-kegiatan/{id}/metadata-statistik-variabel", handler);

        Router.Lookup lookup = router.lookup("GET", "/sdi/metadata-statistik-kegiatan/42/metadata-statistik-variabel");

        assertThat(lookup.match()).isPresent();
        assertThat(lookup.match().get().route().pattern)
                .isEqualTo("/sdi/metadata-statistik-kegiatan/{id}/metadata-statistik-variabel");
        assertThat(lookup.match().get().pathParams()).containsEntry("id", "42");
    }

    @Test
    void placeholderMatchesOneSegmentOnly() {
        Router router = new Router().get("/a/{id}", handler);
        assertThat(router.lookup("GET", "/a/1/b").match()).isEmpty();
        assertThat(router.lookup("GET", "/a/").match()).isEmpty();
    }

    @Test
    void ignoresTrailingSlash() {
        Router router = new Router().get("/api/account", handler);
        assertThat(router.lookup("GET", "/api/account/").match()).isPresent();
    }

    @Test
    void literalDotsAreNotRegex() {
        Router router = new Router().get("/file.json", handler);
        assertThat(router.lookup("GET", "/fileXjson").match()).isEmpty();
    }

    @Test
    void reportsPathKnownUnderAnotherMethod() {
        Router router = new Router().post("/items", handler);
        Router.Lookup lookup = router.lookup("GET", "/items");
        assertThat(lookup.match()).isEmpty();
        assertThat(lookup.pathKnownForOtherMethod()).isTrue();
        assertThat(router.lookup("GET", "/nothing").pathKnownForOtherMethod()).isFalse();
    }

    @Test
    void firstRouteWins() {
        RequestHandler special = request -> SimResponse.status(201);
        Router router = new Router().get("/a/special", special).get("/a/{id}", handler);
        assertThat(router.lookup("GET", "/a/special").match().get().route().handler).isSameAs(special);
    }

    @Test
    void describesRoutes() {
        Router router = new Router().get("/a", handler).delete("/a/{id}", handler);
        assertThat(router.describe()).containsExactly("GET /a", "DELETE /a/{id}");
    }

    @Test
    void refusesBadPatterns() {
        Router router = new Router();
        assertThatThrownBy(() -> router.get("a", handler)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> router.get("/{id}/{id}", handler)).isInstanceOf(IllegalArgumentException.class);
    }
}

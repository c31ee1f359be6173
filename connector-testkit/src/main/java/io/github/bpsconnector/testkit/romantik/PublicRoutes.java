package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.SimRequest;
import io.github.bpsconnector.testkit.SimResponse;

/** {@code GET /rekomendasi-terbit} and {@code GET /rekomendasi-terbit/{token}}, open to everyone. */
final class PublicRoutes {

    private final RomantikState state;

    PublicRoutes(RomantikState state) {
        this.state = state;
    }

    SimResponse list(SimRequest request, Viewer viewer) {
        RomantikState.TerbitFilter filter = new RomantikState.TerbitFilter(request.query("search").orElse(null),
                RomantikHttp.year(request), request.query("provinsi").orElse(null),
                request.query("kabkot").orElse(null), request.query("instansi").orElse(null));
        return SimResponse.html(200, PublicPages.list(viewer, filter,
                state.terbit(filter, RomantikHttp.page(request)), state.master()));
    }

    SimResponse detail(SimRequest request, Viewer viewer) {
        return state.terbitByToken(request.pathParam("token"))
                .map(view -> SimResponse.html(200, PublicPages.detail(viewer, view, state.master())))
                .orElseGet(() -> SimResponse.html(404, AuthPages.notFound()));
    }
}

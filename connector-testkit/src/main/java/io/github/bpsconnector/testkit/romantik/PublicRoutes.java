package io.github.bpsconnector.testkit.romantik;

/** {@code GET /rekomendasi-terbit} and {@code GET /rekomendasi-terbit/{token}}, open to everyone. */
final class PublicRoutes {

    private PublicRoutes() {
    }

    static RomantikResponse route(RomantikRequest request, RomantikState state, Viewer viewer) {
        String path = request.path();
        if (path.equals("/rekomendasi-terbit")) {
            String tahun = request.query("tahun");
            RomantikState.TerbitFilter filter = new RomantikState.TerbitFilter(request.query("search"),
                    tahun != null && tahun.matches("\\d{4}") ? Integer.valueOf(tahun) : null,
                    request.query("provinsi"), request.query("kabkot"), request.query("instansi"));
            String page = request.query("page");
            return RomantikResponse.html(200, PublicPages.list(viewer, filter,
                    state.terbit(filter, page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1),
                    state.master()));
        }
        String token = path.substring("/rekomendasi-terbit/".length());
        return state.terbitByToken(token)
                .map(view -> RomantikResponse.html(200, PublicPages.detail(viewer, view, state.master())))
                .orElseGet(() -> RomantikResponse.html(404, AuthPages.notFound()));
    }
}

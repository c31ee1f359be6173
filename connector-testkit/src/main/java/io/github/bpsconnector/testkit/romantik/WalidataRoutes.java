package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.SimResponse;
import java.util.function.Function;

/** The Walidata's pages under {@code /walidata/pengajuan}; other roles get {@code 403}. */
final class WalidataRoutes {

    private final RomantikState state;

    WalidataRoutes(RomantikState state) {
        this.state = state;
    }

    SimResponse daftar(Call call) {
        return asWalidata(call, walidata -> SimResponse.html(200, ListPages.daftarWalidata(call.viewer(),
                state.listForWalidata(call.email(), RomantikHttp.page(call.request())))));
    }

    SimResponse detail(Call call) {
        return asWalidata(call, walidata -> SimResponse.html(200, DetailPages.walidata(call.viewer(),
                state.viewForWalidata(call.email(), call.id()), null)));
    }

    SimResponse decide(Call call) {
        return asWalidata(call, walidata -> {
            long id = call.id();
            try {
                state.walidataDecide(call.email(), id, call.form().first("keputusan"), call.form().first("catatan"));
                return SimResponse.redirect("/walidata/pengajuan/" + id);
            } catch (RomantikRefusedException refusal) {
                return SimResponse.html(422, DetailPages.walidata(call.viewer(),
                        state.viewForWalidata(call.email(), id), refusal));
            }
        });
    }

    private static SimResponse asWalidata(Call call, Function<Call, SimResponse> handler) {
        if (!call.viewer().isWalidata()) {
            return SimResponse.html(403, AuthPages.forbidden());
        }
        if (call.viewer().instansi() == null) {
            return SimResponse.html(422, AuthPages.refused(call.viewer(), "Pemeriksaan Walidata",
                    new RomantikRefusedException(RomantikState.PROFIL_BELUM_LENGKAP)));
        }
        return handler.apply(call);
    }
}

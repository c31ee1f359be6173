package io.github.bpsconnector.testkit.romantik;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Walidata's pages under {@code /walidata/pengajuan}; other roles get {@code 403}. */
final class WalidataRoutes {

    private static final Pattern DETAIL = Pattern.compile("/walidata/pengajuan/(\\d{1,15})");

    private final RomantikState state;

    WalidataRoutes(RomantikState state) {
        this.state = state;
    }

    /** The response, or {@code null} when no route of this group matches. */
    RomantikResponse route(Call call) {
        String path = call.request().path();
        boolean get = "GET".equals(call.request().method());
        if (!path.equals("/walidata/pengajuan") && !path.startsWith("/walidata/pengajuan/")) {
            return null;
        }
        if (!call.viewer().isWalidata()) {
            return RomantikResponse.html(403, AuthPages.forbidden());
        }
        if (call.viewer().instansi() == null) {
            return RomantikResponse.html(422, AuthPages.refused(call.viewer(), "Pemeriksaan Walidata",
                    new RomantikRefusedException(RomantikState.PROFIL_BELUM_LENGKAP)));
        }
        if (path.equals("/walidata/pengajuan")) {
            return get ? RomantikResponse.html(200, ListPages.daftarWalidata(call.viewer(),
                    state.listForWalidata(call.email(), call.page()))) : null;
        }
        Matcher matcher = DETAIL.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        long id = Long.parseLong(matcher.group(1));
        if (get) {
            return RomantikResponse.html(200, DetailPages.walidata(call.viewer(),
                    state.viewForWalidata(call.email(), id), null));
        }
        try {
            FormValues form = call.request().form();
            state.walidataDecide(call.email(), id, form.first("keputusan"), form.first("catatan"));
            return RomantikResponse.redirect("/walidata/pengajuan/" + id);
        } catch (RomantikRefusedException refusal) {
            return RomantikResponse.html(422, DetailPages.walidata(call.viewer(),
                    state.viewForWalidata(call.email(), id), refusal));
        }
    }
}

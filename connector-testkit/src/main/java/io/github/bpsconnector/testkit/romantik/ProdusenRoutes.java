package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.SimPart;
import io.github.bpsconnector.testkit.SimResponse;
import io.github.bpsconnector.testkit.romantik.FormSchema.FormBlock;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

/** The producer's pages: profile, home, "Daftar Pengajuan" and everything under {@code /pengajuan/{id}}. */
final class ProdusenRoutes {

    private final RomantikState state;

    ProdusenRoutes(RomantikState state) {
        this.state = state;
    }

    /** What a refused POST re-renders, with status 422. */
    @FunctionalInterface
    private interface RefusalPage {
        String render(PengajuanView view, RomantikRefusedException refusal);
    }

    SimResponse beranda(Call call) {
        int own = state.list(call.email(), null, 1).total();
        Page<PengajuanView> issued = state.terbit(RomantikState.TerbitFilter.ANY, 1);
        return ok(HomePages.beranda(call.viewer(), own, issued.total(),
                issued.items().subList(0, Math.min(5, issued.items().size()))));
    }

    SimResponse profil(Call call) {
        return ok(HomePages.profil(call.viewer(), state.master(), null, null));
    }

    SimResponse saveProfil(Call call) {
        try {
            state.saveProfil(call.email(), call.form());
            return SimResponse.redirect("/beranda");
        } catch (RomantikRefusedException refusal) {
            return SimResponse.html(422, HomePages.profil(call.viewer(), state.master(), call.form(), refusal));
        }
    }

    SimResponse daftar(Call call) {
        Integer year = RomantikHttp.year(call.request());
        return ok(ListPages.daftarPengajuan(call.viewer(),
                state.list(call.email(), year, RomantikHttp.page(call.request())), year));
    }

    SimResponse baru(Call call) {
        if (call.viewer().instansi() == null) {
            return noProfile(call);
        }
        return ok(FormPages.blok(call.viewer(), null, FormSchema.block(0), FormValues.EMPTY, null));
    }

    SimResponse create(Call call) {
        if (call.viewer().instansi() == null) {
            return noProfile(call);
        }
        try {
            long id = state.create(call.email(), call.form());
            return SimResponse.redirect("/pengajuan/" + id + "/blok/1");
        } catch (RomantikRefusedException refusal) {
            return SimResponse.html(422, FormPages.blok(call.viewer(), null, FormSchema.block(0), call.form(),
                    refusal));
        }
    }

    private static SimResponse noProfile(Call call) {
        return SimResponse.html(422, AuthPages.refused(call.viewer(), "Ajukan Rekomendasi",
                new RomantikRefusedException(RomantikState.PROFIL_BELUM_LENGKAP)));
    }

    SimResponse detail(Call call) {
        return ok(DetailPages.detail(call.viewer(), state.view(call.email(), call.id()), null));
    }

    SimResponse ringkasan(Call call) {
        return ok(FormPages.ringkasan(call.viewer(), state.view(call.email(), call.id()), null));
    }

    SimResponse cetak(Call call) {
        return ok(DetailPages.cetak(state.view(call.email(), call.id()), state.now()));
    }

    SimResponse showBlok(Call call) {
        long id = call.id();
        int number = blockNumber(call);
        PengajuanView view = state.view(call.email(), id);
        FormBlock block;
        try {
            block = state.blockToShow(call.email(), id, number);
        } catch (RomantikRefusedException notThisKind) {
            return SimResponse.redirect("/pengajuan/" + id + "/blok/"
                    + FormSchema.next(number, FormValues.of(view.values())));
        }
        if (number == FormSchema.BLOK_BERKAS) {
            return ok(FormPages.berkas(call.viewer(), view, null));
        }
        return ok(FormPages.blok(call.viewer(), view, block, FormValues.of(view.values()), null));
    }

    SimResponse saveBlok(Call call) {
        long id = call.id();
        int number = blockNumber(call);
        FormBlock block = FormSchema.block(number);
        return refusable(call, () -> {
            int next = state.saveBlock(call.email(), id, number, call.form());
            return "/pengajuan/" + id + (next < 0 ? "/ringkasan" : "/blok/" + next);
        }, (view, refusal) -> number == FormSchema.BLOK_BERKAS ? FormPages.berkas(call.viewer(), view, refusal)
                : FormPages.blok(call.viewer(), view, block, call.form(), refusal));
    }

    SimResponse berkas(Call call) {
        long id = call.id();
        Optional<SimPart> file = call.request().part("berkas").filter(part -> part.fileName() != null);
        return refusable(call, () -> {
            state.uploadBerkas(call.email(), id, call.form().first("jenis"), file.map(SimPart::fileName).orElse(null),
                    file.map(SimPart::body).orElse(null));
            return "/pengajuan/" + id + "/blok/" + FormSchema.BLOK_BERKAS;
        }, (view, refusal) -> FormPages.berkas(call.viewer(), view, refusal));
    }

    SimResponse kirim(Call call) {
        long id = call.id();
        return refusable(call, () -> {
            state.kirim(call.email(), id);
            return "/pengajuan/" + id;
        }, (view, refusal) -> FormPages.ringkasan(call.viewer(), view, refusal));
    }

    SimResponse hapus(Call call) {
        long id = call.id();
        return refusable(call, () -> {
            state.hapus(call.email(), id);
            return "/pengajuan";
        }, (view, refusal) -> DetailPages.detail(call.viewer(), view, refusal));
    }

    SimResponse batalkan(Call call) {
        long id = call.id();
        return refusable(call, () -> {
            state.batalkan(call.email(), id);
            return "/pengajuan/" + id;
        }, (view, refusal) -> DetailPages.detail(call.viewer(), view, refusal));
    }

    SimResponse komitmen(Call call) {
        long id = call.id();
        Optional<SimPart> file = call.request().part("berkas").filter(part -> part.fileName() != null);
        return refusable(call, () -> {
            state.uploadKomitmen(call.email(), id, file.map(SimPart::fileName).orElse(null),
                    file.map(SimPart::body).orElse(null));
            return "/pengajuan/" + id;
        }, (view, refusal) -> DetailPages.detail(call.viewer(), view, refusal));
    }

    SimResponse rating(Call call) {
        long id = call.id();
        return refusable(call, () -> {
            state.beriPenilaian(call.email(), id, call.form().first("nilai"), call.form().first("komentar"));
            return "/pengajuan/" + id;
        }, (view, refusal) -> DetailPages.detail(call.viewer(), view, refusal));
    }

    SimResponse surat(Call call) {
        long id = call.id();
        PengajuanView view = state.view(call.email(), id);
        byte[] pdf = state.suratPdf(call.email(), id)
                .orElseThrow(() -> new NoSuchElementException("No letter for pengajuan " + id));
        return SimResponse.bytes(200, "application/pdf", pdf).withHeader("Content-Disposition",
                "attachment; filename=\"" + view.surat().fileName() + "\"");
    }

    /** Runs {@code action} (which returns the path to redirect to); a refusal re-renders a page with status 422. */
    private SimResponse refusable(Call call, Supplier<String> action, RefusalPage onRefusal) {
        try {
            return SimResponse.redirect(action.get());
        } catch (RomantikRefusedException refusal) {
            return SimResponse.html(422, onRefusal.render(state.view(call.email(), call.id()), refusal));
        }
    }

    private static int blockNumber(Call call) {
        String number = call.request().pathParam("n");
        if (!number.matches("\\d") || FormSchema.block(Integer.parseInt(number)) == null) {
            throw new NoSuchElementException("No Blok " + number);
        }
        return Integer.parseInt(number);
    }

    private static SimResponse ok(String html) {
        return SimResponse.html(200, html);
    }
}

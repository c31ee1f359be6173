package io.github.bpsconnector.testkit.romantik;

import io.github.bpsconnector.testkit.romantik.FormSchema.FormBlock;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The producer's pages: profile, home, "Daftar Pengajuan" and everything under {@code /pengajuan/{id}}. */
final class ProdusenRoutes {

    private static final Pattern PENGAJUAN = Pattern.compile("/pengajuan/(\\d{1,15})(/.*)?");
    private static final Pattern BLOK = Pattern.compile("/blok/(\\d{1,2})");

    private final RomantikState state;

    ProdusenRoutes(RomantikState state) {
        this.state = state;
    }

    /** The response, or {@code null} when no route of this group matches. */
    RomantikResponse route(Call call) {
        String method = call.request().method();
        String path = call.request().path();
        boolean get = "GET".equals(method);
        switch (path) {
            case "/beranda":
                return get ? beranda(call) : null;
            case "/profil":
                return get ? profil(call, null, null) : saveProfil(call);
            case "/pengajuan":
                return get ? daftar(call) : create(call);
            case "/pengajuan/baru":
                return get ? baru(call) : null;
            default:
                break;
        }
        Matcher matcher = PENGAJUAN.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        long id = Long.parseLong(matcher.group(1));
        String rest = matcher.group(2) == null ? "" : matcher.group(2);
        Matcher blok = BLOK.matcher(rest);
        if (blok.matches()) {
            int number = Integer.parseInt(blok.group(1));
            return get ? showBlok(call, id, number) : saveBlok(call, id, number);
        }
        return get ? pengajuanGet(call, id, rest) : pengajuanPost(call, id, rest);
    }

    private RomantikResponse pengajuanGet(Call call, long id, String rest) {
        return switch (rest) {
            case "" -> ok(DetailPages.detail(call.viewer(), state.view(call.email(), id), null));
            case "/ringkasan" -> ok(FormPages.ringkasan(call.viewer(), state.view(call.email(), id), null));
            case "/cetak" -> ok(DetailPages.cetak(state.view(call.email(), id), state.now()));
            case "/surat-rekomendasi" -> surat(call, id);
            default -> null;
        };
    }

    private RomantikResponse pengajuanPost(Call call, long id, String rest) {
        String email = call.email();
        try {
            switch (rest) {
                case "/berkas" -> {
                    Optional<RomantikRequest.FilePart> file = call.request().file("berkas");
                    state.uploadBerkas(email, id, call.request().form().first("jenis"),
                            file.map(RomantikRequest.FilePart::fileName).orElse(null),
                            file.map(RomantikRequest.FilePart::content).orElse(null));
                    return RomantikResponse.redirect("/pengajuan/" + id + "/blok/" + FormSchema.BLOK_BERKAS);
                }
                case "/kirim" -> state.kirim(email, id);
                case "/hapus" -> {
                    state.hapus(email, id);
                    return RomantikResponse.redirect("/pengajuan");
                }
                case "/batalkan" -> state.batalkan(email, id);
                case "/komitmen" -> {
                    Optional<RomantikRequest.FilePart> file = call.request().file("berkas");
                    state.uploadKomitmen(email, id, file.map(RomantikRequest.FilePart::fileName).orElse(null),
                            file.map(RomantikRequest.FilePart::content).orElse(null));
                }
                case "/rating" -> state.beriPenilaian(email, id, call.request().form().first("nilai"),
                        call.request().form().first("komentar"));
                default -> {
                    return null;
                }
            }
            return RomantikResponse.redirect("/pengajuan/" + id);
        } catch (RomantikRefusedException refusal) {
            PengajuanView view = state.view(email, id);
            String page = switch (rest) {
                case "/berkas" -> FormPages.berkas(call.viewer(), view, refusal);
                case "/kirim" -> FormPages.ringkasan(call.viewer(), view, refusal);
                default -> DetailPages.detail(call.viewer(), view, refusal);
            };
            return RomantikResponse.html(422, page);
        }
    }

    private RomantikResponse beranda(Call call) {
        int own = state.list(call.email(), null, 1).total();
        Page<PengajuanView> issued = state.terbit(RomantikState.TerbitFilter.ANY, 1);
        return ok(HomePages.beranda(call.viewer(), own, issued.total(), issued.items().subList(0,
                Math.min(5, issued.items().size()))));
    }

    private RomantikResponse profil(Call call, FormValues posted, RomantikRefusedException refusal) {
        return RomantikResponse.html(refusal == null ? 200 : 422,
                HomePages.profil(call.viewer(), state.master(), posted, refusal));
    }

    private RomantikResponse saveProfil(Call call) {
        try {
            state.saveProfil(call.email(), call.request().form());
            return RomantikResponse.redirect("/beranda");
        } catch (RomantikRefusedException refusal) {
            return profil(call, call.request().form(), refusal);
        }
    }

    private RomantikResponse daftar(Call call) {
        String tahun = call.request().query("tahun");
        Integer year = tahun != null && tahun.matches("\\d{4}") ? Integer.valueOf(tahun) : null;
        return ok(ListPages.daftarPengajuan(call.viewer(), state.list(call.email(), year, call.page()), year));
    }

    private RomantikResponse baru(Call call) {
        if (call.viewer().instansi() == null) {
            return noProfile(call);
        }
        return ok(FormPages.blok(call.viewer(), null, FormSchema.block(0), FormValues.EMPTY, null));
    }

    private RomantikResponse create(Call call) {
        if (call.viewer().instansi() == null) {
            return noProfile(call);
        }
        try {
            long id = state.create(call.email(), call.request().form());
            return RomantikResponse.redirect("/pengajuan/" + id + "/blok/1");
        } catch (RomantikRefusedException refusal) {
            return RomantikResponse.html(422, FormPages.blok(call.viewer(), null, FormSchema.block(0),
                    call.request().form(), refusal));
        }
    }

    private static RomantikResponse noProfile(Call call) {
        return RomantikResponse.html(422, AuthPages.refused(call.viewer(), "Ajukan Rekomendasi",
                new RomantikRefusedException(RomantikState.PROFIL_BELUM_LENGKAP)));
    }

    private RomantikResponse showBlok(Call call, long id, int number) {
        PengajuanView view = state.view(call.email(), id);
        FormBlock block;
        try {
            block = state.blockToShow(call.email(), id, number);
        } catch (RomantikRefusedException notThisKind) {
            return RomantikResponse.redirect("/pengajuan/" + id + "/blok/"
                    + FormSchema.next(number, FormValues.of(view.values())));
        }
        if (number == FormSchema.BLOK_BERKAS) {
            return ok(FormPages.berkas(call.viewer(), view, null));
        }
        return ok(FormPages.blok(call.viewer(), view, block, FormValues.of(view.values()), null));
    }

    private RomantikResponse saveBlok(Call call, long id, int number) {
        try {
            int next = state.saveBlock(call.email(), id, number, call.request().form());
            return RomantikResponse.redirect("/pengajuan/" + id + (next < 0 ? "/ringkasan" : "/blok/" + next));
        } catch (RomantikRefusedException refusal) {
            PengajuanView view = state.view(call.email(), id);
            FormBlock block = FormSchema.block(number);
            if (block == null) {
                throw new NoSuchElementException("No Blok " + number);
            }
            String page = number == FormSchema.BLOK_BERKAS ? FormPages.berkas(call.viewer(), view, refusal)
                    : FormPages.blok(call.viewer(), view, block, call.request().form(), refusal);
            return RomantikResponse.html(422, page);
        }
    }

    private RomantikResponse surat(Call call, long id) {
        PengajuanView view = state.view(call.email(), id);
        byte[] pdf = state.suratPdf(call.email(), id).orElseThrow(() -> new NoSuchElementException(
                "No letter for pengajuan " + id));
        return RomantikResponse.bytes(200, "application/pdf", pdf).header("Content-Disposition",
                "attachment; filename=\"" + view.surat().fileName() + "\"");
    }

    private static RomantikResponse ok(String html) {
        return RomantikResponse.html(200, html);
    }
}

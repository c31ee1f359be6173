package io.github.bpsconnector.testkit.romantik;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The public pages: {@code /rekomendasi-terbit} and {@code /rekomendasi-terbit/{token}}. */
final class PublicPages {

    private PublicPages() {
    }

    static String list(Viewer viewer, RomantikState.TerbitFilter filter, Page<PengajuanView> page,
            MasterInstansi master) {
        Document doc = Layout.page("Rekomendasi Terbit", viewer);
        Element main = Layout.main(doc);
        Element form = main.appendElement("form").id("form-cari").attr("method", "get")
                .attr("action", "/rekomendasi-terbit");
        Html.input(Html.group(form, "search", "Cari"), "search", "search", filter.search());
        Html.input(Html.group(form, "tahun", "Tahun"), "number", "tahun",
                filter.tahun() == null ? "" : String.valueOf(filter.tahun()));
        Element provinsi = HomePages.select(Html.group(form, "provinsi", "Provinsi"), "provinsi");
        Element kabkot = HomePages.select(Html.group(form, "kabkot", "Kabupaten/Kota"), "kabkot");
        for (Wilayah area : master.allWilayah()) {
            HomePages.option(area.isProvinsi() ? provinsi : kabkot, area.kode(), area.nama(),
                    area.isProvinsi() ? filter.provinsi() : filter.kabkot());
        }
        Element instansi = HomePages.select(Html.group(form, "instansi", "Instansi"), "instansi");
        for (Instansi entry : master.allInstansi()) {
            HomePages.option(instansi, entry.id(), entry.nama(), filter.instansi());
        }
        Html.submit(form, "Cari");
        Element tbody = Html.table(main, "rekomendasi-terbit", "Nomor", "Judul Kegiatan", "Instansi", "Tanggal");
        for (PengajuanView view : page.items()) {
            terbitRow(tbody, view);
        }
        Html.pagination(main, page, number -> Html.url("/rekomendasi-terbit", "search", filter.search(),
                "tahun", filter.tahun() == null ? null : String.valueOf(filter.tahun()),
                "provinsi", filter.provinsi(), "kabkot", filter.kabkot(), "instansi", filter.instansi(),
                "page", String.valueOf(number)));
        return Html.render(doc);
    }

    /** One row: {@code td.nomor}, {@code td.judul} (with the link to the detail), {@code td.instansi}, {@code td.tanggal}. */
    static void terbitRow(Element tbody, PengajuanView view) {
        Element row = tbody.appendElement("tr");
        Html.cell(row, "nomor", view.nomorRekomendasi());
        Html.link(Html.cell(row, "judul", ""), "/rekomendasi-terbit/" + view.publicToken(), view.judul());
        Html.cell(row, "instansi", view.instansi().nama());
        Html.cell(row, "tanggal", IndonesianDates.longDate(view.surat().tanggal()));
    }

    static String detail(Viewer viewer, PengajuanView view, MasterInstansi master) {
        Document doc = Layout.page("Detail Rekomendasi", viewer);
        Element dl = Layout.main(doc).appendElement("dl").id("detail-rekomendasi");
        SuratRekomendasi surat = view.surat();
        Html.entry(dl, "Identitas Rekomendasi", surat.identitasRekomendasi());
        Html.entry(dl, "Nomor Surat", surat.nomorSurat());
        Html.entry(dl, "Judul Kegiatan", view.judul());
        Html.entry(dl, "Tahun", String.valueOf(view.tahun()));
        Html.entry(dl, "Instansi", view.instansi().nama());
        Html.entry(dl, "Wilayah", Optional.ofNullable(view.instansi().kodeWilayah()).flatMap(master::wilayah)
                .map(Wilayah::nama).orElse("Nasional"));
        Html.entry(dl, "Cara Pengumpulan Data", FormText.choiceLabel(FormSchema.CARA_PENGUMPULAN,
                view.value(FormSchema.CARA_PENGUMPULAN)));
        Html.entry(dl, "Tanggal Terbit", IndonesianDates.longDate(surat.tanggal()));
        Html.entry(dl, "Pemberi Rekomendasi", surat.pemberiRekomendasi());
        Html.entry(dl, "Hasil Pemeriksaan", SuratRekomendasi.HASIL_LAYAK);
        return Html.render(doc);
    }
}

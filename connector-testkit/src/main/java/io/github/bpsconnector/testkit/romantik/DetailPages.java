package io.github.bpsconnector.testkit.romantik;

import java.time.Instant;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A submission's detail page, its printable summary and the Walidata's examination page. */
final class DetailPages {

    private DetailPages() {
    }

    /** The detail page; {@code refusal} re-renders a refused action (rating, komitmen, hapus, batalkan). */
    static String detail(Viewer viewer, PengajuanView view, RomantikRefusedException refusal) {
        Document doc = Layout.page("Detail Pengajuan", viewer);
        Element main = Layout.main(doc);
        String base = "/pengajuan/" + view.id();
        statusList(main, view);
        catatanTable(main, view);
        Element actions = main.appendElement("section").id("aksi-pengajuan");
        if (view.allows("ubah")) {
            Html.link(actions, base + "/blok/0", "Ubah").id("ubah-pengajuan");
        }
        Html.link(actions, base + "/ringkasan", "Ringkasan").id("lihat-ringkasan");
        Html.link(actions, base + "/cetak", "Cetak Ringkasan Pengajuan").id("cetak-ringkasan");
        if (view.allows("unduh-sr")) {
            Html.link(actions, base + "/surat-rekomendasi", "Unduh Surat Rekomendasi").id("unduh-surat-rekomendasi");
        }
        if (view.allows("hapus")) {
            Html.submit(Html.form(actions, "form-hapus", base + "/hapus", viewer.csrf()), "Hapus");
        }
        if (view.allows("batalkan")) {
            Html.submit(Html.form(actions, "form-batalkan", base + "/batalkan", viewer.csrf()), "Batalkan");
        }
        Element scope = main.appendElement("section").id("tindak-lanjut");
        if (view.komitmen() != null) {
            Element komitmen = scope.appendElement("p").id("surat-komitmen");
            komitmen.appendText("Surat Komitmen: ");
            komitmen.appendElement("span").addClass("nama-file").text(view.komitmen().namaFile());
        }
        if (view.allows("komitmen")) {
            Element form = Html.uploadForm(scope, "form-komitmen", base + "/komitmen", viewer.csrf());
            Html.input(Html.group(form, "berkas", "Surat Komitmen (PDF, paling besar 5 MB)"), "file", "berkas", null)
                    .attr("accept", "application/pdf");
            Html.submit(form, "Unggah Surat Komitmen");
        }
        if (view.penilaian() != null) {
            scope.appendElement("p").id("penilaian").attr("data-nilai", String.valueOf(view.penilaian().nilai()))
                    .text("Penilaian layanan: " + view.penilaian().nilai() + " - " + view.penilaian().komentar());
        }
        if (view.allows("rating")) {
            Element form = Html.form(scope, "form-rating", base + "/rating", viewer.csrf());
            Element nilai = HomePages.select(Html.group(form, "nilai", "Nilai (1-5)"), "nilai");
            for (int value = 1; value <= 5; value++) {
                HomePages.option(nilai, String.valueOf(value), String.valueOf(value), "");
            }
            Html.group(form, "komentar", "Komentar").appendElement("textarea").attr("name", "komentar")
                    .id("komentar").addClass("form-control");
            Html.submit(form, "Kirim Penilaian");
        }
        ResumeSection.render(main, view);
        if (refusal != null) {
            Html.errors(main, refusal.getMessage(), refusal.fieldErrors(), scope);
        }
        return Html.render(doc);
    }

    /** "Cetak Ringkasan Pengajuan": the statuses and the whole form, without forms or menu. */
    static String cetak(PengajuanView view, Instant printedAt) {
        Document doc = Html.page("Cetak Ringkasan Pengajuan | Romantik");
        doc.body().addClass("cetak");
        Element main = doc.body().appendElement("main").id("konten");
        main.appendElement("h1").text("Ringkasan Pengajuan Rekomendasi Kegiatan Statistik");
        statusList(main, view);
        Element dl = main.selectFirst("dl#status");
        Html.entry(dl, "Instansi", view.instansi().nama());
        Html.entry(dl, "Dicetak", IndonesianDates.dateTime(printedAt));
        catatanTable(main, view);
        ResumeSection.render(main, view);
        return Html.render(doc);
    }

    /** The Walidata's page: the resume and, while it is at the Walidata, {@code form#form-pemeriksaan-walidata}. */
    static String walidata(Viewer viewer, PengajuanView view, RomantikRefusedException refusal) {
        Document doc = Layout.page("Pemeriksaan Walidata", viewer);
        Element main = Layout.main(doc);
        statusList(main, view);
        Html.entry(main.selectFirst("dl#status"), "Instansi", view.instansi().nama());
        catatanTable(main, view);
        Element form = null;
        if (view.statusPengajuan() == StatusPengajuan.PENGAJUAN
                && view.statusWalidata() == StatusWalidata.PEMERIKSAAN) {
            form = Html.form(main, "form-pemeriksaan-walidata", "/walidata/pengajuan/" + view.id(), viewer.csrf());
            Element keputusan = Html.group(form, "keputusan", "Keputusan");
            for (String[] choice : new String[][] {{"SETUJUI", "Setujui"}, {"TOLAK", "Tolak"}}) {
                Element label = keputusan.appendElement("label").addClass("form-check");
                label.appendElement("input").attr("type", "radio").attr("name", "keputusan").attr("value", choice[0]);
                label.appendText(" " + choice[1]);
            }
            Element note = Html.group(form, "catatan", "Catatan");
            note.selectFirst("label").attr("for", "catatan-input");
            note.appendElement("textarea").attr("name", "catatan").id("catatan-input").addClass("form-control");
            Html.submit(form, "Simpan Pemeriksaan");
        }
        ResumeSection.render(main, view);
        if (refusal != null) {
            Html.errors(main, refusal.getMessage(), refusal.fieldErrors(), form);
        }
        return Html.render(doc);
    }

    /** {@code dl#status}: {@code #id-pengajuan}, the title, the three columns and {@code #nomor-rekomendasi}. */
    private static void statusList(Element main, PengajuanView view) {
        Element dl = main.appendElement("dl").id("status");
        item(dl, "ID Pengajuan", "id-pengajuan", String.valueOf(view.id()));
        item(dl, "Judul Kegiatan", "judul-kegiatan", view.judul());
        item(dl, "Tahun", "tahun-kegiatan", String.valueOf(view.tahun()));
        item(dl, "Status Pengajuan", "status-pengajuan", view.statusPengajuan().label());
        item(dl, "Pemeriksaan Walidata", "status-walidata",
                view.statusWalidata() == null ? "" : view.statusWalidata().label());
        item(dl, "Status Perbaikan", "status-perbaikan",
                view.statusPerbaikan() == null ? "" : view.statusPerbaikan().label());
        item(dl, "Identitas Rekomendasi", "nomor-rekomendasi", view.nomorRekomendasi());
    }

    private static void item(Element dl, String term, String id, String value) {
        dl.appendElement("dt").text(term);
        dl.appendElement("dd").id(id).text(value == null ? "" : value);
    }

    /** {@code table#catatan}: {@code td.tanggal}, {@code td.peran}, {@code td.keputusan}, {@code td.catatan}. */
    private static void catatanTable(Element main, PengajuanView view) {
        Element tbody = Html.table(main, "catatan", "Tanggal", "Peran", "Keputusan", "Catatan");
        for (Catatan entry : view.catatan()) {
            Element row = tbody.appendElement("tr");
            Html.cell(row, "tanggal", IndonesianDates.dateTime(entry.waktu()));
            Html.cell(row, "peran", entry.peran().label());
            Html.cell(row, "keputusan", entry.keputusan());
            Html.cell(row, "catatan", entry.catatan());
        }
    }
}

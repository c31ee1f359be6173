package io.github.bpsconnector.testkit.romantik;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The producer's "Daftar Pengajuan" and the Walidata's list of what producers sent. */
final class ListPages {

    private ListPages() {
    }

    static String daftarPengajuan(Viewer viewer, Page<PengajuanView> page, Integer tahun) {
        Document doc = Layout.page("Daftar Pengajuan", viewer);
        Element main = Layout.main(doc);
        Html.link(main.appendElement("p"), "/pengajuan/baru", "Ajukan Rekomendasi").id("ajukan-rekomendasi");
        Element tbody = Html.table(main, "daftar-pengajuan", "ID", "Judul Kegiatan", "Tahun", "Status Pengajuan",
                "Pemeriksaan Walidata", "Status Perbaikan", "NR", "Aksi");
        for (PengajuanView view : page.items()) {
            Element row = statusRow(tbody, view);
            Element actions = row.appendElement("td").addClass("aksi");
            action(actions, view, "lihat", "/pengajuan/" + view.id(), "Lihat", false);
            action(actions, view, "ubah", "/pengajuan/" + view.id() + "/blok/0", "Ubah", false);
            action(actions, view, "hapus", "/pengajuan/" + view.id() + "/hapus", "Hapus", true);
            action(actions, view, "batalkan", "/pengajuan/" + view.id() + "/batalkan", "Batalkan", true);
            action(actions, view, "unduh-sr", "/pengajuan/" + view.id() + "/surat-rekomendasi", "Unduh SR", false);
            action(actions, view, "catatan", "/pengajuan/" + view.id() + "#catatan", "Catatan", false);
            action(actions, view, "cetak", "/pengajuan/" + view.id() + "/cetak", "Cetak", false);
        }
        String year = tahun == null ? null : String.valueOf(tahun);
        Html.pagination(main, page, number -> Html.url("/pengajuan", "page", String.valueOf(number), "tahun", year));
        return Html.render(doc);
    }

    static String daftarWalidata(Viewer viewer, Page<PengajuanView> page) {
        Document doc = Layout.page("Pemeriksaan Walidata", viewer);
        Element main = Layout.main(doc);
        Element tbody = Html.table(main, "daftar-walidata", "ID", "Judul Kegiatan", "Tahun", "Status Pengajuan",
                "Pemeriksaan Walidata", "Status Perbaikan", "NR", "Instansi", "Aksi");
        for (PengajuanView view : page.items()) {
            Element row = statusRow(tbody, view);
            Html.cell(row, "instansi", view.instansi().nama());
            Html.link(row.appendElement("td").addClass("aksi"), "/walidata/pengajuan/" + view.id(), "Periksa")
                    .attr("data-aksi", "periksa");
        }
        Html.pagination(main, page, number -> Html.url("/walidata/pengajuan", "page", String.valueOf(number)));
        return Html.render(doc);
    }

    /** {@code tr[data-id]} with the id, title, year, the three status columns and the recommendation number. */
    private static Element statusRow(Element tbody, PengajuanView view) {
        Element row = tbody.appendElement("tr").attr("data-id", String.valueOf(view.id()));
        Html.cell(row, "id-pengajuan", String.valueOf(view.id()));
        Html.cell(row, "judul", view.judul());
        Html.cell(row, "tahun", String.valueOf(view.tahun()));
        Html.cell(row, "status-pengajuan", view.statusPengajuan().label());
        Html.cell(row, "status-walidata", view.statusWalidata() == null ? "" : view.statusWalidata().label());
        Html.cell(row, "status-perbaikan", view.statusPerbaikan() == null ? "" : view.statusPerbaikan().label());
        Html.cell(row, "nomor-rekomendasi", view.nomorRekomendasi());
        return row;
    }

    /** A link {@code a[data-aksi]}, only when the action is allowed; a POST action says so in {@code data-method}. */
    private static void action(Element cell, PengajuanView view, String aksi, String href, String label,
            boolean post) {
        if (view.allows(aksi)) {
            Element link = Html.link(cell, href, label).attr("data-aksi", aksi);
            if (post) {
                link.attr("data-method", "post");
            }
        }
    }
}

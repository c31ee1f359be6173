package io.github.bpsconnector.testkit.romantik;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The home page ({@code /beranda}) and the profile page ({@code /profil}). */
final class HomePages {

    private HomePages() {
    }

    /**
     * @param ownCount how many submissions the user has
     * @param issuedCount how many recommendations were issued in all
     * @param latest the latest issued recommendations
     */
    static String beranda(Viewer viewer, int ownCount, int issuedCount, List<PengajuanView> latest) {
        Document doc = Layout.page("Beranda", viewer);
        Element main = Layout.main(doc);
        Element user = main.appendElement("section").id("pengguna");
        Element dl = user.appendElement("dl");
        dl.appendElement("dt").text("Nama");
        dl.appendElement("dd").id("user-name").text(viewer.account().nama());
        dl.appendElement("dt").text("Email");
        dl.appendElement("dd").id("user-email").text(viewer.account().email());
        dl.appendElement("dt").text("Instansi");
        dl.appendElement("dd").id("user-instansi").text(viewer.instansi() == null ? "" : viewer.instansi().nama());
        dl.appendElement("dt").text("Peran");
        dl.appendElement("dd").id("user-peran").text(viewer.account().peran().label());
        if (viewer.instansi() == null) {
            Html.link(user.appendElement("p").addClass("alert alert-warning")
                    .text("Lengkapi profil Anda dan pilih instansi sebelum mengisi formulir. "), "/profil",
                    "Lengkapi profil").id("lengkapi-profil");
        }
        main.appendElement("section").id("penjelasan").appendElement("p").text("Rekomendasi kegiatan statistik "
                + "adalah saran dan pertimbangan BPS atas rancangan kegiatan statistik sektoral yang akan "
                + "dilaksanakan instansi pemerintah.");
        Element mekanisme = main.appendElement("section").id("mekanisme").appendElement("ol");
        for (String step : new String[] {"Pengajuan", "Pemeriksaan", "Perbaikan", "Pengesahan", "Penerbitan"}) {
            mekanisme.appendElement("li").text(step);
        }
        Element stats = main.appendElement("section").id("statistik").appendElement("dl");
        stats.appendElement("dt").text("Pengajuan Anda");
        stats.appendElement("dd").id("jumlah-pengajuan").text(String.valueOf(ownCount));
        stats.appendElement("dt").text("Rekomendasi terbit");
        stats.appendElement("dd").id("jumlah-terbit").text(String.valueOf(issuedCount));
        Element actions = main.appendElement("p").id("aksi-beranda");
        Html.link(actions, "/pengajuan/baru", "Ajukan Rekomendasi").id("ajukan-rekomendasi");
        Html.link(actions, "/pengajuan", "Daftar dan progres pengajuan").id("daftar-pengajuan-saya");
        Element tbody = Html.table(main.appendElement("section").id("rekomendasi-terbaru"),
                "tabel-rekomendasi-terbaru", "Nomor", "Judul", "Instansi", "Tanggal");
        for (PengajuanView view : latest) {
            PublicPages.terbitRow(tbody, view);
        }
        return Html.render(doc);
    }

    /** The profile form; {@code posted} and {@code refusal} re-render a refused post. */
    static String profil(Viewer viewer, MasterInstansi master, FormValues posted, RomantikRefusedException refusal) {
        Document doc = Layout.page("Profil", viewer);
        Element main = Layout.main(doc);
        Profil profil = viewer.account().profil();
        String tingkat = posted != null ? posted.first("tingkat_instansi")
                : profil.tingkat() == null ? "" : profil.tingkat().name();
        String wilayah = posted != null ? posted.first("wilayah") : nullToEmpty(profil.kodeWilayah());
        String instansiId = posted != null ? posted.first("instansi_id") : nullToEmpty(profil.instansiId());
        String noHp = posted != null ? posted.first("no_hp") : nullToEmpty(profil.noHp());
        Element form = Html.form(main, "form-profil", "/profil", viewer.csrf());

        Element tingkatSelect = select(Html.group(form, "tingkat_instansi", "Tingkat Instansi"), "tingkat_instansi");
        for (TingkatInstansi level : TingkatInstansi.values()) {
            option(tingkatSelect, level.name(), level.label(), tingkat);
        }
        Element wilayahSelect = select(Html.group(form, "wilayah", "Wilayah"), "wilayah");
        for (Wilayah area : master.allWilayah()) {
            option(wilayahSelect, area.kode(), area.kode() + " " + area.nama(), wilayah)
                    .attr("data-tingkat", area.isProvinsi() ? "PROVINSI" : "KABUPATEN_KOTA");
        }
        Element instansiSelect = select(Html.group(form, "instansi_id", "Instansi"), "instansi_id");
        for (Instansi entry : master.allInstansi()) {
            option(instansiSelect, entry.id(), entry.nama(), instansiId).attr("data-tingkat", entry.tingkat().name())
                    .attr("data-wilayah", nullToEmpty(entry.kodeWilayah()));
        }
        Html.input(Html.group(form, "no_hp", "Nomor HP"), "tel", "no_hp", noHp);
        Html.submit(form, "Simpan");
        if (refusal != null) {
            Html.errors(main, refusal.getMessage(), refusal.fieldErrors(), form);
        }
        return Html.render(doc);
    }

    static Element select(Element parent, String name) {
        Element select = parent.appendElement("select").attr("name", name).id(name).addClass("form-control");
        select.appendElement("option").attr("value", "").text("-- Pilih --");
        return select;
    }

    static Element option(Element select, String value, String label, String selected) {
        Element option = select.appendElement("option").attr("value", value).text(label);
        if (value.equals(selected)) {
            option.attr("selected", true);
        }
        return option;
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

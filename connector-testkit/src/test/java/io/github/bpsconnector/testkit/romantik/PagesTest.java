package io.github.bpsconnector.testkit.romantik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PagesTest {

    private static final String PRODUSEN = "dinkes@jemberkab.example";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T02:00:00Z"));
    private final RomantikState state = new RomantikState(clock, MasterInstansi.withDefaults(),
            new RomantikCounters());
    private final Viewer viewer;

    PagesTest() {
        state.addAccount(RomantikAccount.of(PRODUSEN, "rahasia", "Dinkes <Jember>", Peran.PRODUSEN_DATA)
                .withProfil(new Profil(TingkatInstansi.KABUPATEN_KOTA, "3509", "350901", "081234567890")));
        RomantikAccount account = state.account(PRODUSEN).orElseThrow();
        viewer = new Viewer(account, state.instansiOf(account).orElseThrow(), "csrf-123");
    }

    private LocalDate today() {
        return state.today();
    }

    @Test
    void aBlockFormNamesItsFieldsByFlatKeysAndCarriesTheToken() {
        long id = state.create(PRODUSEN, SampleForm.values(0, today()));
        PengajuanView view = state.view(PRODUSEN, id);

        Document page = Jsoup.parse(FormPages.blok(viewer, view, FormSchema.block(3), FormValues.of(view.values()),
                null));

        Element form = page.expectFirst("form#form-blok");
        assertThat(form.attr("action")).isEqualTo("/pengajuan/" + id + "/blok/3");
        assertThat(form.expectFirst("input[name=_token]").val()).isEqualTo("csrf-123");
        assertThat(form.select("input[name=iii_jadwal_pengumpulan_data[0][awal]]").attr("type")).isEqualTo("date");
        assertThat(form.select("textarea[name=iii_latar_belakang_kegiatan]")).hasSize(1);
        assertThat(form.select("input[name=iii_variabel[0][referensi_waktu]]")).hasSize(1);
        assertThat(page.select("ul#navigasi-blok a[data-blok]")).extracting(e -> e.attr("data-blok"))
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    @Test
    void aRefusedBlockShowsEachProblemOnceBesideItsField() {
        long id = state.create(PRODUSEN, SampleForm.values(0, today()));
        PengajuanView view = state.view(PRODUSEN, id);
        RomantikRefusedException refusal = new RomantikRefusedException("Isian belum sesuai.", Map.of(
                "iii_jadwal_pengumpulan_data[0][awal]", BlockValidator.NO_BACKDATE,
                "iii_tujuan_kegiatan", "R.3.2 Tujuan Kegiatan wajib diisi."));
        FormValues posted = FormValues.of(Map.of("iii_jadwal_pengumpulan_data[0][awal]", List.of("2026-03-01")));

        Document page = Jsoup.parse(FormPages.blok(viewer, view, FormSchema.block(3), posted, refusal));

        Element feedback = page.expectFirst(
                ".invalid-feedback[data-field=\"iii_jadwal_pengumpulan_data[0][awal]\"]");
        assertThat(feedback.text()).isEqualTo("Pelaksanaan lapangan hanya dapat diisi mulai tanggal pengisian");
        assertThat(feedback.parent().selectFirst("input").val()).isEqualTo("2026-03-01");
        assertThat(page.select(".invalid-feedback")).hasSize(2);
        assertThat(page.expectFirst(".alert-danger").text()).contains("Isian belum sesuai.");
    }

    @Test
    void userTextIsEscaped() {
        FormValues evil = FormValues.of(Map.of("judul_kegiatan", List.of("<script>alert(1)</script> & Co"),
                "tahun", List.of("2026"), "cara_pengumpulan_data", List.of("SURVEI")));
        long id = state.create(PRODUSEN, evil);

        String html = ListPages.daftarPengajuan(viewer, state.list(PRODUSEN, null, 1), null);

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
        Document page = Jsoup.parse(html);
        assertThat(page.expectFirst("tr[data-id=" + id + "] td.judul").text())
                .isEqualTo("<script>alert(1)</script> & Co");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void theListShowsOnlyTheActionsAllowed() {
        long id = state.create(PRODUSEN, SampleForm.values(0, today()));

        Document page = Jsoup.parse(ListPages.daftarPengajuan(viewer, state.list(PRODUSEN, null, 1), null));

        Element row = page.expectFirst("table#daftar-pengajuan tbody tr[data-id=" + id + "]");
        assertThat(row.expectFirst("td.status-pengajuan").text()).isEqualTo("draft");
        assertThat(row.expectFirst("td.status-walidata").text()).isEmpty();
        assertThat(row.select("td.aksi a[data-aksi]")).extracting(e -> e.attr("data-aksi"))
                .containsExactly("lihat", "ubah", "hapus", "catatan", "cetak");
        assertThat(row.expectFirst("a[data-aksi=hapus]").attr("data-method")).isEqualTo("post");
    }

    @Test
    void theSsoPageLooksLikeKeycloaks() {
        Document page = Jsoup.parse(AuthPages.ssoLogin("eksternal", "http://h/sso/a?session_code=x&tab_id=y",
                "a@b.c", true));

        Element form = page.expectFirst("form#kc-form-login");
        assertThat(form.attr("action")).isEqualTo("http://h/sso/a?session_code=x&tab_id=y");
        assertThat(form.select("input[name=username]").val()).isEqualTo("a@b.c");
        assertThat(form.select("input[name=password][type=password]")).hasSize(1);
        assertThat(form.select("input[type=hidden][name=credentialId]")).hasSize(1);
        assertThat(page.expectFirst("#input-error").text()).isEqualTo("Invalid username or password.");
    }

    @Test
    void theHomePageShowsTheUserAndAnEmptyInstansiUntilChosen() {
        RomantikAccount fresh = RomantikAccount.of("baru@example.go.id", "x", "Baru", Peran.WALIDATA);

        Document page = Jsoup.parse(HomePages.beranda(new Viewer(fresh, null, "t"), 0, 0, List.of()));

        assertThat(page.expectFirst("#user-email").text()).isEqualTo("baru@example.go.id");
        assertThat(page.expectFirst("#user-instansi").text()).isEmpty();
        assertThat(page.expectFirst("#user-peran").text()).isEqualTo("Walidata");
        assertThat(page.select("#menu a[href=/walidata/pengajuan]")).hasSize(1);
    }
}

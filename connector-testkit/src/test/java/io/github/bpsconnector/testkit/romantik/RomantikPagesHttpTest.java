package io.github.bpsconnector.testkit.romantik;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.testkit.RawHttp.Reply;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every page of §2: the selectors exist, the field names are the model's, refusals are 422 pages. */
class RomantikPagesHttpTest extends RomantikHttpTestBase {

    @Test
    void everyBlockPageNamesItsFieldsByTheirFlatKeys() {
        long id = loginAndCreate();
        Map<Integer, List<String>> expected = Map.of(
                0, List.of("judul_kegiatan", "tahun", "cara_pengumpulan_data"),
                1, List.of("i_instansi_penyelanggara", "i_alamat", "i_telepon", "i_faksimile", "i_email"),
                2, List.of("ii_unit_eselon1", "ii_unit_eselon2", "ii_pj_nama", "ii_pj_jabatan", "ii_pj_alamat",
                        "ii_pj_telepon", "ii_pj_faksimile", "ii_pj_email"),
                3, List.of("iii_latar_belakang_kegiatan", "iii_tujuan_kegiatan",
                        "iii_jadwal_perencanaan_kegiatan[0][awal]", "iii_jadwal_pengumpulan_data[0][awal]",
                        "iii_jadwal_pengumpulan_data[0][akhir]", "iii_jadwal_evaluasi[0][akhir]",
                        "iii_variabel[0][nama]", "iii_variabel[0][definisi]", "iii_variabel[0][referensi_waktu]"),
                4, List.of("iv_kegiatan_ini_dilakukan", "iv_frekuensi_penyelanggara", "iv_tipe_pengumpulan_data",
                        "iv_cakupan_wilayah_pengumpulan_data",
                        "iv_sebagian_cakupan_wilayah_pengumpulan_data[0][provinsi]", "iv_metode_pengumpulan_data",
                        "iv_metode_pengumpulan_data_lainnya", "iv_sarana_pengumpulan_data",
                        "iv_unit_pengumpulan_data"),
                5, List.of("v_jenis_rancangan_sampel", "v_metode_pemilihan_sampel_tahap_terakhir",
                        "v_metode_yang_digunakan", "v_kerangka_sampel_tahap_terakhir", "v_fraksi_sampel_keseluruhan",
                        "v_nilai_perkiraan_sampling_error_variabel_utama", "v_unit_sampel", "v_unit_observasi",
                        "v_jumlah_responden"),
                6, List.of("vi_apakah_melakukan_uji_coba", "vi_metode_pemeriksaan_kualitas_pengumpulan_data",
                        "vi_apakah_melakukan_penyesuaian_nonrespon", "vi_petugas_pengumpulan_data",
                        "vi_persyaratan_pendidikan_terendah_petugas_pengumpulan_data", "vi_jumlah_petugas_supervisor",
                        "vi_jumlah_petugas_enumerator", "vi_apakah_melakukan_pelatihan_petugas"),
                7, List.of("vii_tahapan_pengolahan_data", "vii_metode_analisis", "vii_unit_analisis",
                        "vii_tingkat_penyajian_hasil_analisis"),
                8, List.of("viii_ketersediaan_produk_tercetak", "viii_ketersediaan_produk_digital",
                        "viii_ketersediaan_produk_mikrodata"));
        expected.forEach((n, names) -> {
            Element form = browser.open("/pengajuan/" + id + "/blok/" + n).expectFirst("form#form-blok");
            assertThat(form.attr("action")).isEqualTo("/pengajuan/" + id + "/blok/" + n);
            assertThat(form.select("input[name=_token]")).hasSize(1);
            for (String name : names) {
                assertThat(form.getElementsByAttributeValue("name", name)).as("Blok %d: %s", n, name).isNotEmpty();
            }
        });
        Element blok4 = browser.open("/pengajuan/" + id + "/blok/4").expectFirst("form#form-blok");
        assertThat(blok4.select("input[type=checkbox][name=iv_metode_pengumpulan_data]"))
                .extracting(e -> e.attr("value")).containsExactly("WAWANCARA", "MENGISI_KUESIONER_SENDIRI",
                        "PENGAMATAN", "PENGUMPULAN_DATA_SEKUNDER", "LAINNYA");
        Element blok1 = browser.open("/pengajuan/" + id + "/blok/1").expectFirst("form#form-blok");
        assertThat(blok1.expectFirst("input[name=i_instansi_penyelanggara]").hasAttr("readonly")).isTrue();
        assertThat(blok1.expectFirst("input[name=i_instansi_penyelanggara]").val())
                .isEqualTo("Dinas Kesehatan Kabupaten Jember");
    }

    @Test
    void blokVAppliesOnlyToASurvey() {
        browser.loginSso(PRODUSEN, PRODUSEN_PASSWORD);
        Map<String, List<String>> kompilasi = new LinkedHashMap<>(SampleForm.block(0, clock.today()));
        kompilasi.put("cara_pengumpulan_data", List.of("KOMPILASI_PRODUK_ADMINISTRASI"));
        String location = browser.submit(browser.open("/pengajuan/baru"), "form#form-blok", kompilasi)
                .header("Location").orElseThrow();
        long id = Long.parseLong(location.split("/")[2]);

        assertThat(browser.get("/pengajuan/" + id + "/blok/5").header("Location")).hasValue("/pengajuan/" + id + "/blok/6");
        Reply blok4 = browser.submit(browser.open("/pengajuan/" + id + "/blok/4"), "form#form-blok",
                SampleForm.block(4, clock.today()));
        assertThat(blok4.header("Location")).hasValue("/pengajuan/" + id + "/blok/6");
        assertThat(browser.open("/pengajuan/" + id + "/blok/6").select("ul#navigasi-blok a[data-blok=5]")).isEmpty();
    }

    @Test
    void anInvalidBlockIs422WithFeedbackPerFieldAndTheNoBackdateMessage() {
        long id = loginAndCreate();
        Map<String, List<String>> posted = new LinkedHashMap<>(SampleForm.block(3, clock.today()));
        posted.put("iii_jadwal_pengumpulan_data[0][awal]", List.of(clock.today().minusDays(1).toString()));
        posted.put("iii_tujuan_kegiatan", List.of(""));

        Reply refused = browser.submit(browser.open("/pengajuan/" + id + "/blok/3"), "form#form-blok", posted);

        assertThat(refused.status()).isEqualTo(422);
        Document page = browser.page(refused);
        assertThat(page.expectFirst(
                ".invalid-feedback[data-field=\"iii_jadwal_pengumpulan_data[0][awal]\"]").text())
                .isEqualTo("Pelaksanaan lapangan hanya dapat diisi mulai tanggal pengisian");
        assertThat(page.expectFirst(".invalid-feedback[data-field=iii_tujuan_kegiatan]").text())
                .isEqualTo("R.3.2 Tujuan Kegiatan wajib diisi.");
        assertThat(page.expectFirst("input[name=iii_jadwal_pengumpulan_data[0][awal]]").val())
                .isEqualTo(clock.today().minusDays(1).toString());
        assertThat(romantik.pengajuan(id).orElseThrow().savedBlocks()).doesNotContain(3);
    }

    @Test
    void withoutAnInstansiTheFormIsRefusedUntilTheProfileIsSaved() {
        romantik.addAccount(RomantikAccount.of("baru@jemberkab.example", "rahasia", "Baru", Peran.PRODUSEN_DATA));
        Document beranda = browser.loginSso("baru@jemberkab.example", "rahasia");
        assertThat(beranda.expectFirst("#user-instansi").text()).isEmpty();

        Reply baru = browser.get("/pengajuan/baru");
        assertThat(baru.status()).isEqualTo(422);
        assertThat(browser.page(baru).expectFirst(".alert-danger").text())
                .contains("Lengkapi profil Anda dan pilih instansi sebelum mengisi formulir");
        Reply post = browser.post("/pengajuan", Map.of("_token", List.of(csrf(beranda)), "judul_kegiatan",
                List.of("x"), "tahun", List.of("2026"), "cara_pengumpulan_data", List.of("SURVEI")));
        assertThat(post.status()).isEqualTo(422);

        Document profil = browser.open("/profil");
        assertThat(profil.select("form#form-profil select[name=tingkat_instansi], form#form-profil select[name=wilayah],"
                + " form#form-profil select#instansi_id[name=instansi_id], form#form-profil input[name=no_hp]"))
                .hasSize(4);
        Reply wrong = browser.submit(profil, "form#form-profil", Map.of("tingkat_instansi", List.of("KABUPATEN_KOTA"),
                "wilayah", List.of("3510"), "instansi_id", List.of("350902"), "no_hp", List.of("081234567890")));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(browser.page(wrong).select(".invalid-feedback[data-field=instansi_id]")).hasSize(1);
        Reply saved = browser.submit(profil, "form#form-profil", Map.of("tingkat_instansi", List.of("KABUPATEN_KOTA"),
                "wilayah", List.of("3509"), "instansi_id", List.of("350902"), "no_hp", List.of("081234567890")));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(browser.open("/beranda").expectFirst("#user-instansi").text())
                .isEqualTo("Badan Perencanaan Pembangunan Daerah Kabupaten Jember");
        assertThat(browser.get("/pengajuan/baru").status()).isEqualTo(200);
    }

    @Test
    void uploadsAreCheckedForPdfMagicAndSize() {
        long id = loginAndCreate();
        Document page = browser.open("/pengajuan/" + id + "/blok/9");
        Element form = page.expectFirst("form#form-berkas");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.select("select[name=jenis] option")).extracting(e -> e.attr("value"))
                .containsExactly("", "KAK", "PROPOSAL", "PEDOMAN", "KUESIONER", "MS_VAR", "MS_IND", "LAINNYA");

        Reply docx = browser.postMultipart(form.attr("action"), Map.of("_token", csrf(page), "jenis", "KAK"), "berkas",
                "kak.docx", "PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(SampleForm.pdf("big"), 0, big, 0, 5);
        Reply tooBig = browser.postMultipart(form.attr("action"), Map.of("_token", csrf(page), "jenis", "KAK"),
                "berkas", "kak.pdf", big);
        Reply noFile = browser.postMultipart(form.attr("action"), Map.of("_token", csrf(page), "jenis", "KAK"),
                "berkas", "kak.pdf", null);

        assertThat(docx.status()).isEqualTo(422);
        assertThat(browser.page(docx).expectFirst(".invalid-feedback[data-field=berkas]").text())
                .isEqualTo("Berkas harus berformat PDF.");
        assertThat(tooBig.status()).isEqualTo(422);
        assertThat(browser.page(tooBig).expectFirst(".invalid-feedback[data-field=berkas]").text())
                .isEqualTo("Ukuran berkas melebihi 10 MB.");
        assertThat(noFile.status()).isEqualTo(422);
        upload(id, "KAK", "kak.pdf");
        Element row = browser.open("/pengajuan/" + id + "/blok/9").expectFirst("table#daftar-berkas tbody tr");
        assertThat(row.expectFirst("td.jenis").text()).isEqualTo("KAK");
        assertThat(row.expectFirst("td.nama-file").text()).isEqualTo("kak.pdf");
    }

    @Test
    void kirimIsRefusedWithoutKakAndForASurveyWithoutQuestionnaire() {
        long id = loginAndCreate();
        for (int n = 1; n <= 8; n++) {
            browser.submit(browser.open("/pengajuan/" + id + "/blok/" + n), "form#form-blok",
                    SampleForm.block(n, clock.today()));
        }

        Reply refused = kirim(id);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(browser.page(refused).select(".invalid-feedback[data-field]")).extracting(e -> e.attr("data-field"))
                .containsExactly("berkas[KAK]", "berkas[KUESIONER]");
        assertThat(columns(id).get(0)).isEqualTo("draft");
    }

    @Test
    void theListPaginatesAndFiltersByYear() {
        browser.loginSso(PRODUSEN, PRODUSEN_PASSWORD);
        for (int i = 0; i < 12; i++) {
            Map<String, List<String>> identity = new LinkedHashMap<>(SampleForm.block(0, clock.today()));
            identity.put("judul_kegiatan", List.of("Survei ke-" + i));
            identity.put("tahun", List.of(i < 11 ? "2026" : "2027"));
            assertThat(browser.submit(browser.open("/pengajuan/baru"), "form#form-blok", identity).status())
                    .isEqualTo(302);
        }

        Document first = browser.open("/pengajuan");
        assertThat(first.select("table#daftar-pengajuan tbody tr[data-id]")).hasSize(10);
        Element row = first.expectFirst("table#daftar-pengajuan tbody tr[data-id]");
        assertThat(row.select("td.id-pengajuan, td.judul, td.tahun, td.status-pengajuan, td.status-walidata, "
                + "td.status-perbaikan, td.nomor-rekomendasi, td.aksi")).hasSize(8);
        Document second = browser.open(first.expectFirst("ul.pagination a[rel=next]").attr("href"));
        assertThat(second.select("table#daftar-pengajuan tbody tr[data-id]")).hasSize(2);
        assertThat(second.select("ul.pagination a[rel=next]")).isEmpty();
        assertThat(browser.open("/pengajuan?tahun=2027").select("table#daftar-pengajuan tbody tr[data-id]"))
                .extracting(e -> e.expectFirst("td.judul").text()).containsExactly("Survei ke-11");
    }

    @Test
    void othersSeeNothingAndOnlyTheWalidataHasWalidataPages() {
        long id = loginAndCreate();
        assertThat(browser.get("/walidata/pengajuan").status()).isEqualTo(403);
        romantik.addProdusenData("bappeda@jemberkab.example", "rahasia", "Bappeda", "350902");
        Browser other = new Browser(romantik.baseUrl());
        other.loginSso("bappeda@jemberkab.example", "rahasia");

        assertThat(other.get("/pengajuan/" + id).status()).isEqualTo(404);
        assertThat(other.get("/pengajuan/" + id + "/blok/2").status()).isEqualTo(404);
        assertThat(other.get("/pengajuan/abc").status()).isEqualTo(404);
        assertThat(other.get("/pengajuan/" + id + "/blok/10").status()).isEqualTo(404);
        assertThat(other.get("/tidak-ada").status()).isEqualTo(404);
        assertThat(other.post("/beranda", Map.of()).status()).isEqualTo(405);

        Browser walidata = new Browser(romantik.baseUrl());
        walidata.loginSso(WALIDATA, WALIDATA_PASSWORD);
        assertThat(walidata.get("/walidata/pengajuan/" + id).status()).as("a draft is not the Walidata's").isEqualTo(404);
    }

    @Test
    void theResumeAndThePrintableSummaryShowTheWholeForm() {
        long id = loginAndCreate();
        fillAllBlocks(id);

        Document ringkasan = browser.open("/pengajuan/" + id + "/ringkasan");
        assertThat(ringkasan.select("#ringkasan section.blok[data-blok]")).extracting(e -> e.attr("data-blok"))
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(ringkasan.expectFirst("dd[data-field=iv_metode_pengumpulan_data]").text())
                .isEqualTo("Wawancara, Pengamatan (observasi)");
        assertThat(ringkasan.select("form#form-kirim input[name=_token]")).hasSize(1);

        Document cetak = browser.open("/pengajuan/" + id + "/cetak");
        assertThat(cetak.expectFirst("h1").text()).isEqualTo("Ringkasan Pengajuan Rekomendasi Kegiatan Statistik");
        assertThat(cetak.expectFirst("#id-pengajuan").text()).isEqualTo(String.valueOf(id));
        assertThat(cetak.expectFirst("dd[data-field=judul_kegiatan]").text()).isEqualTo(SampleForm.JUDUL);
        assertThat(cetak.select("form")).isEmpty();
        assertThat(cetak.expectFirst("table#daftar-berkas").select("tbody tr")).hasSize(2);
    }

    @Test
    void thePublicListIsOpenAndAnUnknownTokenIs404() {
        Document list = browser.open("/rekomendasi-terbit");

        assertThat(list.select("table#rekomendasi-terbit tbody tr")).isEmpty();
        assertThat(list.select("form#form-cari select[name=provinsi] option[value=35]")).hasSize(1);
        assertThat(browser.get("/rekomendasi-terbit/aDJ5Y2hGSGFUeVdrbGY0N1NFcEdFQT09").status()).isEqualTo(404);
    }

    @Test
    void theWalidataDecisionNeedsANoteToRejectAndAValidChoice() {
        long id = loginAndCreate();
        fillAllBlocks(id);
        kirim(id);
        Browser walidata = new Browser(romantik.baseUrl());
        walidata.loginSso(WALIDATA, WALIDATA_PASSWORD);
        Document page = walidata.open("/walidata/pengajuan/" + id);
        assertThat(page.select("form#form-pemeriksaan-walidata input[type=radio][name=keputusan]"))
                .extracting(e -> e.attr("value")).containsExactly("SETUJUI", "TOLAK");

        Reply noNote = walidata.submit(page, "form#form-pemeriksaan-walidata", one("keputusan", "TOLAK"));
        Reply nonsense = walidata.submit(page, "form#form-pemeriksaan-walidata", one("keputusan", "MUNGKIN"));

        assertThat(noNote.status()).isEqualTo(422);
        assertThat(walidata.page(noNote).select(".invalid-feedback[data-field=catatan]")).hasSize(1);
        assertThat(nonsense.status()).isEqualTo(422);
        assertThat(walidata.page(nonsense).select(".invalid-feedback[data-field=keputusan]")).hasSize(1);
        assertThat(columns(id).get(1)).isEqualTo("pemeriksaan");
    }
}

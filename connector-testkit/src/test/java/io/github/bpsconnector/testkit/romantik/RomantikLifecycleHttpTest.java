package io.github.bpsconnector.testkit.romantik;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.testkit.RawHttp.Reply;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The whole story of one submission over raw HTTP, as the issue describes it. */
class RomantikLifecycleHttpTest extends RomantikHttpTestBase {

    @Test
    void fromLoginToThePublishedRecommendation() throws IOException {
        long id = loginAndCreate();
        fillAllBlocks(id);

        // kirim → at the Walidata
        assertThat(kirim(id).header("Location")).hasValue("/pengajuan/" + id);
        assertThat(columns(id)).containsExactly("pengajuan", "pemeriksaan", "");

        // the Walidata rejects through its own pages
        Browser walidata = new Browser(romantik.baseUrl());
        walidata.loginSso(WALIDATA, WALIDATA_PASSWORD);
        Element row = walidata.open("/walidata/pengajuan").expectFirst("table#daftar-walidata tbody tr[data-id=" + id
                + "]");
        assertThat(row.expectFirst("td.instansi").text()).isEqualTo("Dinas Kesehatan Kabupaten Jember");
        Reply tolak = walidata.submit(walidata.open("/walidata/pengajuan/" + id), "form#form-pemeriksaan-walidata",
                Map.of("keputusan", List.of("TOLAK"), "catatan", List.of("Sudah ada survei serupa di Dinas Sosial.")));
        assertThat(tolak.status()).isEqualTo(302);
        assertThat(columns(id)).containsExactly("pengajuan", "ditolak", "");

        // the producer edits and sends again; the Walidata approves
        Reply edited = browser.submit(browser.open("/pengajuan/" + id + "/blok/0"), "form#form-blok",
                one("judul_kegiatan", "Survei Kepuasan Pasien Rawat Jalan Puskesmas Kabupaten Jember 2026"));
        assertThat(edited.header("Location")).hasValue("/pengajuan/" + id + "/blok/1");
        kirim(id);
        assertThat(columns(id)).containsExactly("pengajuan", "pemeriksaan", "");
        walidata.submit(walidata.open("/walidata/pengajuan/" + id), "form#form-pemeriksaan-walidata",
                Map.of("keputusan", List.of("SETUJUI"), "catatan", List.of("Tidak ada duplikasi.")));
        assertThat(columns(id)).containsExactly("pengajuan", "disetujui", "");
        assertThat(browser.open("/pengajuan/" + id).select("#ubah-pengajuan")).as("no edit after approval").isEmpty();
        walidata.close();

        // the Pembina Data examines and asks for a correction
        romantik.reviewer().asPembinaData().startExamination(id);
        assertThat(columns(id)).containsExactly("pemeriksaan", "disetujui", "");
        romantik.reviewer().asPembinaData().requestCorrection(id, "Lengkapi definisi variabel umur.");
        assertThat(columns(id)).containsExactly("perbaikan", "disetujui", "perbaikan");
        Document detail = browser.open("/pengajuan/" + id);
        assertThat(detail.select("table#catatan tbody tr")).extracting(tr -> tr.expectFirst("td.peran").text()
                + "/" + tr.expectFirst("td.keputusan").text()).containsExactly("Walidata/Ditolak",
                "Walidata/Disetujui", "Pembina Data/Perbaikan");
        assertThat(detail.select("table#catatan tbody tr").last().expectFirst("td.catatan").text())
                .isEqualTo("Lengkapi definisi variabel umur.");

        // the fix: edit (sedang diperbaiki), send (sudah diperbaiki)
        browser.submit(browser.open("/pengajuan/" + id + "/blok/3"), "form#form-blok",
                Map.of("iii_variabel[1][nama]", List.of("Umur"), "iii_variabel[1][definisi]",
                        List.of("Umur pasien dalam tahun"), "iii_variabel[1][referensi_waktu]", List.of("Saat wawancara")));
        assertThat(columns(id)).containsExactly("perbaikan", "disetujui", "sedang diperbaiki");
        kirim(id);
        assertThat(columns(id)).containsExactly("perbaikan", "disetujui", "sudah diperbaiki");

        // back to Pemeriksaan, Layak, letter
        romantik.setNextRecommendationSequence("3509", 2026, 4);
        SuratRekomendasi surat = romantik.reviewer().asPembinaData().recommend(id, CATATAN);
        assertThat(surat.identitasRekomendasi()).isEqualTo("V-26.3509.004");
        assertThat(columns(id)).containsExactly("layak", "disetujui", "sudah diperbaiki");

        Element listed = browser.open("/pengajuan").expectFirst("table#daftar-pengajuan tbody tr[data-id=" + id + "]");
        assertThat(listed.expectFirst("td.nomor-rekomendasi").text()).isEqualTo("V-26.3509.004");
        assertThat(listed.select("td.aksi a[data-aksi]")).extracting(a -> a.attr("data-aksi"))
                .containsExactly("lihat", "unduh-sr", "catatan", "cetak");

        // download the letter
        Document layak = browser.open("/pengajuan/" + id);
        assertThat(layak.expectFirst("#nomor-rekomendasi").text()).isEqualTo("V-26.3509.004");
        Reply pdf = browser.get(layak.expectFirst("a#unduh-surat-rekomendasi").attr("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).contains("application/pdf");
        assertThat(pdf.header("Content-Disposition"))
                .contains("attachment; filename=\"Surat-Rekomendasi-V-26.3509.004.pdf\"");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("SURAT REKOMENDASI KEGIATAN STATISTIK", "Nomor: B-1/3509/VS.300/2026",
                    "Tanggal: 5 Maret 2026", "Kepada: Dinas Kesehatan Kabupaten Jember",
                    "Judul Kegiatan: Survei Kepuasan Pasien Rawat Jalan Puskesmas Kabupaten Jember 2026",
                    "Tahun: 2026", "Identitas Rekomendasi: V-26.3509.004", "Hasil Pemeriksaan: LAYAK",
                    "1. " + CATATAN.get(0), "2. " + CATATAN.get(1), "3. " + CATATAN.get(2));
        }

        // Surat Komitmen and the service rating
        Reply komitmen = browser.postMultipart(layak.expectFirst("form#form-komitmen").attr("action"),
                Map.of("_token", csrf(layak)), "berkas", "surat-komitmen.pdf", SampleForm.pdf("komitmen"));
        assertThat(komitmen.status()).isEqualTo(302);
        Reply rating = browser.submit(browser.open("/pengajuan/" + id), "form#form-rating",
                Map.of("nilai", List.of("5"), "komentar", List.of("Pelayanan cepat.")));
        assertThat(rating.status()).isEqualTo(302);
        Document done = browser.open("/pengajuan/" + id);
        assertThat(done.expectFirst("#surat-komitmen .nama-file").text()).isEqualTo("surat-komitmen.pdf");
        assertThat(done.expectFirst("#penilaian").attr("data-nilai")).isEqualTo("5");
        assertThat(done.select("form#form-rating")).isEmpty();

        // the public list and its detail page
        browser.forgetCookies();
        Document terbit = browser.open("/rekomendasi-terbit?search=rawat+jalan&tahun=2026&provinsi=35&kabkot=3509"
                + "&instansi=0");
        Element entry = terbit.expectFirst("table#rekomendasi-terbit tbody tr");
        assertThat(entry.expectFirst("td.nomor").text()).isEqualTo("V-26.3509.004");
        assertThat(entry.expectFirst("td.instansi").text()).isEqualTo("Dinas Kesehatan Kabupaten Jember");
        assertThat(entry.expectFirst("td.tanggal").text()).isEqualTo("5 Maret 2026");
        String href = entry.expectFirst("a[href*=/rekomendasi-terbit/]").attr("href");
        // the token is opaque: not the system id (a random token may well contain the id's digits)
        assertThat(href.substring(href.lastIndexOf('/') + 1)).isNotEqualTo(String.valueOf(id)).doesNotMatch("\\d+");
        Document publicDetail = browser.open(href);
        assertThat(publicDetail.select("dl#detail-rekomendasi dt")).extracting(Element::text)
                .contains("Identitas Rekomendasi", "Judul Kegiatan", "Instansi", "Tanggal Terbit");
        assertThat(publicDetail.select("dl#detail-rekomendasi dd")).extracting(Element::text)
                .contains("V-26.3509.004", "Dinas Kesehatan Kabupaten Jember");

        assertThat(romantik.countByNaturalKey(new NaturalKey(
                "Survei Kepuasan Pasien Rawat Jalan Puskesmas Kabupaten Jember 2026", 2026, "350901"))).isEqualTo(1);
        assertThat(romantik.duplicateNaturalKeys()).isEmpty();
    }

    @Test
    void tidakLayakEndsItAndLeavesNoLetter() {
        long id = loginAndCreate();
        fillAllBlocks(id);
        kirim(id);
        romantik.reviewer().asWalidata().approve(id, "");
        romantik.reviewer().asPembinaData().startExamination(id);
        romantik.reviewer().asPembinaData().declareTidakLayak(id, "Bukan kegiatan statistik sektoral.");

        assertThat(columns(id)).containsExactly("ditolak", "disetujui", "");
        assertThat(browser.get("/pengajuan/" + id + "/surat-rekomendasi").status()).isEqualTo(404);
        assertThat(browser.open("/pengajuan/" + id).select("form#form-batalkan, form#form-komitmen, #ubah-pengajuan"))
                .isEmpty();
    }

    @Test
    void aSentSubmissionCanBeCancelledAndADraftDeleted() {
        long sent = loginAndCreate();
        fillAllBlocks(sent);
        kirim(sent);
        long draft = Long.parseLong(browser.submit(browser.open("/pengajuan/baru"), "form#form-blok",
                SampleForm.block(0, clock.today())).header("Location").orElseThrow().split("/")[2]);

        Document sentDetail = browser.open("/pengajuan/" + sent);
        assertThat(sentDetail.select("form#form-hapus")).isEmpty();
        assertThat(browser.submit(sentDetail, "form#form-batalkan", Map.of()).status()).isEqualTo(302);
        assertThat(columns(sent).get(0)).isEqualTo("dibatalkan");

        Document draftDetail = browser.open("/pengajuan/" + draft);
        assertThat(draftDetail.select("form#form-batalkan")).isEmpty();
        Reply deleted = browser.submit(draftDetail, "form#form-hapus", Map.of());
        assertThat(deleted.header("Location")).hasValue("/pengajuan");
        assertThat(browser.get("/pengajuan/" + draft).status()).isEqualTo(404);
        assertThat(romantik.pengajuan(draft)).isEmpty();

        Reply refused = browser.post("/pengajuan/" + sent + "/hapus", one("_token", csrf(sentDetail)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(browser.page(refused).expectFirst(".alert-danger").text())
                .contains("Hanya draf yang belum pernah dikirim yang dapat dihapus.");
    }
}

package io.github.bpsconnector.romantik.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.core.error.ErrorContext;
import io.github.bpsconnector.core.error.PortalChangedException;
import io.github.bpsconnector.core.error.PortalRejectedException;
import io.github.bpsconnector.romantik.AccountInfo;
import io.github.bpsconnector.romantik.AttachedFile;
import io.github.bpsconnector.romantik.PengajuanDetail;
import io.github.bpsconnector.romantik.PengajuanStatus;
import io.github.bpsconnector.romantik.PengajuanSummary;
import io.github.bpsconnector.romantik.ProfileInfo;
import io.github.bpsconnector.romantik.PublishedRecommendation;
import io.github.bpsconnector.romantik.PublishedRecommendationDetail;
import io.github.bpsconnector.romantik.ReviewNote;
import io.github.bpsconnector.romantik.RomantikProfile;
import io.github.bpsconnector.romantik.StatusLabels;
import io.github.bpsconnector.romantik.StatusNormalizer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every parser on pages saved from the simulated Romantik, a page that changed, and a profile override. */
class PageParsersTest {

    private final StatusNormalizer statuses = new StatusNormalizer(RomantikProfile.defaults());

    @TempDir
    Path snapshots;

    @Test
    void readsTheHomePage() {
        AccountInfo account = HomePageParser.parse(SavedPages.page("beranda.html"));

        assertThat(account).isEqualTo(new AccountInfo("Dinas Kesehatan Kabupaten Jember",
                "dinkes@jemberkab.example", "Dinas Kesehatan Kabupaten Jember", "Produsen Data"));
        assertThat(account.toString()).doesNotContain("dinkes@jemberkab.example");
    }

    @Test
    void readsTheProfileWithItsChoices() {
        ProfileInfo profile = ProfilePageParser.parse(SavedPages.page("profil.html"));

        assertThat(profile.tingkatInstansi()).isEqualTo("KABUPATEN_KOTA");
        assertThat(profile.wilayah()).isEqualTo("3509");
        assertThat(profile.instansiId()).isEqualTo("350901");
        assertThat(profile.tingkatChoices()).extracting(choice -> choice.value())
                .containsExactly("PUSAT", "PROVINSI", "KABUPATEN_KOTA");
        assertThat(profile.instansiChoices()).hasSizeGreaterThan(5);
    }

    @Test
    void readsTheDaftarPengajuanWithTheThreeColumnsAndTheActions() {
        ListPage<PengajuanSummary> list = PengajuanListParser.parseProducerList(
                SavedPages.page("daftar-pengajuan.html"), statuses);

        assertThat(list.next()).isEmpty();
        assertThat(list.items()).extracting(PengajuanSummary::id).containsExactly(2L, 1L);
        PengajuanSummary draft = list.items().get(0);
        assertThat(draft.status()).isEqualTo(PengajuanStatus.DRAFT);
        assertThat(draft.actions()).contains("ubah", "hapus").doesNotContain("batalkan");
        PengajuanSummary layak = list.items().get(1);
        assertThat(layak.labels()).isEqualTo(new StatusLabels("layak", "disetujui", "sudah diperbaiki"));
        assertThat(layak.status()).isEqualTo(PengajuanStatus.RECOMMENDED);
        assertThat(layak.nomorRekomendasi()).isEqualTo("V-26.3509.004");
        assertThat(layak.actions()).contains("unduh-sr");
    }

    @Test
    void readsTheWalidataListWithTheInstansi() {
        ListPage<PengajuanSummary> list = PengajuanListParser.parseWalidataList(
                SavedPages.page("walidata-daftar.html"), statuses);

        assertThat(list.items()).singleElement().satisfies(row -> {
            assertThat(row.instansi()).isEqualTo("Dinas Kesehatan Kabupaten Jember");
            assertThat(row.judul()).isEqualTo("Survei Kepuasan Pasien Puskesmas Kabupaten Jember");
        });
    }

    @Test
    void readsTheDetailWithEveryReviewersCatatan() {
        PengajuanDetail detail = PengajuanDetailParser.parse(SavedPages.page("detail-layak.html"), statuses);

        assertThat(detail.id()).isEqualTo(1);
        assertThat(detail.tahun()).isEqualTo(2026);
        assertThat(detail.status()).isEqualTo(PengajuanStatus.RECOMMENDED);
        assertThat(detail.nomorRekomendasi()).isEqualTo("V-26.3509.004");
        assertThat(detail.suratRekomendasiAvailable()).isTrue();
        assertThat(detail.komitmenAwaited()).isTrue();
        assertThat(detail.deletable()).isFalse();
        assertThat(detail.catatan()).extracting(ReviewNote::reviewer).containsExactly(ReviewNote.Reviewer.WALIDATA,
                ReviewNote.Reviewer.PEMBINA_DATA, ReviewNote.Reviewer.PEMBINA_DATA);
        assertThat(detail.latestNote(ReviewNote.Reviewer.WALIDATA)).get().extracting(ReviewNote::catatan)
                .isEqualTo("Tidak ada duplikasi.");
    }

    @Test
    void readsADraftThatCanBeDeleted() {
        PengajuanDetail detail = PengajuanDetailParser.parse(SavedPages.page("detail-draft.html"), statuses);

        assertThat(detail.status()).isEqualTo(PengajuanStatus.DRAFT);
        assertThat(detail.deletable()).isTrue();
        assertThat(detail.cancellable()).isFalse();
        assertThat(detail.catatan()).isEmpty();
        assertThat(detail.rating()).isNull();
    }

    @Test
    void readsTheFilesOfBlokIx() {
        assertThat(PengajuanDetailParser.attachedFiles(SavedPages.page("blok-9.html")))
                .containsExactly(new AttachedFile("KAK", "kak.pdf"), new AttachedFile("KUESIONER", "kuesioner.pdf"));
    }

    @Test
    void turnsARefusalIntoFieldMessages() {
        PortalRejectedException refused = RefusalParser.parse(SavedPages.page("kirim-422.html"),
                ErrorContext.of("romantik", "pengajuan.kirim").withHttpStatus(422));

        assertThat(refused.getMessage()).isNotBlank();
        assertThat(refused.fieldMessages()).isNotEmpty();
        assertThat(refused.httpStatus()).isEqualTo(422);
    }

    @Test
    void readsThePublicListAndDetail() {
        ListPage<PublishedRecommendation> list = PublicPagesParser.parseList(SavedPages.page("rekomendasi-terbit.html"));
        PublishedRecommendation row = list.items().get(0);
        assertThat(row.nomor()).isEqualTo("V-26.3509.004");
        assertThat(row.token()).isNotBlank().doesNotContain("/");
        assertThat(row.tanggal()).isEqualTo("5 Maret 2026");

        PublishedRecommendationDetail detail = PublicPagesParser.parseDetail(
                SavedPages.page("rekomendasi-terbit-detail.html"));
        assertThat(detail.identitasRekomendasi()).isEqualTo("V-26.3509.004");
        assertThat(detail.nomorSurat()).isEqualTo("B-1/3509/VS.300/2026");
        assertThat(detail.hasil()).isEqualTo("LAYAK");
        assertThat(detail.entries()).containsEntry("Wilayah", "Kabupaten Jember");
    }

    @Test
    void aMissingElementNamesTheSelectorAndSavesARedactedSnapshot() throws Exception {
        Page changed = SavedPages.page("daftar-pengajuan-changed.html", RomantikProfile.defaults(),
                PageSnapshots.into(snapshots));

        assertThatThrownBy(() -> PengajuanListParser.parseProducerList(changed, statuses))
                .isInstanceOfSatisfying(PortalChangedException.class, e -> {
                    assertThat(e.expectation()).isEqualTo("selectors.list.statusWalidata = td.status-walidata");
                    assertThat(e.getMessage()).contains("selectors.list.statusWalidata");
                    assertThat(e.snapshot()).isPresent();
                    String saved = read(e.snapshot().get());
                    assertThat(saved).contains("pemeriksaan-walidata")
                            .doesNotContain("csrf-token-of-the-saved-page").contains(PageSnapshots.MASK);
                });
    }

    @Test
    void aProfileOverrideFileThatRenamesTheSelectorReadsTheChangedPage() throws Exception {
        Path override = Path.of(PageParsersTest.class.getResource(
                "/io/github/bpsconnector/romantik/profiles/renamed-status-column.json").toURI());
        RomantikProfile profile = RomantikProfile.fromFile(override);
        StatusNormalizer normalizer = new StatusNormalizer(profile);

        ListPage<PengajuanSummary> list = PengajuanListParser.parseProducerList(
                SavedPages.page("daftar-pengajuan-changed.html", profile, PageSnapshots.none()), normalizer);

        assertThat(profile.selector("list.statusWalidata")).isEqualTo("td.pemeriksaan-walidata");
        assertThat(profile.selector("list.statusPengajuan")).isEqualTo("td.status-pengajuan");
        assertThat(list.items().get(1).labels().statusWalidata()).isEqualTo("disetujui");
    }

    @Test
    void snapshotsMaskEmailAddressesHiddenValuesAndTextAreas() {
        Page page = Page.parse("<html><body><p>Kontak: dinkes@jemberkab.example</p><form>"
                + "<input type=hidden name=_token value=abc123><input name=judul value=Survei>"
                + "<input name=session_code value=s3cr3t><textarea name=catatan>isi</textarea></form>"
                + "<script>var t='abc123';</script></body></html>", URI.create("https://x.example/"),
                RomantikProfile.defaults(), PageSnapshots.none(), "test");

        String redacted = PageSnapshots.redact(page.document()).outerHtml();

        assertThat(redacted).doesNotContain("dinkes@jemberkab.example", "abc123", "s3cr3t", ">isi<")
                .contains("value=\"Survei\"");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

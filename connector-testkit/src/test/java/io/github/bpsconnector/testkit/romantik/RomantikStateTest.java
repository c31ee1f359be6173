package io.github.bpsconnector.testkit.romantik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class RomantikStateTest {

    private static final String PRODUSEN = "dinkes@jemberkab.example";
    private static final String WALIDATA = "statistik@diskominfo.jemberkab.example";
    private static final List<String> CATATAN = List.of("Cantumkan identitas rekomendasi pada kuesioner.",
            "Gunakan konsep dan definisi baku.", "Laporkan metadata kegiatan ke INDAH.");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T02:00:00Z"));
    private final RomantikCounters counters = new RomantikCounters();
    private final RomantikState state = new RomantikState(clock, MasterInstansi.withDefaults(), counters);

    RomantikStateTest() {
        state.addAccount(RomantikAccount.of(PRODUSEN, "rahasia", "Dinkes Jember", Peran.PRODUSEN_DATA)
                .withProfil(new Profil(TingkatInstansi.KABUPATEN_KOTA, "3509", "350901", "081234567890")));
        state.addAccount(RomantikAccount.of(WALIDATA, "rahasia", "Walidata Jember", Peran.WALIDATA)
                .withProfil(new Profil(TingkatInstansi.KABUPATEN_KOTA, "3509", "350903", "081234567891")));
    }

    private LocalDate today() {
        return state.today();
    }

    /** A complete survey submission with its KAK and questionnaire, not yet sent. */
    private long completeDraft() {
        long id = state.create(PRODUSEN, SampleForm.values(0, today()));
        for (int n = 1; n <= 8; n++) {
            assertThat(state.saveBlock(PRODUSEN, id, n, SampleForm.values(n, today()))).isEqualTo(n + 1);
        }
        state.uploadBerkas(PRODUSEN, id, "KAK", "kak.pdf", SampleForm.pdf("kak"));
        state.uploadBerkas(PRODUSEN, id, "KUESIONER", "kuesioner.pdf", SampleForm.pdf("kuesioner"));
        assertThat(state.saveBlock(PRODUSEN, id, 9, FormValues.EMPTY)).isEqualTo(-1);
        return id;
    }

    private PengajuanView view(long id) {
        return state.find(id).orElseThrow();
    }

    @Test
    void aUserWithoutInstansiCannotStartTheForm() {
        state.addAccount(RomantikAccount.of("baru@example.go.id", "x", "Baru", Peran.PRODUSEN_DATA));

        assertThatThrownBy(() -> state.create("baru@example.go.id", SampleForm.values(0, today())))
                .isInstanceOf(RomantikRefusedException.class)
                .hasMessage("Lengkapi profil Anda dan pilih instansi sebelum mengisi formulir");
        assertThat(counters.pengajuanCreated()).isZero();
    }

    @Test
    void profileChoicesMustFitTogether() {
        state.addAccount(RomantikAccount.of("baru@example.go.id", "x", "Baru", Peran.PRODUSEN_DATA));
        FormValues wrongArea = FormValues.of(Map.of("tingkat_instansi", List.of("KABUPATEN_KOTA"),
                "wilayah", List.of("3510"), "instansi_id", List.of("350901"), "no_hp", List.of("0812 3456 7890")));

        assertThatThrownBy(() -> state.saveProfil("baru@example.go.id", wrongArea))
                .isInstanceOfSatisfying(RomantikRefusedException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("instansi_id"));

        state.saveProfil("baru@example.go.id", FormValues.of(Map.of("tingkat_instansi", List.of("KABUPATEN_KOTA"),
                "wilayah", List.of("3509"), "instansi_id", List.of("350901"), "no_hp", List.of("0812-3456-7890"))));
        assertThat(state.account("BARU@example.go.id").orElseThrow().profil())
                .isEqualTo(new Profil(TingkatInstansi.KABUPATEN_KOTA, "3509", "350901", "081234567890"));
    }

    @Test
    void blokVIsSkippedForANonSurvey() {
        FormValues kompilasi = FormValues.of(Map.of("judul_kegiatan", List.of("Kompilasi Data Kasus DBD"),
                "tahun", List.of("2026"), "cara_pengumpulan_data", List.of("KOMPILASI_PRODUK_ADMINISTRASI")));
        long id = state.create(PRODUSEN, kompilasi);

        assertThat(state.saveBlock(PRODUSEN, id, 4, SampleForm.values(4, today()))).isEqualTo(6);
        assertThatThrownBy(() -> state.blockToShow(PRODUSEN, id, 5)).isInstanceOf(RomantikRefusedException.class);
        assertThatThrownBy(() -> state.blockToShow(PRODUSEN, id, 10)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void kirimRefusesAnIncompleteFormNamingEveryGap() {
        long id = state.create(PRODUSEN, SampleForm.values(0, today()));
        state.saveBlock(PRODUSEN, id, 3, SampleForm.values(3, today()));

        assertThatThrownBy(() -> state.kirim(PRODUSEN, id))
                .isInstanceOfSatisfying(RomantikRefusedException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("blok_1", "blok_2", "blok_4", "blok_5", "blok_6", "blok_7", "blok_8",
                                "berkas[KAK]", "berkas[KUESIONER]"));
        assertThat(view(id).statusPengajuan()).isEqualTo(StatusPengajuan.DRAFT);
    }

    @Test
    void kirimRefusesWhenFieldWorkHasStartedMeanwhile() {
        long id = completeDraft();
        clock.advance(Duration.ofDays(31));

        assertThatThrownBy(() -> state.kirim(PRODUSEN, id))
                .isInstanceOfSatisfying(RomantikRefusedException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("iii_jadwal_pengumpulan_data[0][awal]", BlockValidator.NO_BACKDATE));
    }

    @Test
    void theWholeLifecycleMovesTheThreeColumnsAsTheModelSays() {
        long id = completeDraft();
        state.kirim(PRODUSEN, id);
        assertColumns(id, StatusPengajuan.PENGAJUAN, StatusWalidata.PEMERIKSAAN, null);
        assertThat(state.listForWalidata(WALIDATA, 1).items()).extracting(PengajuanView::id).containsExactly(id);

        state.walidataDecide(WALIDATA, id, "TOLAK", "Judul sama dengan kegiatan Dinas Sosial.");
        assertColumns(id, StatusPengajuan.PENGAJUAN, StatusWalidata.DITOLAK, null);
        state.saveBlock(PRODUSEN, id, 0, SampleForm.values(0, today()));
        state.kirim(PRODUSEN, id);
        assertColumns(id, StatusPengajuan.PENGAJUAN, StatusWalidata.PEMERIKSAAN, null);

        state.walidataDecide(WALIDATA, id, "SETUJUI", "");
        assertColumns(id, StatusPengajuan.PENGAJUAN, StatusWalidata.DISETUJUI, null);
        assertThatThrownBy(() -> state.saveBlock(PRODUSEN, id, 2, SampleForm.values(2, today())))
                .isInstanceOf(RomantikRefusedException.class);

        state.startExamination(id);
        assertColumns(id, StatusPengajuan.PEMERIKSAAN, StatusWalidata.DISETUJUI, null);
        state.requestCorrection(id, "Lengkapi definisi variabel.");
        assertColumns(id, StatusPengajuan.PERBAIKAN, StatusWalidata.DISETUJUI, StatusPerbaikan.PERBAIKAN);
        state.saveBlock(PRODUSEN, id, 3, SampleForm.values(3, today()));
        assertColumns(id, StatusPengajuan.PERBAIKAN, StatusWalidata.DISETUJUI, StatusPerbaikan.SEDANG_DIPERBAIKI);
        state.kirim(PRODUSEN, id);
        assertColumns(id, StatusPengajuan.PERBAIKAN, StatusWalidata.DISETUJUI, StatusPerbaikan.SUDAH_DIPERBAIKI);
        assertThatThrownBy(() -> state.saveBlock(PRODUSEN, id, 3, SampleForm.values(3, today())))
                .isInstanceOf(RomantikRefusedException.class);

        state.startExamination(id);
        state.declareLayak(id, CATATAN);
        assertColumns(id, StatusPengajuan.PEMERIKSAAN, StatusWalidata.DISETUJUI, StatusPerbaikan.SUDAH_DIPERBAIKI);
        state.setNextRecommendationSequence("3509", 2026, 4);
        SuratRekomendasi surat = state.issueLetter(id);

        assertColumns(id, StatusPengajuan.LAYAK, StatusWalidata.DISETUJUI, StatusPerbaikan.SUDAH_DIPERBAIKI);
        assertThat(surat.identitasRekomendasi()).isEqualTo("V-26.3509.004");
        assertThat(surat.nomorSurat()).isEqualTo("B-1/3509/VS.300/2026");
        assertThat(surat.kepada()).isEqualTo("Dinas Kesehatan Kabupaten Jember");
        assertThat(surat.pemberiRekomendasi()).isEqualTo("Kepala BPS Kabupaten Jember");
        assertThat(surat.catatan()).isEqualTo(CATATAN);
        assertThat(view(id).catatan()).extracting(Catatan::peran, Catatan::keputusan).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Peran.WALIDATA, "Ditolak"),
                org.assertj.core.groups.Tuple.tuple(Peran.WALIDATA, "Disetujui"),
                org.assertj.core.groups.Tuple.tuple(Peran.PEMBINA_DATA, "Perbaikan"),
                org.assertj.core.groups.Tuple.tuple(Peran.PEMBINA_DATA, "Layak"));
        assertThat(state.suratPdf(PRODUSEN, id)).get().satisfies(pdf -> assertThat(new String(pdf, 0, 5,
                java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-"));

        state.uploadKomitmen(PRODUSEN, id, "C:\\Users\\x\\komitmen.pdf", SampleForm.pdf("komitmen"));
        state.beriPenilaian(PRODUSEN, id, "5", "Cepat");
        assertThat(view(id).komitmen().namaFile()).isEqualTo("komitmen.pdf");
        assertThat(view(id).penilaian().nilai()).isEqualTo(5);
        assertThatThrownBy(() -> state.beriPenilaian(PRODUSEN, id, "4", ""))
                .hasMessage("Penilaian layanan sudah diberikan.");

        PengajuanView published = state.terbit(new RomantikState.TerbitFilter("kepuasan", 2026, "35", "3509", null),
                1).items().get(0);
        assertThat(published.id()).isEqualTo(id);
        assertThat(state.terbitByToken(published.publicToken())).isPresent();
        assertThat(state.terbit(new RomantikState.TerbitFilter(null, null, "33", "0", "0"), 1).items()).isEmpty();
        assertThat(counters.kirim()).isEqualTo(3);
        assertThat(counters.lettersIssued()).isEqualTo(1);
    }

    private void assertColumns(long id, StatusPengajuan pengajuan, StatusWalidata walidata,
            StatusPerbaikan perbaikan) {
        PengajuanView view = view(id);
        assertThat(view.statusPengajuan()).isEqualTo(pengajuan);
        assertThat(view.statusWalidata()).isEqualTo(walidata);
        assertThat(view.statusPerbaikan()).isEqualTo(perbaikan);
    }

    @Test
    void reviewerActionsOutOfTurnAreRefused() {
        long id = completeDraft();
        assertThatThrownBy(() -> state.reviewAsWalidata(id, true, "")).isInstanceOf(RomantikRefusedException.class);
        assertThatThrownBy(() -> state.startExamination(id)).isInstanceOf(RomantikRefusedException.class);
        state.kirim(PRODUSEN, id);
        assertThatThrownBy(() -> state.startExamination(id)).isInstanceOf(RomantikRefusedException.class);
        assertThatThrownBy(() -> state.reviewAsWalidata(id, false, " "))
                .isInstanceOfSatisfying(RomantikRefusedException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("catatan"));
        state.reviewAsWalidata(id, true, "");
        state.startExamination(id);
        assertThatThrownBy(() -> state.issueLetter(id)).isInstanceOf(RomantikRefusedException.class);
        assertThatThrownBy(() -> state.declareLayak(id, CATATAN.subList(0, 2)))
                .hasMessageContaining("paling sedikit 3 catatan");
        state.declareTidakLayak(id, "Kegiatan bukan statistik sektoral.");
        assertColumns(id, StatusPengajuan.DITOLAK, StatusWalidata.DISETUJUI, null);
        assertThatThrownBy(() -> state.batalkan(PRODUSEN, id)).isInstanceOf(RomantikRefusedException.class);
        assertThatThrownBy(() -> state.uploadKomitmen(PRODUSEN, id, "k.pdf", SampleForm.pdf("k")))
                .isInstanceOf(RomantikRefusedException.class);
    }

    @Test
    void onlyANeverSentDraftCanBeDeletedAndOnlyASentOneCancelled() {
        long draft = state.create(PRODUSEN, SampleForm.values(0, today()));
        assertThatThrownBy(() -> state.batalkan(PRODUSEN, draft)).isInstanceOf(RomantikRefusedException.class);
        state.hapus(PRODUSEN, draft);
        assertThat(state.find(draft)).isEmpty();

        long sent = completeDraft();
        state.kirim(PRODUSEN, sent);
        assertThatThrownBy(() -> state.hapus(PRODUSEN, sent)).isInstanceOf(RomantikRefusedException.class);
        state.batalkan(PRODUSEN, sent);
        assertColumns(sent, StatusPengajuan.DIBATALKAN, StatusWalidata.PEMERIKSAAN, null);
        assertThat(counters.pengajuanDeleted()).isEqualTo(1);
    }

    @Test
    void anotherAccountSeesNothingOfIt() {
        long id = state.create(PRODUSEN, SampleForm.values(0, today()));
        state.addAccount(RomantikAccount.of("lain@jemberkab.example", "x", "Lain", Peran.PRODUSEN_DATA)
                .withProfil(new Profil(TingkatInstansi.KABUPATEN_KOTA, "3509", "350902", "081234567892")));

        assertThatThrownBy(() -> state.view("lain@jemberkab.example", id)).isInstanceOf(NoSuchElementException.class);
        assertThat(state.list("lain@jemberkab.example", null, 1).items()).isEmpty();
        assertThatThrownBy(() -> state.viewForWalidata(WALIDATA, id))
                .as("a draft never sent is not the Walidata's business").isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void uploadsMustBePdfsWithinTheLimits() {
        long id = state.create(PRODUSEN, SampleForm.values(0, today()));
        byte[] tooBig = new byte[UploadPolicy.MAX_BERKAS_BYTES + 1];
        System.arraycopy(SampleForm.pdf("x"), 0, tooBig, 0, 5);

        assertThatThrownBy(() -> state.uploadBerkas(PRODUSEN, id, "KAK", "kak.docx", "PK\u0003\u0004".getBytes()))
                .isInstanceOfSatisfying(RomantikRefusedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("berkas", "Berkas harus berformat PDF."));
        assertThatThrownBy(() -> state.uploadBerkas(PRODUSEN, id, "KAK", "kak.pdf", tooBig))
                .isInstanceOfSatisfying(RomantikRefusedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("berkas", "Ukuran berkas melebihi 10 MB."));
        assertThatThrownBy(() -> state.uploadBerkas(PRODUSEN, id, "SURAT", "s.pdf", SampleForm.pdf("s")))
                .isInstanceOfSatisfying(RomantikRefusedException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("jenis"));
        assertThat(state.find(id).orElseThrow().berkas()).isEmpty();
    }

    @Test
    void theSameKindReplacesTheFormerFile() {
        long id = state.create(PRODUSEN, SampleForm.values(0, today()));
        state.uploadBerkas(PRODUSEN, id, "KAK", "kak-v1.pdf", SampleForm.pdf("1"));
        state.uploadBerkas(PRODUSEN, id, "KAK", "kak-v2.pdf", SampleForm.pdf("2"));
        state.uploadBerkas(PRODUSEN, id, "LAINNYA", "a.pdf", SampleForm.pdf("a"));
        state.uploadBerkas(PRODUSEN, id, "LAINNYA", "b.pdf", SampleForm.pdf("b"));

        assertThat(view(id).berkas()).extracting(Berkas::namaFile).containsExactly("kak-v2.pdf", "a.pdf", "b.pdf");
    }

    @Test
    void naturalKeysCountDuplicates() {
        state.create(PRODUSEN, SampleForm.values(0, today()));
        state.create(PRODUSEN, FormValues.of(Map.of("judul_kegiatan", List.of("  survei kepuasan pasien "
                + "PUSKESMAS   Kabupaten Jember 2026"), "tahun", List.of("2026"),
                "cara_pengumpulan_data", List.of("SURVEI"))));
        NaturalKey key = new NaturalKey(SampleForm.JUDUL, 2026, "350901");

        assertThat(state.count(key)).isEqualTo(2);
        assertThat(state.count(new NaturalKey(SampleForm.JUDUL, 2027, "350901"))).isZero();
        assertThat(state.duplicates()).containsExactly(Map.entry(key, 2));
    }

    @Test
    void theRecommendationNumberDependsOnKindAndOffice() {
        assertThat(RecommendationNumbering.kind("SURVEI")).isEqualTo('V');
        assertThat(RecommendationNumbering.kind("KOMPILASI_PRODUK_ADMINISTRASI")).isEqualTo('K');
        RecommendationNumbering numbering = new RecommendationNumbering();
        assertThat(numbering.nextIdentitas('K', 2023, "3300")).isEqualTo("K-23.3300.001");
        assertThat(numbering.nextIdentitas('V', 2023, "3300")).isEqualTo("V-23.3300.002");
        assertThat(numbering.nextIdentitas('V', 2023, "0000")).isEqualTo("V-23.0000.001");
        assertThat(numbering.nextIdentitas('V', 2024, "3300")).isEqualTo("V-24.3300.001");
    }
}

package io.github.bpsconnector.workflow.runner;

import static io.github.bpsconnector.workflow.tracking.StepIds.operation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.journal.OutcomeStatus;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.romantik.BerkasKind;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.SupportingFiles;
import io.github.bpsconnector.testkit.indah.IndahDemoData;
import io.github.bpsconnector.testkit.indah.MetadataKind;
import io.github.bpsconnector.testkit.indah.MetadataStatus;
import io.github.bpsconnector.testkit.romantik.PengajuanView;
import io.github.bpsconnector.testkit.sample.SampleDocuments;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import io.github.bpsconnector.workflow.arsip.ArsipEntry;
import io.github.bpsconnector.workflow.arsip.DocumentKind;
import io.github.bpsconnector.workflow.port.PortalNote;
import io.github.bpsconnector.workflow.sop.Actor;
import io.github.bpsconnector.workflow.sop.SopStep;
import io.github.bpsconnector.workflow.tracking.CaseState;
import io.github.bpsconnector.workflow.tracking.CaseTracker;
import io.github.bpsconnector.workflow.tracking.KegiatanCase;
import io.github.bpsconnector.workflow.tracking.StepIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link SopRunner} with the real clients against both simulators: the whole SOP for one kegiatan (on a file journal
 * and on H2), the Walidata's return as a likely duplicate, and the Pembina Data's correction notes on INDAH.
 */
class SimulatedSopRunTest {

    private static final String BAPPEDA = "Badan Perencanaan Pembangunan Daerah Kabupaten Jember";

    @TempDir
    Path dir;

    private SimulatedSop sop;

    @AfterEach
    void close() {
        if (sop != null) {
            sop.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Journals.class)
    void takesOneKegiatanThroughStepsOneToElevenOnBothSimulators(Journals journals) throws IOException {
        sop = new SimulatedSop(dir, journals);
        Kegiatan kegiatan = sop.kegiatan(SamplePackages.DINKES);

        StepOutcome submitted = sop.produsen(RunnerListener.NONE).advance(kegiatan);
        assertThat(numbers(submitted.stepsDone())).as(submitted.message()).containsExactly(1, 2);
        assertWaiting(submitted, 3, Actor.WALIDATA);

        sop.workingDaysLater(1);
        StepOutcome checked = sop.walidata(RunnerListener.NONE).advance(kegiatan);
        assertThat(numbers(checked.stepsDone())).as(checked.message()).containsExactly(3);
        assertWaiting(checked, 4, Actor.PEMBINA_DATA);
        long pengajuanId = checked.kegiatanCase().documents().pengajuanId();

        sop.workingDaysLater(2);
        String nomorSurat = sop.romantik().reviewer().asPembinaData()
                .recommend(pengajuanId, SimulatedSop.CATATAN_REKOMENDASI).nomorSurat();
        sop.workingDaysLater(1);
        StepOutcome reported = sop.walidata(RunnerListener.NONE).advance(kegiatan);
        assertThat(numbers(reported.stepsDone())).as(reported.message()).containsExactly(6, 7, 8, 9);
        assertWaiting(reported, 10, Actor.PEMBINA_DATA);
        long msKegId = reported.kegiatanCase().documents().msKegId();

        sop.workingDaysLater(2);
        sop.approveOnIndah(msKegId);
        StepOutcome approved = sop.walidata(RunnerListener.NONE).advance(kegiatan);
        assertThat(approved.kind()).isEqualTo(StepOutcome.Kind.WAITING);
        assertThat(approved.step().number()).as("the modelled INDAH lets the Pembina Data publish").isEqualTo(11);
        StepOutcome finished = sop.publisher(RunnerListener.NONE).advance(kegiatan);

        assertThat(finished.kind()).as(finished.message()).isEqualTo(StepOutcome.Kind.FINISHED);
        assertThat(numbers(finished.stepsDone())).containsExactly(11);
        assertSimulatorsSawEachWriteOnce(kegiatan, pengajuanId, msKegId);
        KegiatanCase done = finished.kegiatanCase();
        assertThat(done.state()).isEqualTo(CaseState.FINISHED);
        assertThat(done.overdue()).isFalse();
        assertThat(done.documents().nomorSuratRekomendasi()).isEqualTo(nomorSurat);
        assertThat(done.documents().identitasRekomendasi())
                .isEqualTo(sop.romantik().pengajuan(pengajuanId).orElseThrow().nomorRekomendasi());
        assertThat(done.documents().suratKomitmenUploaded()).isNotBlank();
        assertThat(done.documents().msKegId()).isEqualTo(msKegId);
        assertThat(done.documents().msVarIds()).hasSize(1);
        assertThat(done.documents().msIndIds()).hasSize(1);
        assertThat(sop.arsip().entries(kegiatan.key())).extracting(ArsipEntry::kind).contains(DocumentKind.KAK,
                DocumentKind.KUESIONER, DocumentKind.MS_VAR, DocumentKind.MS_IND, DocumentKind.SURAT_REKOMENDASI,
                DocumentKind.SURAT_KOMITMEN_DRAFT, DocumentKind.SURAT_KOMITMEN, DocumentKind.MS_KEG,
                DocumentKind.PORTAL_ID);
        assertJournalComplete(kegiatan);
    }

    @Test
    void aLikelyDuplicateIsReturnedByTheWalidataCorrectedByRetitlingAndSentAgain() throws IOException {
        sop = new SimulatedSop(dir, Journals.FILE);
        long bappedaId = submitAsBappeda(SamplePackages.DINKES.title());
        sop.romantik().reviewer().asWalidata().approve(bappedaId, "Lengkap; diteruskan ke BPS.");
        Kegiatan kegiatan = sop.kegiatan(SamplePackages.DINKES);
        sop.produsen(RunnerListener.NONE).advance(kegiatan);

        StepOutcome returned = sop.walidata(RunnerListener.NONE).advance(kegiatan);

        assertThat(numbers(returned.stepsDone())).containsExactly(3);
        assertThat(returned.kind()).as(returned.message()).isEqualTo(StepOutcome.Kind.RETURNED);
        assertThat(returned.step().number()).isEqualTo(2);
        assertThat(returned.catatan()).get().satisfies(note -> {
            assertThat(note.reviewer()).isEqualTo(Actor.WALIDATA);
            assertThat(note.note()).contains("kemungkinan duplikasi", SamplePackages.DINKES.title());
        });
        assertThat(sop.produsen(RunnerListener.NONE).advance(kegiatan).kind())
                .as("an unchanged package is not sent again").isEqualTo(StepOutcome.Kind.RETURNED);
        assertThat(sop.romantik().romantikCounters().kirim()).isEqualTo(2);

        String retitled = "Survei Waktu Tunggu Rawat Jalan di Fasilitas Kesehatan Primer Kabupaten Jember";
        Kegiatan corrected = kegiatan.withMetadata(SamplePackages.DINKES.retitled(retitled)
                .toPackage(sop.clock.today()));
        StepOutcome resent = sop.produsen(RunnerListener.NONE).advance(corrected);
        assertThat(numbers(resent.stepsDone())).as(resent.message()).containsExactly(2);
        StepOutcome forwarded = sop.walidata(RunnerListener.NONE).advance(corrected);

        assertThat(numbers(forwarded.stepsDone())).as(forwarded.message()).containsExactly(3);
        assertWaiting(forwarded, 4, Actor.PEMBINA_DATA);
        long id = forwarded.kegiatanCase().documents().pengajuanId();
        assertThat(returned.kegiatanCase().documents().pengajuanId()).isEqualTo(id);
        assertThat(sop.romantik().pengajuan(id).orElseThrow().judul()).isEqualTo(retitled);
        assertThat(sop.romantik().romantikCounters().pengajuanCreated()).as("Bappeda's and this one").isEqualTo(2);
        assertThat(sop.romantik().romantikCounters().kirim()).isEqualTo(3);
        assertThat(forwarded.kegiatanCase().catatan()).extracting(PortalNote::reviewer)
                .containsExactly(Actor.WALIDATA, Actor.WALIDATA);
        assertThat(sop.arsip().entries(kegiatan.key())).filteredOn(e -> e.kind() == DocumentKind.CATATAN_PEMERIKSAAN)
                .hasSize(1);
    }

    @Test
    void correctionNotesOfThePembinaDataOnIndahAreFollowedByACorrectedReport() throws IOException {
        sop = new SimulatedSop(dir, Journals.FILE);
        Kegiatan kegiatan = sop.kegiatan(SamplePackages.DINKES);
        sop.produsen(RunnerListener.NONE).advance(kegiatan);
        long pengajuanId = sop.walidata(RunnerListener.NONE).advance(kegiatan).kegiatanCase().documents()
                .pengajuanId();
        sop.romantik().reviewer().asPembinaData().recommend(pengajuanId, SimulatedSop.CATATAN_REKOMENDASI);
        long msKegId = sop.walidata(RunnerListener.NONE).advance(kegiatan).kegiatanCase().documents().msKegId();
        sop.approveOnIndah(msKegId);
        String note = "Tujuan kegiatan belum menyebut indikator yang dihasilkan.";
        sop.indah().asPembinaData().requestCorrection(msKegId, note);

        StepOutcome returned = sop.walidata(RunnerListener.NONE).advance(kegiatan);

        assertThat(returned.kind()).as(returned.message()).isEqualTo(StepOutcome.Kind.RETURNED);
        assertThat(returned.step().number()).isEqualTo(9);
        assertThat(returned.catatan()).get().extracting(PortalNote::note).isEqualTo(note);
        MetadataPackage sent = kegiatan.metadata();
        Kegiatan corrected = kegiatan.withMetadata(sent.toBuilder().activity(sent.activity().toBuilder()
                .planning(sent.activity().planning().toBuilder().objective("Mengukur kepuasan terhadap waktu"
                        + " pelayanan puskesmas dan menghasilkan persentase pasien yang puas.").build())
                .build()).build());
        StepOutcome reportedAgain = sop.walidata(RunnerListener.NONE).advance(corrected);
        assertThat(numbers(reportedAgain.stepsDone())).as(reportedAgain.message()).containsExactly(9);
        assertThat(sop.indah().record(msKegId).orElseThrow().status()).isEqualTo(MetadataStatus.REVISED);

        sop.approveOnIndah(msKegId);
        StepOutcome finished = sop.publisher(RunnerListener.NONE).advance(corrected);

        assertThat(finished.kind()).as(finished.message()).isEqualTo(StepOutcome.Kind.FINISHED);
        assertSimulatorsSawEachWriteOnce(kegiatan, pengajuanId, msKegId);
        assertThat(sop.arsip().entries(kegiatan.key())).filteredOn(e -> e.kind() == DocumentKind.CATATAN_PEMERIKSAAN)
                .hasSize(1);
        assertJournalComplete(kegiatan);
    }

    private long submitAsBappeda(String title) throws IOException {
        sop.romantik().addProdusenData("bappeda@jemberkab.example", "bappeda-demo", BAPPEDA, "350902");
        MetadataPackage pkg = SamplePackages.DINKES.retitled(title).organizedBy(BAPPEDA).toPackage(sop.clock.today());
        Path folder = Files.createDirectories(dir.resolve("bappeda"));
        try (RomantikClient bappeda = sop.romantikClient("bappeda@jemberkab.example", "bappeda-demo")) {
            return bappeda.submit(pkg, SupportingFiles.of(BerkasKind.KAK, SampleDocuments.kak(pkg, folder))
                    .with(BerkasKind.KUESIONER, SampleDocuments.kuesioner(pkg, folder)));
        }
    }

    private void assertSimulatorsSawEachWriteOnce(Kegiatan kegiatan, long pengajuanId, long msKegId) {
        var counters = sop.romantik().romantikCounters();
        assertThat(counters.pengajuanCreated()).isEqualTo(1);
        assertThat(counters.lettersIssued()).isEqualTo(1);
        PengajuanView pengajuan = sop.romantik().pengajuan(pengajuanId).orElseThrow();
        assertThat(pengajuan.komitmen()).as("the Surat Komitmen uploaded").isNotNull();
        assertThat(sop.romantik().duplicateNaturalKeys()).isEmpty();
        String title = kegiatan.metadata().activity().title();
        assertThat(sop.indah().countKegiatan(title, kegiatan.key().year(), IndahDemoData.DINKES_JEMBER))
                .isEqualTo(1);
        assertThat(sop.indah().countChildren(msKegId, MetadataKind.VARIABEL)).isEqualTo(1);
        assertThat(sop.indah().countChildren(msKegId, MetadataKind.INDIKATOR)).isEqualTo(1);
        assertThat(sop.indah().duplicateNaturalKeys()).isEmpty();
        assertThat(sop.indah().records()).filteredOn(r -> r.id() == msKegId
                || r.parent().filter(p -> p == msKegId).isPresent()).hasSize(3)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(MetadataStatus.PUBLISHED));
    }

    private void assertJournalComplete(Kegiatan kegiatan) {
        String key = CaseTracker.naturalKey(kegiatan.key());
        for (String step : List.of(StepIds.DAFTAR_KEGIATAN, StepIds.AJUKAN_REKOMENDASI, StepIds.PERIKSA_WALIDATA,
                StepIds.SUSUN_SURAT_KOMITMEN, StepIds.UNGGAH_SURAT_KOMITMEN, StepIds.LAPORKAN_KE_WALIDATA,
                StepIds.LAPORKAN_KE_INDAH, StepIds.PUBLIKASIKAN_METADATA)) {
            assertThat(sop.journal().latest(operation(step), key)).as(step).get()
                    .satisfies(e -> assertThat(e.outcome()).get()
                            .satisfies(o -> assertThat(o.status()).isEqualTo(OutcomeStatus.CONFIRMED)));
        }
        assertThat(sop.journal().openIntents()).extracting(JournalEntry::operation).isEmpty();
    }

    private static void assertWaiting(StepOutcome outcome, int step, Actor actor) {
        assertThat(outcome.kind()).as(outcome.message()).isEqualTo(StepOutcome.Kind.WAITING);
        assertThat(outcome.step().number()).isEqualTo(step);
        assertThat(outcome.waitingOn()).get().extracting(w -> w.actor()).isEqualTo(actor);
    }

    static List<Integer> numbers(List<SopStep> steps) {
        return steps.stream().map(SopStep::number).toList();
    }
}

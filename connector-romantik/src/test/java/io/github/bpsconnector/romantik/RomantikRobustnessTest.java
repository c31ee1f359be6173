package io.github.bpsconnector.romantik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.bpsconnector.core.error.Delivery;
import io.github.bpsconnector.core.error.FileRejectedException;
import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.core.journal.OutcomeStatus;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.testkit.romantik.Peran;
import io.github.bpsconnector.testkit.romantik.RomantikAccount;
import io.github.bpsconnector.testkit.sample.SamplePackages;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Idempotency, unknown outcomes, stale CSRF tokens, session expiry in a flow and local refusals. */
class RomantikRobustnessTest extends SimulatorTestBase {

    @Test
    void submittingTheSamePackageTwiceContinuesTheSamePengajuan() {
        RomantikClient produsen = produsen();
        MetadataPackage pkg = SamplePackages.DINKES.toPackage(today());

        long first = produsen.submit(pkg, kakAndKuesioner());
        long second = produsen.submit(pkg, kakAndKuesioner());

        assertThat(second).isEqualTo(first);
        assertThat(romantik.romantikCounters().pengajuanCreated()).isEqualTo(1);
        assertThat(romantik.romantikCounters().kirim()).isEqualTo(1);
        assertThat(romantik.romantikCounters().berkasUploaded()).isEqualTo(2);
    }

    @Test
    void aLostAnswerOnEveryWriteLeavesNoDuplicate() throws Exception {
        String[] writes = {"/pengajuan", "/pengajuan/\\d+/blok/3", "/pengajuan/\\d+/berkas", "/pengajuan/\\d+/kirim"};
        for (String path : writes) {
            romantik.faults().on("POST", path).times(1).after().fault(Fault.CONNECTION_RESET_BY_PEER);
        }
        try (FileJournal journal = FileJournal.open(folder.resolve("journal.jsonl"), clock.asClock())) {
            RomantikClient produsen = track(builder(PRODUSEN, "produsen-demo").journal(journal).build());

            long id = produsen.submit(SamplePackages.DINKES.toPackage(today()), kakAndKuesioner());

            assertThat(romantik.faults().totalFired()).isEqualTo(writes.length);
            assertThat(produsen.detail(id).status()).isEqualTo(PengajuanStatus.AT_WALIDATA);
            assertThat(romantik.romantikCounters().pengajuanCreated()).isEqualTo(1);
            assertThat(romantik.romantikCounters().berkasUploaded()).isEqualTo(2);
            assertThat(romantik.romantikCounters().kirim()).isEqualTo(1);
            assertThat(romantik.duplicateNaturalKeys()).isEmpty();
            assertThat(journal.openIntents()).isEmpty();
            JournalEntry submitted = journal.entries().stream()
                    .filter(entry -> entry.operation().equals("romantik.pengajuan.ajukan")).findFirst().orElseThrow();
            assertThat(submitted.outcome().orElseThrow().status()).isEqualTo(OutcomeStatus.CONFIRMED);
            assertThat(submitted.outcome().orElseThrow().portalIds()).containsEntry("pengajuanId", Long.toString(id));
            assertThat(Files.readString(journal.file())).doesNotContain("_token").doesNotContain("produsen-demo");
        }
    }

    @Test
    void a503AfterEveryWriteIsLookedForAndLeavesNoDuplicate() {
        String[] writes = {"/pengajuan", "/pengajuan/\\d+/blok/3", "/pengajuan/\\d+/berkas", "/pengajuan/\\d+/kirim"};
        for (String path : writes) {
            romantik.faults().on("POST", path).times(1).after().status(503);
        }
        try (FileJournal journal = FileJournal.open(folder.resolve("journal.jsonl"), clock.asClock())) {
            RomantikClient produsen = track(builder(PRODUSEN, "produsen-demo").journal(journal).build());

            long id = produsen.submit(SamplePackages.DINKES.toPackage(today()), kakAndKuesioner());

            assertThat(romantik.faults().totalFired()).isEqualTo(writes.length);
            assertThat(produsen.detail(id).status()).isEqualTo(PengajuanStatus.AT_WALIDATA);
            assertThat(romantik.romantikCounters().pengajuanCreated()).isEqualTo(1);
            assertThat(romantik.romantikCounters().berkasUploaded()).isEqualTo(2);
            assertThat(romantik.romantikCounters().kirim()).isEqualTo(1);
            assertThat(romantik.counters().count("POST", "/pengajuan")).isEqualTo(1);
            assertThat(romantik.counters().count("POST", "/pengajuan/{id}/kirim")).isEqualTo(1);
            assertThat(romantik.duplicateNaturalKeys()).isEmpty();
            assertThat(journal.openIntents()).isEmpty();
        }
    }

    @Test
    void a503BeforeTheDraftWasCreatedIsLookedForThenSentOnceMore() {
        RomantikClient produsen = produsen();
        romantik.faults().on("POST", "/pengajuan").times(1).before().status(503);

        long id = produsen.createDraft(SamplePackages.DINKES.toPackage(today()));

        assertThat(romantik.faults().totalFired()).isEqualTo(1);
        assertThat(romantik.counters().count("POST", "/pengajuan")).isEqualTo(2);
        assertThat(romantik.romantikCounters().pengajuanCreated()).isEqualTo(1);
        assertThat(produsen.detail(id).status()).isEqualTo(PengajuanStatus.DRAFT);
    }

    @Test
    void aStaleCsrfTokenFetchesTheFormAgainOnce() {
        RomantikClient produsen = produsen();
        long id = produsen.createDraft(SamplePackages.DINKES.toPackage(today()));
        romantik.faults().on("POST", "/pengajuan/\\d+/hapus").times(1).status(419);

        produsen.delete(id);

        assertThat(romantik.counters().count("POST", "/pengajuan/{id}/hapus")).isEqualTo(2);
        assertThat(romantik.pengajuan(id)).isEmpty();
        assertThat(produsen.find(SamplePackages.DINKES.title(), today().getYear())).isEmpty();
    }

    @Test
    void theSessionEndingInTheMiddleOfTheFlowIsRenewedWithoutADuplicate() {
        RomantikClient produsen = produsen();
        romantik.faults().on("GET", "/pengajuan/\\d+/blok/4").times(1).sessionExpiry();
        romantik.faults().on("POST", "/pengajuan/\\d+/blok/6").times(1).sessionExpiry();

        long id = produsen.submit(SamplePackages.DINKES.toPackage(today()), kakAndKuesioner());

        assertThat(romantik.faults().totalFired()).isEqualTo(2);
        assertThat(romantik.romantikCounters().loginsSucceeded()).isEqualTo(3);
        assertThat(romantik.romantikCounters().pengajuanCreated()).isEqualTo(1);
        assertThat(produsen.detail(id).status()).isEqualTo(PengajuanStatus.AT_WALIDATA);
    }

    @Test
    void refusesABackdatedFieldWorkLocallyBeforeAnyRequest() {
        RomantikClient produsen = produsen();
        MetadataPackage late = SamplePackages.DINKES.toPackage(today().minusDays(20), today().minusDays(1));

        assertThatThrownBy(() -> produsen.submit(late, kakAndKuesioner()))
                .isInstanceOfSatisfying(LocalCheckException.class, refused -> {
                    assertThat(refused.delivery()).isEqualTo(Delivery.NOT_SENT);
                    assertThat(refused.problems()).extracting(CheckProblem::rule).contains("E5");
                    assertThat(refused.problems()).extracting(CheckProblem::field)
                            .anyMatch(field -> field.contains("PENGUMPULAN_DATA"));
                });
        assertThat(romantik.counters().total()).isZero();
    }

    @Test
    void refusesAFileThatIsNotAPdfBeforeAnyRequest() throws Exception {
        RomantikClient produsen = produsen();
        var notPdf = Files.writeString(folder.resolve("kak.pdf"), "PK not a pdf");

        assertThatThrownBy(() -> produsen.submit(SamplePackages.DINKES.toPackage(today()),
                SupportingFiles.of(BerkasKind.KAK, notPdf)))
                .isInstanceOfSatisfying(FileRejectedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(FileRejectedException.Reason.TYPE));
        assertThat(romantik.counters().total()).isZero();
    }

    @Test
    void aDraftNeedsAnInstansiInTheProfileFirst() {
        romantik.addAccount(RomantikAccount.of("baru@jemberkab.example", "rahasia-baru", "Pengguna Baru",
                Peran.PRODUSEN_DATA));
        RomantikClient baru = track(builder("baru@jemberkab.example", "rahasia-baru").build());

        assertThatThrownBy(() -> baru.createDraft(SamplePackages.DINKES.toPackage(today())))
                .isInstanceOfSatisfying(LocalCheckException.class, refused -> assertThat(refused.problems())
                        .extracting(CheckProblem::field).containsExactly("profil.instansi"));
        assertThat(romantik.romantikCounters().pengajuanCreated()).isZero();

        ProfileInfo before = baru.userProfile();
        assertThat(before.hasInstansi()).isFalse();
        assertThat(before.instansiChoices()).extracting(Choice::value).contains("350904");
        baru.updateUserProfile(new ProfileUpdate("KABUPATEN_KOTA", "3509", "350904", "081234567890"));

        assertThat(baru.userProfile().instansiId()).isEqualTo("350904");
        assertThat(baru.account().instansi()).isEqualTo("Dinas Pendidikan Kabupaten Jember");
        long id = baru.createDraft(SamplePackages.DINKES.toPackage(today()));
        assertThat(baru.detail(id).status()).isEqualTo(PengajuanStatus.DRAFT);
    }

    @Test
    void cancelsASentPengajuanAndPrintsItsSummary() throws Exception {
        RomantikClient produsen = produsen();
        long id = produsen.submit(SamplePackages.DINKES.toPackage(today()), kakAndKuesioner());

        produsen.cancel(id);
        produsen.cancel(id);

        assertThat(produsen.detail(id).status()).isEqualTo(PengajuanStatus.CANCELLED);
        assertThat(romantik.counters().count("POST", "/pengajuan/{id}/batalkan")).isEqualTo(1);
        var summary = produsen.downloadSummary(id, folder.resolve("cetak"));
        assertThat(Files.readString(summary.path())).contains(SamplePackages.DINKES.title())
                .contains("dibatalkan");
        assertThat(produsen.list(null).stream().map(PengajuanSummary::status).toList())
                .containsExactly(PengajuanStatus.CANCELLED);
    }
}

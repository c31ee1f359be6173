package io.github.bpsconnector.indah.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.Journal;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.IndahRecord;
import io.github.bpsconnector.indah.MetadataStatus;
import io.github.bpsconnector.indah.SimIndahAccess;
import io.github.bpsconnector.indah.TestForms;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.metadata.MsKeg;
import io.github.bpsconnector.metadata.rules.MetadataValidator;
import io.github.bpsconnector.testkit.indah.MetadataKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataReporterTest {

    private static final String KEGIATAN = "/sdi/v2/metadata-statistik/kegiatan";
    /** The submission date of the tests: before the field work of the test forms. */
    static final MetadataValidator VALIDATOR = MetadataValidator.builder()
            .clock(Clock.fixed(SimIndahAccess.START, ZoneOffset.UTC)).build();

    private final SimIndahAccess sim = new SimIndahAccess();
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        sim.close();
    }

    static MetadataReporter.Builder reporter(IndahClient client, Journal journal) {
        return MetadataReporter.builder(client).journal(journal).validator(PackageValidator.perban(VALIDATOR));
    }

    private static ReportItem item(String title) {
        return new ReportItem(SimIndahAccess.dinkes(), 2026, TestForms.pkg(title));
    }

    @Test
    void theTestPackagesPassThePerbanRules() {
        var report = VALIDATOR.validate(TestForms.pkg("Survei Imunisasi Kabupaten Jember"));
        assertThat(report.errors()).as(report.toText()).isEmpty();
    }

    @Test
    void anInvalidPackageIsReportedWithAllItsProblemsAndNothingIsSent() {
        MetadataPackage broken = MetadataPackage.builder()
                .activity(MsKeg.builder().build())
                .addVariable(TestForms.msVar("Umur"))
                .addVariable(TestForms.msVar(" umur "))
                .build();
        try (IndahClient walidata = sim.walidata(null)) {
            ReportResult result = reporter(walidata, null).build()
                    .report(List.of(new ReportItem(SimIndahAccess.dinkes(), 2026, broken)));

            ItemResult failed = result.items().get(0);
            assertThat(failed.outcome()).isEqualTo(ItemOutcome.FAILED);
            assertThat(failed.reason()).isEqualTo(FailureReason.INVALID);
            assertThat(failed.problems()).extracting(ValidationProblem::path)
                    .contains("activity.title", "variables[1].name");
            assertThat(failed.problems().size()).isGreaterThan(2);
            assertThat(sim.indah().counters().count("POST", KEGIATAN)).isZero();
            assertThat(sim.indah().counters().count("POST", "/api/authenticate")).isZero();
        }
    }

    @Test
    void aDryRunSaysWhatWouldBeDoneAndWritesNothing() {
        try (IndahClient walidata = sim.walidata(null)) {
            ReportItem item = item("Survei Imunisasi Kabupaten Jember");
            ReportResult planned = reporter(walidata, null).dryRun(true).build().report(List.of(item));
            assertThat(planned.items().get(0).outcome()).isEqualTo(ItemOutcome.CREATED);
            assertThat(planned.items().get(0).dryRun()).isTrue();
            assertThat(sim.indah().counters().count("POST", KEGIATAN)).isZero();

            reporter(walidata, null).build().report(List.of(item));
            ReportResult same = reporter(walidata, null).dryRun(true).build().report(List.of(item));
            assertThat(same.items().get(0).outcome()).isEqualTo(ItemOutcome.UNCHANGED);

            MetadataPackage changed = item.pkg().toBuilder().addIndicator(TestForms.msInd("Jumlah Balita")).build();
            ReportResult more = reporter(walidata, null).dryRun(true).build()
                    .report(List.of(new ReportItem(item.producer(), 2026, changed)));
            assertThat(more.items().get(0).outcome()).isEqualTo(ItemOutcome.UPDATED);
            assertThat(more.items().get(0).childrenWritten()).isEqualTo(1);
            assertThat(sim.indah().counters().count("POST", "/sdi/v2/metadata-statistik/indikator")).isEqualTo(1);
        }
    }

    @Test
    void anExistingDraftIsReusedNeverDuplicated() {
        try (IndahClient walidata = sim.walidata(null)) {
            IndahRecord<MsKeg> earlier = walidata.kegiatan().createDraft(SimIndahAccess.dinkes(), 2026,
                    TestForms.msKeg("Survei  imunisasi kabupaten JEMBER").toBuilder().year(2025).build());

            ReportResult result = reporter(walidata, null).build()
                    .report(List.of(item("Survei Imunisasi Kabupaten Jember")));

            assertThat(result.items().get(0).outcome()).isEqualTo(ItemOutcome.UPDATED);
            assertThat(result.items().get(0).msKegId()).isEqualTo(earlier.id());
            assertThat(walidata.kegiatan().get(earlier.id()).form().year()).isEqualTo(2026);
            assertThat(sim.indah().countKegiatan("Survei Imunisasi Kabupaten Jember", 2026,
                    SimIndahAccess.dinkes().id())).isEqualTo(1);
            assertThat(sim.indah().countChildren(earlier.id(), MetadataKind.VARIABEL)).isEqualTo(2);
        }
    }

    @Test
    void aSubmittedMsKegThatDiffersIsNotTouched() {
        try (IndahClient walidata = sim.walidata(null)) {
            ReportItem item = item("Survei Imunisasi Kabupaten Jember");
            reporter(walidata, null).submit(true).build().report(List.of(item));
            MsKeg changed = item.pkg().activity().toBuilder().year(2027).build();

            ReportResult result = reporter(walidata, null).build().report(List.of(new ReportItem(item.producer(),
                    2026, item.pkg().toBuilder().activity(changed).build())));

            assertThat(result.items().get(0).reason()).isEqualTo(FailureReason.NOT_EDITABLE);
            assertThat(sim.indah().counters().count("POST", KEGIATAN)).isEqualTo(1);
        }
    }

    @Test
    void aBulkReportStoppedByACrashIsResumedFromTheJournalExactlyOnce() {
        Path file = dir.resolve("journal.jsonl");
        List<ReportItem> items = List.of(item("Survei Imunisasi Kabupaten Jember"),
                item("Survei Gizi Balita Kabupaten Jember"), item("Survei Sanitasi Kabupaten Jember"));

        try (Journal journal = new CrashingJournal(FileJournal.open(file), "indah.kegiatan.create", 2);
                IndahClient walidata = sim.walidata(journal)) {
            MetadataReporter reporter = reporter(walidata, journal).submit(true).build();
            assertThatThrownBy(() -> reporter.report(items)).isInstanceOf(CrashingJournal.Crash.class);
        }
        assertThat(sim.indah().counters().count("POST", KEGIATAN)).isEqualTo(2);

        try (FileJournal journal = FileJournal.open(file); IndahClient walidata = sim.walidata(journal)) {
            assertThat(journal.openIntents()).extracting(e -> e.operation())
                    .contains(MetadataReporter.OPERATION, "indah.kegiatan.create");

            ReportResult resumed = reporter(walidata, journal).submit(true).build().report(items);

            assertThat(resumed.items()).extracting(ItemResult::outcome)
                    .containsExactly(ItemOutcome.UNCHANGED, ItemOutcome.UPDATED, ItemOutcome.CREATED);
            assertThat(resumed.items()).extracting(ItemResult::msKegId).doesNotContainNull();
            assertThat(journal.openIntents()).isEmpty();
        }
        assertThat(sim.indah().counters().count("POST", KEGIATAN)).isEqualTo(3);
        assertThat(sim.indah().duplicateNaturalKeys()).isEmpty();
        for (ReportItem item : items) {
            assertThat(sim.indah().countKegiatan(item.title(), 2026, SimIndahAccess.dinkes().id())).isEqualTo(1);
        }
        assertThat(sim.indah().records(MetadataKind.VARIABEL)).hasSize(6);
        assertThat(sim.indah().records(MetadataKind.INDIKATOR)).hasSize(3);
        assertThat(sim.indah().records(MetadataKind.KEGIATAN)).extracting(r -> r.status().name())
                .containsOnly(MetadataStatus.SUBMITTED.name());
    }
}

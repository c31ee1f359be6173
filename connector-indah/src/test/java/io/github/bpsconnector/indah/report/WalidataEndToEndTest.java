package io.github.bpsconnector.indah.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpsconnector.core.journal.FileJournal;
import io.github.bpsconnector.core.journal.JournalEntry;
import io.github.bpsconnector.indah.IndahClient;
import io.github.bpsconnector.indah.MetadataKind;
import io.github.bpsconnector.indah.MetadataStatus;
import io.github.bpsconnector.indah.RecordStatus;
import io.github.bpsconnector.indah.SimIndahAccess;
import io.github.bpsconnector.indah.TestForms;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.testkit.indah.IndahRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Walidata's whole job against the simulated INDAH: report three packages (the token expiring in the middle),
 * the Walidata's APPROVAL account reviews them and asks for a correction on one, the package is revised and
 * reported again, approved, and the Pembina Data publishes all three.
 */
class WalidataEndToEndTest {

    private final SimIndahAccess sim = new SimIndahAccess();

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void threePackagesFromReportThroughCorrectionToPublication(@TempDir Path dir) {
        List<ReportItem> items = new ArrayList<>(List.of(
                item("Survei Imunisasi Kabupaten Jember"),
                item("Survei Gizi Balita Kabupaten Jember"),
                item("Survei Sanitasi Rumah Tangga Kabupaten Jember")));
        List<String> progress = new ArrayList<>();
        try (FileJournal journal = FileJournal.open(dir.resolve("journal.jsonl"));
                IndahClient walidata = sim.walidata(journal);
                IndahClient pembina = sim.pembina()) {
            MetadataReporter reporter = MetadataReporterTest.reporter(walidata, journal).submit(true)
                    .listener(new ReportListener() {
                        @Override
                        public void itemFinished(int done, int total, ItemResult result) {
                            progress.add(done + "/" + total + " " + result.outcome());
                            if (done == 1) {
                                sim.indah().expireAllTokens(); // the token ends in the middle of the run
                            }
                        }
                    }).build();

            ReportResult first = reporter.report(items);

            assertThat(first.items()).extracting(ItemResult::outcome).containsOnly(ItemOutcome.CREATED);
            assertThat(first.items()).extracting(ItemResult::status).containsOnly(MetadataStatus.SUBMITTED);
            assertThat(progress).containsExactly("1/3 CREATED", "2/3 CREATED", "3/3 CREATED");
            assertThat(sim.indah().counters().count("POST", "/api/authenticate")).isEqualTo(2);
            long[] ids = first.items().stream().mapToLong(ItemResult::msKegId).toArray();
            for (long id : ids) {
                assertThat(sim.indah().countChildren(id, io.github.bpsconnector.testkit.indah.MetadataKind.VARIABEL))
                        .isEqualTo(2);
                walidata.review().startReview(MetadataKind.KEGIATAN, id);
            }
            walidata.review().approve(MetadataKind.KEGIATAN, ids[0]);
            walidata.review().requestCorrection(MetadataKind.KEGIATAN, ids[1], "Tujuan kegiatan belum jelas");
            walidata.review().approve(MetadataKind.KEGIATAN, ids[2]);
            RecordStatus returned = walidata.review().status(MetadataKind.KEGIATAN, ids[1]);
            assertThat(returned.status().status()).isEqualTo(MetadataStatus.CORRECTION_REQUIRED);
            assertThat(returned.rejectionNote()).isEqualTo("Tujuan kegiatan belum jelas");

            MetadataPackage original = items.get(1).pkg();
            items.set(1, new ReportItem(items.get(1).producer(), 2026, original.toBuilder()
                    .activity(original.activity().toBuilder().planning(original.activity().planning().toBuilder()
                            .objective("Mengukur prevalensi gizi kurang pada balita per kecamatan.").build())
                            .build())
                    .build()));
            ReportResult second = reporter.report(items);

            assertThat(second.items()).extracting(ItemResult::outcome)
                    .containsExactly(ItemOutcome.UNCHANGED, ItemOutcome.UPDATED, ItemOutcome.UNCHANGED);
            assertThat(second.items().get(1).status()).isEqualTo(MetadataStatus.REVISED);
            assertThat(second.items().get(1).msKegId()).isEqualTo(ids[1]);

            walidata.review().startReview(MetadataKind.KEGIATAN, ids[1]);
            walidata.review().approve(MetadataKind.KEGIATAN, ids[1]);
            for (long id : ids) {
                pembina.review().publish(MetadataKind.KEGIATAN, id);
            }

            for (long id : ids) {
                IndahRecord record = sim.indah().record(id).orElseThrow();
                assertThat(record.status().name()).isEqualTo("PUBLISHED");
            }
            RecordStatus revised = walidata.review().status(MetadataKind.KEGIATAN, ids[1]);
            assertThat(revised.reviews()).extracting(r -> r.decision().status()).containsExactly(
                    MetadataStatus.UNDER_REVIEW, MetadataStatus.CORRECTION_REQUIRED, MetadataStatus.UNDER_REVIEW,
                    MetadataStatus.APPROVED, MetadataStatus.PUBLISHED);
            assertThat(sim.indah().record(ids[1]).orElseThrow().envelope().path("data").path("blok_iii")
                    .path("tujuan_kegiatan").asText()).startsWith("Mengukur prevalensi gizi");
            assertThat(sim.indah().duplicateNaturalKeys()).isEmpty();
            assertThat(sim.indah().counters().count("POST", "/sdi/v2/metadata-statistik/kegiatan")).isEqualTo(3);
            assertThat(journal.openIntents()).isEmpty();
            assertThat(journal.entries()).extracting(JournalEntry::operation).contains(MetadataReporter.OPERATION,
                    "indah.kegiatan.create", "indah.variabel.create", "indah.kegiatan.submit");
        }
    }

    private static ReportItem item(String title) {
        return new ReportItem(SimIndahAccess.dinkes(), 2026, TestForms.pkg(title));
    }
}

package io.github.bpsconnector.workflow.runner;

import io.github.bpsconnector.romantik.PengajuanStatus;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.workflow.document.SuratRekomendasiInfo;
import io.github.bpsconnector.workflow.port.Attachment;
import io.github.bpsconnector.workflow.port.LetterDownload;
import io.github.bpsconnector.workflow.port.PengajuanState;
import io.github.bpsconnector.workflow.port.PortalNote;
import io.github.bpsconnector.workflow.port.RomantikPort;
import io.github.bpsconnector.workflow.port.WalidataPort;
import io.github.bpsconnector.workflow.sop.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An in-memory Romantik for the runner's unit tests: one pengajuan, the portal's transitions, counters of the
 * effects applied, and reviewer methods. The simulator-backed tests use the real client instead.
 */
final class FakeRomantik implements RomantikPort, WalidataPort {

    static final SuratRekomendasiInfo LETTER = new SuratRekomendasiInfo("B-4/35090/VS.300/2026",
            LocalDate.of(2026, 3, 10), "Dinas Kesehatan Kabupaten Jember", RunnerFixture.TITLE, 2026,
            "V-26.3509.004", "LAYAK", List.of("Cantumkan Identitas Rekomendasi pada kuesioner.",
                    "Gunakan kerangka sampel terbaru.", "Laporkan metadata melalui Walidata."));

    private long id;
    private PengajuanStatus stage;
    private final List<PortalNote> notes = new ArrayList<>();
    private String komitmen = "";
    private String title;
    List<String> duplicates = List.of();
    int drafts;
    int sends;
    int revisions;
    int downloads;
    int uploads;
    int walidataDecisions;
    final List<List<Attachment>> sentFiles = new ArrayList<>();

    @Override
    public Optional<PengajuanState> find(String judul, int tahun) {
        if (id == 0 || !judul.equalsIgnoreCase(title)) {
            return Optional.empty();
        }
        return Optional.of(get(id));
    }

    @Override
    public PengajuanState get(long wanted) {
        if (wanted != id) {
            throw new IllegalArgumentException("no pengajuan " + wanted);
        }
        return new PengajuanState(id, title, stage, stage.name().toLowerCase(), identitas(), notes, komitmen);
    }

    private String identitas() {
        return stage == PengajuanStatus.RECOMMENDED || stage == PengajuanStatus.COMPLETED
                ? LETTER.recommendationId() : "";
    }

    @Override
    public long createDraft(MetadataPackage pkg) {
        if (id == 0) {
            id = 501;
            title = pkg.activity().title();
            stage = PengajuanStatus.DRAFT;
            drafts++;
        }
        return id;
    }

    @Override
    public long submit(MetadataPackage pkg, List<Attachment> files) {
        createDraft(pkg);
        if (stage == PengajuanStatus.DRAFT) {
            requireFiles(files);
            stage = PengajuanStatus.AT_WALIDATA;
            sends++;
        }
        return id;
    }

    @Override
    public void revise(long pengajuan, MetadataPackage pkg, List<Attachment> files) {
        if (stage == PengajuanStatus.RETURNED_BY_WALIDATA || stage == PengajuanStatus.REVISION_REQUIRED) {
            requireFiles(files);
            stage = stage == PengajuanStatus.RETURNED_BY_WALIDATA ? PengajuanStatus.AT_WALIDATA
                    : PengajuanStatus.AT_PEMBINA;
            revisions++;
        }
    }

    private void requireFiles(List<Attachment> files) {
        for (Attachment file : files) {
            if (!Files.isRegularFile(file.pdf())) {
                throw new AssertionError("missing " + file.pdf());
            }
        }
        sentFiles.add(List.copyOf(files));
    }

    @Override
    public LetterDownload downloadSuratRekomendasi(long pengajuan, Path folder) {
        if (stage != PengajuanStatus.RECOMMENDED && stage != PengajuanStatus.COMPLETED) {
            throw new AssertionError("no letter yet: " + stage);
        }
        downloads++;
        try {
            Path file = folder.resolve("surat-rekomendasi-" + pengajuan + ".pdf");
            Files.writeString(file, "%PDF-1.7\n" + LETTER + "\n%%EOF\n");
            return new LetterDownload(file, LETTER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void uploadSuratKomitmen(long pengajuan, Path pdf) {
        String name = pdf.getFileName().toString();
        if (komitmen.equals(name)) {
            return;
        }
        if (stage != PengajuanStatus.RECOMMENDED) {
            throw new AssertionError("not awaiting a Surat Komitmen: " + stage);
        }
        komitmen = name;
        stage = PengajuanStatus.COMPLETED;
        uploads++;
    }

    // --- the Walidata's port ---

    @Override
    public List<String> duplicates(long pengajuan) {
        return duplicates;
    }

    @Override
    public void approve(long pengajuan, String catatan) {
        if (stage == PengajuanStatus.AT_WALIDATA) {
            notes.add(new PortalNote(Actor.WALIDATA, "disetujui", catatan, ""));
            stage = PengajuanStatus.AT_PEMBINA;
            walidataDecisions++;
        }
    }

    @Override
    public void reject(long pengajuan, String catatan) {
        if (stage == PengajuanStatus.AT_WALIDATA) {
            notes.add(new PortalNote(Actor.WALIDATA, "ditolak", catatan, ""));
            stage = PengajuanStatus.RETURNED_BY_WALIDATA;
            walidataDecisions++;
        }
    }

    // --- the Pembina Data, played by the test ---

    void pembinaCorrection(String catatan) {
        notes.add(new PortalNote(Actor.PEMBINA_DATA, "perbaikan", catatan, ""));
        stage = PengajuanStatus.REVISION_REQUIRED;
    }

    void recommend() {
        notes.add(new PortalNote(Actor.PEMBINA_DATA, "layak", "", ""));
        stage = PengajuanStatus.RECOMMENDED;
    }

    void declareTidakLayak(String reason) {
        notes.add(new PortalNote(Actor.PEMBINA_DATA, "ditolak", reason, ""));
        stage = PengajuanStatus.REJECTED;
    }

    PengajuanStatus stage() {
        return stage;
    }
}

package io.github.bpsconnector.workflow.port;

import io.github.bpsconnector.romantik.PengajuanStatus;
import io.github.bpsconnector.metadata.MetadataPackage;
import io.github.bpsconnector.romantik.BerkasKind;
import io.github.bpsconnector.romantik.DuplicateCandidate;
import io.github.bpsconnector.romantik.PengajuanDetail;
import io.github.bpsconnector.romantik.ReviewNote;
import io.github.bpsconnector.romantik.RomantikClient;
import io.github.bpsconnector.romantik.StatusLabels;
import io.github.bpsconnector.romantik.SupportingFiles;
import io.github.bpsconnector.romantik.SuratRekomendasiDownload;
import io.github.bpsconnector.romantik.letter.SuratRekomendasi;
import io.github.bpsconnector.workflow.document.SuratRekomendasiInfo;
import io.github.bpsconnector.workflow.sop.Actor;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link RomantikPort} and {@link WalidataPort} over a {@link RomantikClient}: a thin translation of types. The
 * client does the check-then-act and the journaling of each write. For {@link WalidataPort}, use a client logged in
 * with a Walidata account.
 */
public final class RomantikClientPort implements RomantikPort, WalidataPort {

    private final RomantikClient client;

    /** A port over {@code client} (not closed by the port). */
    public RomantikClientPort(RomantikClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public Optional<PengajuanState> find(String judul, int tahun) {
        return client.find(judul, tahun).map(row -> state(client.detail(row.id())));
    }

    @Override
    public PengajuanState get(long id) {
        return state(client.detail(id));
    }

    @Override
    public long createDraft(MetadataPackage pkg) {
        return client.createDraft(pkg);
    }

    @Override
    public long submit(MetadataPackage pkg, List<Attachment> files) {
        return client.submit(pkg, supportingFiles(files));
    }

    @Override
    public void revise(long id, MetadataPackage pkg, List<Attachment> files) {
        client.revise(id, pkg, supportingFiles(files));
    }

    @Override
    public LetterDownload downloadSuratRekomendasi(long id, Path folder) {
        SuratRekomendasiDownload download = client.downloadSuratRekomendasi(id, folder);
        SuratRekomendasi letter = download.letter();
        return new LetterDownload(download.download().path(), new SuratRekomendasiInfo(letter.nomorSurat(),
                letter.tanggal(), letter.kepada(), letter.judulKegiatan(), letter.tahun(),
                letter.identitasRekomendasi() == null ? null : letter.identitasRekomendasi().text(), letter.hasil(),
                letter.catatan()));
    }

    @Override
    public void uploadSuratKomitmen(long id, Path pdf) {
        client.uploadSuratKomitmen(id, pdf);
    }

    @Override
    public List<String> duplicates(long id) {
        return client.walidata().duplicates(id).stream().map(DuplicateCandidate::judul).toList();
    }

    @Override
    public void approve(long id, String catatan) {
        client.walidata().approve(id, catatan);
    }

    @Override
    public void reject(long id, String catatan) {
        client.walidata().reject(id, catatan);
    }

    private static PengajuanState state(PengajuanDetail detail) {
        List<PortalNote> notes = detail.catatan().stream().filter(n -> n.reviewer() != ReviewNote.Reviewer.OTHER)
                .map(n -> new PortalNote(n.reviewer() == ReviewNote.Reviewer.WALIDATA ? Actor.WALIDATA
                        : Actor.PEMBINA_DATA, n.keputusan(), n.catatan(), n.tanggal()))
                .toList();
        return new PengajuanState(detail.id(), detail.judul(), detail.status(),
                raw(detail.labels()), detail.nomorRekomendasi(), notes, detail.komitmenFileName());
    }

    private static String raw(StatusLabels labels) {
        return "status-pengajuan " + labels.statusPengajuan() + ", status-walidata " + labels.statusWalidata()
                + ", status-perbaikan " + labels.statusPerbaikan();
    }

    private static SupportingFiles supportingFiles(List<Attachment> files) {
        SupportingFiles result = SupportingFiles.none();
        for (Attachment file : files) {
            result = result.with(berkasKind(file), file.pdf());
        }
        return result;
    }

    private static BerkasKind berkasKind(Attachment file) {
        for (BerkasKind kind : BerkasKind.values()) {
            if (kind.name().equals(file.kind().name())) {
                return kind;
            }
        }
        return BerkasKind.LAINNYA;
    }

    @Override
    public String toString() {
        return "RomantikClientPort[" + client + "]";
    }
}

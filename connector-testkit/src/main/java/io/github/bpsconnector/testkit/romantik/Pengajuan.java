package io.github.bpsconnector.testkit.romantik;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One submission and its three status columns. Every transition of §2.6 is a method here that refuses what the
 * model does not allow. Not thread-safe: {@link RomantikState} guards every instance with its lock.
 */
final class Pengajuan {

    private final long id;
    private final String ownerEmail;
    private final Instansi instansi;
    private final Instant dibuat;
    private FormValues values = FormValues.EMPTY;
    private final Set<Integer> savedBlocks = new TreeSet<>();
    private final List<Berkas> berkas = new ArrayList<>();
    private final List<Catatan> catatan = new ArrayList<>();
    private StatusPengajuan statusPengajuan = StatusPengajuan.DRAFT;
    private StatusWalidata statusWalidata;
    private StatusPerbaikan statusPerbaikan;
    private Instant dikirim;
    private List<String> catatanLayak;
    private SuratRekomendasi surat;
    private byte[] suratPdf;
    private String publicToken;
    private Instant terbit;
    private Berkas komitmen;
    private Penilaian penilaian;

    Pengajuan(long id, String ownerEmail, Instansi instansi, Instant dibuat) {
        this.id = id;
        this.ownerEmail = ownerEmail;
        this.instansi = instansi;
        this.dibuat = dibuat;
    }

    // --- the producer ---

    /** Whether the producer may change the form now (§2.3 "editing"). */
    boolean editable() {
        return switch (statusPengajuan) {
            case DRAFT -> true;
            case PENGAJUAN -> statusWalidata != StatusWalidata.DISETUJUI;
            case PERBAIKAN -> statusPerbaikan != StatusPerbaikan.SUDAH_DIPERBAIKI;
            default -> false;
        };
    }

    /** Stores a validated block; the first edit after the Pembina Data's notes marks it "sedang diperbaiki". */
    void saveBlock(FormSchema.FormBlock block, FormValues validated) {
        requireEditable();
        values = values.without(block::owns).overlaidBy(validated);
        savedBlocks.add(block.number());
        markEditing();
    }

    void addBerkas(Berkas file) {
        requireEditable();
        if (file.jenis() != JenisBerkas.LAINNYA) {
            berkas.removeIf(existing -> existing.jenis() == file.jenis());
        } else {
            berkas.removeIf(existing -> existing.jenis() == JenisBerkas.LAINNYA
                    && existing.namaFile().equals(file.namaFile()));
        }
        berkas.add(file);
        markEditing();
    }

    private void markEditing() {
        if (statusPengajuan == StatusPengajuan.PERBAIKAN && statusPerbaikan == StatusPerbaikan.PERBAIKAN) {
            statusPerbaikan = StatusPerbaikan.SEDANG_DIPERBAIKI;
        }
    }

    private void requireEditable() {
        if (!editable()) {
            throw new RomantikRefusedException("Pengajuan dengan status " + statusLabel()
                    + " tidak dapat diubah.");
        }
    }

    /** Refuses "Kirim Formulir" in a status that does not allow it (completeness is checked elsewhere). */
    void requireSendable() {
        if (!editable()) {
            throw new RomantikRefusedException("Pengajuan dengan status " + statusLabel() + " tidak dapat dikirim.");
        }
    }

    void kirim(Instant now) {
        requireSendable();
        switch (statusPengajuan) {
            case DRAFT -> {
                statusPengajuan = StatusPengajuan.PENGAJUAN;
                statusWalidata = StatusWalidata.PEMERIKSAAN;
                dikirim = now;
            }
            case PENGAJUAN -> statusWalidata = StatusWalidata.PEMERIKSAAN;
            case PERBAIKAN -> statusPerbaikan = StatusPerbaikan.SUDAH_DIPERBAIKI;
            default -> throw new IllegalStateException("editable() let " + statusPengajuan + " through");
        }
    }

    /** Whether the producer may delete it: only a draft never sent. */
    boolean deletable() {
        return statusPengajuan == StatusPengajuan.DRAFT && dikirim == null;
    }

    void requireDeletable() {
        if (!deletable()) {
            throw new RomantikRefusedException("Hanya draf yang belum pernah dikirim yang dapat dihapus.");
        }
    }

    /** Whether the producer may cancel it: sent and not yet decided. */
    boolean cancellable() {
        return statusPengajuan == StatusPengajuan.PENGAJUAN || statusPengajuan == StatusPengajuan.PEMERIKSAAN
                || statusPengajuan == StatusPengajuan.PERBAIKAN;
    }

    void batalkan() {
        if (!cancellable()) {
            throw new RomantikRefusedException("Pengajuan dengan status " + statusLabel()
                    + " tidak dapat dibatalkan.");
        }
        statusPengajuan = StatusPengajuan.DIBATALKAN;
    }

    /** Whether a Surat Komitmen is awaited or may be replaced (after the letter). */
    boolean acceptsKomitmen() {
        return statusPengajuan == StatusPengajuan.LAYAK;
    }

    void uploadKomitmen(Berkas file) {
        if (!acceptsKomitmen()) {
            throw new RomantikRefusedException("Surat Komitmen hanya dapat diunggah setelah Surat Rekomendasi terbit.");
        }
        komitmen = file;
    }

    /** Whether the service rating may be given now: after the letter, once. */
    boolean acceptsPenilaian() {
        return statusPengajuan == StatusPengajuan.LAYAK && penilaian == null;
    }

    void beriPenilaian(Penilaian rating) {
        if (statusPengajuan != StatusPengajuan.LAYAK) {
            throw new RomantikRefusedException("Penilaian layanan hanya dapat diberikan setelah Surat Rekomendasi terbit.");
        }
        if (penilaian != null) {
            throw new RomantikRefusedException("Penilaian layanan sudah diberikan.");
        }
        penilaian = rating;
    }

    // --- the Walidata ---

    private void requireAtWalidata() {
        if (statusPengajuan != StatusPengajuan.PENGAJUAN || statusWalidata != StatusWalidata.PEMERIKSAAN) {
            throw new RomantikRefusedException("Pengajuan ini tidak sedang diperiksa Walidata.");
        }
    }

    void walidataSetujui(Instant now, String note) {
        requireAtWalidata();
        statusWalidata = StatusWalidata.DISETUJUI;
        catatan.add(new Catatan(now, Peran.WALIDATA, Catatan.DISETUJUI, note));
    }

    void walidataTolak(Instant now, String note) {
        requireAtWalidata();
        requireNote(note);
        statusWalidata = StatusWalidata.DITOLAK;
        catatan.add(new Catatan(now, Peran.WALIDATA, Catatan.DITOLAK, note));
    }

    // --- the Pembina Data ---

    void mulaiPemeriksaan() {
        boolean forwarded = statusPengajuan == StatusPengajuan.PENGAJUAN
                && statusWalidata == StatusWalidata.DISETUJUI;
        boolean fixed = statusPengajuan == StatusPengajuan.PERBAIKAN
                && statusPerbaikan == StatusPerbaikan.SUDAH_DIPERBAIKI;
        if (!forwarded && !fixed) {
            throw new RomantikRefusedException("Pemeriksaan hanya dapat dimulai untuk pengajuan yang disetujui "
                    + "Walidata atau sudah diperbaiki.");
        }
        statusPengajuan = StatusPengajuan.PEMERIKSAAN;
    }

    private void requireUnderExamination() {
        if (statusPengajuan != StatusPengajuan.PEMERIKSAAN) {
            throw new RomantikRefusedException("Pengajuan ini tidak sedang diperiksa Pembina Data.");
        }
    }

    void mintaPerbaikan(Instant now, String note) {
        requireUnderExamination();
        requireNote(note);
        statusPengajuan = StatusPengajuan.PERBAIKAN;
        statusPerbaikan = StatusPerbaikan.PERBAIKAN;
        catatanLayak = null;
        catatan.add(new Catatan(now, Peran.PEMBINA_DATA, Catatan.PERBAIKAN, note));
    }

    void tidakLayak(Instant now, String reason) {
        requireUnderExamination();
        requireNote(reason);
        statusPengajuan = StatusPengajuan.DITOLAK;
        catatanLayak = null;
        catatan.add(new Catatan(now, Peran.PEMBINA_DATA, Catatan.TIDAK_LAYAK, reason));
    }

    /** Pengesahan: declared Layak with its catatan rekomendasi; the letter comes with {@link #terbitkan}. */
    void layak(Instant now, List<String> catatanRekomendasi) {
        requireUnderExamination();
        if (catatanRekomendasi.stream().filter(c -> c != null && !c.isBlank()).count()
                < SuratRekomendasi.MIN_CATATAN) {
            throw new RomantikRefusedException("Surat Rekomendasi memuat paling sedikit "
                    + SuratRekomendasi.MIN_CATATAN + " catatan rekomendasi.");
        }
        catatanLayak = catatanRekomendasi.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).toList();
        catatan.add(new Catatan(now, Peran.PEMBINA_DATA, Catatan.LAYAK, String.join("; ", catatanLayak)));
    }

    /** Whether the Pembina Data declared it Layak and the letter may be issued. */
    boolean awaitingLetter() {
        return statusPengajuan == StatusPengajuan.PEMERIKSAAN && catatanLayak != null;
    }

    void requireAwaitingLetter() {
        if (!awaitingLetter()) {
            throw new RomantikRefusedException("Surat Rekomendasi hanya dapat diterbitkan untuk pengajuan "
                    + "yang dinyatakan Layak.");
        }
    }

    /** Penerbitan: the letter is issued and published; the status becomes {@code layak}. */
    void terbitkan(SuratRekomendasi letter, byte[] pdf, String token, Instant now) {
        requireAwaitingLetter();
        surat = letter;
        suratPdf = pdf.clone();
        publicToken = token;
        terbit = now;
        statusPengajuan = StatusPengajuan.LAYAK;
    }

    private static void requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw new RomantikRefusedException("Catatan wajib diisi.", Map.of("catatan",
                    "Catatan wajib diisi."));
        }
    }

    private String statusLabel() {
        return statusPengajuan.label();
    }

    // --- reading ---

    long id() {
        return id;
    }

    /** Whether it was ever sent. */
    boolean sent() {
        return dikirim != null;
    }

    String ownerEmail() {
        return ownerEmail;
    }

    Instansi instansi() {
        return instansi;
    }

    FormValues values() {
        return values;
    }

    Set<Integer> savedBlocks() {
        return Set.copyOf(savedBlocks);
    }

    List<Berkas> berkas() {
        return List.copyOf(berkas);
    }

    boolean hasBerkas(JenisBerkas jenis) {
        return berkas.stream().anyMatch(file -> file.jenis() == jenis);
    }

    List<String> catatanLayak() {
        return catatanLayak;
    }

    String judul() {
        return values.first("judul_kegiatan");
    }

    int tahun() {
        String tahun = values.first("tahun");
        return tahun.isEmpty() ? 0 : Integer.parseInt(tahun);
    }

    NaturalKey naturalKey() {
        return new NaturalKey(judul(), tahun(), instansi.id());
    }

    SuratRekomendasi surat() {
        return surat;
    }

    byte[] suratPdf() {
        return suratPdf == null ? null : suratPdf.clone();
    }

    String publicToken() {
        return publicToken;
    }

    Instant terbit() {
        return terbit;
    }

    PengajuanView view() {
        return new PengajuanView(id, ownerEmail, instansi, judul(), tahun(), statusPengajuan, statusWalidata,
                statusPerbaikan, values.asMap(), savedBlocks, berkas, catatan, surat, publicToken, komitmen,
                penilaian, dibuat, dikirim, aksi());
    }

    private Set<String> aksi() {
        Set<String> aksi = new TreeSet<>(List.of("lihat", "catatan", "cetak"));
        if (editable()) {
            aksi.addAll(List.of("ubah", "kirim"));
        }
        if (deletable()) {
            aksi.add("hapus");
        }
        if (cancellable()) {
            aksi.add("batalkan");
        }
        if (surat != null) {
            aksi.add("unduh-sr");
        }
        if (acceptsKomitmen()) {
            aksi.add("komitmen");
        }
        if (acceptsPenilaian()) {
            aksi.add("rating");
        }
        return aksi;
    }
}

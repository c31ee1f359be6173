package io.github.bpsconnector.testkit.romantik;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A snapshot of one submission, for assertions and for the pages.
 *
 * @param id the system id ({@code td.id-pengajuan})
 * @param ownerEmail the producer's account
 * @param instansi the producer's instansi when it was created
 * @param judul the title (Blok 0)
 * @param tahun the year (Blok 0)
 * @param statusPengajuan column "Status Pengajuan"
 * @param statusWalidata column "Pemeriksaan Walidata", {@code null} until sent
 * @param statusPerbaikan column "Status Perbaikan", {@code null} until a correction is asked for
 * @param values every stored field by INDAH flat key (rows as {@code key[i][column]})
 * @param savedBlocks the blocks saved at least once
 * @param berkas the Blok IX files
 * @param catatan the decisions of the Walidata and the Pembina Data, oldest first
 * @param surat the issued letter, or {@code null}
 * @param publicToken the token of its public page, or {@code null}
 * @param komitmen the uploaded Surat Komitmen, or {@code null}
 * @param penilaian the service rating, or {@code null}
 * @param dibuat when it was created
 * @param dikirim when it was first sent, or {@code null}
 * @param aksi what the producer may do now, by the names of {@code td.aksi a[data-aksi]} ({@code lihat},
 *     {@code ubah}, {@code hapus}, {@code batalkan}, {@code unduh-sr}, {@code catatan}, {@code cetak}) plus
 *     {@code kirim}, {@code komitmen} and {@code rating}
 */
public record PengajuanView(long id, String ownerEmail, Instansi instansi, String judul, int tahun,
        StatusPengajuan statusPengajuan, StatusWalidata statusWalidata, StatusPerbaikan statusPerbaikan,
        Map<String, List<String>> values, Set<Integer> savedBlocks, List<Berkas> berkas, List<Catatan> catatan,
        SuratRekomendasi surat, String publicToken, Berkas komitmen, Penilaian penilaian, Instant dibuat,
        Instant dikirim, Set<String> aksi) {

    /** Copies the collections. */
    public PengajuanView {
        values = Map.copyOf(values);
        savedBlocks = Set.copyOf(savedBlocks);
        berkas = List.copyOf(berkas);
        catatan = List.copyOf(catatan);
        aksi = Set.copyOf(aksi);
    }

    /** Whether the producer may do {@code action} now (a name of {@link #aksi()}). */
    public boolean allows(String action) {
        return aksi.contains(action);
    }

    /** The first value of a field, or {@code ""}. */
    public String value(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? "" : list.get(0);
    }

    /** The Identitas Rekomendasi, or {@code null} until the letter is issued. */
    public String nomorRekomendasi() {
        return surat == null ? null : surat.identitasRekomendasi();
    }
}

package io.github.bpsconnector.workflow.tracking;

import java.util.List;

/**
 * The documents and portal ids a kegiatan has so far ({@code ""}, {@code null} or empty until it has them).
 *
 * @param pengajuanId            the pengajuan's id on Romantik, or {@code null}
 * @param identitasRekomendasi   the Identitas Rekomendasi (to print on the instrument)
 * @param nomorSuratRekomendasi  the Surat Rekomendasi's letter number
 * @param suratRekomendasiSha256 the SHA-256 of the downloaded Surat Rekomendasi
 * @param suratKomitmenSha256    the SHA-256 of the Surat Komitmen drawn up
 * @param suratKomitmenUploaded  the Surat Komitmen's file name on Romantik
 * @param msKegId                the MS-Keg's id on INDAH, or {@code null}
 * @param msVarIds               the MS-Var ids on INDAH
 * @param msIndIds               the MS-Ind ids on INDAH
 */
public record CaseDocuments(Long pengajuanId, String identitasRekomendasi, String nomorSuratRekomendasi,
        String suratRekomendasiSha256, String suratKomitmenSha256, String suratKomitmenUploaded, Long msKegId,
        List<Long> msVarIds, List<Long> msIndIds) {

    /** Turns missing texts into {@code ""} and copies the lists. */
    public CaseDocuments {
        identitasRekomendasi = text(identitasRekomendasi);
        nomorSuratRekomendasi = text(nomorSuratRekomendasi);
        suratRekomendasiSha256 = text(suratRekomendasiSha256);
        suratKomitmenSha256 = text(suratKomitmenSha256);
        suratKomitmenUploaded = text(suratKomitmenUploaded);
        msVarIds = msVarIds == null ? List.of() : List.copyOf(msVarIds);
        msIndIds = msIndIds == null ? List.of() : List.copyOf(msIndIds);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

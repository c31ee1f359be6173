package io.github.bpsconnector.romantik;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three columns of §2.6 (and the old and third-party labels) to one normalized status. */
class StatusNormalizerTest {

    private final StatusNormalizer normalizer = new StatusNormalizer(RomantikProfile.defaults());

    @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "draft|-|-|DRAFT",
        "pengajuan|pemeriksaan|-|AT_WALIDATA",
        "pengajuan|-|-|AT_WALIDATA",
        "pengajuan|ditolak|-|RETURNED_BY_WALIDATA",
        "pengajuan|disetujui|-|AT_PEMBINA",
        "pemeriksaan|disetujui|-|AT_PEMBINA",
        "perbaikan|disetujui|perbaikan|REVISION_REQUIRED",
        "perbaikan|disetujui|sedang diperbaiki|REVISION_REQUIRED",
        "perbaikan|disetujui|sudah diperbaiki|AT_PEMBINA",
        "layak|disetujui|-|RECOMMENDED",
        "ditolak|disetujui|-|REJECTED",
        "dibatalkan|pemeriksaan|-|CANCELLED",
        "BELUM DIVALIDASI|-|-|AT_WALIDATA",
        "DALAM PROSES VALIDASI|-|-|AT_PEMBINA",
        "SEDANG PERBAIKAN|-|-|REVISION_REQUIRED",
        "LAYAK|-|-|RECOMMENDED",
        "Sedang  Diperiksa|-|-|AT_PEMBINA",
        "Perlu Perbaikan|-|-|REVISION_REQUIRED",
        "Disetujui|-|-|RECOMMENDED",
        "menunggu|-|-|UNKNOWN",
        "pengajuan|dikembalikan|-|UNKNOWN"
    })
    void combinesTheColumns(String pengajuan, String walidata, String perbaikan, PengajuanStatus expected) {
        assertThat(normalizer.normalize(new StatusLabels(pengajuan, walidata, perbaikan), false)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"true,COMPLETED", "false,RECOMMENDED"})
    void aLetterWithItsKomitmenIsCompleted(boolean komitmen, PengajuanStatus expected) {
        assertThat(normalizer.normalize(new StatusLabels("layak", "disetujui", ""), komitmen)).isEqualTo(expected);
    }
}

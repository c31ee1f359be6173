package io.github.bpsconnector.workflow.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What the Surat Rekomendasi Kegiatan Statistik says, as far as the Surat Komitmen needs it. The Romantik client
 * parses the letter into its own type; the workflow adapts that to this one.
 *
 * @param letterNumber       Nomor: the letter's number, e.g. {@code B-123/35090/VS.300/2026}
 * @param date               Tanggal: the letter's date
 * @param addressee          Kepada: the institution it is addressed to
 * @param activityTitle      Judul Kegiatan
 * @param year               Tahun: the activity's year
 * @param recommendationId   Identitas Rekomendasi, e.g. {@code V-26.3509.004}: to be printed on the instrument
 * @param examinationResult  Hasil Pemeriksaan, e.g. {@code LAYAK}
 * @param notes              the numbered catatan rekomendasi, in order; never {@code null}
 */
public record SuratRekomendasiInfo(String letterNumber, LocalDate date, String addressee, String activityTitle,
                                   Integer year, String recommendationId, String examinationResult,
                                   List<String> notes) {

    /** Strips the texts (blank becomes {@code null}) and keeps the non-blank notes. */
    public SuratRekomendasiInfo {
        letterNumber = Texts.strip(letterNumber);
        addressee = Texts.strip(addressee);
        activityTitle = Texts.strip(activityTitle);
        recommendationId = Texts.strip(recommendationId);
        examinationResult = Texts.strip(examinationResult);
        notes = Texts.strip(notes);
    }
}

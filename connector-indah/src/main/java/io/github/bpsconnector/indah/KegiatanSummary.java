package io.github.bpsconnector.indah;

/**
 * One item of the MS-Keg list ({@code GET …/kegiatan}), which the portal flattens.
 *
 * @param id               the MS-Keg id
 * @param status           its status
 * @param title            {@code judul_kegiatan}
 * @param submissionPeriod {@code submission_period}, or 0 if missing
 * @param producerId       {@code produsen_data_id}, or {@code null}
 * @param producerName     {@code produsen_data_name}, or {@code null}
 * @param baseId           {@code base_id}, or {@code null}
 */
public record KegiatanSummary(long id, StatusLabel status, String title, int submissionPeriod, Long producerId,
        String producerName, Long baseId) {
}

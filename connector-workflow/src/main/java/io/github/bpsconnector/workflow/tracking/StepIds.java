package io.github.bpsconnector.workflow.tracking;

/** The ids of the SOP steps the library follows or automates (a regional SOP keeps these ids). */
public final class StepIds {

    /** Step 1: list the planned activity on Romantik (the pengajuan's draft). */
    public static final String DAFTAR_KEGIATAN = "daftar-kegiatan";
    /** Step 2: submit the recommendation request. */
    public static final String AJUKAN_REKOMENDASI = "ajukan-rekomendasi";
    /** Step 3: the Walidata's check. */
    public static final String PERIKSA_WALIDATA = "periksa-walidata";
    /** Step 4: the Pembina Data's check. */
    public static final String PERIKSA_PEMBINA_DATA = "periksa-pembina-data";
    /** Step 6: download the Surat Rekomendasi, draw up the Surat Komitmen. */
    public static final String SUSUN_SURAT_KOMITMEN = "susun-surat-komitmen";
    /** Step 7: upload the Surat Komitmen. */
    public static final String UNGGAH_SURAT_KOMITMEN = "unggah-surat-komitmen";
    /** Step 8: hand the package to the Walidata. */
    public static final String LAPORKAN_KE_WALIDATA = "laporkan-ke-walidata";
    /** Step 9: report the metadata on INDAH. */
    public static final String LAPORKAN_KE_INDAH = "laporkan-ke-indah";
    /** Step 10: the Pembina Data's check of the metadata report. */
    public static final String PERIKSA_LAPORAN_METADATA = "periksa-laporan-metadata";
    /** Step 11: publish the metadata. */
    public static final String PUBLIKASIKAN_METADATA = "publikasikan-metadata";
    /** Step 12: run the activity. */
    public static final String LAKSANAKAN_KEGIATAN = "laksanakan-kegiatan";

    /** The journal operation of a step the library performs: {@code sop.<step id>}. */
    public static String operation(String stepId) {
        return "sop." + stepId;
    }

    private StepIds() {
    }
}

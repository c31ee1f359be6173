package io.github.bpsconnector.metadata.code;

/**
 * The phases of R.3.3 Rencana Jadwal Kegiatan (GSBPM-based): A Perencanaan (1, 2), B Pengumpulan (3),
 * C Pemeriksaan (4), D Penyebarluasan (5, 6, 7). The enum order is the business-process order that the examiners
 * expect start dates to follow. The INDAH name is the key in {@code rencana_jadwal_kegiatan}.
 * <p>The Romantik 2023 form groups its schedule differently (A Perencanaan/Persiapan, B Pelaksanaan Lapangan,
 * C Pengolahan, D Analisis, E Penyajian) and prints no numbers, so no phase carries a Romantik code; its labels
 * parse as aliases of the nearest phase.
 */
public enum SchedulePhase implements CodeList {

    /** 1 Perencanaan Kegiatan (Romantik 2023: Perencanaan/Persiapan). */
    PERENCANAAN_KEGIATAN(CodeInfo.of("Perencanaan Kegiatan", 1, 0).indah("perencanaan_kegiatan").aliases("PERENCANAAN", "PERENCANAAN_PERSIAPAN")),

    /** 2 Desain. */
    DESAIN(CodeInfo.of("Desain", 2, 0).indah("desain")),

    /** 3 Pengumpulan Data (Romantik 2023: Pelaksanaan Lapangan). */
    PENGUMPULAN_DATA(CodeInfo.of("Pengumpulan Data", 3, 0).indah("pengumpulan_data").aliases("PELAKSANAAN_LAPANGAN")),

    /** 4 Pengolahan Data. */
    PENGOLAHAN_DATA(CodeInfo.of("Pengolahan Data", 4, 0).indah("pengolahan_data").aliases("PENGOLAHAN")),

    /** 5 Analisis. */
    ANALISIS(CodeInfo.of("Analisis", 5, 0).indah("analisis")),

    /** 6 Diseminasi Hasil (Romantik 2023: Penyajian). */
    DISEMINASI_HASIL(CodeInfo.of("Diseminasi Hasil", 6, 0).indah("diseminasi_hasil").aliases("PENYAJIAN", "DISEMINASI")),

    /** 7 Evaluasi. */
    EVALUASI(CodeInfo.of("Evaluasi", 7, 0).indah("evaluasi"));

    private final CodeInfo info;

    SchedulePhase(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.3.3 Rencana Jadwal Kegiatan";
    }
}

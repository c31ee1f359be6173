package io.github.bpsconnector.metadata.code;

/**
 * Sektor Kegiatan (identity block of MS-Keg): the OECD theme of the activity, codes 1&ndash;22 in both form
 * versions.
 */
public enum Sector implements CodeList {

    /** 1 Pertanian dan Perikanan. */
    PERTANIAN_DAN_PERIKANAN(CodeInfo.of("Pertanian dan Perikanan", 1)),

    /** 2 Demografi dan Kependudukan. */
    DEMOGRAFI_DAN_KEPENDUDUKAN(CodeInfo.of("Demografi dan Kependudukan", 2)),

    /** 3 Pembangunan. */
    PEMBANGUNAN(CodeInfo.of("Pembangunan", 3)),

    /** 4 Proyeksi Ekonomi. */
    PROYEKSI_EKONOMI(CodeInfo.of("Proyeksi Ekonomi", 4)),

    /** 5 Pendidikan dan Pelatihan. */
    PENDIDIKAN_DAN_PELATIHAN(CodeInfo.of("Pendidikan dan Pelatihan", 5)),

    /** 6 Lingkungan. */
    LINGKUNGAN(CodeInfo.of("Lingkungan", 6)),

    /** 7 Keuangan. */
    KEUANGAN(CodeInfo.of("Keuangan", 7)),

    /** 8 Globalisasi. */
    GLOBALISASI(CodeInfo.of("Globalisasi", 8)),

    /** 9 Kesehatan. */
    KESEHATAN(CodeInfo.of("Kesehatan", 9)),

    /** 10 Industri dan Jasa. */
    INDUSTRI_DAN_JASA(CodeInfo.of("Industri dan Jasa", 10)),

    /** 11 Teknologi Informasi dan Komunikasi. */
    TEKNOLOGI_INFORMASI_DAN_KOMUNIKASI(CodeInfo.of("Teknologi Informasi dan Komunikasi", 11)),

    /** 12 Perdagangan Internasional dan Neraca Perdagangan. */
    PERDAGANGAN_INTERNASIONAL_DAN_NERACA_PERDAGANGAN(CodeInfo.of("Perdagangan Internasional dan Neraca Perdagangan", 12)),

    /** 13 Ketenagakerjaan. */
    KETENAGAKERJAAN(CodeInfo.of("Ketenagakerjaan", 13)),

    /** 14 Neraca Nasional. */
    NERACA_NASIONAL(CodeInfo.of("Neraca Nasional", 14)),

    /** 15 Indikator Ekonomi Bulanan. */
    INDIKATOR_EKONOMI_BULANAN(CodeInfo.of("Indikator Ekonomi Bulanan", 15)),

    /** 16 Produktivitas. */
    PRODUKTIVITAS(CodeInfo.of("Produktivitas", 16)),

    /** 17 Harga dan Paritas Daya Beli. */
    HARGA_DAN_PARITAS_DAYA_BELI(CodeInfo.of("Harga dan Paritas Daya Beli", 17)),

    /** 18 Sektor Publik, Perpajakan, dan Regulasi Pasar. */
    SEKTOR_PUBLIK_PERPAJAKAN_DAN_REGULASI_PASAR(CodeInfo.of("Sektor Publik, Perpajakan, dan Regulasi Pasar", 18)),

    /** 19 Perwilayahan dan Perkotaan. */
    PERWILAYAHAN_DAN_PERKOTAAN(CodeInfo.of("Perwilayahan dan Perkotaan", 19)),

    /** 20 Ilmu Pengetahuan dan Hak Paten. */
    ILMU_PENGETAHUAN_DAN_HAK_PATEN(CodeInfo.of("Ilmu Pengetahuan dan Hak Paten", 20)),

    /** 21 Perlindungan Sosial dan Kesejahteraan. */
    PERLINDUNGAN_SOSIAL_DAN_KESEJAHTERAAN(CodeInfo.of("Perlindungan Sosial dan Kesejahteraan", 21)),

    /** 22 Transportasi. */
    TRANSPORTASI(CodeInfo.of("Transportasi", 22));

    private final CodeInfo info;

    Sector(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "Sektor Kegiatan";
    }
}

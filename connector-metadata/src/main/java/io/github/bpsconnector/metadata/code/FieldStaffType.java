package io.github.bpsconnector.metadata.code;

/**
 * R.6.4 Petugas Pengumpulan Data (asked when R.4.7 includes PAPI, CAPI or CATI). The versions differ: Perban
 * 5/2020 has 3 Staf dan Mitra; Romantik 2023 drops it and has 4 Lainnya.
 */
public enum FieldStaffType implements CodeList {

    /** 1 Staf instansi penyelenggara. */
    STAF_INSTANSI_PENYELENGGARA(CodeInfo.of("Staf instansi penyelenggara", 1).aliases("STAF")),

    /** 2 Mitra/tenaga kontrak. */
    MITRA_ATAU_TENAGA_KONTRAK(CodeInfo.of("Mitra/tenaga kontrak", 2).aliases("MITRA", "TENAGA_KONTRAK")),

    /** 3 Staf instansi penyelenggara dan mitra/tenaga kontrak (Perban 5/2020 only). */
    STAF_INSTANSI_PENYELENGGARA_DAN_MITRA_ATAU_TENAGA_KONTRAK(CodeInfo.of("Staf instansi penyelenggara dan mitra/tenaga kontrak", 3, 0).aliases("STAF_DAN_MITRA")),

    /** 4 Lainnya (Romantik 2023 only; its INDAH name is not confirmed). */
    LAINNYA(CodeInfo.of("Lainnya", 0, 4));

    private final CodeInfo info;

    FieldStaffType(CodeInfo info) {
        this.info = info;
    }

    @Override
    public CodeInfo info() {
        return info;
    }

    @Override
    public String formItem() {
        return "R.6.4 Petugas Pengumpulan Data";
    }
}
